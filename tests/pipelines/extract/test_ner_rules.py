"""Each NER rule on its own: a span of a hand-written sentence (none taken from any evaluation
article) is given a label, as the model might, and handed to one rule. The label is set by the test,
so what is tested is the rule, not what the small model happens to tag."""
from __future__ import annotations

import pytest

from pipelines.extract import ner_filters as f
from pipelines.extract import ner_typing as t
from pipelines.extract.entities import article_context
from pipelines.extract.entity_spans import has_org_keyword
from pipelines.extract.gazetteer import norm
from pipelines.extract.ner_rules import decide, NER_LABELS, NER_RULES, NerSpan, prepare


def make_span(nlp, text, surface, label, acr_groups=None, org_first_words=()):
    doc = nlp(text)
    ctx, _ = article_context(doc, text)
    ctx.org_first_words.update(org_first_words)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), alignment_mode="strict")
    assert span is not None, f"{surface!r} is not a token span"
    ent_tokens = frozenset(range(span.start, span.end))  # only the span itself: no other NER span around it
    return NerSpan(doc, ctx, span.start, span.end, label, surface, norm(surface),
                   has_org_keyword(doc, span.start, span.end), acr_groups or {}, ent_tokens)


def outcome(verdict, text):
    if verdict is None:
        return None
    if isinstance(verdict, NerSpan):
        return ("span", verdict.label)
    return [(c.etype, text[c.start:c.end]) for c in verdict]


