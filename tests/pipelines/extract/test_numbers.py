"""Number parsing: values, bounds and ranges from raw text (no spaCy model needed)."""
import pytest

from pipelines.extract.numbers import find_numbers, has_number, parse_number, words_to_int


@pytest.mark.parametrize("text, value", [
    ("8", 8),
    ("1,000", 1000),
    ("2 554", 2554),                  # space as thousands separator
    ("12 300 450", 12300450),
    ("1.2 million", 1_200_000),
    ("19 million", 19_000_000),
    ("eight", 8),
    ("Eleven", 11),
    ("twenty-five", 25),
    ("one hundred and twenty", 120),
    ("a hundred", 100),
    ("three thousand", 3000),
    ("a dozen", 12),
    ("two dozen", 24),
    ("2 dozen", 24),
    ("3m", 3_000_000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_words_to_int_rejects_other_words():
    assert words_to_int("several people") is None


def _found(text):
    return [(text[n.mod_start:n.mod_end], n.value, n.bound) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("at least 12 people", [("at least 12", 12, "at_least")]),
    ("more than 400 of them", [("more than 400", 400, "at_least")]),
    ("over 9,000 soldiers", [("over 9,000", 9000, "at_least")]),
    ("upwards of 70 marchers", [("upwards of 70", 70, "at_least")]),
    ("no less than 3,000 officers", [("no less than 3,000", 3000, "at_least")]),
    ("50+ arrests", [("50+", 50, "at_least")]),
    ("40 or more detainees", [("40 or more", 40, "at_least")]),
    ("as few as 40 people", [("as few as 40", 40, "at_least")]),
    ("at the most 50 people", [("at the most 50", 50, "at_most")]),
    ("20 or fewer people", [("20 or fewer", 20, "at_most")]),
    ("30 or less protesters", [("30 or less", 30, "at_most")]),
    ("3,000 more or less", [("3,000 more or less", 3000, "approx")]),
    ("up to 30 people", [("up to 30", 30, "at_most")]),
    ("as many as 40 people", [("as many as 40", 40, "at_most")]),
    ("upward of 500 people", [("upward of 500", 500, "at_least")]),
    ("more than a thousand people", [("more than a thousand", 1000, "at_least")]),
    ("fewer than 15 injured", [("fewer than 15", 15, "at_most")]),
    ("no more than 60 people", [("no more than 60", 60, "at_most")]),
    ("about 300 people", [("about 300", 300, "approx")]),
    ("nearly 1,700 arrests", [("nearly 1,700", 1700, "approx")]),
    ("an estimated 80,000 marchers", [("an estimated 80,000", 80000, "approx")]),
    ("some 400 people", [("some 400", 400, "approx")]),
    ("close to 700 people", [("close to 700", 700, "approx")]),
    ("dozens were hurt", [("dozens", 24, "at_least")]),
    ("scores of people", [("scores", 40, "at_least")]),
    ("a handful of officers", [("a handful", 3, "at_least")]),
    ("tens of thousands of marchers", [("tens of thousands", 20000, "at_least")]),
    ("hundreds of thousands of people", [("hundreds of thousands", 200000, "at_least")]),
    ("millions of people", [("millions", 2_000_000, "at_least")]),
    ("some hundreds of people", [("some hundreds", 200, "at_least")]),   # a vague plural keeps at_least
    ("several hundred people", [("several hundred", 300, "at_least")]),  # not "several" + "hundred"
    ("a few thousand marchers", [("a few thousand", 3000, "at_least")]),
    ("four (4) bodies", [("four (4)", 4, "exact")]),                        # parenthesised repeat is one number
    ("half a million people", [("half a million", 500000, "exact")]),
    ("no one was hurt", []),                                             # "no one" is not a count
    ("test scores rose", []),                                            # "scores" needs "of"
])
def test_find_numbers_bounds(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, low, high", [
    ("between 10 and 20 people", 10, 20),
    ("10 to 20 people", 10, 20),
    ("10-20 people", 10, 20),
    ("about 4,000 to 5,000 people", 4000, 5000),     # a range wins over "about"
])
def test_ranges(text, low, high):
    nums = find_numbers(text)
    assert [(n.value, n.bound) for n in nums] == [(low, "at_least"), (high, "at_most")]
    assert nums[0].partner == 1 and nums[1].partner == 0


def test_a_datelines_day_is_no_range_end():
    nums = find_numbers("HARARE, May 4 - Eleven people were hurt in clashes.")
    assert [(n.value, n.bound) for n in nums] == [(4, "exact"), (11, "exact")]


def test_change_over_time_is_not_a_range():
    nums = find_numbers("the toll went from 12 to 19")
    assert [n.bound for n in nums] == ["exact", "exact"]


@pytest.mark.parametrize("text, expected", [
    ("Five people were killed.", True),
    ("Police detained 40 people.", True),
    ("Dozens were hurt.", True),
    ("Thousands marched.", True),
    ("The government resigned on Friday.", False),
    ("Protesters blocked the main road.", False),
])
def test_has_number(text, expected):
    assert has_number(text) is expected


def test_a_numeral_longer_than_a_float_is_no_number():
    assert parse_number("9" * 400) is None      # float() would be inf: int(inf) raised OverflowError
