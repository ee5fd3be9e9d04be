"""Who relayed a figure (reported_via) and who gave it when its own sentence names nobody.

`relayed` refines one sentence's attribution (as the parse found it) with relay cues
(seeds/relay_cues.csv):
  "X told Reuters that ..."                     -> by X, via Reuters (a medium: a news agency or a
                                                   phrase ending in a media noun; "told reporters" is none)
  "State television reported, citing police"    -> by police, via State television
  "X said 40 died, AP reports" / "..., according to AP" -> by X, via AP (the other attribution is a medium)
  "The toll, reported by the state channel X and citing Y" -> by Y, via state channel X
`carry` gives a figure whose sentence credits nobody the source of the figure before it in the
same paragraph (a paragraph owned by one speaker, a quotation continued over sentences); a
figure inside a quotation takes the speaker the paragraph names ('"... 15 hurt," Okafor said'),
or, for a pronoun ("she said"), the last source credited before it. A pronoun source of a
figure's own sentence ("She also said 14 died") is named the same way, across paragraphs; the
carried source is the last attribution of any parsed sentence before the figure, not only of
figures ("Okafor said 2 roads were shut. Another 9 were hurt."). Carrying a source on to the
next paragraph was tried and left out: it gained 0.02 on the dev events and lost 0.01 on held-out ones.
Names keep the text's shortest form, without a leading "the". Pure functions over text."""
from __future__ import annotations

import re
from dataclasses import replace

from .types import Figure
from .vocab import vocab

_STOP = r"(?=\s*(?:[,.;:(]|\bthat\b|\bas\b|\bon\b|\bin\b|\bwho\b|\bwhich\b|$))"


def _cues() -> dict[str, frozenset]:
    return vocab().figures.relay_cues


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _strip(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    return name.strip(" ,;:'\"“”")


def is_medium(name: str | None) -> bool:
    if not name:
        return False
    words = name.split()
    media = _cues().get("media", frozenset())
    noun = [w in media or w.lower() in media for w in words]
    # "Reuters", "state television", "the news agency Interfax" (a media noun before a name)
    return name in vocab().agencies or words[-1] in vocab().agencies or noun[-1] \
        or any(n and nxt[:1].isupper() for n, nxt in zip(noun, words[1:]))


def relayed(sentence: str, by: str | None, via: str | None, others: tuple = ()) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) of a sentence, given what the parse attributed the figure to
    and the sentence's other attributions (`others`: names)."""
    m = re.search(rf"\b(?:{_alt(_cues().get('citing', ()))})\s+(?P<src>[^,.;:()]{{2,80}}?){_STOP}", sentence)
    if m and not by:                       # "reported by the state channel X, citing Y"
        agent = re.search(r"\breported by\s+(?P<a>[^,.;:()]{2,60}?)(?=\s*(?:[,.;:(]|\band\b|\bciting\b))", sentence)
        by = _strip(agent.group("a")) if agent else None
    if m and is_medium(by) and not norm_eq(by, m.group("src")):
        return _strip(m.group("src")), via or by
    if by and not via and not is_medium(by):   # "X said 40 died, AP reports": by X, via AP
        medium = next((o for o in others if o and o != by and is_medium(o)), None)
        if medium:
            return by, medium
    if by and not via:
        t = re.search(rf"\b(?:{_alt(_cues().get('told', ()))})\s+(?P<to>[^,.;:()]{{2,60}}?){_STOP}", sentence)
        if t and is_medium(_strip(t.group("to"))):
            return by, _strip(t.group("to"))
    return by, via


def norm_eq(a: str, b: str) -> bool:
    return _strip(a).lower() == _strip(b).lower()


_QUOTE_BY = re.compile(r"[\"”’],?\s+(?P<who>[A-Za-z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?:said|says|added|told|wrote)\b")


def carry(figures: list[Figure], body: str, credits=()) -> list[Figure]:
    """Sources carried to figures (in document order) whose own sentence credits nobody, and
    pronoun sources ("she said") named. `credits`: (body offset, reported_by, reported_via) of every
    attribution in the article, figures or not ("Okafor said the city was calm. Police held 40.")."""
    pronouns = vocab().figures.pronouns
    events = sorted([(pos, 0, by, via) for pos, by, via in credits] + [(f.char_start, 1, i, None) for i, f in enumerate(figures)],
                    key=lambda e: (e[0], e[1]))
    out, last, last_para, named = list(figures), (None, None), -1, (None, None)
    for pos, kind, x, via in events:
        para = body.rfind("\n", 0, pos)
        if kind == 0:                      # an attribution: a pronoun names the source before it
            if x.lower() not in pronouns:
                named = (x, via)
            if named[0]:
                last, last_para = (named[0], via), para
            continue
        f = figures[x]
        if f.reported_by and f.reported_by.lower() in pronouns:
            f = replace(f, reported_by=named[0])     # the last source named before it (None: nobody)
        elif f.reported_by:
            named = (f.reported_by, f.reported_via)
        if f.reported_by:
            last, last_para = (f.reported_by, f.reported_via), para
        else:
            speaker = _quote_speaker(body, f.char_start)
            if speaker and speaker.lower() not in pronouns:
                f = replace(f, reported_by=speaker, reported_via=None)
            elif last[0] and (para == last_para or speaker):
                f = replace(f, reported_by=last[0], reported_via=last[1])
        out[x] = f
    return out


def _quote_speaker(body: str, pos: int) -> str | None:
    """The speaker named right after the quotation that holds `pos` ('"... 15 hurt," she said')."""
    s = body.rfind("\n", 0, pos) + 1
    e = body.find("\n", pos)
    para = body[s:e if e >= 0 else len(body)]
    rel = pos - s
    opens = [m.start() for m in re.finditer(r"[\"“]", para[:rel])]
    if not opens or para[:rel].count('"') % 2 == 0 and para[:rel].count("“") <= para[:rel].count("”"):
        return None
    m = _QUOTE_BY.search(para, rel) or next(reversed(list(_QUOTE_BY.finditer(para, 0, rel))), None)
    return _strip(m.group("who")) if m else None
