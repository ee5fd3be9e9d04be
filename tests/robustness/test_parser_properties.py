"""Hypothesis properties of the number and figure parsers, on arbitrary text and on generated
news-like sentences: they never raise, every offset lies inside the text, quote ==
body[char_start:char_end], and value_low <= value <= value_high wherever those are defined."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings, strategies as st

from pipelines.extract import extract_text
from pipelines.extract.numbers import find_numbers, has_number, parse_number, words_to_int
from pipelines.extract.types import BOUNDS, CATEGORIES

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODEL = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- a small grammar of unrest reporting, with room for noise ----------------------------------
NUMERALS = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
    st.integers(1000, 10**6).map(lambda n: f"{n:,}".replace(",", " ")),
    st.sampled_from(["1.2 million", "2.5m", "3bn", "10k", "0.5", "007", "1,00", "12,3456", "1.2.3", "99999999999999999999"]),
)
WORDS = st.sampled_from([
    "one", "two", "eight", "Eleven", "twenty-five", "one hundred and twenty", "a hundred", "three thousand",
    "a dozen", "two dozen", "dozens", "scores", "hundreds", "thousands", "tens of thousands",
    "hundreds of thousands", "a handful", "several", "millions", "zero", "no one",
])
NUMBER = st.one_of(NUMERALS, WORDS)
BEFORE = st.sampled_from(["", "", "at least ", "more than ", "over ", "up to ", "about ", "nearly ", "some ",
                          "an estimated ", "fewer than ", "no more than ", "close to ", "between "])
AFTER = st.sampled_from(["", "", " or more", "+", " (6)", " to 40", "-20", " and 70", " to 3,000"])
NOUN = st.sampled_from(["people", "protesters", "police officers", "demonstrators", "students", "soldiers",
                        "civilians", "of them", "bodies", "marchers", "", "riot police", "children aged 12"])
VERB = st.sampled_from(["were killed", "were injured", "were hurt", "were arrested", "were detained", "died",
                        "marched", "were deployed", "went missing", "were taken to hospital", "rallied",
                        "lost their lives", "were wounded", "remain in custody", "joined the march"])
TAIL = st.sampled_from(["", ", police said", ", the health ministry said on Monday", " in Vellmoor on 3 May",
                        ", according to Reuters", " overnight", " since 2019", ", bringing the toll to 45",
                        " at 10:30", " on Route 66", " in the 1990s"])
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@st.composite
def sentence(draw) -> str:
    parts = [draw(BEFORE), draw(NUMBER), draw(AFTER), " ", draw(NOUN), " ", draw(VERB), draw(TAIL)]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(NOISE))
    s = "".join(parts).strip()
    return (s[:1].upper() + s[1:] + draw(st.sampled_from([".", ".", "!", "", "…", ".\n"]))) if s else s


@st.composite
def article(draw) -> str:
    headline = draw(st.sampled_from(["", "Clashes in Vellmoor\n\n", "TOLL RISES TO 45\n\n", "12 dead\n\n"]))
    return headline + " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


TEXTS = st.one_of(st.text(max_size=200), sentence(), article())


# -- numbers ------------------------------------------------------------------------------------
@FAST
@given(TEXTS)
def test_find_numbers_is_total_and_offsets_are_inside_the_text(text):
    nums = find_numbers(text)
    for i, n in enumerate(nums):
        assert 0 <= n.mod_start <= n.start < n.end <= n.mod_end <= len(text), (text, n)
        assert isinstance(n.value, int) and n.value >= 0, (text, n)
        assert n.bound in BOUNDS
        if n.range_role:
            other = nums[n.partner]
            assert other.partner == i and {n.range_role, other.range_role} == {"low", "high"}
            low, high = (n, other) if n.range_role == "low" else (other, n)
            assert low.value < high.value and (low.bound, high.bound) == ("at_least", "at_most")
    assert [n.start for n in nums] == sorted(n.start for n in nums)
    if nums:
        assert has_number(text)


@FAST
@given(st.one_of(NUMBER, st.text(max_size=40)))
def test_parse_number_never_raises(text):
    for value in (parse_number(text), words_to_int(text)):
        assert value is None or (isinstance(value, int) and value >= 0)


# -- figures (through the English model) ---------------------------------------------------------
@MODEL
@given(st.one_of(article(), st.text(max_size=120)))
@example("hns")   # the model took a lower-case word for a name; trimming left nothing
def test_figures_quote_the_body_and_respect_their_bounds(body):
    ex = extract_text(body)
    for f in ex.figures:
        assert 0 <= f.char_start < f.char_end <= len(body), (body, f)
        assert f.quote == body[f.char_start:f.char_end], (body, f)
        assert f.category in CATEGORIES and f.bound in BOUNDS, f
        assert isinstance(f.value, int) and f.value >= 0, f
        if f.value_low is not None:
            assert f.value_low <= f.value, f
        if f.value_high is not None:
            assert f.value <= f.value_high, f
        if f.value_low is not None and f.value_high is not None:
            assert f.value_low <= f.value_high, f
    for m in ex.mentions:
        assert 0 <= m.char_start < m.char_end <= len(body) and m.mention_text == body[m.char_start:m.char_end], m
