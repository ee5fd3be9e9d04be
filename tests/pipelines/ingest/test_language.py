"""Every label the installed language detector can give has a stored code, and the articles
suite accepts exactly those codes."""
from __future__ import annotations

import pytest

from pipelines.ingest.language import _codes, _identifier, classify
from pipelines.seeds import read_csv
from pipelines.validate.schema import language_codes


def test_the_seed_lists_every_label_of_the_detector():
    assert set(_identifier().nb_classes) == set(_codes())


def test_codes_are_639_1_where_one_exists_else_639_3():
    rows = read_csv("languages")
    for r in rows:
        assert len(r["code"]) == (2 if r["standard"] == "639-1" else 3), r
    assert _codes()["kik"] == "ki"       # Kikuyu has a 639-1 code
    assert _codes()["pcm"] == "pcm"      # Nigerian Pidgin has none
    assert set(language_codes()) == {r["code"] for r in rows}


@pytest.mark.parametrize("label", ["zxx", "pcm", "yue", "arz", "ary"])
def test_three_letter_labels_are_valid_codes(label):
    assert _codes()[label] in language_codes()


def test_classify_returns_a_seed_code():
    code, _ = classify("The council met on Tuesday and agreed to reopen the market square.")
    assert code == "en" and code in language_codes()
