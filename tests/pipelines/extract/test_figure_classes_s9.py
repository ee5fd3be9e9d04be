"""Figure classes of session 9 on invented sentences: crowds that "took to the streets" (of a place, on a day),
and groups named by their nation's demonym ("thousands of Ruritanians"). The model is loaded once."""
import pytest

from tests.pipelines.extract.helpers import pairs, run


@pytest.mark.parametrize("text, expected", [
    # a named group as the subject of "took to the streets": "of X" and "on <day>" say where and when, not what
    ("Some 3,000 teachers took to the streets of Nairobi.", [("protesters", 3000)]),
    ("About 800 nurses took to the streets on Monday.", [("protesters", 800)]),
    # a nation's people named by the demonym count as people
    ("Hundreds of thousands of Chileans took to the streets on Friday.", [("protesters", 200000)]),
    ("At least 12 Kenyans were killed in the clashes.", [("killed", 12)]),
    # "took part in" still depends on what they took part in
    ("Some 200 lawyers took part in the talks on Monday.", []),
])
def test_crowds_that_took_to_the_streets(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "sent for <treatment>": what the sending is for is the event, not a deployment
    ("Twelve officers were sent for outpatient treatment.", [("injured", 12)]),
    # troops sent somewhere, or for another purpose, are deployed
    ("The government sent 500 troops for crowd control.", [("deployed", 500)]),
    ("About 300 police were sent to Kisumu.", [("deployed", 300)]),
])
def test_security_forces_sent_for_treatment_are_injured(nlp, text, expected):
    assert pairs(run(nlp, text)) == expected
