"""The date a plain-text article states about itself (pipelines/ingest/textdates.py), on invented
headlines and datelines."""
from datetime import datetime, timezone

import pytest

from pipelines.ingest.textdates import stated_date

from .conftest import only, write_json

HEAD = "Water protest blocks the Velmora ring road\n\n"
MAR3 = datetime(2023, 3, 3, tzinfo=timezone.utc)


@pytest.mark.parametrize("top", [
    "VELMORA, March 3, 2023 (Coast Wire) - Residents blocked the ring road.",   # wire dateline, agency in brackets
    "VELMORA, 3 March 2023 - Residents blocked the ring road.",                 # day-month order, no agency
    "Velmora, Mar. 3, 2023 (Coast Wire) \u2014 Residents blocked the road.",     # title-case city, em dash
    "PORT ELLERY, Dunmore, 3rd March 2023: Residents blocked the road.",        # city and region, ordinal day
    "Published 3 March 2023\n\nResidents blocked the ring road.",               # a line that says so
    "Posted: Mar 3, 2023 10:15 GMT\n\nResidents blocked the road.",             # with a time and a zone
    "First published on Friday 3 March 2023\n\nResidents blocked the road.",    # with a weekday
    "Friday, March 3, 2023\n\nResidents blocked the ring road.",                # a date line under the headline
    "2023-03-03\n\nResidents blocked the ring road.",                           # ISO
    "By Ana Ruiz\n\n3 March 2023\n\nResidents blocked the ring road.",          # byline first, then the date
])
def test_stated_dates(top):
    assert stated_date(HEAD + top) == MAR3


@pytest.mark.parametrize("top", [
    "VELMORA, March 3 (Coast Wire) - Residents blocked the road.",   # no year: which March 3?
    "03/04/2023\n\nResidents blocked the ring road.",                # 3 April or March 4: ambiguous
    "Published 30 February 2023\n\nResidents blocked the road.",     # impossible day
    "2023-13-03\n\nResidents blocked the ring road.",                # impossible month
    "Residents blocked the ring road on 3 March 2023.",              # an event's date inside a sentence
    "Residents blocked the road.\n\nPolice said.\n\nMore came.\n\nPublished 3 March 2023",  # too far down
    "Published in March 2023\n\nResidents blocked the road.",        # a month, not a day
])
def test_no_date_when_ambiguous_impossible_or_not_at_the_top(top):
    assert stated_date(HEAD + top) is None


@pytest.mark.parametrize("top,expected", [
    # a wire dateline with no year takes it from the dates the text writes with one
    ("VELMORA, March 3 (Coast Wire) - Residents blocked the road again, as after the vote of February 2023.", MAR3),
    ("VELMORA, Mar. 3 (Coast Wire) - The blockade began on 28 February 2023 and held.", MAR3),
    # a December date before a March dateline: the dateline is in the next year
    ("VELMORA, March 3 (Coast Wire) - The fare rise announced in December 2022 set off the protest.", MAR3),
    # two dates name 2023, one 2021: the most votes win
    ("VELMORA, 3 March (Coast Wire) - As in May 2021, the road was blocked; on 1 March 2023 and 2 March 2023 too.", MAR3),
    # a tie goes to the later year
    ("VELMORA, March 3 (Coast Wire) - Residents recalled January 2022 and January 2023.", MAR3),
    # 29 February of a year that has none: no such day
    ("VELMORA, Feb. 29 (Coast Wire) - The protest that began in January 2023 went on.", None),
])
def test_a_yearless_dateline_takes_the_year_of_the_texts_own_dates(top, expected):
    assert stated_date(HEAD + top) == expected


def test_a_headline_is_never_read_as_a_date_line():
    assert stated_date("3 March 2023\n\nResidents blocked the ring road.") is None


def test_txt_input_gets_its_stated_date(raw):
    (raw / "velmora.txt").write_text(HEAD + "Published 3 March 2023\n\nResidents blocked the ring road.\n")
    assert only(raw).record.published_at == MAR3


def test_metadata_date_wins_over_the_text(raw):
    write_json(raw / "a.json", {"title": "Road blocked", "published": "2023-03-05",
                                "text": "VELMORA, March 3, 2023 (Coast Wire) - Residents blocked the road."})
    assert only(raw).record.published_at == datetime(2023, 3, 5, tzinfo=timezone.utc)


def test_json_without_a_date_does_not_read_the_text(raw):
    # only .txt inputs, which have nowhere else to say it, take the date from the text
    write_json(raw / "a.json", {"title": "Road blocked",
                                "text": "VELMORA, March 3, 2023 (Coast Wire) - Residents blocked the road."})
    assert only(raw).record.published_at is None
