"""A drop-in, faster `attribute_ruler`: same patterns, same token attributes, less matching.

spaCy's AttributeRuler runs one Matcher with every pattern (179 in en_core_web_sm 3.8) over every
token, sorts the matches by pattern number and applies each match's attributes in that order, so
a later pattern overwrites an earlier one. Almost all of those patterns are single-token
patterns whose outcome depends only on a few attributes of the token itself (TAG, LOWER, DEP,
IS_SPACE in en_core_web_sm). `FastAttributeRuler` therefore:

* splits the patterns: a *fixed* alternative is one without `OP` whose every token spec has
  only keys that are plain token/lexeme attributes `Doc.to_array` reads exactly as the Matcher
  does (`_KEY_ATTRS`); every other alternative (quantifiers, extension attributes, sentence
  starts, an index outside the pattern, ...) stays in a small spaCy Matcher that runs as before
  (in en_core_web_sm all 180 alternatives, including the 8 two-token ones, are fixed);
* memoizes, per distinct tuple of those attribute values, which token specs hold. A tuple seen
  for the first time is evaluated by spaCy's own Matcher (holding each token spec as a one-token
  pattern) on that one token, so every predicate form (`IN`, `NOT_IN`, `REGEX`, comparisons,
  ...) keeps the Matcher's exact semantics. A fixed alternative of n tokens matches where its n
  specs hold on n consecutive tokens, which is what the Matcher does for a pattern without `OP`;
* merges the matches of each token by pattern number and applies them in that order, like the
  original. When every pattern only sets POS, TAG, MORPH, LEMMA or DEP (independent TokenC
  fields, which `set_token_attrs` and `Doc.from_array` both write with `Token.set_struct_attr`),
  the result per field is the last writer's value, so the new columns are computed with numpy
  from a per-key table and written with one `Doc.from_array`; otherwise each match is applied
  with spaCy's `set_token_attrs`, exactly as the original does.

Matching reads the attributes as they were before the component ran (the original matches the
whole Doc before it sets anything), so a pattern that sets TAG or DEP does not feed later ones.

The class subclasses spaCy's AttributeRuler, so `.patterns`, `add`, `add_patterns`,
`initialize`, serialization and scoring are the original's; only matching and applying differ.
`install_fast_attribute_ruler(nlp)` swaps it in for the "attribute_ruler" pipe (same name, same
position, same patterns)."""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

from .fast_ruler_table import Compiled

FACTORY = "fast_attribute_ruler"

# Attributes the Matcher reads with Token.get_struct_attr (falling back to the lexeme), which is
# also what Doc.to_array returns: a one-token pattern over these is a function of their values.
# SENT_START (the Matcher special-cases it), MORPH and extension attributes are left out.
_KEY_ATTR_NAMES = (
    "ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "TAG", "POS", "DEP", "LEMMA",
    "ENT_TYPE", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE",
    "IS_TITLE", "IS_UPPER", "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET",
    "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY",
)
_KEY_ATTRS = frozenset(IDS[name] for name in _KEY_ATTR_NAMES)
# Independent TokenC fields that set_token_attrs sets with Token.set_struct_attr only (its
# Lexeme.set_struct_attr call ignores them), as Doc.from_array does.
_ARRAY_ATTRS = (POS, TAG, MORPH, LEMMA, DEP)


def _attr_id(key) -> int | None:
    """The attribute id the Matcher uses for a pattern key, or None for OP, `_` and unknowns."""
    if isinstance(key, int) and not isinstance(key, bool):
        return key
    if not isinstance(key, str):
        return None
    name = key.upper()
    if name == "TEXT":
        name = "ORTH"
    if name in ("OP", "_", "IS_SENT_START", "SENT_START"):
        return None
    return IDS.get(name)


def _keyed_attrs(pattern) -> tuple[int, ...] | None:
    """The attribute ids a one-token pattern depends on, or None when it must stay in the Matcher."""
    if not isinstance(pattern, list) or len(pattern) != 1 or not isinstance(pattern[0], dict):
        return None
    spec = pattern[0]
    if not spec:  # {} matches any token: fine, it depends on nothing
        return ()
    ids = []
    for key in spec:
        attr = _attr_id(key)
        if attr is None or attr not in _KEY_ATTRS:
            return None
        ids.append(attr)
    return tuple(ids)


