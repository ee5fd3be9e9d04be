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
