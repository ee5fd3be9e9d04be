"""Photo credits written as chains: "(Jane Roe/AGENCY/Getty Images)", "Jane Roe\\AGENCY via Getty
Images (L)", a caption run into the credit ("...the square.Jane Roe/AGENCY"). The name before the
first separator is a person when what follows it is a known agency; every agency of the chain is an
organization."""
from __future__ import annotations

import re

from .entity_spans import Cand, char_cand, P_CREDIT
from .gazetteer import lookup_country, lookup_demonym, lookup_place, norm
from .vocab import vocab

_NAME_SEP = re.compile(r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,4})[ \t]*[/\\][ \t]*")
_LINK = re.compile(r"[ \t]*(?:[/\\]|[ \t]via[ \t])[ \t]*")


def _known(text: str):
    v = vocab()
    return v.agencies.get(text) or v.agency_by_norm.get(norm(text))


def _agency_at(body: str, pos: int) -> tuple[int, int] | None:
    """The known agency starting at pos; an alias that is itself a chain ("A/Getty Images") gives its
    first link when that is an agency too."""
    m = vocab().agency_regex.match(body, pos)
    if not m or not _known(m.group(1)):
        return None
    first = re.split(r"[/\\]", m.group(1))[0]
    if first != m.group(1) and _known(first):
        return m.start(1), m.start(1) + len(first)
    return m.start(1), m.end(1)


def _person_words(body: str, start: int, name: str) -> tuple[int, str] | None:
    """The name without caption words run into it ("Protesters Jane Roe" -> "Jane Roe"); None when
    it is not a person's name (an agency, a place, an organization word)."""
    v = vocab()
    words = list(re.finditer(r"\S+", name))
    while len(words) > 2 and (lookup_country(words[0].group()) or lookup_demonym(words[0].group()) is not None
                              or lookup_place(words[0].group())) or len(words) > 3:
        words = words[1:]
    text = name[words[0].start():]
    if len(words) < 2 or any(w.group().lower() in v.org_keywords for w in words) \
            or v.agencies.get(text) or v.agency_by_norm.get(norm(text)) or lookup_place(text):
        return None
    return start + words[0].start(), text


def credit_chain_cands(body: str) -> list[Cand]:
    if "/" not in body and "\\" not in body:
        return []
    out: list[Cand] = []
    for m in _NAME_SEP.finditer(body):
        first = _agency_at(body, m.end())
        if first is None:
            continue
        person = _person_words(body, m.start("name"), m.group("name"))
        if person is None:
            continue
        out.append(char_cand(person[0], person[0] + len(person[1]), "person", "credit-chain", P_CREDIT))
        ag = first
        while ag is not None:
            canonical = _known(body[ag[0]:ag[1]]).name
            out.append(char_cand(ag[0], ag[1], "organization", "credit-chain", P_CREDIT,
                                 org_canonical=canonical, group="agency:" + norm(canonical)))
            link = _LINK.match(body, ag[1])
            ag = _agency_at(body, link.end()) if link else None
    return out
