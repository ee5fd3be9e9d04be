"""Attributions in the sentences that are never parsed (no number: `figures.is_candidate_sentence`),
found by a cheap scan of their text, for relay.carry to credit the figures after them:
  '"The city is calm," a police spokesman said.'   -> police spokesman (a quotation's speaker)
  '"... calm," said Jane Roe.' / '..., he told Reuters.' -> Jane Roe / he, via Reuters
  'The commission said in a statement:'            -> commission, for the line after it too
  'According to the ministry:'                      -> ministry, likewise
  'Jane Roe told Reuters the march was peaceful.'   -> Jane Roe, via Reuters (a medium only)
  'TASS quoted the ministry as saying ...'          -> ministry, via TASS
  '"...," Radio X reported, citing police.'         -> police, via Radio X
  'This was reported by the ministry.'              -> ministry (relay.credited_in)
A speaker is a pronoun (function_words speaker_pronoun), a phrase ending in a source word
(function_words.csv: informant, source and people nouns; person_roles.csv; org_keywords.csv; a
media noun) or a name in capitals; never the counted people (a people_nouns.csv kind that is no
speaker_kind: "protesters said"), a day or a month. No spaCy: regexes over the text outside the
parsed sentences (no measurable CPU on the 1000-article bench)."""
from __future__ import annotations

import re

from .relay import _SENT_END, _TOLD_STOP, _alt, _cues, _reporting, _strip, credited_in, is_medium, medium_prefix, relayed, told_cues
from .types import Mention
from .vocab import vocab, word_list

_WORD = r"[A-Za-z][\w.'’-]*"
_PHRASE = rf"(?P<who>{_WORD}(?:[ \t]+{_WORD}){{0,5}}?)"


def _verbs() -> str:
    """The spoken forms of the source verbs of attribution_verbs.csv ("said", "says", "added", "noted")."""
    forms = set()
    for w, role in vocab().figures.attribution_verbs.items():
        if role != "source" or " " in w:
            continue
        forms |= {w, w + "s", w + "ed", w + "d" if w.endswith("e") else w + "ed", w + "es"}
        if w.endswith("y"):
            forms |= {w[:-1] + "ied", w[:-1] + "ies"}
    return _alt(f for f in forms if _reporting(f))


