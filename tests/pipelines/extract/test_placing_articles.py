"""Where figures happened, end to end (entities, then figures) on invented wire reports: the article's one
place, an in-country dateline, the dateline's country, national tolls, a place as a counting subject."""
from pipelines.extract.entities import extract_entities
from pipelines.extract.figures import extract_figures
from pipelines.extract.types import ArticleText


def placed(nlp, body):
    """{value: canonical name of the figure's location} for one invented article."""
    doc = nlp(body)
    art = ArticleText(article_id="t", body=body, published_at=None)
    ents, ms = extract_entities(doc, art)
    figs = extract_figures(doc, art, ents, ms)
    names = {e.entity_id: e.canonical_name for e in ents}
    return {f.value: names.get(f.location_entity_id) for f in figs}


def test_a_home_dateline_places_the_report_until_the_country_is_named(nlp):
    body = ("Serbia: rally in Novi Sad\n\n"
            "NOVI SAD, Serbia (Wire) - Some 5,000 people marched across the river bridges on Saturday.\n"
            "Police said 9 people were detained after scuffles near the city hall.\n"
            "Students have staged protests across Serbia for months, and officials said 300 people were fined in the "
            "country since March.")
    got = placed(nlp, body)
    assert got[5000] == "Novi Sad" and got[9] == "Novi Sad"
    assert got[300] == "Serbia"


def test_city_tolls_and_a_national_toll_in_one_report(nlp):
    body = ("Kenya: fuel protests turn deadly\n\n"
            "At least 31 people were killed across Kenya on Thursday, a rights commission said.\n"
            "Nairobi recorded 17 deaths, the commission said. Police in Mombasa said five people died there.\n"
            "The interior ministry said 412 people had been arrested nationwide.\n"
            "In Nakuru, doctors said they had treated 46 people for gunshot wounds.")
    got = placed(nlp, body)
    assert got[31] == "Kenya" and got[412] == "Kenya"
    assert got[17] == "Nairobi" and got[5] == "Mombasa" and got[46] == "Nakuru"


def test_in_a_city_the_capital_of_a_region(nlp):
    body = ("Pakistan: arrests after protests\n\n"
            "In Lahore, the capital of Punjab, more than 150 people were detained on Tuesday, police said.")
    assert placed(nlp, body)[150] == "Lahore"
