"""Token tests of the entity rules, each written once over plain strings and offered two ways: on
spaCy Tokens (`is_cap(doc[i])`) and on a `TokenTable` (`tk.is_cap(i)`), which the rules that scan
every token use to avoid building a Python Token per `doc[i]`."""
from __future__ import annotations

from dataclasses import dataclass

SENTENCE_MARKS = frozenset({".", "!", "?", "“", "\"", ":", "•", "-", "–", "—"})  # a token after one starts a sentence


def cap_text(text: str) -> bool:
    """Starts with a capital letter."""
    return text[:1].isupper()


def alpha_text(text: str) -> bool:
    """Holds a letter."""
    return any(ch.isalpha() for ch in text)


def breaks_line(prev_text: str, prev_ws: str) -> bool:
    """The token before holds or is followed by a line break."""
    return "\n" in prev_ws or "\n" in prev_text


def has_alpha(tok) -> bool:
    return alpha_text(tok.text)


def is_cap(tok) -> bool:
    return cap_text(tok.text)


def line_start(doc, i: int) -> bool:
    return i == 0 or breaks_line(doc[i - 1].text, doc[i - 1].whitespace_)


def sentence_start(doc, i: int) -> bool:
    if line_start(doc, i):
        return True
    prev = doc[i - 1].text
    return prev in SENTENCE_MARKS or prev.endswith("\n")


def glued(doc, k: int) -> bool:
    """Is token k written without a space after token k-1?"""
    return k > 0 and not doc[k - 1].whitespace_


@dataclass(frozen=True)
class TokenTable:
    """A Doc's token attributes as plain lists, read in one pass. spaCy builds a new Python Token
    object on every `doc[i]` and `for t in doc`, so the rules that scan every token read these
    lists and touch the Doc only where something matched."""
    text: list[str]
    lower: list[str]
    whitespace: list[str]
    is_alpha: list[bool]
    is_space: list[bool]
    tag: list[str]
    idx: list[int]

    @classmethod
    def of(cls, doc) -> TokenTable:
        toks = list(doc)
        return cls([t.text for t in toks], [t.lower_ for t in toks], [t.whitespace_ for t in toks],
                   [t.is_alpha for t in toks], [t.is_space for t in toks], [t.tag_ for t in toks],
                   [t.idx for t in toks])

    def is_cap(self, i: int) -> bool:
        return cap_text(self.text[i])

    def line_start(self, i: int) -> bool:
        return i == 0 or breaks_line(self.text[i - 1], self.whitespace[i - 1])

    def span_text(self, s: int, e: int) -> str:
        """`doc[s:e].text` (the tokens with the whitespace between them) without building a Span."""
        if e <= s:
            return ""
        ws = self.whitespace
        return "".join([t + w for t, w in zip(self.text[s:e - 1], ws[s:e - 1])]) + self.text[e - 1]

    def has_alpha(self, i: int) -> bool:
        return alpha_text(self.text[i])

    def glued(self, k: int) -> bool:
        return k > 0 and not self.whitespace[k - 1]