def _res():
    v = vocab()
    if getattr(v, "_unparsed_res", None) is None:
        told, verbs = _alt(told_cues()), _verbs()
        tail = r"(?:\s+(?:in|on|at|to|via|through)\s+[^:\n]{1,60})?:[ \t]*$"
        v._unparsed_res = (
            # '"...," a police spokesman said' / '"...," he told Reuters'
            re.compile(rf"[,!?][\"”’]\s+{_PHRASE}\s+(?P<verb>{verbs})\b(?P<rest>[^\n]*)"),
            # '"...," said Jane Roe, a spokeswoman'
            re.compile(rf"[,!?][\"”’]\s+(?P<verb>{verbs})\s+{_PHRASE}(?=\s*(?:[,.;:(]|$))"),
            # 'The commission said in a statement:' at a line's end
            re.compile(rf"(?:^|[,;—–]\s*|\bthat\s+){_PHRASE}\s+(?P<verb>{verbs})\b{tail}", re.M),
            # 'According to the ministry:' at a line's end
            re.compile(rf"\b[Aa]ccording to\s+{_PHRASE}{tail}", re.M),
            # 'Jane Roe told Reuters ...' / 'TASS quoted the ministry as saying' / 'Jane Roe, the mayor, told
            # the BBC' / 'Rolnar, the state news agency, quoted the ministry'
            re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[,;—–]\s)){_PHRASE}(?:,\s+(?P<appos>[^,.;:()\n\"“”]{{2,100}}),)?"
                       rf"\s+(?P<verb>{told}|quoted)\s+(?P<obj>[^,.;:()\n]{{2,60}}?)(?:{_TOLD_STOP}|\s+as\s+saying)", re.M),
            # 'Speaking to the BBC, the mayor said the city was calm.' / 'In an interview with CNN, she described ...'
            re.compile(rf"(?:^|(?<=[.!?]\s))(?i:{told})\s+(?P<obj>[^,.;:()\n]{{2,60}}?),\s+{_PHRASE}\s+"
                       rf"(?:\w+ly\s+)?(?P<verb>{verbs}|[a-z]+(?:ed|s))\b", re.M),
        )
    return v._unparsed_res


def _speaker(phrase: str, start: int, mentions: list[Mention], body: str) -> str | None:
    """The source a speaker phrase names, as the text writes it, or None (no source)."""
    words = vocab().figures
    toks = phrase.split()
    if not toks:
        return None
    low = [t.lower().strip(".'’") for t in toks]
    if len(toks) == 1 and low[0] in words.speaker_pronouns:
        return low[0]
    if any(t in word_list("time_word") for t in low) or any(t in words.pronouns for t in low):
        return None
    kind = words.people_nouns.get(low[-1])
    if kind and kind not in words.speaker_kinds and low[-1] not in words.informant_nouns | words.source_people:
        return None                            # the counted people ("protesters said"), not a source
    end = start + len(phrase)
    over = [m for m in mentions if start <= m.char_start and m.char_end == end]
    at = _LOCATIVE_TAIL.search(phrase)
    if at and any(m.char_start == start + at.start("x") and _placed_label(m.label) for m in over):
        return _speaker(phrase[:at.start()], start, mentions, body)   # "a rescue worker in X": X a place, not the source
    if over:
        text = min(over, key=lambda m: m.char_start).mention_text.strip()
        return _strip(text)
    name = _strip(re.split(r"\b\w+['’]s\s+", phrase)[-1]) or _strip(phrase)   # "the country's X": X
    name = _untitled(name)
    head = name.split()[-1].lower() if name.split() else ""
    source_word = head in words.informant_nouns or head in words.source_nouns or head in words.source_people \
        or head in vocab().roles or head in vocab().org_keywords or kind in words.speaker_kinds \
        or head in _cues().get("media", ())
    proper = all(w[:1].isupper() or w.lower() in words.name_links for w in name.split()) \
        and low[-1] not in words.people_nouns
    if source_word or proper or is_medium(name):
        return name
    return None


_LOCATIVE_TAIL = re.compile(r"\s+(?:in|at|near)\s+(?P<x>[A-Z][\w.'’-]*)$")


def _placed_label(label: str) -> bool:
    """A mention label of a place, or of a place the rules retyped ("GPE->person"): no source after "in"."""
    kinds = label.upper().split("->")
    return kinds[0] in ("GPE", "LOC") or kinds[-1] in ("PERSON", "PER")


def _untitled(name: str) -> str:
    """'Interior Minister Jane Roe' / 'director Jane Roe' -> Jane Roe: the name after its title or role
    (person_titles.csv, person_roles.csv), when it is a name in capitals and no organization."""
    words = name.split()
    titled = [i for i, w in enumerate(words) if w.lower().strip(".") in vocab().titles | vocab().roles]
    if not titled or titled[-1] == len(words) - 1:
        return name
    rest = words[titled[-1] + 1:]
    if all(w[:1].isupper() for w in rest) and not any(w.lower() in vocab().org_keywords for w in rest):
        return " ".join(rest)
    return name


def _sentences(body: str):
    """(offset, text) of the sentences of each line, cut where relay cuts them."""
    at = 0
    for line in body.split("\n"):
        start = 0
        for m in _SENT_END.finditer(line):
            if line[start:m.start()].strip():
                yield at + start + len(line[start:]) - len(line[start:].lstrip()), line[start:m.start()].strip()
            start = m.end()
        if line[start:].strip():
            yield at + start + len(line[start:]) - len(line[start:].lstrip()), line[start:].strip()
        at += len(line) + 1


def _inside(pos: int, parsed: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in parsed)


def _next_lines(body: str, pos: int) -> list[int]:
    """Starts of the lines an intro at `pos` speaks for: the next non-empty line, and the list
    items ('- ', '• ', '1. ') right after it."""
    out, at = [], body.find("\n", pos)
    while at >= 0:
        nxt = at + 1
        while nxt < len(body) and body[nxt] in " \t\n":
            nxt += 1
        if nxt >= len(body):
            break
        line_end = body.find("\n", nxt)
        line = body[nxt:line_end if line_end >= 0 else len(body)]
        if out and not re.match(r"(?:[-•*–—]|\d+[.)])\s", line):
            break
        out.append(nxt)
        at = line_end
    return out


def credits(body: str, parsed: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, str, str | None]]:
    """(body offset, reported_by, reported_via) of the attributions outside the `parsed` ranges."""
    quote_after, quote_before, intro, according, told, opening = _res()
    out: list[tuple[int, str, str | None]] = []
    lines: list[tuple[int, str, str | None]] = []    # an intro's credits at the lines it speaks for
    for m in quote_after.finditer(body):
        if _inside(m.start("who"), parsed):
            continue
        who = _speaker(m.group("who"), m.start("who"), mentions, body)
        if who:
            t = re.match(rf"\s*(?P<to>[^,.;:()]{{2,60}}?){_TOLD_STOP}", m.group("rest")) \
                if m.group("verb") in told_cues() else None
            to = _strip(t.group("to")) if t else None
            by, via = who, to if to and is_medium(to) else None
            tail = _SENT_END.split(m.group(0), maxsplit=1)[0]
            if not via and is_medium(who) and re.search(rf"\b(?i:{_alt(_cues().get('citing', ()))})\b", tail):
                by, via = relayed(tail, who, None)   # '"...," Radio Example reported, citing police'
            out.append((m.start("who"), by, via))
    for m in quote_before.finditer(body):
        if _inside(m.start("who"), parsed):
            continue
        who = _speaker(m.group("who"), m.start("who"), mentions, body)
        if who and who not in vocab().figures.speaker_pronouns:
            out.append((m.start("who"), who, None))
    for m in [*intro.finditer(body), *according.finditer(body)]:
        if _inside(m.start("who"), parsed):
            continue
        who = _speaker(m.group("who"), m.start("who"), mentions, body)
        if who:
            out.append((m.start("who"), who, None))
            lines.extend((at, who, None) for at in _next_lines(body, m.end()))
    for m in told.finditer(body):
        if _inside(m.start("who"), parsed):
            continue
        obj = _strip(m.group("obj"))
        who = _speaker(m.group("who"), m.start("who"), mentions, body)
        appos = m.group("appos") and _speaker(m.group("appos"), m.start("appos"), mentions, body)
        if m.group("verb") == "quoted":
            by = _speaker(m.group("obj"), m.start("obj"), mentions, body)
            # the medium as written, or named by its media noun: "the state news agency Rolnar", "Rolnar, the agency,"
            medium = next((w for w, phrase in ((who, m.group("who")), (appos, m.group("appos")))
                           if w and (is_medium(w) or phrase and is_medium(_strip(phrase)))), None)
            if by and medium:
                out.append((m.start("who"), by, who if who and (m.group("appos") or not is_medium(medium)) else medium))
        else:
            to = medium_prefix(obj)
            if (who or appos) and to:      # "Jane Roe, the city's mayor, told the BBC": Jane Roe
                out.append((m.start("who"), who or appos, to))
    for m in opening.finditer(body):
        if _inside(m.start("who"), parsed):
            continue
        who = _speaker(m.group("who"), m.start("who"), mentions, body)
        to = medium_prefix(_strip(m.group("obj")))
        if who and to and not is_medium(who):
            out.append((m.start("who"), who, to))
    for at, sent in _sentences(body):
        if not _inside(at, parsed):
            src = credited_in(sent)        # "This was reported by the ministry." / "X announced the arrests."
            if src:
                out.append((at, src, None))
    # at one offset, the line's own attribution is the later one (relay.carry keeps the last)
    return [(c[0], c[2], c[3]) for c in sorted([(p, 0, by, via) for p, by, via in lines] + [(p, 1, by, via) for p, by, via in out])]
