"""The figure rules' vocabulary, read once from the reviewed CSV files under seeds/."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..seeds import read_csv


@dataclass(frozen=True)
class Trigger:
    word: str
    category: str
    pos: str          # VERB / NOUN / ADJ / any
    strength: str     # strong / weak / deploy
    needs: frozenset  # lemmas one of which must be the trigger's head or child
    reach: str        # clause / direct
    not_with: frozenset = frozenset()   # head lemmas that cancel it ("sentenced to death")


@lru_cache(maxsize=None)
def triggers() -> dict[str, tuple[Trigger, ...]]:
    out: dict[str, list[Trigger]] = {}
    for r in read_csv("triggers"):
        needs = frozenset(w for w in r.get("needs", "").split("|") if w)
        not_with = frozenset(w for w in (r.get("not_with") or "").split("|") if w)
        t = Trigger(r["word"].lower(), r["category"], r["pos"] or "any", r["strength"], needs, r["reach"] or "clause",
                    not_with)
        out.setdefault(t.word, []).append(t)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def people_nouns() -> dict[str, str]:
    """word -> kind (person / security / protester)."""
    return {r["word"].lower(): r["kind"] for r in read_csv("people_nouns")}


@lru_cache(maxsize=None)
def nonperson_nouns() -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("nonperson_nouns"))


@lru_cache(maxsize=None)
def who_drop_words() -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("who_drop_words"))


@lru_cache(maxsize=None)
def count_words(kind: str) -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("count_words") if r["kind"] == kind)


@lru_cache(maxsize=None)
def attribution_verbs() -> dict[str, str]:
    return {r["word"].lower(): r["role"] for r in read_csv("attribution_verbs") if r["role"] != "document"}


@lru_cache(maxsize=None)
def document_nouns() -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("attribution_verbs") if r["role"] == "document")


@lru_cache(maxsize=None)
def inference_verbs() -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("speculation_words") if r["role"] == "inference")


@lru_cache(maxsize=None)
def modal_verbs() -> frozenset:
    return frozenset(r["word"].lower() for r in read_csv("speculation_words") if r["role"] == "modal")
