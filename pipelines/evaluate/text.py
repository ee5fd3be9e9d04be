"""Name normalization and precision/recall, shared by every score."""
from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def norm(text: str | None) -> str:
    """Lower-case ASCII words: apostrophes vanish ("officer’s" = "officers"), accents fold, a leading
    "the" goes, anything else that is not a letter or digit separates words."""
    text = (text or "").replace("\u2019", "").replace("'", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip().lower()
    if text.startswith("the ") or text.startswith("the\t"):
        text = text[4:]
    return _NON_ALNUM.sub(" ", text).strip()


def prf(tp: int, npred: int, ngold: int) -> dict:
    precision = tp / npred if npred else 0.0
    recall = tp / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "pred": npred, "gold": ngold}


def names_overlap(pred: str | None, golds: list[str]) -> bool:
    """An attribution is right when, normalized, it equals one of the gold forms or one holds the
    other as whole words ("health ministry" in "kazakh health ministry")."""
    p = norm(pred)
    if not p:
        return False
    for g in (norm(x) for x in golds):
        if g and (p == g or f" {p} " in f" {g} " or f" {g} " in f" {p} "):
            return True
    return False
