"""Two days named together before one month ("12 and 13 March", "on 12-13 March") or with a dash after
it ("March 12-13 in ...") are a span: no date (GOLD_SPEC_V2 date), session 11 (invented sentences)."""
from datetime import date

import pytest

from pipelines.extract.dates import find_dates, nearest_date

FRI = date(2025, 3, 14)


def day(text, published=FRI):
    return nearest_date(find_dates(text, published), 0)


@pytest.mark.parametrize("text, expected", [
    ("Police held 40 marchers in Orvik on 10 and 11 March.", None),
    ("On 10 and 11 March, 40 marchers were held in Orvik.", None),
    ("Police held 40 marchers on 10-11 March in Orvik.", None),
    ("Police held 40 marchers on March 10-11 in Orvik.", None),
    ("On 10 March 40 were held in Orvik and on 11 March 9 died.", date(2025, 3, 10)),   # named apart
    ("Police held 40 marchers on 10 March and 11 people died.", date(2025, 3, 10)),     # "11 people": a count
])
def test_day_pairs_before_a_month(text, expected):
    assert day(text) == expected