CASES = [
    # (rule, sentence, span, label given to the span, expected outcome)
    (f.site_prefix, "Marchers filled Plaza Mayor on Sunday.", "Plaza Mayor", "FAC", []),
    (f.site_prefix, "Lena Vos spoke to the marchers.", "Lena Vos", "PERSON", None),
    (f.handle_or_hashtag, "Supporters tagged @LenaVos in the post.", "@LenaVos", "PERSON", []),
    (f.handle_or_hashtag, "Supporters tagged Lena Vos in the post.", "Lena Vos", "PERSON", None),
    # the display name of an account, written before its handle
    (f.handle_or_hashtag, "Read the thread.\n- Lena Vos (@lenavos.example.social) May 2, 2024", "Lena Vos", "PERSON", []),
    # a word cut by the end of a truncated text; after a title it is a name all the same
    (f.cut_word, "Rents rose to nearly ten times Brenn", "Brenn", "GPE", []),
    (f.cut_word, "The crowd cheered Prime Minister Tomas", "Tomas", "PERSON", None),
    (f.cut_word, "Brenn is a quiet town.", "Brenn", "GPE", None),
    (f.letter_name, "Street protests by Gen Zs have spread.", "Zs", "PERSON", []),
    (f.letter_name, "Street protests by Zane have spread.", "Zane", "PERSON", None),
    (f.plural_nationality, "Many young Kenyans are out of work.", "Kenyans", "PERSON", []),
    (f.plural_nationality, "Many young Kenyans are out of work.", "Kenyans", "NORP", []),
    (f.plural_nationality, "Lena Vos spoke to the marchers.", "Lena Vos", "PERSON", None),
    (f.only_titles, "The Chief spoke briefly to reporters.", "Chief", "ORG", []),
    (f.only_titles, "The Chief spoke briefly to reporters.", "Chief", "PERSON", None),  # persons keep their titles here
    # the model saw only the surname after a job title and a comma
    (f.appositive_person, "The regional Director of Public Safety, Tomas Berg, resigned.", "Berg", "ORG",
     [("person", "Tomas Berg")]),
    (f.retype_event, "The Global Rights Foundation said it would appeal.", "Global Rights Foundation", "EVENT",
     ("span", "ORG")),
    (f.retype_event, "Lawmakers passed the Public Order Act on Monday.", "Public Order Act", "LAW", []),
    (f.retype_event, "Organisers called it the Spring of Hope.", "Spring of Hope", "EVENT", []),  # no organization word
    (f.no_name, "Covid spread through the camps.", "Covid", "ORG", []),  # listed in seeds/non_entities.csv
    (f.headline_only, "Mayor Quits Amid Row Over Harbor Plan\nThe mayor resigned on Friday.", "Harbor Plan", "ORG", []),
    # repeated in the body: kept
    (f.headline_only, "Mayor Quits Amid Row Over Harbor Plan\nCritics of the Harbor Plan cheered.", "Harbor Plan",
     "ORG", None),
    (f.event_name, "Organisers called it Freedom Week.", "Freedom Week", "ORG", []),
    (f.numbered_place, "Traffic stopped on Route 9 for hours.", "Route 9", "LOC", []),
    (f.ethnic_adjective, "Local Baluchi elders met the governor.", "Local Baluchi", "ORG", []),
    (f.org_of_org, "The Policy Centre of the University of Brennick spoke.", "Policy Centre of the University of Brennick",
     "ORG", [("organization", "Policy Centre"), ("organization", "University of Brennick")]),
    # a Spanish "y" before an organization head word: two organizations
    (f.two_orgs_joined, "The toll came from Ruta Libre y Laboratorio de Justicia on Monday.",
     "Ruta Libre y Laboratorio de Justicia", "PERSON",
     [("organization", "Ruta Libre"), ("organization", "Laboratorio de Justicia")]),
    (f.two_orgs_joined, "The toll came from Justicia y Paz on Monday.", "Justicia y Paz", "ORG", None),  # one name
    (f.credit_chunk, "Photo: Ana Ruiz/Wire Service", "Ana Ruiz/Wire", "PERSON", []),
    (f.country_name, "Kenya sent envoys to the talks.", "Kenya", "GPE", []),
    (f.generic_group, "Police arrived within the hour.", "Police", "ORG", []),
    (f.site_name, "Crowds met at Liberty Square at noon.", "Liberty Square", "FAC", []),
    (f.defined_acronym, "The NLF denied any part in the attack.", "NLF", "ORG", []),
    (f.agency_name, "Reuters reported the clashes.", "Reuters", "ORG", []),  # the agency scan covers it
    (f.site_org, "He was taken to Zarvitsky hospital overnight.", "Zarvitsky", "PERSON",
     [("organization", "Zarvitsky hospital")]),
    (t.site_after_place, "They marched to Zarvik Square at dawn.", "Zarvik", "GPE", []),
    (t.place_with_keyword, "Staff at Brennick University walked out.", "Brennick University", "LOC",
     [("organization", "Brennick University")]),
    (t.gazetteer_place, "Protesters gathered in Nairobi on Tuesday.", "Nairobi", "GPE", [("location", "Nairobi")]),
    # an unknown one-word "place" that speaks is a surname
    (t.unknown_gpe_person, "Okavi has disputed the toll, saying the count was too high.", "Okavi", "GPE",
     [("person", "Okavi")]),
    (t.unknown_gpe_person, "Okavi said the count was too high.", "Okavi", "GPE", [("person", "Okavi")]),
    (t.unknown_gpe_person, "Okavi has grown quickly since the war.", "Okavi", "GPE", None),
    (t.org_shaped_person, "Mbeki has denied the claims, saying the vote was fair.", "Mbeki", "ORG",
     [("person", "Mbeki")]),
    # a name before ", a <role>" in apposition; a role that is no head ("the leader's party") is no cue
    (f.retype_event, '"We ran," said Tendai, a 19-year-old protester from the east.', "Tendai", "PRODUCT",
     [("person", "Tendai")]),
    (t.org_shaped_person, '"We ran," said Tendai, a 19-year-old protester from the east.', "Tendai", "ORG",
     [("person", "Tendai")]),
    (t.org_shaped_person, "Pastef, the opposition leader's party, said 20 were held.", "Pastef", "ORG", None),
    # a person found in an ORG span loses its title, as a PERSON span does
    (t.org_shaped_person, "Yesterday General Okafor said troops would stay.", "General Okafor", "ORG",
     [("person", "Okafor")]),
    (t.gazetteer_place, "Protesters gathered in Zarvitsk on Tuesday.", "Zarvitsk", "GPE", None),
    (t.unknown_gpe_person, "Zarvitsky, who leads the union, spoke first.", "Zarvitsky", "GPE",
     [("person", "Zarvitsky")]),
    (t.unknown_gpe_person, "Protesters gathered in Zarvitsk on Tuesday.", "Zarvitsk", "GPE", None),
    (t.unknown_gpe_city, "Protesters gathered in Zarvitsk on Tuesday.", "Zarvitsk", "GPE", [("location", "Zarvitsk")]),
    (t.other_place, "Fires spread across the Brennick Hills.", "Brennick Hills", "LOC", []),
    (t.nationality, "Kenyan officials declined to comment.", "Kenyan", "NORP", []),
    (t.site_after_name, "They met at Zarvik Square at dawn.", "Zarvik", "PERSON", []),
    (t.named_like_place, "Protesters gathered in Nairobi on Tuesday.", "Nairobi", "PERSON", [("location", "Nairobi")]),
    # an alternate spelling of Amman after a title: a person, and the rules after see no place
    (t.named_like_place, "Dr. Amani spoke to the crowd.", "Amani", "PERSON", ("span", "PERSON")),
    (t.org_cue_name, "He left his party, Zarvan, last year.", "Zarvan", "PERSON", [("organization", "Zarvan")]),
    (t.org_first_word, "Members of Veltra joined the march.", "Veltra", "PERSON", [("organization", "Veltra")]),
    (t.org_first_word, "Members of Veltra joined the march.", "Veltra", "PERSON", None),  # (no org name starts so)
    (t.family_name, "Members of the Zarvitsky clan fled.", "Zarvitsky", "PERSON", []),
    (t.family_name, "A visit by the Velmor team was cancelled.", "Velmor", "PERSON", []),   # a squad, no person
    (t.family_name, "Photos: Jana Velk, KESTREL Team", "KESTREL Team", "PERSON", []),
    (t.org_named_for_country, "Sauti Kenya said the arrests were unlawful.", "Sauti Kenya", "PERSON",
     [("organization", "Sauti Kenya")]),
    (t.person_with_keyword, "The Zarvik Foundation paid the fines.", "Zarvik Foundation", "PERSON",
     [("organization", "Zarvik Foundation")]),
    (t.person_acronym, "The KPF marched on the capital.", "KPF", "PERSON", [("organization", "KPF")]),
    (t.capitalized_word, "Gunfire rang out. Later the gunfire resumed.", "Gunfire", "PERSON", []),
    (t.town_after_preposition, "Clashes erupted in Zarvitsk overnight.", "Zarvitsk", "PERSON", [("location", "Zarvitsk")]),
    (t.odd_label_town, "Police detained 40 people in Dorsk on Sunday.", "Dorsk", "PRODUCT", [("location", "Dorsk")]),
    (t.odd_label_town, "In Dorsk, 30 people were injured.", "Dorsk", "NORP", [("location", "Dorsk")]),
    (t.odd_label_town, "They met in Dorsk cafes on Sunday.", "Dorsk", "PRODUCT", None),
    (t.odd_label_town, "Officers spoke to them in Russian.", "Russian", "NORP", None),
    (t.person, "Lena Vos spoke to the marchers.", "Lena Vos", "PERSON", [("person", "Lena Vos")]),
    (t.person, "Lena Vos spoke to the marchers.", "Lena Vos", "ORG", None),
    # a job description ending in a country, then a name
    (t.job_and_name, "The Minister of the Interior of Chile Marta Quispe arrived.", "Interior of Chile Marta Quispe",
     "ORG", [("person", "Marta Quispe")]),
    (t.org_shaped_person, "Spokesman Tomas Berg said the talks failed.", "Tomas Berg", "ORG", [("person", "Tomas Berg")]),
    (t.numbered_name, "Guards closed the 86th Gate.", "86th Gate", "ORG", []),
    (t.organization, "The Zarvik Union called a strike.", "Zarvik Union", "ORG", [("organization", "Zarvik Union")]),
]


