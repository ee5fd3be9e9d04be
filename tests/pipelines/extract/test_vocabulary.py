"""The figure rules' vocabulary lives in seeds/*.csv, read by one loader (vocab.py); no word lists in code."""
import ast
import re
from pathlib import Path

from spacy.glossary import GLOSSARY

from pipelines.extract.types import CATEGORIES
from pipelines.extract.vocab import vocab
from pipelines.seeds import SEEDS_DIR

EXTRACT = Path(__file__).resolve().parents[3] / "pipelines" / "extract"
_WORD = re.compile(r"[a-z][a-z'’-]*")

# Literals that are grammar or code, not reviewed vocabulary: (file, first string) -> why.
ALLOWED = {
    ("dates.py", "monday"): "calendar: weekday names",
    ("dates.py", "january"): "calendar: month names",
    ("number_words.py", "zero"): "number words are grammar",
    ("number_words.py", "twenty"): "number words are grammar",
    ("number_words.py", "hundred"): "number words are grammar",
    ("number_words.py", "mn"): "scale abbreviations of numerals",
    ("number_words.py", "a"): "'a dozen', 'a hundred'",
    ("numbers.py", "low"): "range_role values",
    ("figures.py", "tok2vec"): "spaCy component names",
    ("phases.py", "parser"): "spaCy component names",
    ("fast_ruler_table.py", "numbers"): "array names",
    ("places.py", "demonym"): "mention labels the entity rules write",
    ("placing.py", "demonym"): "mention labels the entity rules write",
    ("overlaps.py", "country"): "mention labels the entity rules write",
    ("entities.py", "country"): "mention labels the entity rules write",
    ("entity_records.py", "person"): "entity types",
    ("stages.py", "each"): "stage shapes",
    ("tables.py", "article_id"): "column names",
    ("attach.py", "strong"): "the strength values of seeds/triggers.csv",
    ("settle.py", "crowd"): "the kind values of seeds/people_nouns.csv",
    ("types.py", "killed"): "schema enum",
    ("types.py", "exact"): "schema enum",
    ("types.py", "person"): "schema enum",
    ("types.py", "country"): "schema enum",
}
# Entity rules: their word lists move to seeds/ in the entity side of issue 12 (another branch).
# Take a file out of this set once its lists are gone.


def word_lists(source: str):
    """(line, strings) of every set/list/tuple literal, and every dict literal whose values are all
    constants (a lookup table), holding two or more words that are no spaCy label."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            elts = node.elts
        elif isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) or
                                                 isinstance(v, ast.UnaryOp) and isinstance(v.operand, ast.Constant)
                                                 for v in node.values):
            elts = [k for k in node.keys if k is not None]
        else:
            continue
        if len(elts) < 2 or not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
            continue
        strings = [e.value for e in elts]
        if sum(bool(_WORD.fullmatch(s)) and s not in GLOSSARY for s in strings) >= 2:
            yield node.lineno, strings


def test_the_detector_sees_a_word_set():
    found = list(word_lists('X = {"may", "might"}\nY = ("nsubj", "dobj")\nZ = {"yesterday": -1, "today": 0}\n'))
    assert [line for line, _ in found] == [1, 3]


def test_no_word_lists_in_figure_code():
    offenders = []
    for path in sorted(EXTRACT.glob("*.py")):
        for line, strings in word_lists(path.read_text()):
            key = (path.name, strings[0])
            if key not in ALLOWED:
                offenders.append(f"{path.name}:{line}: {strings[:6]}")
    assert offenders == [], "move these to seeds/*.csv and read them through vocab()"


def test_every_allowed_literal_still_exists():
    present = {(p.name, s[0]) for p in EXTRACT.glob("*.py") for _, s in word_lists(p.read_text())}
    assert set(ALLOWED) - present == set(), "drop stale entries from ALLOWED"


def test_one_loader_reads_the_figure_seeds():
    # the rules read vocab(): lexicon.py builds its figure words, vocab.py its entity word lists and
    # gazetteer.py the gazetteer overrides; no rule module reads a seed file itself
    readers = {p.name for p in EXTRACT.glob("*.py") if "read_csv(" in p.read_text()}
    assert readers == {"lexicon.py", "vocab.py", "gazetteer.py"}


def test_figure_seeds_are_documented_and_load():
    lexicon = (EXTRACT / "lexicon.py").read_text()
    names = set(re.findall(r'read_csv\("(\w+)"\)|_words\("(\w+)"', lexicon))
    names = {a or b for a, b in names}
    readme = (SEEDS_DIR / "README.md").read_text()
    assert names and all((SEEDS_DIR / f"{n}.csv").exists() for n in names)
    assert [n for n in sorted(names) if f"`{n}.csv`" not in readme] == []
    words = vocab().figures
    assert set(words.category_priority) == set(CATEGORIES)
    assert {t.category for ts in words.triggers.values() for t in ts} <= set(CATEGORIES)
    assert words.relative_days["yesterday"] == -1 and "may" in words.modal_verbs


def test_phrase_re_matches_whole_phrases_across_any_whitespace():
    from pipelines.extract.vocab import phrase_re
    rx = phrase_re(["across the country", "nationwide", "bringing * to"])
    assert rx.search("protests spread across the\ncountry on Friday").group(0) == "across the\ncountry"
    assert rx.search("NATIONWIDE strike").group(0) == "NATIONWIDE"
    assert rx.search("bringing the overall toll to 40").group(0) == "bringing the overall toll to"
    assert rx.search("bringing to").group(0) == "bringing to"                  # zero words between
    assert rx.search("the nationwideness of it") is None          # whole words only
    assert rx.search("bringing a b c d e f g to") is None           # '*' stands for five words at most


def test_phrase_re_prefers_the_longest_phrase_and_keeps_the_tail():
    from pipelines.extract.vocab import phrase_re
    assert phrase_re(["the nation", "the nation's capital"]).search("in the nation's capital").group(0) == "the nation's capital"
    tail = phrase_re(["dozens"], tail=r"(?=\s+of\b)")
    assert tail.search("dozens of people") and not tail.search("by the dozens")
