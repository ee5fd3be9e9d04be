"""Figure extraction on invented sentences: category, value, bound; things that must not be figures;
quotes/offsets, dedupe, attribution, dates and locations. The model is loaded once per module."""
from datetime import date, datetime

import pytest

from pipelines.extract.figures import is_candidate_sentence
from pipelines.extract.types import ArticleText, Entity, Mention

from .helpers import run


def triples(figs):
    return sorted((f.category, f.value, f.bound) for f in figs)


@pytest.mark.parametrize("text, expected", [
    ("At least 12 people were killed in the clashes.", [("killed", 12, "at_least")]),
    ("Dozens were injured when police charged the march.", [("injured", 24, "at_least")]),
    # the number attaches to the verb's object, not to the nearest noun
    ("Gunmen killed eight police and National Guard troops near the border.", [("killed", 8, "exact")]),
    # a partitive takes the category of its own predicate
    ("Some 900 people were hurt and more than 300 of them were in hospital on Monday.",
     [("hospitalized", 300, "at_least"), ("injured", 900, "approx")]),
    ("Officers made 412 arrests during the night.", [("arrested", 412, "exact")]),
    ("The death toll rose to 45 on Sunday.", [("killed", 45, "exact")]),
    # an increment and the running total are two figures
    ("Officials reported four more deaths, bringing the toll to 45.", [("killed", 4, "exact"), ("killed", 45, "exact")]),
    ("Medics said 2,000 people were injured, 150 of them seriously enough to be admitted to hospital.",
     [("hospitalized", 150, "exact"), ("injured", 2000, "exact")]),
    ("Security forces shot dead one demonstrator and wounded 14 others.", [("injured", 14, "exact"), ("killed", 1, "exact")]),
    ("Three students were reported missing after the raid.", [("missing", 3, "exact")]),
    ("Tens of thousands of demonstrators filled the avenue.", [("protesters", 20000, "at_least")]),
    ("Organisers said 250,000 people joined the march.", [("protesters", 250000, "exact")]),
    ("The government deployed 6,000 soldiers to the capital.", [("deployed", 6000, "exact")]),
    ("More than 1,200 riot police were deployed across the city.", [("deployed", 1200, "at_least")]),
    ("Nearly 60 were detained overnight.", [("arrested", 60, "approx")]),
    ("Up to 40 people may have been held in custody.", [("arrested", 40, "at_most")]),
    ("Police said between 30 and 50 people were arrested.", [("arrested", 30, "at_least"), ("arrested", 50, "at_most")]),
    # a range keeps at_least/at_most even after "about"
    ("About 3,000 to 4,000 people took part in the rally.", [("protesters", 3000, "at_least"), ("protesters", 4000, "at_most")]),
    ("A dozen officers were hurt.", [("injured", 12, "exact")]),
    ("Two dozen people were taken into custody.", [("arrested", 24, "exact")]),
    ("The clashes left 2 311 people injured.", [("injured", 2311, "exact")]),   # space thousands separator
    ("Over 70 people lost their lives in the violence.", [("killed", 70, "at_least")]),
    # tallies: every member of the list reaches the verb
    ("31 civilians, nine policemen and four soldiers were killed.",
     [("killed", 4, "exact"), ("killed", 9, "exact"), ("killed", 31, "exact")]),
    ("Eleven people died and 40 were wounded.", [("injured", 40, "exact"), ("killed", 11, "exact")]),
    # "hospitalized after being injured" is hospitalized only
    ("Roughly 75 people were hospitalised after being injured in the stampede.", [("hospitalized", 75, "approx")]),
    ("Hundreds of rioters looted shops in the old town.", [("protesters", 200, "at_least")]),
    # headline fragments without auxiliaries
    ("4 dead, 35 hurt as unrest grips port city", [("injured", 35, "exact"), ("killed", 4, "exact")]),
    ("Over 900 arrested in week of riots", [("arrested", 900, "at_least")]),
    # a per-place breakdown inherits the category of the count it lists
    ("Officials put the toll at 20, including seven in Northtown, four in Eastport and one in Westfield.",
     [("killed", 1, "exact"), ("killed", 4, "exact"), ("killed", 7, "exact"), ("killed", 20, "exact")]),
    ("At least 300 people have been detained, including 45 minors.",
     [("arrested", 45, "exact"), ("arrested", 300, "at_least")]),
    ("Sixty people died, 14 of them children.", [("killed", 14, "exact"), ("killed", 60, "exact")]),
    # a named group marching is a crowd; journalists covering a protest are not
    ("About 400 students marched on the ministry.", [("protesters", 400, "approx")]),
    ("Three journalists covering the protest were beaten.", []),
    ("Police estimated the crowd at 35,000.", [("protesters", 35000, "exact")]),
    ("The crowd, estimated at 12,000, moved towards the palace.", [("protesters", 12000, "approx")]),
    # "number of people killed" takes its category from inside the count noun's phrase
    ("The number of those killed has now reached 41.", [("killed", 41, "exact")]),
    # a gapped clause: each total goes with its own noun
    ("Deaths have climbed to 88, and arrests to 3100.", [("arrested", 3100, "exact"), ("killed", 88, "exact")]),
    ("Medics counted one fatality and 12 injuries.", [("injured", 12, "exact"), ("killed", 1, "exact")]),
    # "those taken to hospital" is the subset's own predicate
    ("More than 60 of those taken to hospital after the clashes were police officers.",
     [("hospitalized", 60, "at_least")]),
    # an event noun governed by its own clause must not leak to a far number ("2,000 cars ... injured")
    ("Rioters set fire to 2,000 cars while 50 officers were injured.", [("injured", 50, "exact")]),
    ("Half a million people took to the streets.", [("protesters", 500000, "exact")]),
    ("The bodies of 13 protesters were found in the river.", [("killed", 13, "exact")]),
    # a bare partitive after a count takes that count's category
    ("Nearly 40 people were injured, six of them critically, officials said.",
     [("injured", 6, "exact"), ("injured", 40, "approx")]),
    # an event noun far from the number does not make it a crowd count
    ("Seven people have been killed since Friday, bringing the toll since the protests began to 95.",
     [("killed", 7, "exact"), ("killed", 95, "exact")]),
    ("Police detained 40-50 activists.", [("arrested", 40, "at_least"), ("arrested", 50, "at_most")]),
    ("A 5,000-strong crowd marched to the embassy.", [("protesters", 5000, "exact")]),   # "N-strong"
    ("The rally was attended by 3,000 people.", [("protesters", 3000, "exact")]),
    ("Three people were killed in 2019 and 5 in 2020.", [("killed", 3, "exact"), ("killed", 5, "exact")]),
    # a verb that already counts its own object does not also count another group
    ("Police used water cannon on 2,000 protesters and arrested 45 of them.",
     [("arrested", 45, "exact"), ("protesters", 2000, "exact")]),
    # a correction: both statements are figures (the warehouse keeps who said what)
    ("Police first said 12 people had died but later revised the figure to 10.",
     [("killed", 10, "exact"), ("killed", 12, "exact")]),
    ("No one was killed, but 14 people were hurt.", [("injured", 14, "exact")]),
    ("Gunmen gunned down 11 villagers overnight.", [("killed", 11, "exact")]),          # phrasal trigger
    ("Four more protesters succumbed to their injuries.", [("killed", 4, "exact")]),
    ("Some 20,000 people turned out for the march.", [("protesters", 20000, "approx")]),
    ("The government sent 1,500 reinforcements to the region.", [("deployed", 1500, "exact")]),
    ("Seven patients remain in the ICU.", [("hospitalized", 7, "exact")]),
    ("Twenty officers needed hospital treatment.", [("hospitalized", 20, "exact")]),
    ("Some 12,000 police officers will be on duty across the capital.", [("deployed", 12000, "approx")]),
    ("Zero deaths were reported.", []),                                                # no positive count
    # a clause with its own count belongs to that count
    ("The army has 50,000 troops in the region, where 9 people died in clashes.", [("killed", 9, "exact")]),
    ("The party, which claims 2 million members, called a strike after 3 people were shot dead.", [("killed", 3, "exact")]),
    ("Witnesses said police beat dozens of demonstrators and detained at least 15.",
     [("arrested", 15, "at_least"), ("protesters", 24, "at_least")]),
    ("A court sentenced four activists to death.", []),                                # a sentence is no killing
    # a group with its own (non-trigger) verb in a subordinate clause is not the main clause's count
    ("Thirty people were hurt, while 12 others were questioned by police.", [("injured", 30, "exact")]),
    # a gapped second object still belongs to the verb
    ("Police arrested 12 people on Monday and a further eight on Tuesday.", [("arrested", 8, "exact"), ("arrested", 12, "exact")]),
    ("The rally attracted between 8,000 and 10,000 people.", [("protesters", 8000, "at_least"), ("protesters", 10000, "at_most")]),
    ("Eyewitnesses said up to 15 people may have been killed.", [("killed", 15, "at_most")]),
])
def test_categories(nlp, text, expected):
    assert triples(run(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "A 4-year-old girl was among those hurt.",                       # age
    "The protester, 23, was hurt in the leg.",                       # age after a description
    "Prices of bread rose 30 percent in a month.",                   # percentage
    "The government pledged $2 million to rebuild burned shops.",    # money
    "Protests spread to 14 provinces over the weekend.",             # places
    "Rioters set fire to 120 vehicles and 30 buildings.",            # objects
    "The country is five times the size of its neighbour.",          # multiplier
    "The unrest began on 3 March and lasted two weeks.",             # date and duration
    "The city of 19 million people was under curfew.",               # population
    "The opposition won 42 seats in the 2019 election.",             # votes / years
    "Police fired 300 rounds of tear gas.",                           # munitions
    "One protester was blinded by a rubber bullet.",                  # an individual, not a count
    "Those detained were aged between 16 and 60.",                    # an age range
    "Police arrested Ana Diaz, 34, and Tom Reyes, 29.",               # ages after names (the arrests are uncounted)
    "The ruling party won 120 of the 200 seats.",                     # seats
    "The march covered 12 kilometres.",                               # distance
    "Article 19 said the law was unjust.",                           # a name with a number
    "Officials said 1 in 5 of those questioned were foreigners.",    # a ratio
    "Most of those detained were under 25.",                         # an age limit
    "Over 100 journalists signed a letter condemning the arrest of a colleague.",  # the group acts about the event
])
def test_not_figures(nlp, text):
    assert run(nlp, text) == []