@pytest.mark.parametrize("rule, text, surface, label, expected", CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_rule(nlp, rule, text, surface, label, expected):
    first_words = {"veltra"} if rule is t.org_first_word and expected else ()
    acr = {"NLF": "acr:NLF"} if rule is f.defined_acronym else None
    sp = make_span(nlp, text, surface, label, acr_groups=acr, org_first_words=first_words)
    assert outcome(rule(sp), text) == expected


def test_every_rule_is_tested():
    tested = {c[0] for c in CASES}
    untested = [r.__name__ for r in NER_RULES if r not in tested]
    # person_without_proper_noun reads the model's fine tags: see test_person_without_proper_noun
    assert untested == ["person_without_proper_noun"]


def test_person_without_proper_noun(nlp):
    sp = make_span(nlp, "Sirens wailed through the night.", "Sirens", "PERSON")
    assert sp.doc[0].tag_ not in {"NNP", "NNPS"}  # the premise: a plural common noun
    assert f.person_without_proper_noun(sp) == []
    assert f.person_without_proper_noun(make_span(nlp, "Lena Vos spoke.", "Lena Vos", "PERSON")) is None


def test_rules_declared_once_in_order():
    names = [r.__name__ for r in NER_RULES]
    assert len(names) == len(set(names))
    # the filters come before the typing rules, and each label's catch-all closes its group
    assert names.index("retype_event") < names.index("site_after_place")
    assert names.index("other_place") < names.index("site_after_name")
    assert names[-1] == "organization" and names.index("person") < names.index("job_and_name")


@pytest.mark.parametrize("label", sorted(NER_LABELS))
def test_every_label_gets_one_decision(nlp, label):
    text = "Observers from Zarvik Union watched."
    sp = make_span(nlp, text, "Zarvik Union", label)
    verdicts = []
    for rule in NER_RULES:  # the same walk as `decide`, recording where it stops
        v = rule(sp)
        if isinstance(v, NerSpan):
            sp = v
        elif v is not None:
            verdicts.append(rule.__name__)
            break
    assert len(verdicts) == 1, "no rule decided"  # the catch-alls close every label's group
    assert isinstance(decide(make_span(nlp, text, "Zarvik Union", label)), list)


def test_prepare_trims_a_trailing_common_noun(nlp):
    doc = nlp("The Zarvik news agency said so.")

    class Ent:  # an ORG span as the model might draw it, over "Zarvik news agency"
        start, end, label_ = 1, 4, "ORG"
    s, e = prepare(doc, Ent, frozenset({1, 2, 3}))
    assert doc[s:e].text == "Zarvik"
