"""The memo table of `fast_ruler.FastAttributeRuler`: per distinct tuple of a token's key
attribute values, which token specs hold (`Entry`), and the attribute values each row writes."""
from __future__ import annotations

import numpy
from spacy.tokens import Doc

_CACHE_LIMIT = 500_000


class Entry:
    """What one key tuple matches: single-token pattern numbers (ascending), the fixed
    multi-token alternatives it can start, the (alternative, position) specs it satisfies,
    and its row in the value tables."""

    __slots__ = ("numbers", "heads", "specs", "row")

    def __init__(self, numbers, heads, specs, row) -> None:
        self.numbers = numbers
        self.heads = heads
        self.specs = specs
        self.row = row


class Compiled:
    """Fixed alternatives, the memo key tuple -> Entry, and the per-row attribute values."""

    def __init__(self, key_attrs, spec_matcher, labels, fixed, slow, array_mode, out_attrs, ruler_attrs) -> None:
        self.key_attrs = list(key_attrs)
        self.spec_matcher = spec_matcher
        self.labels = labels
        self.fixed = fixed
        self.slow = slow
        self.array_mode = array_mode
        self.out_attrs = list(out_attrs)
        self.out_col = {a: c for c, a in enumerate(self.out_attrs)}
        self.ruler_attrs = ruler_attrs
        self._memo: dict[tuple, Entry] = {}
        self._by_signature: dict[tuple, Entry] = {}
        self._rows: dict[tuple, int] = {}
        self._rows_mask: list[list[bool]] = []
        self._rows_value: list[list[int]] = []
        self._mask = self._value = None

    def entries(self, doc: Doc, keys: list) -> list[Entry]:
        memo = self._memo
        out = []
        for i, key in enumerate(map(tuple, keys)):
            entry = memo.get(key)
            if entry is None:
                entry = self._evaluate(doc, i)
                if len(memo) >= _CACHE_LIMIT:
                    memo.clear()
                memo[key] = entry
            out.append(entry)
        return out

    def multi_matches(self, entries):
        """(pattern number, start, end, target token) for every match of a multi-token fixed
        alternative: each of its token specs holds on consecutive tokens."""
        n = len(entries)
        fixed = self.fixed
        for start, entry in enumerate(entries):
            for alt in entry.heads:
                number, length, offset = fixed[alt]
                if start + length <= n and all((alt, j) in entries[start + j].specs for j in range(1, length)):
                    yield number, start, start + length, start + offset

    def fixed_matches(self, doc):
        """(pattern number, start, end) of every fixed alternative's match."""
        n = len(doc)
        entries = self.entries(doc, doc.to_array(self.key_attrs).reshape(n, -1).tolist())
        for i, entry in enumerate(entries):
            for number in entry.numbers:
                yield number, i, i + 1
        for number, start, end, _target in self.multi_matches(entries):
            yield number, start, end

    def _evaluate(self, doc: Doc, i: int) -> Entry:
        """Which token specs the Matcher finds on token i alone."""
        specs = set()
        if self.spec_matcher is not None:
            labels = self.labels
            specs = {labels[m_id] for m_id, _s, _e in self.spec_matcher(doc[i:i + 1], allow_missing=True)}
        fixed = self.fixed
        numbers = tuple(sorted({fixed[alt][0] for alt, j in specs if fixed[alt][1] == 1}))
        heads = tuple(sorted(alt for alt, j in specs if j == 0 and fixed[alt][1] > 1))
        rest = frozenset((alt, j) for alt, j in specs if j > 0)
        signature = (numbers, heads, rest)
        entry = self._by_signature.get(signature)
        if entry is None:
            entry = Entry(numbers, heads, rest, self._row(numbers))
            self._by_signature[signature] = entry
        return entry

    def _row(self, numbers) -> int:
        row = self._rows.get(numbers)
        if row is not None:
            return row
        row = self._rows[numbers] = len(self._rows)
        if self.array_mode:
            mask = [False] * len(self.out_attrs)
            value = [0] * len(self.out_attrs)
            for number in numbers:  # ascending: the last writer wins, as in set_token_attrs order
                for attr, v in self.ruler_attrs[number].items():
                    col = self.out_col[attr]
                    mask[col] = True
                    value[col] = v
            self._rows_mask.append(mask)
            self._rows_value.append(value)
            self._mask = self._value = None
        return row

    def mask_table(self):
        if self._mask is None:
            self._mask = numpy.array(self._rows_mask, dtype=bool).reshape(len(self._rows_mask), len(self.out_attrs))
        return self._mask

    def value_table(self):
        if self._value is None:
            self._value = numpy.array(self._rows_value, dtype=numpy.uint64).reshape(len(self._rows_value), len(self.out_attrs))
        return self._value
