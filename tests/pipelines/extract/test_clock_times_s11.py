"""Numbers in a time of day count no one (counts.non_count_rule "clock_time"), session 11 (invented
text): a page stamp "12 March 2025 10:42 GMT", "at 10.15 pm", "(1100 GMT)"."""
from datetime import date

import pytest

from .helpers import run

FRI = date(2025, 3, 14)


def figures(nlp, body):
    return {(f.category, f.value) for f in run(nlp, body, published=FRI)}


@pytest.mark.parametrize("stamp", [
    "Updated 12 March 2025 10:42 GMT.",
    "Posted 13 March 2025 21:05.",
])
def test_stamps_leave_the_count_only(nlp, stamp):
    assert figures(nlp, f"Unrest in Vantor\n\n{stamp} Police fired tear gas at 300 protesters in Vantor.") \
        == {("protesters", 300)}


def test_counts_beside_times_stay(nlp):
    got = figures(nlp, "Unrest in Vantor\n\nAt least 5 people were killed and 10 injured in Vantor on Friday.")
    assert got == {("killed", 5), ("injured", 10)}
