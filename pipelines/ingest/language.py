"""Language identification with py3langid, shared by language tagging and encoding tie-breaks."""
from __future__ import annotations

from functools import lru_cache

from ..seeds import read_csv

_SAMPLE = 20_000   # enough text for a stable guess; keeps detection cheap on long bodies


@lru_cache(maxsize=1)
def _identifier():
    # Loading the model costs ~1.5 s: once per process, and only when text actually needs it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Detector label -> stored code (seeds/languages.csv): ISO 639-1 where the language has one,
    else ISO 639-3 (the detector names e.g. Nigerian Pidgin `pcm`, Cantonese `yue`)."""
    return {r["detector"]: r["code"] for r in read_csv("languages")}


def classify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, else 639-3; probability); (None, 0.0) for text without letters.
    A label missing from seeds/languages.csv (a newer detector model) is stored as null."""
    sample = text[:_SAMPLE]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return _codes().get(str(lang).lower()), float(prob)


def detect_language(text: str) -> str | None:
    return classify(text)[0]
