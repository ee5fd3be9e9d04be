"""A movement's start told by a participle after its noun ("the riots unleashed last Tuesday", "the unrest
sparked on Monday by ...") is no day of the count (dates._movement_start_re), like "the riots that began
on Tuesday"; session 11 (invented sentences)."""
from datetime import date

import pytest

from pipelines.extract.dates import find_dates, nearest_date

FRI = date(2025, 3, 14)


def day(text, published=FRI):
    return nearest_date(find_dates(text, published), 0)


@pytest.mark.parametrize("text, expected", [
    ("The ministry has registered 900 arrests during the riots unleashed last Tuesday in Vantor.", None),
    ("Police made 900 arrests during the unrest sparked on Monday by the killing of a student.", None),
    ("Police made 900 arrests on Tuesday during the riots in Vantor.", date(2025, 3, 11)),
    ("The protests started on Monday, when 40 people were hurt in Vantor.", date(2025, 3, 10)),
])
def test_a_participle_dating_the_movements_start(text, expected):
    assert day(text) == expected
