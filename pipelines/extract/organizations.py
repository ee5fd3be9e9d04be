"""Organization names: acronyms and their expansions, stable keys, agency names."""
from __future__ import annotations

import re

from .gazetteer import lookup_country, lookup_demonym, norm
from .vocab import name_particles, vocab, word_list

FUNCTION_WORDS = word_list("org_function_word") | name_particles("org_function")
ACRONYM = re.compile(r"^[A-Z][A-Z&.\-]*[A-Z]\.?$|^[A-Z]{2,}s?$")


def is_acronym(text: str) -> bool:
    t = text.strip()
    letters = [c for c in t if c.isalpha()]
    return 2 <= len(letters) <= 8 and bool(ACRONYM.match(t)) and sum(c.isupper() for c in letters) >= len(letters) - 1


def acronym_letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def initials(name: str) -> str:
    """'Jamaat-e-Islami' -> 'ji'; 'Arab Association for Press Freedom' -> 'aapf'."""
    out = []
    for w in re.split(r"[\s\-]+", name):
        if w and w[0].isupper():
            out.append(w[0].lower())
    return "".join(out)


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def matches_acronym(acr: str, name: str) -> bool:
    """Does acronym `acr` abbreviate `name`? Initials first; else the letters in order, starting
    with the first word ('GHQ' ~ 'General Headquarters', 'KZN' ~ 'KwaZulu-Natal')."""
    a = acronym_letters(acr)
    if len(a) < 2:
        return False
    if initials(name) == a:
        return True
    words = [w for w in re.split(r"[\s]+", name) if w]
    if not words or words[0][0].lower() != a[0]:
        return False
    caps = "".join(c.lower() for c in name if c.isupper())
    if caps == a:
        return True
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(content) > len(a) + 1:
        return False
    # every content word must contribute its first letter
    if not _subsequence("".join(w[0].lower() for w in content), a):
        return False
    return _subsequence(a, "".join(w.lower() for w in words))


def trim_to_acronym(words: list[str], acr: str) -> list[str] | None:
    """The shortest tail of `words` the acronym abbreviates ('Organizer Joint Action Front', 'JAF'
    -> 'Joint Action Front')."""
    a = acronym_letters(acr)
    tails = [words[i:] for i in range(len(words) - 1, -1, -1) if words[i].lower() not in FUNCTION_WORDS]
    for tail in tails:  # exact initials first: 'Arab Association for Press Freedom' (AAPF)
        if initials(" ".join(tail)) == a:
            return tail
    for tail in tails:
        if matches_acronym(acr, " ".join(tail)):
            return tail
    return None


def strip_the(text: str) -> str:
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def org_key(name: str) -> str:
    """Identity of an organization across articles: agency canonical name, expanded well-known
    acronym, else the normalized name without a leading 'the'."""
    v = vocab()
    name = strip_the(name)
    agency = v.agencies.get(name) or v.agency_by_norm.get(norm(name))
    if agency:
        return norm(agency.name)
    if name in v.acronyms:
        return norm(v.acronyms[name])
    m = re.match(r"^(?:(.+?)\s+)?ministry\s+of\s+(?:the\s+)?(.+)$", name, re.I)
    if m:  # "Ministry of the Interior" = "Interior Ministry"
        name = " ".join(x for x in (m.group(1), m.group(2), "Ministry") if x)
    words = name.split()
    if words and words[0] in v.acronyms and len(words) > 1:  # "UN human rights office"
        return norm(v.acronyms[words[0]] + " " + " ".join(words[1:]))
    return norm(name)


def strip_nationality(key: str) -> str:
    """'lebanese red cross' -> 'red cross' (a nationality or country first word dropped)."""
    words = key.split()
    for n in (2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            if lookup_demonym(head) or lookup_country(head):
                return " ".join(words[n:])
    return key
