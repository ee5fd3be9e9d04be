"""Figure classes of issue 13 on invented sentences: per-place breakdowns, hospital wording, the same
fact stated twice, crowds, and counts of things that are not people. The model is loaded once."""
import pytest

from pipelines.extract.figures import extract_figures
from pipelines.extract.model import load_nlp
from pipelines.extract.types import ArticleText
from tests.pipelines.extract.helpers import pairs


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, body):
    return extract_figures(nlp(body), ArticleText(article_id="t", body=body, published_at=None), [], [])


def test_bracketed_per_place_tally_takes_the_category_of_the_figure_before(nlp):
    text = ("The ministry listed the dead by province: Varna recorded the most deaths at 11, "
            "followed by Ruse (4), Pleven (3) and Sliven (3).")
    assert pairs(run(nlp, text)) == [("killed", 3), ("killed", 3), ("killed", 4), ("killed", 11)]


def test_bracketed_number_after_a_person_is_an_age_not_a_tally(nlp):
    text = "Three men died in the shooting, among them Tomas Verhoeven (27) and Piet Alders (31)."
    assert pairs(run(nlp, text)) == [("killed", 3)]


def test_number_glued_to_a_name_is_part_of_the_name(nlp):
    text = "The death toll of 52, reported by the state channel Vesti-24, was a sharp rise."
    assert pairs(run(nlp, text)) == [("killed", 52)]


def test_injured_people_placed_in_hospital_are_hospitalized_only(nlp):
    text = ("The medical union said that more than 80 wounded people were in three city hospitals. "
            "Another 14 injured remain in intensive care.")
    assert pairs(run(nlp, text)) == [("hospitalized", 14), ("hospitalized", 80)]


def test_treated_for_injuries_stays_injured(nlp):
    assert pairs(run(nlp, "Doctors said 30 protesters were treated for injuries.")) == [("injured", 30)]


def test_cases_of_an_event_count_its_people_and_other_cases_do_not(nlp):
    text = ("Rights groups documented 11 cases of abduction and 32 cases of enforced disappearance. "
            "The court heard 40 cases of looting.")
    assert pairs(run(nlp, text)) == [("missing", 11), ("missing", 32)]


def test_a_toll_restated_with_its_group_is_one_figure_that_keeps_the_group(nlp):
    text = ("Riots in the port\n\nThe death toll from the riots in the port city has risen to 52, the commission said.\n"
            "In all, 52 people have died and 140 have been injured.")
    figs = run(nlp, text)
    assert pairs(figs) == [("injured", 140), ("killed", 52)]
    assert next(f.who for f in figs if f.value == 52) == "people"
    assert next(f.reported_by for f in figs if f.value == 52) == "commission"


def test_a_count_of_detainees_restated_as_people_arrested_is_one_figure(nlp):
    text = ("Crackdown\n\nOfficials said 310 detainees would face trial.\n"
            "Meanwhile, at least 310 people have been arrested across the region.")
    assert pairs(run(nlp, text)) == [("arrested", 310)]


def test_equal_numbers_of_different_groups_stay_two_figures(nlp):
    text = "Clashes\n\nFive police officers were injured on Monday.\nOn Tuesday five protesters were injured."
    assert pairs(run(nlp, text)) == [("injured", 5), ("injured", 5)]


def test_outpatient_treatment_and_medical_care_received_are_injured(nlp):
    text = ("Doctors said 45 people were sent for outpatient treatment. "
            "A further 60 people received medical care at the scene. "
            "Some 30 prisoners were denied medical care.")
    assert pairs(run(nlp, text)) == [("injured", 45), ("injured", 60)]


def test_bodies_found_or_recovered_are_killed(nlp):
    text = "Rescuers recovered 12 bodies from the river. The bodies of nine men were found near the border."
    assert pairs(run(nlp, text)) == [("killed", 9), ("killed", 12)]


def test_a_crowd_the_death_drew_is_not_a_death_toll(nlp):
    text = ("His death brought hundreds of mourners to the funeral. Deaths reached 57 on Sunday. "
            "Her death, filmed by a bystander, fuelled anger and brought thousands of mourners to her funeral. "
            "The deaths included 12 children.")
    assert pairs(run(nlp, text)) == [("killed", 12), ("killed", 57)]


def test_one_of_whom_is_a_sub_count_and_one_of_the_group_an_individual(nlp):
    text = ("Among the injured, nine were hit by rubber bullets, one of whom is still in intensive care. "
            "One of the protesters died.")
    assert pairs(run(nlp, text)) == [("hospitalized", 1), ("injured", 9)]


@pytest.mark.parametrize("text, expected", [
    ("Tens of thousands took to the streets of the capital on Saturday.", [("protesters", 20000)]),
    ("About 5,000 people gathered outside parliament.", [("protesters", 5000)]),
    ("Some 3,000 students rallied in the main square.", [("protesters", 3000)]),
    ("More than 10,000 marched through the city centre.", [("protesters", 10000)]),
    ("An estimated 40,000 turned out for the march.", [("protesters", 40000)]),
])
def test_crowd_verbs_count_protesters(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "The court handed down 14 sentences and filed 30 charges.",
    "Protesters torched 25 vehicles and 8 buildings.",
    "Negotiators held three rounds of talks.",
    "The court heard 40 cases of looting.",
])
def test_counts_of_things_are_not_figures(nlp, text):
    assert run(nlp, text) == []


def test_per_place_clauses_take_the_category_of_the_figure_before(nlp):
    text = ("Of the 40 arrested, 25 were held in Taraz and 15 in Aktobe. "
            "Police counted 30 injured in Almaty, while Shymkent had 9.")
    assert pairs(run(nlp, text)) == [("arrested", 15), ("arrested", 25), ("arrested", 40),
                                     ("injured", 9), ("injured", 30)]


def test_a_place_that_has_things_is_no_breakdown(nlp):
    assert run(nlp, "The province has 47 districts, and the capital had 9 polling stations.") == []


def test_a_headline_rounding_the_body_figure_stays_its_own_figure_and_an_equal_one_folds(nlp):
    # GOLD_SPEC: the same fact repeated is one figure only if value, category and who are the same
    rounded = "Over 100 dead in riots\n\nAt least 112 people were killed in the riots, officials said."
    assert pairs(run(nlp, rounded)) == [("killed", 100), ("killed", 112)]
    equal = "Police arrest 40 in riots\n\nPolice said 40 people were arrested in the riots."
    assert pairs(run(nlp, equal)) == [("arrested", 40)]
