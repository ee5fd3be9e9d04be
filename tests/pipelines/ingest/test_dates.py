import time
from datetime import datetime, timezone

import pytest

from pipelines.ingest.dates import parse_date

UTC = timezone.utc


@pytest.mark.parametrize("value,expected", [
    ("2022-01-05", datetime(2022, 1, 5, tzinfo=UTC)),
    ("2022-01-05T10:30:00Z", datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
    ("2022-01-05T12:30:00+02:00", datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
    ("Wed, 05 Jan 2022 10:30:00 GMT", datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
    ("Wed, 05 Jan 2022 13:30:00 +0300", datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
    (1641378600, datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
    (time.struct_time((2022, 1, 5, 10, 30, 0, 2, 5, 0)), datetime(2022, 1, 5, 10, 30, tzinfo=UTC)),
])
def test_parses_to_aware_utc(value, expected):
    parsed = parse_date(value)
    assert parsed == expected and parsed.tzinfo == UTC


@pytest.mark.parametrize("value", [None, "", "last Tuesday", "2022-13-45", True, [], 10**20])
def test_unparseable_is_none(value):
    assert parse_date(value) is None
