"""`who` of session 13 on invented sentences."""
import pytest

from tests.pipelines.extract.helpers import run


def rows(figs):
    return sorted((f.category, f.value, f.who) for f in figs)


# a vague plural ("hundreds", "scores") is a number of its own: the number the parser hangs on it counts no
# "hundreds" (counted._another_number), so "Five dead" is a death toll naming no group
@pytest.mark.parametrize("text, want", [
    ("Five dead, hundreds injured in Kesh clashes", [("injured", 200, ""), ("killed", 5, "")]),
    ("Three dead, scores wounded in Varna protest", [("injured", 40, ""), ("killed", 3, "")]),
    ("Two killed, thousands arrested in Velaria crackdown", [("arrested", 2000, ""), ("killed", 2, "")]),
])
def test_a_number_hung_on_a_vague_plural_counts_no_group(nlp, text, want):
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Five dead, 200 injured in Kesh clashes", [("injured", 200, ""), ("killed", 5, "")]),
    ("Hundreds of students marched in Pellan on Friday.", [("protesters", 200, "students")]),
])
def test_a_plain_count_and_a_partitive_quantifier_keep_theirs(nlp, text, want):
    assert rows(run(nlp, text)) == want


# a partitive count whose predicate names what the part is ("N of the X were Y") counts Y, as
# "three of those killed were students" does (who._partitive_predicate)
@pytest.mark.parametrize("text, want", [
    ("Two of the three people killed in Velsk were students, the university said.",
     [("killed", 2, "students"), ("killed", 3, "people")]),
    ("Three of the 20 detainees in Velsk were journalists, the union said.",
     [("arrested", 3, "journalists"), ("arrested", 20, "detainees")]),
])
def test_a_partitive_count_takes_its_predicates_group(nlp, text, want):
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("Ten of the protesters were arrested in Velsk.", [("arrested", 10, "protesters")]),
    ("Two of the people killed in Velsk were from Tarn.", [("killed", 2, "people")]),
])
def test_a_partitive_count_without_a_predicate_group_keeps_its_noun(nlp, text, want):
    assert rows(run(nlp, text)) == want


# "of whom" fronted before a bare number stands for the group before it (who.group_of_fronted_whom)
@pytest.mark.parametrize("text, want", [
    ("A rights group said 3,480 people had been arrested, of whom 2,700 remain in detention.",
     [("arrested", 2700, "people"), ("arrested", 3480, "people")]),
    ("Police said 50 protesters were injured in Velsk, of whom about 12 were hospitalized.",
     [("hospitalized", 12, "protesters"), ("injured", 50, "protesters")]),
])
def test_a_fronted_of_whom_names_the_group_before(nlp, text, want):
    assert rows(run(nlp, text)) == want


def test_a_fronted_of_whom_after_a_bare_number_names_no_group(nlp):
    got = rows(run(nlp, "Nine were hurt in Velsk, of whom two remain in hospital."))
    assert got == [("hospitalized", 2, ""), ("injured", 9, "")]


# "the number of young protesters killed rose to 21": the parser made "killed" the verb and "number" its
# subject; the people noun before the participle is the group, as in "the number of people killed"
# (who._count_subject_group)
@pytest.mark.parametrize("text, want", [
    ("The number of young protesters killed rose to 21 in Kathara.", [("killed", 21, "young protesters")]),
    ("The number of Gen Z protesters killed rose to 21 in Kathara.", [("killed", 21, "gen z protesters")]),
])
def test_a_running_total_of_a_modified_group_names_it(nlp, text, want):
    assert rows(run(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    ("The number of those killed rose to 21 in Kathara.", [("killed", 21, "")]),
    ("Police killed 5 in Kathara on Monday.", [("killed", 5, "")]),
])
def test_a_running_total_of_no_people_noun_names_no_group(nlp, text, want):
    assert rows(run(nlp, text)) == want


# "N of them X": the people noun right after the partitive pronoun says what the N are, however the
# parser hung it (who._group_after_pronoun)
def test_a_people_noun_after_of_them_names_the_part(nlp):
    got = rows(run(nlp, "Five police officers, two of them women, were hurt in Velsk."))
    assert got == [("injured", 2, "women"), ("injured", 5, "police officers")]


@pytest.mark.parametrize("text, want", [
    ("Nine were hurt in Velsk, two of them seriously.", [("injured", 2, ""), ("injured", 9, "")]),
    ("Police arrested 40 people, 12 of them in Velsk.", [("arrested", 12, ""), ("arrested", 40, "people")]),
])
def test_no_people_noun_after_of_them_names_no_group(nlp, text, want):
    assert rows(run(nlp, text)) == want


# a hyphenated people noun the tokenizer split keeps its tail (who._hyphen_tail)
def test_a_hyphenated_people_noun_keeps_its_tail(nlp):
    assert rows(run(nlp, "Two passers-by were wounded by stray bullets in Velsk.")) == [("injured", 2, "passers-by")]


def test_a_spaced_dash_after_the_group_is_no_tail(nlp):
    got = rows(run(nlp, "Twelve protesters - many of them students - were hurt in Velsk."))
    assert got == [("injured", 12, "protesters")]


# an apposition after a nominal adjective ("the wounded, both police officers") is the group, not the
# adjective's head (who._apposed_after); comma-joined adjectives stay the group's
def test_an_apposition_after_a_nominal_adjective_is_the_group(nlp):
    got = rows(run(nlp, "Two of the wounded, both police officers, died later in Velsk."))
    assert got == [("killed", 2, "police officers")]


def test_comma_joined_adjectives_stay_the_groups(nlp):
    got = rows(run(nlp, "Police arrested 40 young, unemployed men in Velsk."))
    assert got == [("arrested", 40, "young unemployed men")]
