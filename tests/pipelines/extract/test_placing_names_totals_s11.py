"""placing, session 11: a place inside an organization's name ("the Kenya Red Cross", "the Nigeria Police Force")
places no figure, so the town the sentence names does; a running total in a sentence that names no place ("the toll
has risen to 41") is the movement's, national, not the place of an earlier sentence or of the article's one town;
the total an increment of its own sentence adds to ("two more died, bringing the number to 23") goes with the
increment (invented reports, parsed by the model)."""
import pytest

from .test_placing_articles import placed


@pytest.mark.parametrize("body, value, where", [
    ("Unrest in Kenya\n\nPolice fired tear gas at protesters in Nakuru on Tuesday, and the Kenya Red Cross said 30 "
     "people were injured.", 30, "Nakuru"),
    ("Unrest in Kenya\n\nRiot police broke up a march in Kisumu on Friday. The Kenya Red Cross said 14 people were "
     "treated for injuries.", 14, "Kisumu"),
    ("Unrest in Nigeria\n\nDemonstrators marched through Ibadan on Monday. The Nigeria Police Force said 25 "
     "protesters were arrested.", 25, "Ibadan"),
])
def test_a_place_inside_an_organization_name_places_no_figure(nlp, body, value, where):
    assert placed(nlp, body)[value] == where


@pytest.mark.parametrize("body, value", [
    ("Unrest in Kenya\n\nPolice fired tear gas at marchers in Eldoret on Tuesday. The death toll from the protests "
     "has risen to 41, the rights commission said.", 41),
    ("Unrest in Kenya\n\nThousands rallied in Eldoret on Sunday against the new tax.\n\nThe latest death brings to 19 "
     "the toll from the crackdown on the protests, the rights commission said.", 19),
])
def test_a_running_total_naming_no_place_is_national(nlp, body, value):
    assert placed(nlp, body)[value] == "Kenya"


def test_an_increment_and_its_total_share_a_place(nlp):
    body = ("Unrest in Kenya\n\nThousands rallied in Eldoret on Sunday against the new tax. Two more people died on "
            "Monday, bringing the number of dead to 23, activists said.")
    got = placed(nlp, body)
    assert got[2] == got[23] == "Eldoret"


def test_a_running_total_in_a_named_place_keeps_it(nlp):
    body = ("Unrest in Kenya\n\nPolice fired tear gas at marchers in Eldoret on Tuesday. The death toll in the city "
            "has risen to 41, the rights commission said.")
    assert placed(nlp, body)[41] == "Eldoret"


@pytest.mark.parametrize("body, value, where", [
    ("Riots in France\n\nEleven people were arrested in Lyon and Villeurbanne (Rhône), police said.", 11, "Rhône"),
    ("Riots in France\n\nSix people were detained in Tours and Amboise (Indre-et-Loire) on Friday.", 6,
     "Indre-et-Loire"),
    ("Riots in France\n\nPolice held 12 people in Rennes (Ille-et-Vilaine) on Friday.", 12, "Rennes"),
])
def test_towns_listed_with_their_region_are_the_regions(nlp, body, value, where):
    assert placed(nlp, body)[value] == where


def _kinds(nlp, body):
    from pipelines.extract.entities import extract_entities
    from pipelines.extract.types import ArticleText

    ents, _ = extract_entities(nlp(body), ArticleText(article_id="t", body=body, published_at=None))
    return {e.canonical_name: e.location_kind for e in ents if e.entity_type == "location"}


def test_an_unknown_name_led_by_a_compass_point_is_a_region(nlp):
    body = ("Unrest in Indonesia\n\nPolice arrested 40 students in West Halmera on Monday. In South Tarvok, 12 people "
            "were hurt.")
    kinds = _kinds(nlp, body)
    assert kinds["West Halmera"] == kinds["South Tarvok"] == "region"


def test_a_town_located_in_an_unknown_compass_region_keeps_the_town(nlp):
    body = "Unrest in Indonesia\n\nIn Kelora, South Tarvok, 12 people were hurt on Monday."
    assert placed(nlp, body)[12] == "Kelora"
