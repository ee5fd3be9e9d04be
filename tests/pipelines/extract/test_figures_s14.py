"""Figures, bounds and `who` of session 14 (issue 13) on invented sentences."""
import pytest

from tests.pipelines.extract.helpers import run


def rows(figs):
    return sorted((f.category, f.value, f.bound, f.who) for f in figs)


def cats(figs):
    return sorted((f.category, f.value) for f in figs)


# "among the 20 hurt": the group is a part of the count an event noun names, so it takes that noun's
# category (attach._counted_by_another); a number ON the event noun still counts it alone
@pytest.mark.parametrize("text, want", [
    ("Clashes in Dorvan left 20 people hurt. Eight police were among the 20 hurt.",
     [("injured", 8, "police"), ("injured", 20, ""), ("injured", 20, "people")]),
    ("Two children were among the 12 dead, the ministry said.", [("killed", 2, "children"), ("killed", 12, "")]),
    ("Three journalists were among the 40 injured in Dorvan on Monday.",
     [("injured", 3, "journalists"), ("injured", 40, "")]),
])
def test_a_group_among_a_counted_event_noun_takes_its_category(nlp, text, want):
    assert sorted((f.category, f.value, f.who) for f in run(nlp, text)) == want


def test_a_number_on_an_event_noun_still_counts_it_alone(nlp):
    assert cats(run(nlp, "There were 12 homicides and 31 eye injuries.")) == [("injured", 31), ("killed", 12)]


@pytest.mark.parametrize("text, want", [
    ("At least 14 people died in the riots in Kelmar. Of the dead, 3 were police, officials said.",
     [("killed", 3, "exact", "police"), ("killed", 14, "at_least", "people")]),
    ("Over 20 feared dead as police open fire on marchers in Kelmar", [("killed", 20, "at_least", "")]),
    ("More than 20 are feared dead after the clashes.", [("killed", 20, "at_least", "")]),
])
def test_sub_counts_of_the_dead_and_bare_feared_dead_counts(nlp, text, want):
    assert rows(run(nlp, text)) == want


# a phrase with a subject of its own ("713 of them still in hospital") places that subset in hospital,
# not the count whose verb it hangs from (resolve._ward_under)
@pytest.mark.parametrize("text, want", [
    ("Officials said 1,033 injured, 713 of them still in hospital, after the protests in Varna.",
     [("hospitalized", 713), ("injured", 1033)]),
    ("Officials said 1,033 people were injured, 713 of them still in hospital.",
     [("hospitalized", 713), ("injured", 1033)]),
])
def test_a_subset_in_hospital_leaves_the_injured_count_injured(nlp, text, want):
    assert cats(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Twelve people were hurt, two of whom remain in critical condition in hospital.",
     [("hospitalized", 2), ("injured", 12)]),
    ("Officials said 40 injured people were still in hospital.", [("hospitalized", 40)]),
])
def test_a_count_in_hospital_is_still_hospitalized(nlp, text, want):
    assert cats(run(nlp, text)) == want


# a gapped clause ("and 15 others [were] wounded"), which the parser reads as a noun conjoined with the
# first verb: the participle inside it is its predicate (attach._gapped_own_participle)
@pytest.mark.parametrize("text, want", [
    ("Five people were killed and 15 others, including three police officers, wounded in Tolvan.",
     [("injured", 3), ("injured", 15), ("killed", 5)]),
    ("Two protesters died and 40 others, among them a journalist, were injured.", [("injured", 40), ("killed", 2)]),
    ("Seven people were arrested and 12 others, most of them students, hurt in the clashes.",
     [("arrested", 7), ("injured", 12)]),
])
def test_a_gapped_clause_takes_its_own_participle(nlp, text, want):
    assert cats(run(nlp, text)) == want


def test_a_gapped_clause_without_a_participle_shares_the_verb(nlp):
    assert cats(run(nlp, "Five people were killed and 15 others in Tolvan.")) == [("killed", 5), ("killed", 15)]


# a floor ("more than", "at least") binds only its own number; an approximation or a ceiling covers the
# coordinated list (annotate.carry_bounds)
@pytest.mark.parametrize("text, want", [
    ("More than 30 protesters and three policemen were killed in clashes in Ardel on Sunday.",
     {30: "at_least", 3: "exact"}),
    ("At least 12 civilians and four soldiers died in the fighting in Ardel.", {12: "at_least", 4: "exact"}),
    ("Nearly 40 protesters and two police officers were injured.", {40: "approx", 2: "approx"}),
    ("Up to 300 protesters and 20 officers were hurt.", {300: "at_most", 20: "at_most"}),
])
def test_only_an_approximation_or_a_ceiling_covers_a_coordination(nlp, text, want):
    assert {f.value: f.bound for f in run(nlp, text)} == want