def test_quote_offsets_and_fields(nlp):
    body = "Unrest spreads\n\nAt least 12 people were killed in the capital on Friday, the health ministry said."
    figs = run(nlp, body, published=datetime(2024, 5, 12))
    assert len(figs) == 1
    f = figs[0]
    assert body[f.char_start:f.char_end] == f.quote == "At least 12 people were killed"
    assert (f.value_low, f.value_high) == (12, None)
    assert f.who == "people"
    assert f.trigger == "killed" and f.number_text == "At least 12"
    assert f.reported_by == "health ministry"
    assert f.event_date == date(2024, 5, 10)          # the Friday before a Sunday publication


def test_value_intervals(nlp):
    figs = {f.value: f for f in run(nlp, "Up to 40 people were detained and about 200 were injured while 9 died.")}
    assert (figs[40].value_low, figs[40].value_high) == (None, 40)
    assert (figs[200].value_low, figs[200].value_high) == (None, None)
    assert (figs[9].value_low, figs[9].value_high) == (9, 9)


def test_who_drops_evaluative_adjectives(nlp):
    figs = run(nlp, "Hundreds of angry protesters blocked the motorway.")
    assert [(f.category, f.who) for f in figs] == [("protesters", "protesters")]


def test_who_drops_quantity_words(nlp):
    figs = run(nlp, "Police drafted in 2,000 extra officers.")
    assert [(f.category, f.value, f.who) for f in figs] == [("deployed", 2000, "officers")]


