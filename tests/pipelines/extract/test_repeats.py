"""Repeats and merges of figures (dedupe.py, tables.distinct_facts) on invented text: a second
group with an equal number, a headline block repeated, the source of a merged telling, and
partitives of counted things. The model is loaded once."""
import pytest

from pipelines.extract import extract_text
from pipelines.extract.tables import distinct_facts
from tests.pipelines.extract.helpers import pairs

HEAD = "Unrest in the provinces\n\n"


def figures(body):
    return distinct_facts(extract_text(body).figures)


@pytest.mark.parametrize("second", [
    "Another 6 died in the west.",
    "6 more people died in the west.",
    "A further six died in the west.",
    "An additional six people were killed in the west.",
    "Soldiers also killed 6 people in the west.",
])
def test_an_increment_word_makes_an_equal_number_a_second_group(second):
    figs = figures(HEAD + "In the east, 6 people were killed on Friday. " + second)
    assert pairs(figs) == [("killed", 6), ("killed", 6)]


def test_an_equal_number_without_increment_word_is_still_one_figure():
    figs = figures(HEAD + "Six people were killed on Friday. Medics confirmed the 6 people were killed by gunfire.")
    assert pairs(figs) == [("killed", 6)]


@pytest.mark.parametrize("copies", [2, 3, 5])
def test_a_headline_and_lead_block_repeated_is_one_fact(copies):
    block = "Eleven hurt in harbour riot\n\nEleven dockers were injured in the riot at the harbour.\n\n"
    figs = figures(block * copies)
    assert pairs(figs) == [("injured", 11)]
    assert figs[0].who == "dockers"


@pytest.mark.parametrize("text", [
    "The island has 14 municipalities, and 5 of them saw protests on Sunday.",
    "The province has 30 towns, and rallies took place in 9 of them.",
])
def test_a_partitive_of_counted_things_counts_no_people(text):
    assert figures(HEAD + text) == []


def test_a_partitive_of_counted_people_still_counts_them():
    figs = figures(HEAD + "Guards in 3 towns confronted 400 marchers and arrested 60 of them.")
    assert ("arrested", 60) in pairs(figs)


def test_a_merged_telling_keeps_the_relay_of_the_other_when_the_source_is_the_same():
    figs = figures("Riots in the port\n\nThe death toll from the riots has risen to 52, police told Reuters on Monday.\n\n"
                   "The mayor opened a new bridge on Sunday.\n\nIn all, 52 people have died, police said.")
    assert [(f.category, f.value, f.who, f.reported_by, f.reported_via) for f in figs] == \
        [("killed", 52, "people", "police", "Reuters")]


def test_a_merged_telling_takes_no_relay_of_another_source():
    figs = figures("Riots in the port\n\nThe death toll from the riots has risen to 52, medics told Reuters on Monday.\n\n"
                   "The mayor opened a new bridge on Sunday.\n\nIn all, 52 people have died, police said.")
    assert [(f.reported_by, f.reported_via) for f in figs] == [("police", None)]


@pytest.mark.parametrize("body, source", [
    # a repeat of the same group dropped: the first telling, which names nobody, takes its source
    (HEAD + "At least 31 people were killed in the clashes.\n\n"
     "The mayor opened a new bridge on Sunday.\n\n"
     "A health ministry official told AFP that 31 people were killed.",
     ("health ministry official", "AFP")),
    (HEAD + "Some 480 people have been detained.\n\n"
     "The city was calm on Sunday.\n\n"
     "About 480 people have been detained by police, according to Radio Example.",
     ("Radio Example", None)),
])
def test_a_dropped_repeat_gives_its_source_to_the_first_telling(body, source):
    figs = figures(body)
    assert len(figs) == 1 and (figs[0].reported_by, figs[0].reported_via) == source