class FastAttributeRuler(AttributeRuler):
    """AttributeRuler with memoized token specs and array writes; see the module docstring."""

    def __init__(self, vocab, name: str = "attribute_ruler", *, validate: bool = False, scorer=None) -> None:
        if scorer is None:
            super().__init__(vocab, name, validate=validate)
        else:
            super().__init__(vocab, name, validate=validate, scorer=scorer)
        self._compiled = None

    # -- keep the compiled form in step with the patterns ---------------------------------
    def clear(self) -> None:
        super().clear()
        self._compiled = None

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None

    def _compile(self):
        """Split the alternatives into fixed ones (every token spec keyed, no OP) and the rest."""
        spec_matcher = Matcher(self.vocab, validate=self.validate)
        labels: dict[int, tuple[int, int]] = {}  # match id -> (fixed alternative, position)
        fixed: list[tuple[int, int, int]] = []   # (pattern number, length, target offset)
        slow = Matcher(self.vocab, validate=self.validate)
        key_attrs: list[int] = []
        has_slow = False
        for number in range(len(self.attrs)):
            index = self.indices[number]
            rest = []
            for pattern in self.matcher.get(str(number))[1]:
                keyed = [_keyed_attrs([spec]) for spec in pattern] if isinstance(pattern, list) else [None]
                length = len(keyed)
                # an index outside the pattern must raise the original's error, so that stays slow
                if not keyed or any(ids is None for ids in keyed) or not -length <= index < length:
                    rest.append(pattern)
                    continue
                alt = len(fixed)
                fixed.append((number, length, index if index >= 0 else length + index))
                for position, (spec, ids) in enumerate(zip(pattern, keyed)):
                    label = len(labels) + 1  # an int key: nothing is added to the StringStore
                    labels[label] = (alt, position)
                    spec_matcher.add(label, [[spec]])
                    key_attrs.extend(a for a in ids if a not in key_attrs)
            if rest:
                slow.add(str(number), rest)
                has_slow = True
        array_mode = all(
            all(isinstance(k, int) and k in _ARRAY_ATTRS for k in attrs) for attrs in self.attrs
        )
        out_attrs = sorted({k for attrs in self.attrs for k in attrs}) if array_mode else []
        self._compiled = Compiled(
            key_attrs=key_attrs or [IDS["ORTH"]],
            spec_matcher=spec_matcher if fixed else None,
            labels=labels,
            fixed=fixed,
            slow=slow if has_slow else None,
            array_mode=array_mode,
            out_attrs=out_attrs,
            ruler_attrs=self.attrs,
        )
        return self._compiled

    # -- processing ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._apply(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def pipe(self, stream, *, batch_size: int = 128):
        error_handler = self.get_error_handler()
        for doc in stream:
            try:
                self._apply(doc)
                yield doc
            except Exception as e:
                error_handler(self.name, self, [doc], e)

    def match(self, doc: Doc):
        """The original's sorted (pattern number, match id, start, end) list (for inspection)."""
        comp = self._compiled or self._compile()
        if not len(doc):
            return []
        strings = self.vocab.strings
        matches = [(number, strings[str(number)], start, end) for number, start, end in comp.fixed_matches(doc)]
        matches.extend(self._slow_matches(comp, doc))
        matches.sort()
        return matches

    def _slow_matches(self, comp, doc):
        if comp.slow is None:
            return []
        strings = self.vocab.strings
        return [(int(strings[m_id]), m_id, s, e) for m_id, s, e in comp.slow(doc, allow_missing=True)]

    def _target(self, doc, number, match_id, start, end) -> int:
        """The token a match sets, with the original's error for an index outside the span."""
        index = self.indices[number]
        span_len = end - start
        if not -span_len <= index < span_len:
            span = Span(doc, start, end, label=match_id)
            raise ValueError(Errors.E1001.format(
                patterns=self.matcher.get(span.label), span=[t.text for t in span], index=index))
        return start + index if index >= 0 else end + index

    def _apply(self, doc: Doc) -> None:
        comp = self._compiled or self._compile()
        n = len(doc)
        if n == 0:
            return
        nk = len(comp.key_attrs)
        table = doc.to_array(comp.key_attrs + comp.out_attrs).reshape(n, -1)
        entries = comp.entries(doc, table[:, :nk].tolist())
        # extra[i]: pattern numbers of multi-token (or slow) matches that set token i
        extra: dict[int, set] = {}
        for number, _start, _end, target in comp.multi_matches(entries):
            extra.setdefault(target, set()).add(number)
        for number, match_id, start, end in self._slow_matches(comp, doc):
            extra.setdefault(self._target(doc, number, match_id, start, end), set()).add(number)
        if comp.array_mode:
            rows = numpy.fromiter((e.row for e in entries), dtype=numpy.intp, count=n)
            mask = comp.mask_table()[rows]
            values = numpy.where(mask, comp.value_table()[rows], table[:, nk:])
            for i, numbers in extra.items():
                for number in sorted(numbers.union(entries[i].numbers)):  # the last writer wins
                    for attr, value in self.attrs[number].items():
                        col = comp.out_col[attr]
                        values[i, col] = value
                        mask[i, col] = True
            used = mask.any(axis=0)
            if used.any():
                cols = numpy.flatnonzero(used)
                doc.from_array([comp.out_attrs[c] for c in cols], numpy.ascontiguousarray(values[:, cols]))
            return
        # General path: every match applied with set_token_attrs in pattern order, as the original.
        for i, entry in enumerate(entries):
            numbers = entry.numbers
            if i in extra:
                numbers = sorted(extra[i].union(numbers))
            if numbers:
                token = doc[i]
                for number in numbers:
                    set_token_attrs(token, self.attrs[number])


@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Any):
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def install_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Replace the `name` pipe in place (same name, position, patterns) with FastAttributeRuler.
    A pipeline without that pipe, or where it is already fast, is returned unchanged."""
    if name not in nlp.component_names:
        return nlp
    old = nlp.get_pipe(name)
    if isinstance(old, FastAttributeRuler):
        return nlp
    if not isinstance(old, AttributeRuler):
        raise TypeError(f"{name!r} is a {type(old).__name__}, not an AttributeRuler")
    patterns = old.patterns
    disabled = name in nlp.disabled
    new = nlp.replace_pipe(name, FACTORY, config={"validate": old.validate})
    new.add_patterns(patterns)
    if disabled:
        nlp.disable_pipe(name)
    return nlp