def test_who_keeps_coordinated_group(nlp):
    figs = run(nlp, "Gunmen killed eight police and National Guard troops near the border.")
    assert figs[0].who == "police and national guard troops"


def test_who_names_the_group_of_its_members(nlp):
    figs = run(nlp, "Officials said 317 members of the security forces were injured.")
    assert [(f.category, f.value, f.who) for f in figs] == [("injured", 317, "members of the security forces")]
    figs = run(nlp, "Twenty supporters of the former mayor were arrested.")
    assert [(f.category, f.value, f.who) for f in figs] == [("arrested", 20, "supporters of the former mayor")]


@pytest.mark.parametrize("text, expected", [
    ("The union reported 45 arrests of students in the capital.", [("arrested", 45, "students")]),
    ("Medics recorded 37 deaths among demonstrators on Friday.", [("killed", 37, "demonstrators")]),
    ("The tally of injuries among marchers climbed to 310.", [("injured", 310, "marchers")]),
    ("The number of people who suffered injuries rose to 1,450.", [("injured", 1450, "people")]),
    ("Officials counted 80 injuries, including 12 among police officers.",
     [("injured", 12, "police officers"), ("injured", 80, "")]),
    # "by" names the agent, and a noun that counts no people names no group
    ("Police made 45 arrests by Friday.", [("arrested", 45, "")]),
    ("The death toll of the unrest rose to 45.", [("killed", 45, "")]),
])
def test_who_is_the_group_named_after_an_event_noun(nlp, text, expected):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry said three of those killed were students.", [("killed", 3, "students")]),
    ("The ministry said 30 people were killed. Three of the dead were police officers.",
     [("killed", 3, "police officers"), ("killed", 30, "people")]),
])
def test_who_is_the_predicate_noun_of_a_partitive(nlp, text, expected):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == expected


