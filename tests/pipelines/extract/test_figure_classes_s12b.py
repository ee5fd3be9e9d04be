"""Figure classes of session 12, round 2, on invented sentences: a crowd at a funeral is no protest
count; "down from N reported earlier"; a range of estimates ("Estimates of the crowd varied from N to
M"); "among them N <people>" as a list item and as a sentence of its own; a partitive after a list
of smaller sub-counts; "picked up", "thronged", reservists; a suffixed number split by the
tokenizer ("1.5m people")."""
import pytest

from tests.pipelines.extract.helpers import run


def stated(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


def groups(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


@pytest.mark.parametrize("text", [
    "Thousands attend funeral of slain protester in Varnholm",
    "Thousands of mourners attended the funeral of a student killed in Besk on Sunday.",
    "Hundreds of people gathered for the burial of the two victims in Tolmar.",
    "Thousands joined the funeral procession in Besk.",
])
def test_a_crowd_at_a_funeral_is_no_protest_count(nlp, text):
    assert [f for f in run(nlp, text) if f.category == "protesters"] == []


@pytest.mark.parametrize("text, want", [
    ("A crowd of 5,000 attended the rally in Besk.", [("protesters", 5000, "exact")]),
    ("Thousands of people marched to the ministry in Besk.", [("protesters", 2000, "at_least")]),
])
def test_a_crowd_at_a_protest_still_counts(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("At least 72 people have died in Besk, the health ministry said, down from 1,100 reported earlier.",
     [("killed", 72, "at_least"), ("killed", 1100, "exact")]),
    ("At least 72 people have died in Besk, the health ministry said, up from 51 reported on Friday.",
     [("killed", 51, "exact"), ("killed", 72, "at_least")]),
])
def test_changed_from_an_earlier_reported_value(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Estimates of the crowd in Varnholm varied from 5,000 to 8,000.",
     [("protesters", 5000, "at_least"), ("protesters", 8000, "at_most")]),
    ("Estimates of the number of protesters ranged from 5,000 to 8,000.",
     [("protesters", 5000, "at_least"), ("protesters", 8000, "at_most")]),
    ("The number of people killed in Besk ranged from 50 to 80, according to rights groups.",
     [("killed", 50, "at_least"), ("killed", 80, "at_most")]),
])
def test_a_range_of_estimates(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    # the range word alone counts nothing: what ranged must be a count or an estimate
    ("Police detained 40 students in Besk, whose ages ranged from 15 to 30.", [("arrested", 40, "exact")]),
    # a protest word deeper in the estimate's phrase is not what was estimated
    ("Estimates of the cost of the protests ranged from 50 to 80.", []),
    ("Estimates of the length of the march varied from 5 to 8.", []),
])
def test_a_range_of_something_else_counts_nothing(nlp, text, want):
    assert stated(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Police detained 40 people in Besk, among them 12 students.",
     [("arrested", 12, "students"), ("arrested", 40, "people")]),
    ("Troops killed 30 people in Tolmar, among them 4 children and 2 teachers.",
     [("killed", 2, "teachers"), ("killed", 4, "children"), ("killed", 30, "people")]),
])
def test_among_them_after_the_object(nlp, text, want):
    assert groups(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("At least 30 people were killed in Varnholm. Among them were 12 students.",
     [("killed", 12, "students"), ("killed", 30, "people")]),
    ("At least 30 people were killed in Varnholm. Among them were 12 students and 3 teachers.",
     [("killed", 3, "teachers"), ("killed", 12, "students"), ("killed", 30, "people")]),
])
def test_among_them_as_a_sentence(nlp, text, want):
    assert groups(run(nlp, text)) == want


def test_among_them_needs_a_figure_before(nlp):
    assert run(nlp, "The Varnholm council met on Monday. Among them were 12 lawyers.") == []


def test_partitive_after_a_list_of_smaller_subcounts(nlp):
    body = ("At least 11 people died in Tolmar, the Besk Rights Union said. Of the total, five were killed in "
            "Varn, two in Kelso, two in Amber and one in Lusk. Two of them were minors, the group said.")
    figs = run(nlp, body)
    assert ("killed", 2, "minors") in groups(figs)
    assert len(figs) == 6


@pytest.mark.parametrize("text, want", [
    ("Police said 14 activists were picked up in Varnholm.", [("arrested", 14, "activists")]),
    ("Security forces picked up 30 activists in Varnholm.", [("arrested", 30, "activists")]),
    ("Tens of thousands of people thronged the main square of Besk.", [("protesters", 20000, "people")]),
    ("The government mobilised 10,000 reservists in Tolmar.", [("deployed", 10000, "reservists")]),
])
def test_verbs_and_nouns_of_round_2(nlp, text, want):
    assert groups(run(nlp, text)) == want


def test_picked_up_things_is_no_arrest(nlp):
    assert run(nlp, "The company picked up 30 new clients in Besk.") == []


@pytest.mark.parametrize("text, want", [
    ("Organisers said 1.5m people joined the march in Besk.", [("protesters", 1500000, "people")]),
    ("Around 2m people marched in Tolmar.", [("protesters", 2000000, "people")]),
])
def test_split_suffixed_number_counts_the_noun_after(nlp, text, want):
    assert groups(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Another six officers were seriously injured and three more detained by protesters.",
     [("arrested", 3, "officers"), ("injured", 6, "officers")]),
    ("Police arrested 12 students on Monday and 30 more on Tuesday.",
     [("arrested", 12, "students"), ("arrested", 30, "students")]),
])
def test_n_more_counts_more_of_the_group_before(nlp, text, want):
    assert groups(run(nlp, text)) == want


def test_n_more_after_a_bare_number_names_no_group(nlp):
    figs = run(nlp, "Twelve were killed in Besk on Monday and three more on Tuesday.")
    assert [f.who for f in figs] == ["", ""]


@pytest.mark.parametrize("text, want", [
    ("Tens of thousands of people took to the streets of Tolmar, while hundreds were rounded up.",
     [("arrested", 200, "at_least"), ("protesters", 20000, "at_least")]),
    ("Thousands of people marched in Besk and hundreds were arrested.",
     [("arrested", 200, "at_least"), ("protesters", 2000, "at_least")]),
])
def test_an_event_verb_with_a_count_of_its_own_as_subject(nlp, text, want):
    # the hundreds were rounded up: the crowd before is no arrest count
    assert stated(run(nlp, text)) == want
