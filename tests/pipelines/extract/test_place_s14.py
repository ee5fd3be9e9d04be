"""Session 14: places of figures (GOLD_SPEC_V2 "country and place"). Invented sentences and towns."""
from __future__ import annotations

from .test_placing_articles import placed


def test_a_district_named_after_a_sentences_capital_preposition_is_a_place(nlp):
    body = ("Nepal: toll rises\nKATHMANDU (Wire) - The death toll from the protests has risen to 51, police said.\n"
            "In Dorsk district, protesters set fire to the home of a minister. Three people died there.")
    assert placed(nlp, body)[3] == "Dorsk"


def test_a_district_in_the_body_of_a_sentence_stays_a_place(nlp):
    body = ("Nepal: toll rises\nKATHMANDU (Wire) - Protests went on.\n"
            "Protesters set fire to offices in Dorsk district, where three people died.")
    assert placed(nlp, body)[3] == "Dorsk"


def test_the_next_sentence_that_says_where_the_clashes_were_places_the_toll(nlp):
    body = ("Unrest in Nigeria\nLAGOS (Wire) - Protests went on for a third day.\n"
            "At least 12 people were killed on Sunday. The clashes took place in Ibadan, the Oyo state capital, "
            "witnesses said.")
    assert placed(nlp, body)[12] == "Ibadan"


def test_most_of_them_held_in_a_town_places_the_count_before(nlp):
    body = "Unrest in Nepal\nProtests went on for a third day.\nPolice said 40 people were detained. Most were held in Pokhara."
    assert placed(nlp, body)[40] == "Pokhara"


def test_a_next_sentence_that_moves_to_another_scene_places_nothing(nlp):
    body = ("Unrest in Nigeria\nLAGOS (Wire) - Protests went on for a third day.\n"
            "At least 12 people were killed on Sunday. Protests also spread to Ibadan, witnesses said.")
    assert placed(nlp, body)[12] == "Lagos"


def test_a_next_sentence_naming_only_a_scene_leaves_the_toll_national(nlp):
    body = ("Unrest in Nepal\nProtests went on for a third day across Nepal.\n"
            "At least 40 people were killed on Sunday. Protesters in Pokhara set fire to offices.")
    assert placed(nlp, body)[40] == "Nepal"


def test_a_next_sentence_with_its_own_count_keeps_its_place(nlp):
    body = ("Unrest in Nigeria\nLAGOS (Wire) - Protests went on for a third day.\n"
            "At least 12 people were killed on Sunday. The clashes left five others injured in Ibadan.")
    got = placed(nlp, body)
    assert got[12] == "Lagos" and got[5] == "Ibadan"


def test_an_unknown_town_the_model_tags_as_a_product_after_in_is_a_place(nlp):
    body = "Unrest in Nepal\nKATHMANDU (Wire) - Protests went on for a third day.\nPolice detained 40 people in Dorsk on Sunday."
    assert placed(nlp, body)[40] == "Dorsk"


def test_an_unknown_town_opening_a_sentence_after_in_is_a_place(nlp):
    body = "Unrest in Nepal\nKATHMANDU (Wire) - Protests went on for a third day.\nIn Dorsk, 30 people were injured."
    assert placed(nlp, body)[30] == "Dorsk"


def test_a_nationality_after_in_is_no_town(nlp):
    from pipelines.extract.entities import extract_entities
    from pipelines.extract.types import ArticleText

    body = "Unrest in Nepal\nPolice detained 40 people in Dorsk on Sunday, and officers spoke to them in Russian."
    ents, _ = extract_entities(nlp(body), ArticleText(article_id="t", body=body, published_at=None))
    towns = {e.canonical_name for e in ents if e.entity_type == "location" and e.location_kind != "country"}
    assert towns == {"Dorsk"}


def test_a_nepali_district_named_alone_is_a_place(nlp):
    body = ("Nepal protests spread\nKATHMANDU (AP) - Protests spread beyond the capital on Tuesday.\n"
            "Two people were killed in Sunsari, police said.")
    assert placed(nlp, body)[2] == "Sunsari"
    from pipelines.extract.gazetteer import lookup_place

    district = lookup_place("Sunsari", frozenset({"NP"}))
    assert district is not None and district.kind == "region" and district.country_code == "NP"


def test_a_region_after_an_unknown_town_only_says_where_it_lies(nlp):
    body = "Nepal\nKATHMANDU (AP) - Two people died in Dorsk, Bagmati, on Tuesday."
    assert placed(nlp, body)[2] == "Dorsk"


def test_an_unknown_town_and_a_region_listed_together_give_no_one_place(nlp):
    body = "Nepal\nKATHMANDU (AP) - Police arrested 20 people in Dorsk and Bagmati on Tuesday."
    assert placed(nlp, body)[20] == "Nepal"


def _places_named(nlp, body):
    from pipelines.extract.entities import extract_entities
    from pipelines.extract.types import ArticleText

    ents, _ = extract_entities(nlp(body), ArticleText(article_id="t", body=body, published_at=None))
    return {e.canonical_name for e in ents if e.entity_type == "location" and e.location_kind != "country"}


def test_the_provinces_of_two_names_are_two_places_and_no_one_place_of_the_figure(nlp):
    body = "Unrest in Nepal\nKATHMANDU (Wire) - Protests spread.\nPolice arrested 40 people in the provinces of Dorsk and Varn."
    assert {"Dorsk", "Varn"} <= _places_named(nlp, body)
    assert placed(nlp, body)[40] == "Nepal"


def test_the_towns_of_a_list_are_each_a_place(nlp):
    body = "Unrest in Nepal\nProtests spread to the towns of Dorsk, Varn and Miletsk on Sunday."
    assert {"Dorsk", "Varn", "Miletsk"} <= _places_named(nlp, body)


def test_a_headline_place_tied_to_its_number_still_sets_the_scene(nlp):
    body = ("Nepal: 19 killed in Kalvani as police fire on protest\n"
            "Police fired on thousands of young protesters outside parliament on Monday. At least 19 people were killed.")
    got = placed(nlp, body)
    assert got[2000] == "Kalvani" and got[19] == "Kalvani"


def test_a_headline_with_two_places_sets_no_scene(nlp):
    body = ("Nepal: 19 killed in Kalvani, 3 in Tarbesh\n"
            "Police fired on thousands of young protesters outside parliament on Monday.")
    assert placed(nlp, body)[2000] == "Nepal"


def test_a_town_near_a_city_is_the_place_of_the_paragraphs_next_figure(nlp):
    body = "Belarus\nIn the town of Zhodino, near Minsk, 20 workers went on strike. Police detained five of them."
    assert placed(nlp, body)[5] == "Horad Zhodzina"


def test_a_figure_near_a_city_named_in_a_list_keeps_no_locator(nlp):
    body = "Belarus\nPolice detained 30 people in Zhodino, near Minsk and Brest."
    assert placed(nlp, body)[30] == "Horad Zhodzina"


def test_a_national_cue_in_a_while_clause_is_the_other_counts(nlp):
    body = "Nigeria\nABUJA (Reuters) - In Lagos, 18 people were killed, while across the country more than 100 were injured."
    got = placed(nlp, body)
    assert got[18] == "Lagos" and got[100] == "Nigeria"


def test_a_national_cue_in_the_numbers_own_clause_still_makes_it_national(nlp):
    body = "Nigeria\nABUJA (Reuters) - After clashes in Lagos, 900 people were arrested across the country."
    assert placed(nlp, body)[900] == "Nigeria"