def test_members_of_a_security_force_can_be_deployed(nlp):
    figs = run(nlp, "About 2,000 members of the riot police were deployed to the capital.")
    assert [(f.category, f.value, f.who) for f in figs] == [("deployed", 2000, "members of the riot police")]


def test_headline_repeat_is_one_figure_with_body_bound(nlp):
    body = "Nine killed in clashes\n\nAt least nine people were killed in clashes with police on Tuesday."
    figs = run(nlp, body)
    assert triples(figs) == [("killed", 9, "at_least")]
    assert figs[0].char_start > body.index("\n")


def test_equal_numbers_in_different_places_stay_separate(nlp):
    body = ("Unrest in two cities\n\nThere were four deaths in Northtown. "
            "Separately, medics confirmed four deaths in Southville.")
    towns = [Entity("n", "location", "Northtown", location_kind="city"), Entity("s", "location", "Southville", location_kind="city")]
    ms = [Mention("n", "Northtown", body.index("Northtown"), body.index("Northtown") + 9),
          Mention("s", "Southville", body.index("Southville"), body.index("Southville") + 10)]
    figs = run(nlp, body, entities=towns, mentions=ms)
    assert triples(figs) == [("killed", 4, "exact"), ("killed", 4, "exact")]
    assert sorted(f.location_entity_id for f in figs) == ["n", "s"]


def test_anaphoric_repeat_is_dropped(nlp):
    body = "Report\n\nPolice arrested 700 people. Most of the 700 arrested were students."
    assert triples(run(nlp, body)) == [("arrested", 700, "exact")]


def test_running_total_up_to_is_exact(nlp):
    figs = run(nlp, "The death toll has gone up to 27, officials said.")
    assert triples(figs) == [("killed", 27, "exact")]


def test_relayed_source(nlp):
    figs = run(nlp, "The Interfax agency quoted the regional health department as saying 35 people were injured.")
    assert triples(figs) == [("injured", 35, "exact")]
    assert figs[0].reported_by == "regional health department"
    assert figs[0].reported_via == "Interfax agency"


def test_according_to(nlp):
    figs = run(nlp, "According to the Red Crescent, 48 people were wounded.")
    assert figs[0].reported_by == "Red Crescent"


def test_main_location_fallback(nlp):
    body = "Clashes\n\nThe march in Eastport turned violent. Six people were hurt."
    ents = [Entity("e", "location", "Eastport", location_kind="city")]
    ms = [Mention("e", "Eastport", body.index("Eastport"), body.index("Eastport") + 8)]
    figs = run(nlp, body, entities=ents, mentions=ms)
    assert [(f.category, f.value, f.location_entity_id) for f in figs] == [("injured", 6, "e")]