# "in critical condition" states an injury (seeds/triggers.csv condition); a hospital that tells the count
# ("the hospital said") places nobody in hospital (attach._reporting_body)
@pytest.mark.parametrize("text, want", [
    ("At least six people died in the clashes in Ardel. Another 12 people are in critical condition.",
     [("injured", 12), ("killed", 6)]),
    ("At least six people died. Another 12 people are in critical condition, the hospital said.",
     [("injured", 12), ("killed", 6)]),
    ("Nine protesters were in a critical condition on Monday.", [("injured", 9)]),
    ("Four officers are in a life-threatening condition.", [("injured", 4)]),
    ("Four people were killed. Three others were in serious condition at the Ardel General Hospital.",
     [("hospitalized", 3), ("killed", 4)]),
])
def test_a_critical_condition_is_an_injury(nlp, text, want):
    assert cats(run(nlp, text)) == want


@pytest.mark.parametrize("text", [
    "At least 30 people were at the rally, the hospital said.",
    "Eight were students, the hospital said.",
])
def test_a_hospital_that_tells_a_count_puts_nobody_in_hospital(nlp, text):
    assert cats(run(nlp, text)) == []


@pytest.mark.parametrize("text, want", [
    ("The hospital said 40 people were admitted with injuries.", [("hospitalized", 40)]),
    ("Twenty people were injured at the hospital when police stormed it.", [("injured", 20)]),
    ("Officials said the condition of the road was poor for 20 km.", []),
])
def test_hospital_admissions_and_other_conditions_keep_theirs(nlp, text, want):
    assert cats(run(nlp, text)) == want


# people shot are wounded (seeds/triggers.csv shoot, direct: it must govern them); "shot dead" is named by
# its resultative adjective (triggers.sentence_triggers; seeds/categories.csv result_verb)
@pytest.mark.parametrize("text, want", [
    ("The BBC quoted witnesses as saying at least 9 people had been shot in Lorvik.", [("injured", 9, "at_least")]),
    ("Police shot 12 protesters in Lorvik on Tuesday, witnesses said.", [("injured", 12, "exact")]),
    ("Five people were shot dead in Lorvik.", [("killed", 5, "exact")]),
    ("Police shot dead five protesters in Lorvik.", [("killed", 5, "exact")]),
    ("Five people were shot dead and 12 others shot and wounded in Lorvik.",
     [("injured", 12, "exact"), ("killed", 5, "exact")]),
])
def test_people_shot_are_wounded_and_shot_dead_killed(nlp, text, want):
    assert sorted((f.category, f.value, f.bound) for f in run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Two fishermen are missing, presumed dead, after the boat capsized during the protest.", [("missing", 2)]),
    ("Police shot tear gas at 3,000 demonstrators.", [("protesters", 3000)]),
])
def test_a_judgment_verb_and_a_shot_at_crowd_keep_theirs(nlp, text, want):
    assert cats(run(nlp, text)) == want


# "wound" as the past of "wind" (a path word after it, "its way", or a procession as its subject) is no
# injury (triggers._winds)
@pytest.mark.parametrize("text, want", [
    ("The march wound through the streets of Brenna for three hours, with some 5,000 people taking part.",
     [("protesters", 5000)]),
    ("About 3,000 demonstrators wound through central Brenna on Saturday.", [("protesters", 3000)]),
    ("Some 4,000 marchers wound their way to the square.", [("protesters", 4000)]),
])
def test_wound_as_the_past_of_wind_is_no_injury(nlp, text, want):
    assert cats(run(nlp, text)) == want


def test_wound_with_people_as_its_object_is_an_injury(nlp):
    assert cats(run(nlp, "The gunmen wound three protesters and fled.")) == [("injured", 3)]


# one person introduced by name is an anecdote, no count (README: a single individual introduced
# anecdotally is not a figure; counted._named)
def test_one_person_introduced_by_name_is_no_figure(nlp):
    assert cats(run(nlp, "One demonstrator called Tomas Reyl was wounded in the leg.")) == []


def test_one_person_in_a_toll_is_a_figure(nlp):
    assert cats(run(nlp, "One person died, police said.")) == [("killed", 1)]


@pytest.mark.parametrize("text, want", [
    ("The best part of 200 people were wounded in the fighting.", [("injured", 200, "approx", "people")]),
    ("Just shy of 300 demonstrators were detained.", [("arrested", 300, "approx", "demonstrators")]),
    ("No fewer than 17 demonstrators were killed, among them three teenagers.",
     [("killed", 3, "exact", "teenagers"), ("killed", 17, "at_least", "demonstrators")]),
    ("In excess of 10,000 people rallied in the capital, Ostrava.", [("protesters", 10000, "at_least", "people")]),
    ("Upwards of 3,000 riot police were deployed across the city.", [("deployed", 3000, "at_least", "riot police")]),
    ("Police arrested 140 people, 30 of them minors.",
     [("arrested", 30, "exact", "minors"), ("arrested", 140, "exact", "people")]),
])
def test_wire_copy_bounds_and_groups(nlp, text, want):
    assert rows(run(nlp, text)) == want


