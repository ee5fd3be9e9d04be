"""A national toll is counted once, at country level: two outlets report, on the same day, a
city's toll and the country's (invented articles, a real `unrest run` and DuckDB warehouse)."""
import json

import pytest

from assets.cli import main

from .conftest import warehouse_rows

FIRST = """Police in Mombasa said on Tuesday that 12 people were killed when protests over fuel prices
turned violent near the port. The health ministry said on Tuesday that 40 people had been killed across
the country since the protests began, in the worst unrest Kenya has seen in years."""

SECOND = """Kenya's health ministry said 40 people were killed on Tuesday as fuel protests spread from Nairobi
to other towns. In Mombasa, police said 12 people were killed on Tuesday near the port."""

ARTICLES = [
    ("first.json", {"title": "Fuel protests turn deadly", "text": FIRST,
                    "published": "2024-03-13T09:00:00Z", "source": "Example Wire"}),
    ("second.json", {"title": "Deadly day of fuel protests", "text": SECOND,
                     "published": "2024-03-13T12:00:00Z", "source": "Coast Herald"}),
]


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    root = tmp_path_factory.mktemp("national")
    raw = root / "raw"
    raw.mkdir()
    for name, obj in ARTICLES:
        (raw / name).write_text(json.dumps(obj))
    data = root / "data"
    assert main(["run", "--raw", str(raw), "--data", str(data)]) == 0
    return data


def test_national_toll_is_located_at_the_country(national):
    rows = warehouse_rows(national, """select outlet, country, place, value from casualty_reports
                                       where category = 'killed' order by outlet, value""")
    assert rows == [("Coast Herald", "KE", "Mombasa", 12), ("Coast Herald", "KE", None, 40),
                    ("Example Wire", "KE", "Mombasa", 12), ("Example Wire", "KE", None, 40)]


def test_incident_tolls_keep_the_national_toll_at_country_level(national):
    rows = warehouse_rows(national, """select place, min_value, max_value, sources from incident_tolls
                                       where country = 'KE' and category = 'killed' order by place nulls first""")
    assert rows == [(None, 40, 40, 2), ("Mombasa", 12, 12, 2)]
    # never at the capital the second article names
    assert warehouse_rows(national, "select count(*) from incident_tolls where place = 'Nairobi'") == [(0,)]


def test_country_daily_counts_the_national_toll_once(national):
    # the country's 40 includes Mombasa's 12: the day's toll is 40, not 52
    assert warehouse_rows(national, """select killed_low, killed_high from country_daily
                                       where country = 'KE' and day = date '2024-03-12'""") == [(40, 40)]
