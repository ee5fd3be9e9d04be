"""A source's own staff or unit owned by a pronoun ("her office", "its monitors") inside the clause a named source
reports is that source's word, not a source of its own (invented sentences)."""
import pytest

from tests.pipelines.extract.helpers import run


@pytest.mark.parametrize("body, value, by", [
    ("The ombudsman said her office had recorded 60 injured detainees in Besk.", 60, "ombudsman"),
    ("The opposition party said its monitors counted 5,000 people at the rally in Besk.", 5000, "opposition party"),
    ("The Besk Bar Association said its lawyers had visited 40 detainees.", 40, "Besk Bar Association"),
    # no reporting clause above: the owned noun stays the source
    ("Her office recorded 60 injured detainees in Besk.", 60, "office"),
])
def test_owned_staff_gives_the_outer_source(nlp, body, value, by):
    got = {f.value: f.reported_by for f in run(nlp, body)}
    assert got.get(value) == by, got