@pytest.mark.parametrize("text, expected", [
    ("Twelve people were hurt.", True),
    ("Hundreds rallied.", True),
    ("Police blocked the road.", False),
])
def test_is_candidate_sentence(text, expected):
    assert is_candidate_sentence(text) is expected


def test_according_to_report_by_outlet(nlp):
    figs = run(nlp, "At least 14 people were killed, according to a report by the Daily Herald.")
    assert figs[0].reported_by == "Daily Herald"


def test_bare_figures_name_no_source(nlp):
    figs = run(nlp, "According to the figures, 230 people were arrested.")
    assert triples(figs) == [("arrested", 230, "exact")]
    assert figs[0].reported_by is None
    # "official figures" is a source as written (GOLD_SPEC_V2 gold credits it)
    assert run(nlp, "According to official figures, 230 people were arrested.")[0].reported_by == "official figures"


def test_range_end_is_not_merged_with_equal_vague_count(nlp):
    body = ("Huge march\n\nHundreds of thousands of people marched on Sunday. "
            "Police said about 150,000 to 200,000 people took part.")
    assert triples(run(nlp, body)) == [("protesters", 150000, "at_least"), ("protesters", 200000, "at_least"),
                                       ("protesters", 200000, "at_most")]


def test_subhead_repeat_is_merged(nlp):
    body = ("Riots: toll rises to 40\n\nOfficials say 40 people were killed in the north\n"
            "The government said on Monday that 40 people were killed in the north during the riots.")
    assert triples(run(nlp, body)) == [("killed", 40, "exact")]


def test_overnight_and_explicit_dates(nlp):
    pub = datetime(2023, 7, 2, 9, 0)
    figs = run(nlp, "Police arrested 300 people overnight. On June 29, 12 officers were hurt.", published=pub)
    by_value = {f.value: f.event_date for f in figs}
    assert by_value == {300: date(2023, 7, 1), 12: date(2023, 6, 29)}


def test_sentence_routine_runs_on_a_sentence_doc(nlp):
    from pipelines.extract.places import read_article
    from pipelines.extract.stages import article_figures

    body = "Intro line\n\nCalm returned. Some 75 people were detained on Friday."
    sentence = "Some 75 people were detained on Friday."
    offset = body.index(sentence)
    article = read_article(ArticleText(article_id="t", body=body), [], [])
    figs = article_figures(article, [(nlp(sentence), offset)])
    assert [(f.category, f.value, f.bound) for f in figs] == [("arrested", 75, "approx")]
    assert body[figs[0].char_start:figs[0].char_end] == figs[0].quote == "Some 75 people were detained"


def test_each_figure_gets_its_own_source(nlp):
    figs = run(nlp, "Organisers said 80,000 people took part; police put the crowd at 25,000.")
    assert sorted((f.value, f.reported_by) for f in figs) == [(25000, "police"), (80000, "Organisers")]


def test_superset_word_does_not_decide_the_subset(nlp):
    # "the wounded" names the group the 40 are taken from; their own predicate is hospital
    figs = run(nlp, "Some 40 of the wounded were taken to hospital.")
    assert triples(figs) == [("hospitalized", 40, "approx")]


def test_protest_verb_beats_an_event_in_another_clause(nlp):
    figs = run(nlp, "Thousands rallied on Sunday, a day after three activists went missing.")
    assert triples(figs) == [("missing", 3, "exact"), ("protesters", 2000, "at_least")]


def test_running_total_in_the_next_sentence(nlp):
    # the total's sentence names no category: it comes from the smaller figure just before it
    body = ("Update\n\nPolice said 300 people were injured and 48 were killed on Monday. "
            "By evening the tally stood at 55.")
    assert triples(run(nlp, body)) == [("injured", 300, "exact"), ("killed", 48, "exact"), ("killed", 55, "exact")]


def test_writer_inference_is_not_a_figure(nlp):
    body = "Officials counted 20 dead. The gap could mean that four guards died as well."
    assert triples(run(nlp, body)) == [("killed", 20, "exact")]
