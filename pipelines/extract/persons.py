"""Person names: title stripping, name-shape tests and per-article coreference
("Tokayev" -> "Kassym-Jomart Tokayev")."""
from __future__ import annotations

import re

from .gazetteer import norm
from .vocab import name_particles, vocab

_PARTICLES = name_particles("name_word")  # lower-case words inside names ("da", "bin")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text)


def is_title(token_text: str) -> bool:
    return token_text.lower().rstrip(".") in vocab().titles


def letter_name(text: str) -> bool:
    """"Z", "Zs" (of "Gen Z", "Gen Zs", with "Gen." read as a title): one letter or its plural names no person."""
    return len(text.rstrip("s")) == 1 and text[:1].isupper()


def looks_like_name_token(tok) -> bool:
    """A capitalized word that can be part of a personal name ("Sanwo-Olu", "el", "Ibn", "O'Neil")."""
    t = tok.text
    if not t or not t[0].isalpha():
        return False
    if t[0].isupper():
        return True
    # lower-case particles inside names
    return t.lower() in _PARTICLES


def name_words(text: str) -> list[str]:
    return [w for w in norm(strip_possessive(text)).split() if w]


def _is_subname(short: list[str], full: list[str]) -> bool:
    """'tokayev' / 'kassym jomart tokayev' -> True; also first names and contiguous parts."""
    if not short or len(short) > len(full):
        return False
    if short == full:
        return True
    n = len(short)
    if full[-n:] == short or full[:n] == short:
        return True
    # "Mr. Ahmed Khan" vs "Imran Ahmed Khan": contiguous inner part
    for i in range(1, len(full) - n):
        if full[i:i + n] == short:
            return True
    return False


def cluster(mentions: list[tuple[int, str]]) -> list[list[int]]:
    """Group person mentions (position, surface text) into people. Returns lists of indexes into
    `mentions`. Each mention joins the longest already-known name it is part of; when two people
    share the part (two Rajapaksas), the one mentioned most recently before it wins."""
    order = sorted(range(len(mentions)), key=lambda i: (-len(name_words(mentions[i][1])), mentions[i][0]))
    groups: list[dict] = []  # {"words": [...], "members": [idx], "positions": [...]}
    for i in order:
        pos, text = mentions[i]
        words = name_words(text)
        if not words:
            continue
        matches = [g for g in groups if _is_subname(words, g["words"])]
        if not matches:
            groups.append({"words": words, "members": [i], "positions": [pos]})
            continue
        if len(matches) > 1:
            exact = [g for g in matches if g["words"] == words]
            if exact:
                matches = exact
            else:
                before = [(max((p for p in g["positions"] if p < pos), default=-1), g) for g in matches]
                best = max(before, key=lambda x: x[0])
                matches = [best[1]] if best[0] >= 0 else matches
        g = matches[0]
        g["members"].append(i)
        g["positions"].append(pos)
    return [g["members"] for g in groups]
