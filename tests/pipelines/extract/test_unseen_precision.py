"""Figure classes found on invented wire reports written in phrasings the dev set does not use
(issue 13, precision on unseen text): list items with their own participle, tolls of events that
are no unrest, crowds stated with "be", and injuries that needed surgery."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


def test_a_headline_number_takes_its_own_participle_not_the_next_items_word(nlp):
    figs = run(nlp, "Police say 450 detained after Surabaya riots, 2 dead\n\nThe riots ended on Sunday.")
    assert pairs(figs) == [("arrested", 450), ("killed", 2)]


def test_a_recap_item_with_a_non_trigger_participle_takes_no_category_from_its_neighbour(nlp):
    figs = run(nlp, "In sum: seven dead, about 90 questioned, 310 detained.")
    assert pairs(figs) == [("arrested", 310), ("killed", 7)]


@pytest.mark.parametrize("text", [
    "The cyclone of 1991, in which some 140,000 people were killed, is still remembered in the delta.",
    "The coronavirus pandemic killed about 4,100 people in the province, officials said earlier.",
    "At least 35 people died of cholera in the camps last year.",
    "Two people died in a road accident on the highway to the capital.",
])
def test_tolls_of_events_that_are_no_unrest_are_not_figures(nlp, text):
    assert run(nlp, text) == []


def test_a_toll_of_the_unrest_itself_stays_beside_an_other_event_word(nlp):
    text = ("Police killed 12 protesters during the strike, more than the 1998 flood had killed in the town. "
            "Marchers reached the square, where four people died.")
    assert pairs(run(nlp, text)) == [("killed", 4), ("killed", 12)]


@pytest.mark.parametrize("text, value, who", [
    ("By noon the demonstrators were hundreds in front of the governor's office.", 200, "demonstrators"),
    ("At dusk the marchers were in their thousands on the coastal road.", 2000, "marchers"),
])
def test_a_crowd_stated_with_be_counts_protesters(nlp, text, value, who):
    figs = run(nlp, text)
    assert [(f.category, f.value, f.bound, f.who) for f in figs] == [("protesters", value, "at_least", who)]


def test_people_who_were_something_else_are_no_crowd(nlp):
    assert run(nlp, "The reporters were hundreds of kilometres from the protesters.") == []


def test_injured_who_needed_surgery_are_an_injured_sub_count(nlp):
    figs = run(nlp, "Nineteen officers were hurt, with 4 requiring surgery, and 6 others underwent surgery later.")
    assert pairs(figs) == [("injured", 4), ("injured", 6), ("injured", 19)]


def test_a_group_doing_a_verb_that_also_moves_totals_is_no_running_total(nlp):
    text = "Police detained 40 people, 9 of them women. Some 6,000 miners took part in the march."
    assert pairs(run(nlp, text)) == [("arrested", 9), ("arrested", 40), ("protesters", 6000)]


def test_taking_part_in_something_that_is_no_protest_is_no_crowd(nlp):
    assert run(nlp, "Five students took part in the talks with the minister on Friday.") == []


def test_people_treated_by_medics_are_injured_and_those_taken_to_hospital_hospitalized(nlp):
    text = "The Red Crescent said it had treated 38 people on the spot and taken 11 to hospital."
    assert pairs(run(nlp, text)) == [("hospitalized", 11), ("injured", 38)]


def test_a_bare_number_in_a_recap_restates_the_figure_with_its_trigger(nlp):
    text = ("Clashes in the capital\n\nPolice said they had detained 140 people since Friday. "
            "In all: four dead, 140 detained. Police later detained 140 students in a second city.")
    figs = run(nlp, text)
    assert sorted((f.category, f.value, f.who) for f in figs) == [
        ("arrested", 140, "people"), ("arrested", 140, "students"), ("killed", 4, "")]


def test_an_event_noun_with_its_own_number_names_that_number_only(nlp):
    figs = run(nlp, "The monitors logged 7 homicides and 26 gunshot injuries in the first week of the strike.")
    assert sorted((f.category, f.value, f.who) for f in figs) == [("injured", 26, ""), ("killed", 7, "")]