# a group whose own verb undoes the event ("were later released", "released 40 of them", "have been
# discharged") is no count of it (README: released counts are not annotated; attach.undone)
@pytest.mark.parametrize("text, want", [
    ("Of the 62 people arrested, 40 were later released.", [("arrested", 62)]),
    ("Some 200 people were arrested; 150 have since been freed.", [("arrested", 200)]),
    ("Police arrested 62 people and released 40 of them.", [("arrested", 62)]),
    ("Of the 50 people hospitalized, 30 have been discharged.", [("hospitalized", 50)]),
    ("Police said 300 people were detained and 45 released on bail.", [("arrested", 300)]),
])
def test_a_released_group_is_no_count(nlp, text, want):
    assert cats(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Lawyers urged the police to release 600 people who had been arrested during the demonstrations.",
     [("arrested", 600)]),
    ("Of the 62 people arrested, 40 were students.", [("arrested", 40), ("arrested", 62)]),
])
def test_a_release_asked_for_and_a_description_keep_the_count(nlp, text, want):
    assert cats(run(nlp, text)) == want


# "11 of their number": the group itself, counted by no noun of its own (counted.find_counted)
@pytest.mark.parametrize("text, want", [
    ("Protesters said 11 of their number had been killed.", [("killed", 11, "exact", "")]),
    ("The union said 40 of its members had been detained.", [("arrested", 40, "exact", "members")]),
])
def test_of_their_number_counts_the_group_itself(nlp, text, want):
    assert rows(run(nlp, text)) == want


# "gunshot wounds": the noun is an injury (seeds/triggers.csv wound/wounds NOUN)
@pytest.mark.parametrize("text, want", [
    ("Medical sources said 45 people had gunshot wounds.", [("injured", 45)]),
    ("Twelve people suffered gunshot wounds.", [("injured", 12)]),
])
def test_people_with_wounds_are_injured(nlp, text, want):
    assert cats(run(nlp, text)) == want


# "Two of the 20 wounded later died": a participle after the partitive's "of" is the superset's word,
# the subset's own verb decides (attach._better)
def test_a_subset_of_the_wounded_that_died_is_killed(nlp):
    assert cats(run(nlp, "Two of the 20 wounded later died of their wounds.")) == [("injured", 20), ("killed", 2)]


# "12 were protesters and four were bystanders": the second predicate noun names the second count's group
# (who.group_as_predicate, when the parser hung the number on the first predicate noun)
def test_a_second_predicate_names_the_second_group(nlp):
    figs = run(nlp, "Of those killed, 12 were protesters and four were bystanders.")
    assert sorted((f.value, f.who) for f in figs) == [(4, "bystanders"), (12, "protesters")]


# a part of a hospitalized count ("five of them in critical condition") is hospitalized too
# (README: "hospitalized after being injured" -> hospitalized only; lists.inherit_lists)
def test_a_part_of_the_hospitalized_in_critical_condition_is_hospitalized(nlp):
    text = "Thirty-one people were admitted to hospital with gunshot wounds, five of them in critical condition."
    assert cats(run(nlp, text)) == [("hospitalized", 5), ("hospitalized", 31)]


def test_a_part_of_the_injured_in_hospital_is_hospitalized_and_the_rest_injured(nlp):
    text = "Nearly 70 people were wounded, 20 of them seriously."
    assert cats(run(nlp, text)) == [("injured", 20), ("injured", 70)]


# "brought to 45 the number of people killed": the running-total verb's object is the count noun
# (resolve._count_noun_category)
@pytest.mark.parametrize("text, want", [
    ("The violence brought to 45 the number of people killed since Friday.", [("killed", 45)]),
    ("That brought to 1,200 the total number of people detained.", [("arrested", 1200)]),
    ("The ministry brought 45 people to the capital for the talks.", []),
])
def test_brought_to_n_the_number_of(nlp, text, want):
    assert cats(run(nlp, text)) == want


# "the number of people who had died ... had risen to 21": the relative clause's noun is the group
# (who.group_of_participle)
@pytest.mark.parametrize("text, want", [
    ("Authorities said the number of people who had died in the protests had risen to 21.",
     [("killed", 21, "exact", "people")]),
    ("The number of protesters who have been detained now stands at 340.", [("arrested", 340, "exact", "protesters")]),
])
def test_a_running_total_over_a_relative_clause_names_its_group(nlp, text, want):
    assert rows(run(nlp, text)) == want


# "taking the total to some 6,000" after a deployment: the deployment's running total (resolve._relay)
@pytest.mark.parametrize("text, want", [
    ("The army said it had deployed an additional 1,500 troops, taking the total to some 6,000.",
     [("deployed", 1500), ("deployed", 6000)]),
    ("Police deployed 500 officers and arrested 30 people, taking the tally to 57.",
     [("arrested", 30), ("arrested", 57), ("deployed", 500)]),
])
def test_a_running_total_after_a_deployment(nlp, text, want):
    assert cats(run(nlp, text)) == want
