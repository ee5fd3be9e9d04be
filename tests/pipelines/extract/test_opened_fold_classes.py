"""Figure classes found when the held-out fold's misses were read after session 6's round
(issue 13): restatements that name no group in other words, generic people nouns that are one
group, released counts in an absolute "with" clause, reference markers and "deceased". Every
sentence here is invented."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


def test_a_toll_restated_as_an_event_noun_is_one_figure(nlp):
    body = ("Clashes in the south\n\nThe watchdog says at least 14 people were killed in the clashes on Friday.\n\n"
            "The watchdog said the police were responsible for 14 fatalities and that more than 60 were hurt.\n\n"
            "Over 60 people sustained injuries, including burns.")
    assert pairs(run(nlp, body)) == [("injured", 60), ("killed", 14)]


def test_generic_people_nouns_are_one_group_between_headline_and_body(nlp):
    body = "212 Persons Arrested After Port Protests\n\nPolice said 212 people were arrested in the port city."
    assert pairs(run(nlp, body)) == [("arrested", 212)]


def test_equal_numbers_of_distinct_groups_stay_two_figures(nlp):
    body = "Arrests in the capital\n\nNine students were arrested on Monday.\n\nNine teachers were also arrested later in the week."
    assert pairs(run(nlp, body)) == [("arrested", 9), ("arrested", 9)]
    # one person named twice in other words may be two people: singular counts are not merged
    body = "A week of protests\n\nOne protester was killed in Alpha.\n\nOne death was reported by medics."
    assert pairs(run(nlp, body)) == [("killed", 1), ("killed", 1)]


@pytest.mark.parametrize("text", [
    "More than 300 people were detained, with at least 40 later released.",
    "Police held 120 demonstrators overnight, with 35 since freed.",
])
def test_a_released_count_in_a_with_clause_is_no_arrest(nlp, text):
    figs = run(nlp, text)
    assert len(figs) == 1 and figs[0].category == "arrested" and figs[0].value in (300, 120)


def test_a_with_clause_with_a_trigger_of_its_own_keeps_it(nlp):
    figs = run(nlp, "Eight people died, with 25 wounded in the crush.")
    assert pairs(figs) == [("injured", 25), ("killed", 8)]


def test_a_reference_marker_is_no_number(nlp):
    figs = run(nlp, "Around 40 officers were injured while dispersing the crowds.[7] Talks resumed.[12]")
    assert pairs(figs) == [("injured", 40)]


def test_deceased_is_a_killed_trigger(nlp):
    figs = run(nlp, "The ministry only acknowledges 23 deceased people in the southern regions.")
    assert pairs(figs) == [("killed", 23)]


def test_a_vague_words_value_restates_no_exact_number(nlp):
    body = ("Deadly week\n\nAt least 20 people were killed, including several by gunfire, the monitors said.\n\n"
            "Officials named the victims on Friday. All three died in the port.")
    assert pairs(run(nlp, body)) == [("killed", 3), ("killed", 3), ("killed", 20)]


def test_two_sources_giving_the_same_number_stay_two_figures(nlp):
    body = ("Clashes in the south\n\nThe Civic Rights Union said at least 15 people were killed.\n\n"
            "The health ministry separately reported 15 deaths.")
    assert pairs(run(nlp, body)) == [("killed", 15), ("killed", 15)]
    body = ("Clashes in the south\n\nThe Civic Rights Union (CRU) said at least 15 people were killed.\n\n"
            "CRU said the police caused 15 fatalities.")
    assert pairs(run(nlp, body)) == [("killed", 15)]
