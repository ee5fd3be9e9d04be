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
Two narrower carries across paragraphs stay: a paragraph crediting nobody between two that credit the
same named source (`_owned_around`), and a count that restates a credited one (`_restated`: "over 2,300
hurt, X said" ... "has climbed to 2,312"), whose breakdown paragraph then follows it.
Names keep the text's shortest form, without a leading "the". Pure functions over text."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .gazetteer import lookup_country, lookup_demonym, lookup_place
from .types import Figure
from .vocab import vocab, word_list

_STOP = r"(?=\s*(?:[,.;:(]|\bthat\b|\bas\b|\bon\b|\bin\b|\bwho\b|\bwhich\b|$))"
_TOLD_STOP = r"(?=\s*(?:[,;:(]|\.(?![a-z]|[A-Z]{2})|(?<!\.)\b(?:that|as|on|in|who|which|by|over|via)\b|$))"   # also "told AFP by phone" (not "Tut.by", "TUT.BY")


def _cues() -> dict[str, frozenset]:
    return vocab().figures.relay_cues


def told_cues() -> frozenset:
    """The cues before the medium a source spoke to: "told" and the interview phrases (relay_cues.csv)."""
    return _cues().get("told", frozenset()) | _cues().get("interview", frozenset())


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _strip(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    return name.strip(" ,;:'\"“”")


def is_medium(name: str | None) -> bool:
    if not name:
        return False
    words = name.split()
    if _own_channel(words):
        return False
    media = _cues().get("media", frozenset())
    noun = [w in media or w.lower() in media for w in words]
    # "Reuters", "state television", "the news agency Interfax" (a media noun before a name)
    # "media reports", "news reports": a medium's reports are the medium
    reports = len(words) > 1 and words[-1].lower() in _cues().get("media_report", frozenset()) and noun[-2]
    return name in vocab().agencies or words[-1] in vocab().agencies or noun[-1] or reports \
        or any(n and nxt[:1].isupper() for n, nxt in zip(noun, words[1:])) or _outlet_shape(words[-1]) \
        or _owned_outlet(words)


def _owned_outlet(words: list[str]) -> bool:
    """'state-run MRTV', 'Kremlin-controlled RIA Novosti': a name the state, army or government runs (entity_words
    medium_owner), with no organization, role or title word (`_interviewer`)."""
    return len(words) > 1 and words[0].lower() in word_list("medium_owner") and words[1][:1].isupper() \
        and _interviewer(" ".join(words[1:5])) is not None


_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+(?:[a-z]{2,6})")
_CHANNEL_TV = re.compile(r"[A-Z][\w]*-TV")


def _outlet_shape(word: str) -> bool:
    """A name written the way outlets are: a domain ("Example.kz", "newsnow.com"), a known agency with
    a hyphened region ("Interfax-Ukraine": Interfax), a channel "Name-TV" (not "Name-12": "Covid-19")."""
    word = word.strip(".,;:'\"“”")
    if _DOMAIN.fullmatch(word) and word.rsplit(".", 1)[-1].lower() in word_list("web_tld"):
        return True
    parts = word.split("-")
    return len(parts) > 1 and (parts[0] in vocab().agencies or _CHANNEL_TV.fullmatch(word) is not None)


def _own_channel(words: list[str]) -> bool:
    """Where a source posts its own words, no intermediary: a platform ("Facebook", "its Telegram
    channel", a one-letter "X" only alone), its own site ("its website") or "social media"."""
    own, platforms = _cues().get("own", frozenset()), word_list("platform")
    return any(w.lower() in own for w in words) \
        or any(w[:1].isupper() and w.lower() in platforms and (len(w) > 1 or len(words) == 1) for w in words)


def relayed(sentence: str, by: str | None, via: str | None, others: tuple = (), persons: tuple = (),
            orgs: tuple = (), people: tuple | None = None) -> tuple[str | None, str | None]:
    """(reported_by, reported_via) of a sentence, given what the parse attributed the figure to,
    the sentence's other attributions (`others`: names) and the persons and organizations its NER
    names (`persons`, `orgs`); `people`: the persons the NER names in the whole article (None: not known).
    A medium's owner words are no part of its name ("state-run MRTV": MRTV)."""
    by, via = _relayed(sentence, by, via, others, persons, orgs, people)
    return _unowned(by), _unowned(via)


def _unowned(name: str | None) -> str | None:
    """'state-run MRTV' -> MRTV, 'the independent Nasha Niva' -> Nasha Niva; other names as they are."""
    return " ".join(_drop_owner(name.split())) if name else name


def _relayed(sentence: str, by: str | None, via: str | None, others: tuple, persons: tuple,
             orgs: tuple, people: tuple | None) -> tuple[str | None, str | None]:
    closing = _closing_name(sentence)
    if by and closing and not norm_eq(by, closing) and _holds(closing, by) and lookup_country(closing) is None:
        by = closing                       # "..., RFE/RL's Belarus Service reported": not the country inside it
    quoted = _quoted_as(sentence)
    if by and not via and quoted and not norm_eq(by, quoted):
        return by, quoted                  # "Police said 70 were held, the agency X quoted them as saying"
    m = re.search(rf"\b(?i:{_alt(_cues().get('citing', ()))})\s+(?P<src>[^,.;:()]{{2,80}}?){_STOP}", sentence)
    if m and not by:                       # "reported by the state channel X, citing Y"
        agent = re.search(r"\breported by\s+(?P<a>[^,.;:()]{2,60}?)(?=\s*(?:[,.;:(]|\band\b|\bciting\b))", sentence)
        by = _strip(agent.group("a")) if agent else None
    if m and not (is_medium(by) or _named_medium(sentence, by)):   # "Local media reported, citing X" the parse missed
        by = _medium_before(sentence[:m.start()]) or by
    if m and (is_medium(by) or _named_medium(sentence, by)) and not norm_eq(by, m.group("src")):
        return _strip(m.group("src")), via or by
    if m and by and not via and _cites_source(m.group("src")) and not norm_eq(by, m.group("src")):
        return _strip(m.group("src")), by    # "Amnesty International, citing local activists, said": by activists
    if via and _journalist(via):       # "Kanal Zeta's correspondent quoted X": via Kanal Zeta
        via = _journalist_outlet(sentence, via) or via
    if m and by and not via and norm_eq(by, m.group("src")):   # "X said, citing activists who alleged 40 died": via X
        sayer = _sayer_before(sentence, m.start(), by, others)
        if sayer:
            return by, sayer
    if by and not via:                 # "according to Y, which cited hospital officials": by the officials, via Y
        rel = _relative_citing(sentence, by)
        if rel:
            return rel, by
    if by and not via:                 # "According to X, as reported by Y, 19 died": by X, via Y
        relay = _as_relay(sentence, by, others, persons)
        if relay:
            return relay
    if by and not via and is_medium(by):   # "Viasna said 1,000 were held, the Reuters news agency reported": by a medium too
        medium = next((o for o in others if o and not norm_eq(o, by) and sentence.find(by) < sentence.rfind(o)
                       and _closing_report(sentence, o)), None)
        if medium:
            return by, medium
    if by and not via and not is_medium(by):   # "X said 40 died, AP reports": by X, via AP
        others = tuple(_with_media_noun(sentence, o) for o in others)   # "Global New Light of Myanmar newspaper"
        medium = next((o for o in others if o and o != by and (is_medium(o) or _named_medium(sentence, o))), None) \
            or next((o for o in others if o and not norm_eq(o, by) and _closing_outlet(sentence, o, by, persons)), None)
        if medium:
            return by, medium
    apposed = _apposed_medium_re().search(sentence) if by and not via else None
    if apposed and not norm_eq(by, apposed.group("y")) and sentence.find(by) < apposed.start():
        return by, _strip(apposed.group("y"))   # "..., according to Belsat, a Poland-based TV channel."
    closing = _closing_name(sentence, persons) if by and not via and not is_medium(by) else None
    if closing and not same_source(by, closing) and 0 <= sentence.find(by) < sentence.rfind(",") \
            and lookup_country(closing) is None:
        return by, closing                 # "Police said 13 were held, Kathmandu-based Setopati reported"
    inverted = _INVERTED_REPORT.search(sentence) if by and not via else None
    if inverted and _reporting(inverted.group("v")) and not norm_eq(by, inverted.group("m")):   # "Police said 30 were held, reported the newspaper X"
        medium = _name_after_noun(medium_prefix(inverted.group("m")))
        if medium and not norm_eq(by, medium):
            return by, medium
    if by and not via and _closing_report(sentence, by):   # the parse hung "X said 40 died" under "AP reported"
        source = next((o for o in others if o and o != by and not is_medium(o) and not _named_medium(sentence, o)
                       and sentence.find(o) < sentence.rfind(by)), None)
        if source:
            return source, by
    if by and not via:                 # the first cue whose object is a medium ("said on Monday, in remarks aired on X")
        sentence = _without_asides(sentence)   # "speaking on condition of anonymity to Y": speaking to Y
        for t in _told_matches(sentence):   # a dot inside a domain ("told example.com")
            to = medium_prefix(_strip(_before_verb(t.group("to"))))
            if not to and t.group("cue").lower() in _cues().get("body_relay", frozenset()) \
                    and _rights_body(_strip(t.group("to"))):
                to = _strip(t.group("to"))     # "Witnesses told Amnesty International ...": the rights body relays
            elif not to and (t.group("cue").lower() in _cues().get("interview", frozenset())
                           or _strip(t.group("to")) in {_strip(o) for o in orgs}):   # "Police told Kanal Zeta": an ORG the NER names
                to = _interviewer(_strip(t.group("to")), persons) \
                    or _interviewer(_strip(_before_verb(t.group("to"))), persons)   # "interviewed by Y said 20 ..."
            elif not to and _journalist(_strip(t.group("to"))):   # "told Kanal Zeta's correspondent"
                to = _journalist_outlet(sentence, _strip(t.group("to")))
            elif not to and t.group("cue").lower() in _cues().get("relay_by", frozenset()):
                to = _interviewer(_strip(_before_verb(t.group("to"))))   # "quoted by Nova Zora", a PERSON to the NER
            elif not to and t.group("cue").lower() in _cues().get("closing_told", frozenset()) \
                    and _CLOSE.fullmatch(sentence, t.end()) and lookup_country(_strip(t.group("to"))) is None:
                to = _interviewer(_strip(t.group("to")), persons)   # "..., the mayor told the Varnholm Courier."
            if not to and t.group("cue").lower() in _cues().get("closing_told", frozenset()) \
                    and (not re.match(r"\s*[,(]", sentence[t.end():]) or _ACRONYM_AFTER.match(sentence, t.end())):
                to = _told_outlet(t.group("to"), persons, people)   # "X told state-run MRTV that ...": the outlet told
            if to and not norm_eq(to, by):
                return by, to          # "Police told Reuters 34 people were held": via Reuters
    if by and not via:                 # "The ministry announced 164 deaths on state television" (after a count's word)
        on = next((medium_prefix(_strip(o.group("m"))) for o in _ON_MEDIUM.finditer(sentence)
                   if o.group("w").lower() in vocab().figures.triggers or o.group("w").lower() in vocab().figures.document_nouns),
                  None)   # "according to a report on state television"
        if on and not norm_eq(on, by):
            return by, on
    return by, via


def _journalist(phrase: str | None) -> bool:
    """A reporter of a medium ("correspondent"), or a unit of one written with its owner's possessive
    ("the BBC's Burmese service", "Kanal Zeta's Varnholm bureau": relay_cues.csv, role unit)."""
    words = (phrase or "").split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _cues().get("journalist", frozenset()) \
        or last in _cues().get("unit", frozenset()) and _POSSESSIVE.search(" ".join(words[:-1])) is not None


_POSSESSIVE = re.compile(r"(?<=[\w.-])(?:'s|’s|'|’)(?=\s|$)")   # "BBC's", "Reuters'"


def _journalist_outlet(sentence: str, phrase: str) -> str | None:
    """The medium a journalist noun belongs to: "Kanal Zeta's correspondent", "a Kanal Zeta correspondent",
    "Reuters' reporter" -> Kanal Zeta / Reuters (a medium or an outlet-like name); None: none named."""
    words = _strip(phrase).split()
    owner = " ".join(words[:-1])
    if not owner:                          # the parse dropped the possessor: find it before the noun
        m = re.search(rf"(?P<o>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})(?:'s|’s|'|’)\s+{re.escape(words[-1])}\b", sentence)
        owner = m.group("o") if m else ""
    owner = _POSSESSIVE.split(owner)[0].strip()   # "BBC's Burmese": BBC
    if owner and (is_medium(owner) or _outlet_like(owner)):
        return owner
    return None


def _sayer_before(sentence: str, at: int, by: str, others) -> str | None:
    """Who said what a cited source alleged: the last attribution before the "citing" cue at `at` ("a rights
    group said Wednesday, citing local activists who alleged that ..."), no pronoun and not the source itself."""
    pronouns = vocab().figures.pronouns
    before = [o for o in others if o and not norm_eq(o, by) and o.lower() not in pronouns
              and 0 <= sentence.rfind(o, 0, at)]
    return before[-1] if before else None


@lru_cache(maxsize=None)
def _relative_citing_re() -> re.Pattern:
    return re.compile(rf",\s*(?:which|who)\s+(?i:{_alt(_cues().get('relative_citing', ()))})\s+"
                      rf"(?P<src>[^,.;:()]{{2,80}}?){_STOP}")


def _relative_citing(sentence: str, by: str) -> str | None:
    """'..., according to Y, which cited hospital officials' (`by` is Y): the officials, a source people or body
    (`_cites_source`) named right after Y."""
    for m in _relative_citing_re().finditer(sentence):
        if _strip(sentence[:m.start()]).lower().endswith(_strip(by).lower()) and _cites_source(m.group("src")) \
                and not norm_eq(by, m.group("src")):
            return _strip(m.group("src"))
    return None


@lru_cache(maxsize=None)
def _as_relay_re() -> re.Pattern:
    return re.compile(rf"\b(?i:{_alt(_cues().get('as_relay', ()))})\s+(?P<y>[^,.;:()]{{2,60}}?)(?=\s*(?:[,.;:(]|$))")


def _as_relay(sentence: str, by: str, others, persons=()) -> tuple[str, str] | None:
    """'According to the ministry, as reported by Y, 19 died': (ministry, Y) whichever of the two the parse
    credited; Y a medium or an outlet-like name (`_interviewer`), the other source an attribution of the
    sentence that is no pronoun."""
    m = _as_relay_re().search(sentence)
    relay = _strip(m.group("y")) if m else ""
    if not relay or not (is_medium(relay) or _named_medium(sentence, relay) or _interviewer(relay, persons)):
        return None
    if not norm_eq(by, relay):
        return (by, relay) if not same_source(by, relay) else None
    pronouns = vocab().figures.pronouns
    src = next((o for o in others if o and not same_source(o, relay) and o.lower() not in pronouns), None)
    return (src, by) if src else None


def _closing_outlet(sentence: str, name: str, by: str, persons=()) -> bool:
    """`name` relays a source named before it, in a clause that opens or closes the sentence ("According to
    Kanal Zeta, the mayor said 12 died" / "The mayor said 12 died, according to (a report by) Kanal Zeta" /
    ", Kanal Zeta reported (on Monday)"), and is written as an outlet's name is: capitalized, no person,
    body, role or title (`_interviewer`), no country."""
    opening = _OPENING_ACCORDING.match(sentence) or _opening_report_re().match(sentence)
    if opening and norm_eq(opening.group("y"), name):   # "According to Kanal Zeta, police said 12 died"
        if sentence.find(by, opening.end()) < 0:
            return False
    else:
        cut = sentence.rfind(",")
        tail = sentence[cut + 1:]
        at = tail.find(name)
        if cut < 0 or at < 0 or not 0 <= sentence.find(by) < cut:
            return False
        pre = _strip(tail[:at]).lower().split()
        post = tail[at + len(name):].strip(" .!\"”’").lower().split()
        docs = vocab().figures.document_nouns
        according = " ".join(pre[:2]) == "according to" and all(
            w in docs or w.rstrip("s") in docs or w in vocab().figures.articles
            or w in vocab().figures.source_prepositions or _owner_word(w) for w in pre[2:]) and all(w in docs for w in post)
        reported = bool(post) and post[0] in _cues().get("closing_report", frozenset()) \
            and len(pre) <= 3 and all(w.islower() for w in pre) and "according" not in pre
        if according == reported:          # exactly one cue: "according to Y" or "Y reported"
            return False
    return _outlet_like(name, persons)


@lru_cache(maxsize=None)
def _opening_report_re() -> re.Pattern:
    """'Kanal Zeta reported (on Monday) that ...': a report verb right after the sentence's opening name."""
    return re.compile(rf"^\s*(?:[Tt]he\s+)?(?P<y>[A-Z][^,;:()]{{1,60}}?)\s+(?:{_alt(_cues().get('closing_report', ()))})\b")


_OPENING_ACCORDING = re.compile(r"^\s*[Aa]ccording\s+to\s+(?:the\s+)?(?P<y>[^,;:()]{2,60}?)\s*,")


_COLON_SOURCE = re.compile(r"^\s*(?P<src>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s*:\s+")


def colon_source(sentence: str, at: int, persons=()) -> str | None:
    """A headline's source before a colon ("Police: 12 killed in X", "Rights group: 40 dead", "Roe: 8 held"):
    a phrase of up to four words ending in a noun that speaks (a source or informant noun, a people noun of a
    speaker kind, an organization word), a medium or a person the NER names, before the count at `at`."""
    m = _COLON_SOURCE.match(sentence)
    if not m or m.end() > at:
        return None
    return _speaking_source(_strip(m.group("src")), persons)


def _speaking_source(src: str, persons=()) -> str | None:
    """`src` when it ends in a noun that speaks (a source or informant noun, a people noun of a speaker kind, an
    organization word) or is a medium or a person the NER names; else None."""
    words, fig = src.split(), vocab().figures
    last = words[-1].lower() if words else ""
    speaks = last in fig.source_nouns or last in fig.informant_nouns or last in vocab().org_keywords \
        or fig.people_nouns.get(last) in fig.speaker_kinds or last in fig.source_people or is_medium(src) or src in persons
    return src if speaks else None


_DASH_SOURCE = re.compile(r"\s[-–—]\s+(?P<src>[\w'’.-]+(?:\s+[\w'’.-]+){0,3})\s*$")


def dash_source(sentence: str, at: int, persons=()) -> str | None:
    """A headline's source after a closing spaced dash ("12 killed in X - state media", "Five dead - witnesses"),
    after the count at `at`: a speaking source as in `colon_source` ("- report" names none, nor a news agency's
    credit line "- Reuters")."""
    m = _DASH_SOURCE.search(sentence)
    if not m or m.start() < at or "\n" in sentence[at:m.start()] or _strip(m.group("src")) in vocab().agencies:
        return None                    # "... - Reuters": the agency's credit line, no source
    return _speaking_source(_strip(m.group("src")), persons)


@lru_cache(maxsize=None)
def _told_re() -> re.Pattern:
    """A told or interview cue and the phrase after it (relay_cues.csv), compiled once."""
    cues = told_cues() | _cues().get("body_relay", frozenset())   # "told/interviewed by" a rights body
    return re.compile(rf"\b(?P<cue>(?i:{_alt(cues)}))\s+(?P<to>(?:[^,.;:()]|\.(?=[a-z]|[A-Z]{{2}})){{2,60}}?){_TOLD_STOP}")


@lru_cache(maxsize=None)
def _aside_re() -> re.Pattern:
    return re.compile(rf"\s+(?i:{_alt(_cues().get('aside', ()))})(?=\s+(?:to|with|by)\b)")


def _without_asides(sentence: str) -> str:
    """The sentence without the asides between an interview verb and its "to"/"with"/"by" (relay_cues.csv, role aside:
    "reached by phone by AFP")."""
    return _aside_re().sub("", sentence)


def _told_matches(sentence: str):
    """Every told cue with its phrase, also one inside the phrase of the cue before it ("told a news
    conference broadcast by Channels TV": the conference, then Channels TV)."""
    at = 0
    while (t := _told_re().search(sentence, at)) is not None:
        yield t
        at = t.end("cue")


_CLOSE = re.compile(r"\s*[.!]?[\"”’]?\s*")   # nothing but the sentence's end


_ON_MEDIUM = re.compile(rf"\b(?P<w>[a-z]+)\s+on\s+(?P<m>(?:[^,.;:()]|\.(?=[a-z])){{2,60}}?){_TOLD_STOP}")


def _interviewer(phrase: str, persons=()) -> str | None:
    """Who a source gave an interview to ("in an interview with Radio Sol", "speaking to Kantipur"): a
    name of one to four capitalized words that names no person (the NER's `persons`), no platform, no
    body (an organization word: "the Interior Ministry", "Parliament") and no role ("President Roe")."""
    words = phrase.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or phrase in persons \
            or _own_channel(words):    # "said on Telegram": a platform
        return None
    low = {w.lower() for w in words}
    if low & vocab().org_keywords or low & vocab().roles or low & vocab().titles or low & word_list("capitalized_body") \
            or any(phrase in p or p in phrase for p in persons):
        return None
    return phrase


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&]+\)")   # "told the Democratic Voice of Burma (DVB) that"


def _owner_word(word: str) -> bool:
    """'state-run', 'independent', 'Kremlin-controlled': who owns or backs the outlet named after it (entity_words
    outlet_owner, outlet_owner_suffix)."""
    low = word.lower()
    return word[:1].islower() and low in word_list("outlet_owner") \
        or "-" in low and low.rsplit("-", 1)[1] in word_list("outlet_owner_suffix")


def _drop_owner(words: list[str]) -> list[str]:
    """`words` without the owner words before a capitalized name ("Kremlin-controlled RIA Novosti" -> RIA Novosti;
    "state-run news agency X" stays: the owner word there is part of the medium phrase)."""
    k = 0
    while k < len(words) - 1 and _owner_word(words[k]):
        k += 1
    return words[k:] if k and words[k][:1].isupper() else words


def _told_outlet(phrase: str, persons=(), people: tuple | None = None) -> str | None:
    """The medium a source told, though no list knows it as one ("told state-run MRTV that", "told the Global New
    Light of Myanmar that", "told Nasha Niva 30 were held", "told Madagascar's L'Express"): after an article, a
    country's possessive and the words naming the outlet's owner (`_owner_word`), a run of capitalized words (an
    outlet_connector between two: "Light of Myanmar") that ends the phrase or a clause follows (a digit, a
    clause_open word); a name the NER calls no person, with no organization, role, title or capitalized body word
    (`_interviewer`), no country, demonym or large place. A one-word name the NER calls a person is none when
    no person of the article (`people`) holds it among other words ("told Belsat"; not "told Roe" after "Jane Roe")."""
    words = _strip(phrase).split()
    if len(words) > 1 and _POSSESSIVE.search(words[0]) and lookup_country(_POSSESSIVE.split(words[0])[0]) is not None:
        words = words[1:]              # "Madagascar's L'Express"
    words = _drop_owner(words)
    n, connectors = 0, word_list("outlet_connector")
    while n < len(words) and (words[n][:1].isupper() or words[n] in connectors and n
                              and n + 1 < len(words) and words[n + 1][:1].isupper()):
        n += 1
    rest = words[n:]
    if not n or rest and not (rest[0][:1].isdigit() or rest[0].lower() in word_list("clause_open")):
        return None
    name = " ".join(words[:n])
    caps = [w for w in words[:n] if w[:1].isupper()]
    if people is not None and n == 1 and name in persons and not any(
            name in p.split() and p != name for p in people):
        persons = tuple(p for p in persons if p != name)   # a one-word name no person of the article holds
    if _POSSESSIVE.search(name) or len(caps) > 5 or caps[0].lower() in _time_words() \
            or lookup_country(name) is not None or _demonym(name) or _large_place(name) \
            or _interviewer(" ".join(caps[:4]), persons) is None or any(name in p or p in name for p in persons):
        return None
    return name


def _time_words() -> frozenset[str]:
    return word_list("time_word")


def _demonym(name: str) -> bool:
    """'Nigerians', 'Kenyan': a people's name, whom a source may tell things, no medium."""
    return lookup_demonym(name) is not None or name.endswith("s") and lookup_demonym(name[:-1]) is not None


def _large_place(name: str) -> bool:
    """A place the gazetteer knows as a large one or a region ("told Dhaka"; not the small town "Punch")."""
    place = lookup_place(name)
    return place is not None and (place.population >= _LARGE_PLACE or place.kind == "region")


_LARGE_PLACE = 100000


def _name_after_noun(medium: str | None) -> str | None:
    """'news site Koraline' -> Koraline: the name a lower-case media noun introduces ('state television' stays)."""
    words = (medium or "").split()
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    return " ".join(words[k:]) if k and all(w.islower() for w in words[:k]) else medium


# "..., reported the news site X." / "..., said the broadcaster X": a reporting verb before its medium, closing the sentence
_INVERTED_REPORT = re.compile(r",\s*(?P<v>[a-z]+)\s+"
                              r"(?P<m>(?:[^,.;:()]|\.(?=[a-z])){2,60}?)\s*[.!]?[\"”’]?\s*$")


def medium_prefix(phrase: str) -> str | None:
    """The opening words of `phrase` that name a medium: 'Reuters the march was calm' -> Reuters,
    'the Associated Press it had treated 150' -> Associated Press, 'state news agency Ria' whole:
    the shortest medium, grown while the next word is a name or a media noun."""
    words = _strip(phrase).split()
    media = _cues().get("media", frozenset())
    for n in range(1, min(len(words), 6) + 1):
        if is_medium(" ".join(words[:n])):
            while n < len(words) and (words[n][:1].isupper() or words[n] in media or words[n].lower() in media
                                      or words[n] in vocab().agencies) \
                    and is_medium(" ".join(words[:n + 1])):   # "the German news agency dpa"
                n += 1
            n = _connected_name(words, n)   # "News Agency of Nigeria": the name goes on after its media noun
            name, nxt = " ".join(words[:n]), words[n] if n < len(words) else ""
            # a lower-case medium ends where a clause opens ("state media it ..."), never inside a
            # phrase ("told a news conference")
            if not nxt or name[-1:].isalnum() and name.split()[-1][:1].isupper() or nxt[:1].isdigit() \
                    or nxt.lower() in word_list("clause_open") \
                    or nxt.islower() and _named_by_caps(name):   # "the Interfax news agency late on Monday"
                return " ".join(_drop_owner(name.split()))   # "Kremlin-controlled RIA Novosti": RIA Novosti
            return None
    return None


def _named_by_caps(name: str) -> bool:
    """The capitalized words of a media phrase are a medium themselves ("Interfax news agency"; not "Interior
    Ministry's press")."""
    caps = " ".join(w for w in name.split() if w[:1].isupper())
    return bool(caps) and caps != name and is_medium(caps)


def _connected_name(words: list[str], n: int) -> int:
    """The end of a medium's name `words[:n]` that ends in a capitalized media noun (or an owned outlet's name,
    `_owned_outlet`) and goes on with a connector and
    capitalized words ("News Agency of Nigeria", "Times of Varnia"; not "Reuters of Monday's raid"): `n` else."""
    media = _cues().get("media", frozenset())
    if not (0 < n < len(words) - 1 and words[n - 1][:1].isupper()
            and (words[n - 1].lower() in media or _owned_outlet(words[:n]))   # "state-run Global New Light of Myanmar"
            and words[n] in word_list("outlet_connector")):
        return n
    k = n + 1
    while k < len(words) and words[k][:1].isupper() and not _POSSESSIVE.search(words[k]) \
            and words[k].lower() not in _time_words():
        k += 1
    return k if k > n + 1 else n


def _closing_report(sentence: str, name: str) -> bool:
    """`name` is a medium whose reporting clause closes the sentence: "..., AFP reported." / "..., state
    broadcaster KBC reports" / "..., Kanal Zeta reported on Monday"."""
    m = re.search(rf",\s*(?:[\w'-]+\s+){{0,3}}{re.escape(name)}\s+(?P<v>[a-z]+)(?:\s+on\s+[A-Z]\w+)?\s*[.!]?\s*$", sentence)
    return m is not None and _reporting(m.group("v")) and (is_medium(name) or _named_medium(sentence, name)
                                                            or _outlet_like(name))


@lru_cache(maxsize=None)
def _closing_name_re() -> re.Pattern:
    return re.compile(rf",\s*(?:[Tt]he\s+)?(?P<m>[A-Z][^,;:()]{{1,60}}?)\s+(?:{_alt(_cues().get('closing_report', ()))})"
                      rf"(?:\s+on\s+[A-Z]\w+)?\s*[.!]?[\"”’]?\s*$")


@lru_cache(maxsize=None)
def _apposed_medium_re() -> re.Pattern:
    """'..., according to Y, a Poland-based TV channel.': a closing "according to" whose name a media phrase
    (an article, up to four words, a media noun) explains."""
    return re.compile(rf",\s*[Aa]ccording\s+to\s+(?:the\s+)?(?P<y>[A-Z][^,;:()]{{1,40}}?),\s+(?:an?|the)\s+"
                      rf"(?:[\w'’-]+\s+){{0,4}}?(?i:{_alt(_cues().get('media', ()))})\s*[.!]?[\"”’]?\s*$")


def _closing_name(sentence: str, persons=()) -> str | None:
    """The capitalized name whose report verb closes the sentence ("..., RFE/RL's Belarus Service reported."),
    a medium or written as an outlet's is, even with a country word inside it ("The Rising Nepal"), without
    a place's "-based" before it ("Kathmandu-based Setopati")."""
    m = _closing_name_re().search(sentence)
    if not m:
        return None
    name = _BASED.sub("", _strip(m.group("m")))
    return name if name and (is_medium(name) or _interviewer(name, persons) or _journalist(name)) else None


_BASED = re.compile(r"^[A-Z][\w'’.-]*-based\s+")


_OWNER_AFTER = re.compile(r"(?:'s|’s)\s+(?P<rest>[^,.;:()]{2,60})")
_UNIT_AFTER = re.compile(r"\s+(?P<u>[A-Za-z]+)\b(?:\s+of\s+(?P<m>[^,.;:()]{2,60}))?")
_OWNER_BEFORE = re.compile(r"(?P<o>[A-Z][\w/.&-]*(?:\s+[A-Z][\w/.&-]*){0,3})(?:'s|’s|'|’)\s+$")
_CLAUSE_END = re.compile(r"[.!?](?:[\"”’)]*)(?:\s|$)|\n")


def in_outlet_name(body: str, start: int, end: int) -> bool:
    """The place name at body[start:end] is part of a medium's name, not where anything happened: its
    possessive owner ("Russia's TASS news agency", "Nepal's state television") or a word of the outlet
    whose report verb closes the sentence ("..., The Rising Nepal reported.")."""
    own = _OWNER_AFTER.match(body, end)
    if own:
        words, media = own.group("rest").split(), _cues().get("media", frozenset())
        n = 0
        while n < len(words) and (words[n][:1].isupper() or words[n].lower() in media):
            n += 1
        if n and is_medium(" ".join(words[:n])):
            return True
    unit = _UNIT_AFTER.match(body, end)
    if unit and unit.group("u").lower() in _cues().get("unit", frozenset()):
        owner = _OWNER_BEFORE.search(body, max(0, start - 60), start)
        if owner and is_medium(owner.group("o")) or unit.group("m") and medium_prefix(unit.group("m")):
            return True                    # "RFE/RL's Belarus Service", "the Myanmar service of Radio Free Asia"
    stop = _CLAUSE_END.search(body, end)
    stop_at = stop.start() + 1 if stop else len(body)
    comma = body.rfind(",", max(0, start - 80), start)
    if comma < 0:
        return False
    m = _closing_name_re().match(body[comma:stop_at])
    return m is not None and m.start("m") + comma <= start and end <= m.end("m") + comma \
        and _closing_name(body[comma:stop_at]) is not None


def _with_media_noun(sentence: str, name: str | None) -> str | None:
    """`name` with the lower-case media nouns the sentence writes right after it ("the state-run Global New Light of
    Myanmar newspaper", where the NER's name stops before "newspaper"); as it was when none follows."""
    if not name or name not in sentence:
        return name
    at = sentence.find(name) + len(name)
    words, media = sentence[at:].split(), _cues().get("media", frozenset())
    n = 0
    while n < min(len(words), 2) and words[n].rstrip(".,;:!\"”’") in media and words[n].rstrip(".,;:!\"”’").islower():
        n += 1
        if words[n - 1][-1:] in ".,;:!\"”’":
            break
    return " ".join([name, *(w.rstrip(".,;:!\"”’") for w in words[:n])]) if n else name


def _holds(name: str, part: str) -> bool:
    """`part` is a word or run of words of `name` ("Belarus" in "RFE/RL's Belarus Service")."""
    return re.search(rf"(?<![\w'’/]){re.escape(_strip(part))}(?![\w'’/])", name) is not None


@lru_cache(maxsize=None)
def _quoted_as_re() -> re.Pattern:
    return re.compile(rf",\s*(?P<m>[^,;:()]{{2,60}}?)\s+(?:{_alt(_cues().get('quoted_as', ()))})\s+"
                      rf"[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+as\s+saying\s*[.!]?[\"”’]?\s*$", re.I)


def _quoted_as(sentence: str) -> str | None:
    """The medium of a closing "..., Russia's TASS news agency quoted them as saying." (TASS news agency:
    a country's possessive before the medium dropped); None: no medium there."""
    m = _quoted_as_re().search(sentence)
    if not m:
        return None
    words = _strip(m.group("m")).split()
    if len(words) > 1 and lookup_country(_POSSESSIVE.split(words[0])[0]) is not None and _POSSESSIVE.search(words[0]):
        words = words[1:]
    name = " ".join(words)
    return name if is_medium(name) else None


def _outlet_like(name: str, persons=()) -> bool:
    """A name no list knows as a medium written the way an outlet's is ("Nova Zora", even when the NER
    calls it a person; not one of `persons`): capitalized, no organization, role or title word, no country."""
    return lookup_country(_strip(name)) is None and _interviewer(_strip(name), persons) is not None


def _cites_source(phrase: str) -> bool:
    """What a body cites is a source, not a reason ("citing security risks"): people who give counts
    ("local activists", "hospital staff", "two police sources"), or a body named by an organization word."""
    words = vocab().figures
    toks = _strip(phrase).split()
    if not toks:
        return False
    last = toks[-1].lower()
    docs = words.document_nouns
    if len(toks) > 2 and (toks[0].lower() in docs or toks[0].lower().rstrip("s") in docs) \
            and toks[1].lower() in words.source_prepositions:
        return _cites_source(" ".join(toks[2:]))   # "citing figures from the health ministry"
    return last in words.source_people or last in words.informant_nouns or last in words.source_nouns \
        or last in words.people_nouns and words.people_nouns[last] != "generic" \
        or any(t.lower() in vocab().org_keywords for t in toks if t[:1].isupper()) or is_medium(phrase) \
        or len(toks) > 1 and last in vocab().org_keywords   # "citing the health ministry"


def _medium_before(text: str) -> str | None:
    """The medium that reports just before a "citing" cue: "Senegalese media reported, " -> Senegalese media."""
    media = _alt(_cues().get("media", ()))
    m = re.search(rf"(?:^|[—–,;:]\s*)(?P<m>(?:[\w'-]+\s+){{0,2}}(?:{media}))\s+(?P<v>[a-z]+)\s*,?\s*$", text, re.I)
    return _strip(m.group("m")) if m and _reporting(m.group("v")) else None


def _before_verb(phrase: str) -> str:
    """'Radio Example said 3 of the wounded' -> 'Radio Example': up to a reporting verb."""
    words = phrase.split()
    # a verb, not a noun: after a name or in an inflected form ("the state news agency X" is no cut)
    cut = next((i for i, w in enumerate(words) if i and w.islower() and _reporting(w)
                and (words[i - 1][:1].isupper() or re.search(r"(?:ed|s)$", w))), len(words))
    return " ".join(words[:cut])


def _named_medium(sentence: str, name: str | None) -> bool:
    """The sentence names `name` after a media noun ("state news agency Andina said, quoting ...")."""
    if not name:
        return False
    m = re.search(rf"\b(?:{_alt(_cues().get('media', ()))})\s+{re.escape(name)}\b", sentence, re.I)
    return m is not None


def norm_eq(a: str, b: str) -> bool:
    return _strip(a).lower() == _strip(b).lower()


_QUOTE_BY = re.compile(r"[\"”’],?\s+(?P<who>[A-Za-z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?:said|says|added|told|wrote)\b")


def carry(figures: list[Figure], body: str, credits=(), referents=()) -> list[Figure]:
    """Sources carried to figures (in document order) whose own sentence credits nobody, and
    pronoun sources ("she said") named. `credits`: (body offset, reported_by, reported_via) of every
    attribution in the article, figures or not ("Okafor said the city was calm. Police held 40.").
    `referents` (see `referents`): the people and bodies a pronoun may recall when they were named
    after the last source ("The governor toured the market. He said 14 died." -> governor)."""
    pronouns, nouns = vocab().figures.pronouns, vocab().figures.source_nouns
    events = sorted([(pos, 0, by, via) for pos, by, via in credits] + [(f.char_start, 1, i, None) for i, f in enumerate(figures)],
                    key=lambda e: (e[0], e[1]))
    out, last, last_para, named, body_named = list(figures), (None, None), -1, (None, None), None
    thing = (None, None)                   # the last source named that is no person: what "it said" recalls
    named_at = thing_at = -1               # where they were named
    relays = _Relays(body)                 # who relayed each source named before, and the last medium

    def recall(pronoun: str, at: int) -> str | None:
        """What the pronoun at `at` recalls when it was named after the last source (`_referent`)."""
        if pronoun in vocab().figures.body_pronouns:
            return _referent(referents, body, at, pronoun, thing_at, thing[0])
        return _referent(referents, body, at, pronoun, named_at, named[0])

    for pos, kind, x, via in events:
        para = body.rfind("\n", 0, pos)
        if kind == 0:
            x, via = relays.medium(x, pos), relays.medium(via, pos)   # "the agency said": the agency named before
        if kind == 0 and x.lower() in pronouns:
            x = recall(x.lower(), pos) or x    # "The governor toured the market. He said ...": the governor
        if kind == 0:                      # an attribution: a pronoun names the source before it
            if _strip(x).lower() in nouns and body_named:
                x = body_named                 # "the group said": the organization named before
            elif _bare_document(x):
                if not body_named:
                    continue                   # "according to the figures" with no body named before: nobody
                x = body_named                 # "according to the figures": the body named before
            if x.lower() in pronouns and via and named[0]:
                named = (named[0], via)        # '"...," she told AFP': the one named before, via AFP
                relays.note(named[0], via, pos)
            elif x.lower() not in pronouns:
                relays.note(x, via, pos)
                via = via or relays.via(x, pos)   # "Y quoted the ministry ... . The ministry said": via Y
                named, named_at = (x, via), pos
                body_named = x if _proper(x) else body_named
                thing, thing_at = (thing, thing_at) if _personal(x) else (named, pos)
            if named[0]:
                last, last_para = (named[0], via), para
            continue
        f = figures[x]
        if f.reported_by or f.reported_via:
            f = replace(f, reported_by=relays.medium(f.reported_by, f.char_start),
                        reported_via=relays.medium(f.reported_via, f.char_start))
        pronoun = f.reported_by.lower() if f.reported_by and f.reported_by.lower() in pronouns else None
        ref = pronoun and recall(pronoun, f.char_start)
        if ref:                            # "The governor toured the market. He said 14 died."
            f = replace(f, reported_by=ref, reported_via=f.reported_via or relays.via(ref, f.char_start, f.char_end))
            named, named_at = (ref, f.reported_via), f.char_start
            thing, thing_at = (thing, thing_at) if _personal(ref) else (named, f.char_start)
        elif pronoun:
            # the last source named before it (None: nobody), and who relayed that one ("X told AFP ... he said")
            by = thing if pronoun in vocab().figures.body_pronouns and thing[0] else named
            f = replace(f, reported_by=by[0], reported_via=f.reported_via or (by[1] if by[0] else None))
        elif f.reported_by and _strip(f.reported_by).lower() in nouns and body_named:
            f = replace(f, reported_by=body_named)   # "the body reported 32 injuries": the one named before
        elif f.reported_by and _bare_document(f.reported_by):
            f = replace(f, reported_by=body_named)   # "according to the figures, 8 died": that body (or nobody)
        elif f.reported_by:
            if f.reported_via:
                relays.note(f.reported_by, f.reported_via, f.char_start)
            else:                          # "Y quoted the ministry ... . The ministry said 56 died": via Y
                f = replace(f, reported_via=relays.via(f.reported_by, f.char_start, f.char_end))
            named = (f.reported_by, f.reported_via)
            body_named = f.reported_by if _proper(f.reported_by) else body_named
            thing = thing if _personal(f.reported_by) else named
        if f.reported_by:
            last, last_para = (f.reported_by, f.reported_via), para
        else:
            speaker = _quote_speaker(body, f.char_start)
            if speaker and speaker.lower() in pronouns:   # '"We received 45 wounded. ...," she said': whom "she" recalls
                speaker = recall(speaker.lower(), f.char_start) or speaker
            after = _credit_after(body, f.char_end)
            if speaker and speaker.lower() not in pronouns:
                # '"...," Roe told Reuters. "At least 30 died."': the speaker's relay goes on with the quotation
                via = relays.via(speaker, f.char_start, f.char_end) \
                    or (last[1] if last[0] and para == last_para and same_source(last[0], speaker) else None)
                f = replace(f, reported_by=speaker, reported_via=via)
                last, last_para = (speaker, via), para   # the speaker's quotation may go on
            elif after:
                f = replace(f, reported_by=after, reported_via=None)
            elif last[0] and (para == last_para or speaker or _quote_goes_on(body, last_para, para)
                              or _breaks_down(body, last_para, para, f.char_start)
                              or _list_goes_on(body, last_para, para)
                              or _owned_around(body, credits, last, last_para, f.char_start)):
                f = replace(f, reported_by=last[0], reported_via=last[1])
            else:
                told = _restated(out[:x], f)
                if told:                   # "over 2,300 were hurt, the commission said ... The number of injured has
                    f = replace(f, reported_by=told.reported_by, reported_via=told.reported_via)   # climbed to 2,312."
                    last, last_para = (told.reported_by, told.reported_via), para
        if f.reported_by and not f.reported_via and _personal(f.reported_by):
            after = _spoke_to_after(body, f.char_end)
            if after:                      # '"... 30 killed," said Dr Roe. He spoke to Reuters by phone.'
                f = replace(f, reported_via=after)
        out[x] = f
    return out


@lru_cache(maxsize=None)
def _pronoun_told_re() -> re.Pattern:
    """'He spoke to Reuters ...' / 'she told AFP': a person's pronoun opening a told or interview cue."""
    return re.compile(rf"(?:{_alt(vocab().figures.speaker_pronouns - vocab().figures.body_pronouns)})\s+(?:\w+ly\s+)?"
                      rf"(?=(?:{_alt(told_cues())})\b)", re.I)


def _spoke_to_after(body: str, end: int) -> str | None:
    """The medium the next sentence of the paragraph says the figure's speaker spoke to: its subject a person's
    pronoun, after a quotation maybe ('... a rescue worker said. "We buried them," he told Reuters.'); None: none."""
    stop = _SENT_END.search(body, end)
    if not stop or "\n" in body[end:stop.end()].rstrip(" "):
        return None
    rest = body[stop.end():body.find("\n", stop.end()) if "\n" in body[stop.end():] else len(body)]
    if rest[:1] in ('"', "“"):             # a quotation first: what follows it
        close = re.search(r"[,.!?][\"”]\s+", rest[1:])
        rest = rest[1 + close.end():] if close else ""
    p = _pronoun_told_re().match(rest)
    if not p:
        return None
    t = _told_re().match(rest, p.end())
    if not t:
        return None
    return medium_prefix(_strip(_before_verb(t.group("to"))))


def resolve_descriptors(figures: list[Figure], organizations, body: str = "") -> list[Figure]:
    """A source or relay written as a lower-case descriptor ("a leading international rights group", "the
    monitoring group": a source noun with modifiers) names the article's one named organization of that
    kind (`organizations`: names): the one the article defines with the descriptor's last two words ("Civic
    Ledger, a monitoring group," / "the monitoring group Civic Ledger"), else, for a rights descriptor (a
    rights_descriptor word, entity_words.csv), the one rights body: a name holding a rights_name word ("Civic
    Rights Watch", "Amnesty International"), no medium. With none or several it stays as written."""
    names = [n for n in dict.fromkeys(organizations) if n]
    cache: dict[str, str | None] = {}

    def named(phrase: str | None) -> str | None:
        if not _descriptor(phrase):
            return phrase
        if phrase not in cache:
            defined = {n for n in names if _defined_as(body, n, phrase)}
            rights = {n for n in names if _rights_body(n)} if _rights_descriptor(phrase) else set()
            one = defined if len(defined) == 1 else rights if not defined and len(rights) == 1 else set()
            cache[phrase] = next(iter(one)) if one else None
        return cache[phrase] or phrase

    return [replace(f, reported_by=named(f.reported_by), reported_via=named(f.reported_via))
            if _descriptor(f.reported_by) or _descriptor(f.reported_via) else f for f in figures]


def _descriptor(phrase: str | None) -> bool:
    """A lower-case source noun with one to five modifiers: "monitoring group", "a leading rights group"."""
    words = _strip(phrase or "").split()
    return 1 < len(words) <= 6 and all(w.islower() for w in words) and words[-1] in vocab().figures.source_nouns


def _defined_as(body: str, name: str, phrase: str) -> bool:
    """The body writes `name` with the descriptor's last two words next to it: "Name, a monitoring group" /
    "the monitoring group Name"."""
    mod, head = _strip(phrase).split()[-2:]
    n, desc = re.escape(name), rf"{re.escape(mod)}\s+{re.escape(head)}"
    return re.search(rf"{n},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{desc}\b|\b{desc}\s+(?:called\s+)?{n}\b", body) is not None


def _rights_body(name: str) -> bool:
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
    return any(w[:1].isupper() for w in name.split()) and bool(set(words) & word_list("rights_name")) \
        and not is_medium(name)


def _rights_descriptor(phrase: str | None) -> bool:
    return _descriptor(phrase) and bool(set(_strip(phrase).split()) & word_list("rights_descriptor"))


class _Relays:
    """What carry remembers of the relays named so far: who relayed each source ("TASS quoted the
    ministry", "Jane Roe spoke to the BBC"), so that the same source credited again in that paragraph
    or the next one ("The ministry said 56 died", "Roe said 8 died") keeps its relay, unless its own
    sentence names its own occasion ("in a statement", "told reporters"); and the last medium named,
    which "the agency", "the broadcaster", "the channel" recall."""

    def __init__(self, body: str):
        self.body, self.seen, self.last_medium = body, [], None

    def note(self, by: str | None, via: str | None, pos: int) -> None:
        if via and by and by.lower() not in vocab().figures.pronouns:
            self.seen.append((pos, by, via))
        for name in (via, by):
            if name and is_medium(name) and not _bare_medium(name):
                self.last_medium = (pos, name)
                break

    def via(self, by: str | None, pos: int, end: int | None = None) -> str | None:
        if not by or by.lower() in vocab().figures.pronouns:
            return None
        floor = _previous_paragraph_start(self.body, pos)
        for at, source, via in reversed(self.seen):
            if at < floor:
                break
            if at < pos and same_source(by, source):
                return None if end is not None and self._own_occasion(pos, end) else via
        return None

    def medium(self, name: str | None, pos: int) -> str | None:
        """'the agency' -> the medium named last before `pos`, in its paragraph or the one before."""
        if not name or not _bare_medium(name) or not self.last_medium:
            return name
        at, medium = self.last_medium
        return medium if _previous_paragraph_start(self.body, pos) <= at < pos else name

    def _own_occasion(self, pos: int, end: int) -> bool:
        """The figure's sentence names where the source spoke itself ("in a statement", "told reporters")."""
        start = max((m.end() for m in _SENT_END.finditer(self.body, 0, pos)), default=0)
        stop = _SENT_END.search(self.body, end)
        text = self.body[start:stop.start() if stop else len(self.body)].lower()
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in _cues().get("occasion", ()))


def _bare_medium(name: str) -> bool:
    """A media noun alone: "the agency", "the broadcaster", "the channel"."""
    word = _strip(name).lower()
    return " " not in word and word in _cues().get("media", frozenset())


def same_source(a: str, b: str) -> bool:
    """The same source written again, maybe shorter: "the ministry" / "health ministry", "Roe" / "Jane Roe"."""
    x, y = (_strip(n).lower().replace("’s", "'s").split() for n in (a, b))
    x, y = ([w.removesuffix("'s") for w in ws] for ws in (x, y))
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return long[len(long) - len(short):] == short


def referents(body: str, mentions, entities) -> list[tuple[int, str, bool]]:
    """(offset, name, personal) of what a pronoun source may recall, in body order: the persons named
    ("Jane Roe"), a role noun after an article ("the governor", "a police spokesman"; not one in
    apposition to a person named just before it: "Jane Roe, the city's mayor,"), and an
    organization that opens a sentence ("Amnesty International condemned ...": what "it said" recalls)."""
    out: list[tuple[int, str, bool]] = []
    person_ends = set()
    for m in mentions:
        e = entities.get(m.entity_id)
        kind = e.entity_type if e else None
        if kind == "person" and _LOCATIVE_BEFORE.search(body, max(0, m.char_start - 8), m.char_start) \
                and not _POSSESSIVE.match(body, m.char_end):
            continue                       # "a rescue worker in X", "told AFP by phone from X": a place the NER took for a person
        if kind == "person":
            out.append((m.char_start, _strip(m.mention_text), True))
            person_ends.add(m.char_end)
        elif kind == "organization" and _SUBJECT_OPEN.search(body, max(0, m.char_start - 24), m.char_start):
            out.append((m.char_start, _strip(m.mention_text), False))
    for m in _role_re().finditer(body):
        comma = re.search(r",\s*$", body[max(0, m.start() - 3):m.start()])
        if comma and max(0, m.start() - 3) + comma.start() in person_ends:
            continue                       # "Jane Roe, the city's mayor,": the role is Jane Roe, named already
        out.append((m.start("r"), m.group("r"), True))
    return sorted(out)


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+$")
_SUBJECT_OPEN = re.compile(r"(?:^|[.!?\n]\s*)(?:The\s+)?(?:[A-Z][a-z]+\s+)?$")   # "The Varnia Interior Ministry ...": a name word before it


@lru_cache(maxsize=None)
def _role_re() -> re.Pattern:
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<r>(?:[a-z'-]+\s+){{0,2}}?(?:{_alt(vocab().roles)}))\b(?![-'’])")


def _referent(refs, body: str, pos: int, pronoun: str, since: int, last: str | None) -> str | None:
    """What "he said" / "it said" at `pos` recalls when something fitting was named after `since` (where
    the last source, `last`, was named) in the paragraph of `pos` or the one before it: the last such
    person ("he", "she") or body ("it", "they"). None: the last source stands."""
    words = vocab().figures
    if pronoun not in words.speaker_pronouns:
        return None
    floor = max(since + 1, _previous_paragraph_start(body, pos))
    if last and 0 <= since:                # "Dr Ana Reyes told AFP" credited as "Reyes": "Ana" is no one else
        own = body.find(last, since, since + 80)
        floor = max(floor, own + len(last)) if own >= 0 else floor
    personal = pronoun not in words.body_pronouns
    for at, name, is_person in reversed(refs):
        if at >= pos:
            continue
        if at < floor:
            return None
        if is_person == personal:
            return None if last and norm_eq(name, last) else name   # the source itself: its relay stands
    return None


def _previous_paragraph_start(body: str, pos: int) -> int:
    """The start of the paragraph before the one holding `pos` (blank lines skipped)."""
    start = body.rfind("\n", 0, pos) + 1
    prev_end = start - 1
    while prev_end > 0 and not body[body.rfind("\n", 0, prev_end) + 1:prev_end].strip():
        prev_end = body.rfind("\n", 0, prev_end)
    return body.rfind("\n", 0, max(prev_end, 0)) + 1 if prev_end > 0 else 0


_RESTATE_MARGIN = 0.05


def _restated(before: list[Figure], f: Figure) -> Figure | None:
    """The credited figure before `f` that `f` restates: the same category and count, or a round lower
    bound of two or more significant digits that `f` makes exact ("more than 2,300 injured, the commission
    said" ... "has climbed to 2,312": within `_RESTATE_MARGIN` above it; "more than 100" pins nothing).
    The last such figure; None: none."""
    for g in reversed(before):
        if not g.reported_by or g.category != f.category or g.reported_by.lower() in vocab().figures.pronouns:
            continue
        if g.value == f.value or g.bound == "at_least" and f.bound == "exact" and _pinned_round(g.value) \
                and g.value < f.value <= g.value * (1 + _RESTATE_MARGIN):
            return g
    return None


def _pinned_round(value: int) -> bool:
    """A round count of two or more significant digits: 2,300, 150 (not 100, 2,000, 7)."""
    digits = str(value).rstrip("0")
    return value % 10 == 0 and len(digits) >= 2


_OWNED_AHEAD = 2


def _owned_around(body: str, credits, last, last_para: int, pos: int) -> bool:
    """The figure's paragraph credits nobody, and the paragraph right before it and one of the next
    `_OWNED_AHEAD` paragraphs credit the same named source ("Roe also said 6 died. / There were 137 more
    arrests. / Roe said ..."): that speaker plainly owns the stretch."""
    if last_para < 0 or not last[0] or _previous_paragraph_start(body, pos) - 1 != last_para:
        return False
    pronouns = vocab().figures.pronouns
    nxt = min(((at, by) for at, by, _ in credits if at > pos and by and by.lower() not in pronouns), default=None)
    if nxt is None:
        return False
    between = [p for p in body[pos:nxt[0]].split("\n")[1:] if p.strip()]   # paragraphs opened before the credit
    return len(between) <= _OWNED_AHEAD and same_source(nxt[1], last[0])


def _quote_goes_on(body: str, last_para: int, para: int) -> bool:
    """The figure's paragraph is a quotation naming no speaker, right after the paragraph whose
    source was credited last: the speaker's quotation goes on ('"... 392 more arrests"')."""
    text = body[para + 1:].lstrip()
    if not text[:1] in ('"', "“") or last_para < 0 or last_para >= para:
        return False
    end = body.find("\n", para + 1)
    if _QUOTE_BY.search(body[para + 1:end if end >= 0 else len(body)]):
        return False
    return "\n" not in body[last_para + 1:para].strip()


_BREAKDOWN = re.compile(r"(?:(?:Of|Among)\s+(?:the|these|those|them|whom)\b|(?:The\s+)?\w+\s+of\s+(?:them|these|those)\b)")


def _breaks_down(body: str, last_para: int, para: int, pos: int) -> bool:
    """The figure's paragraph opens by breaking down the figures of the paragraph before it, whose
    source was credited last ("Of the total, five died in the capital, two in ..." / "Most of those
    hurt were ..."): that source's count goes on. The figure is in the paragraph's first sentence."""
    if last_para < 0 or last_para >= para or "\n" in body[last_para + 1:para].strip():
        return False
    text = body[para + 1:pos]
    return _BREAKDOWN.match(text.lstrip()) is not None and _SENT_END.search(text) is None


_LIST_PARAS = 8
_DIGIT = re.compile(r"\d")


def _list_goes_on(body: str, last_para: int, para: int) -> bool:
    """The figure's paragraph and those right before it are counts (a digit in each, no quotation marks),
    below a paragraph ending with a colon ("The commission said in its report:") in which, or below which,
    the source was credited last: the source's list goes on. A paragraph of other words, or one with
    quotation marks, ends the list."""
    if last_para < 0 or last_para >= para:
        return False
    start = para
    for _ in range(_LIST_PARAS):
        end = body.find("\n", start + 1)
        text = body[start + 1:end if end >= 0 else len(body)]
        if text.strip() and (not _DIGIT.search(text) or _QUOTE_MARKS.search(text)):
            return False
        prev = body.rfind("\n", 0, start)
        if start <= 0:
            return False
        above = body[prev + 1:start]
        if above.rstrip().endswith(":"):
            return prev <= last_para
        start = prev
    return False


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")


def _bare_document(name: str) -> bool:
    """A document noun alone ("figures", "report"), as attribution gives 'according to the figures'."""
    docs = vocab().figures.document_nouns
    word = _strip(name).lower()
    return " " not in word and (word in docs or word.rstrip("s") in docs)


def _personal(name: str) -> bool:
    """A person, whom "it said" does not recall: a role noun ("police spokesman", "an official") or a
    name of two to four capitalized words with no organization word, acronym or medium in it ("Jane Roe")."""
    words = name.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in vocab().figures.informant_nouns and not last.endswith("s") or last in vocab().roles:
        return True
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not any(w.lower() in vocab().org_keywords for w in words) and not is_medium(name)


def _proper(name: str) -> bool:
    """A name, not a common noun: "Foro Penal", "Interior Ministry", "KNCHR" (not "police")."""
    words = name.split()
    caps = [w for w in words if w[:1].isupper()]
    return (len(caps) >= 2 or (len(words) == 1 and len(name) >= 2 and name.isupper())) \
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)


_SENT_END = re.compile(r"[.!?][\"”’)]*(?:\s+|$)")
_CREDIT_AFTER = re.compile(
    r"(?P<subj>(?:\w+\s+){0,3}?)(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+)\s+by\s+(?P<src>[^,.;:()]{2,80}?)(?=\s*(?:[,.;:(]|\bon\b|\bin\b|\bat\b|\bwhich\b|\bwho\b|$))")


def _credit_after(body: str, pos: int) -> str | None:
    """The source a following sentence credits the figure's sentence with: "Police held 63 people.
    This was reported by the Interior Ministry." / "The figures were released by X." (its subject a
    demonstrative or a document noun, its verb a reporting one in the passive). The next sentence
    may open the next paragraph."""
    m = _SENT_END.search(body, pos)
    if not m:
        return None
    nxt = _SENT_END.search(body, m.end())
    sent = body[m.end():nxt.start() if nxt else len(body)].strip().split("\n")[0]
    if "\n" in body[pos:m.end()].rstrip():
        return None
    return credited_in(sent)


def credited_in(sent: str) -> str | None:
    """The source a sentence with no number of its own credits with the figures before it: "This was
    reported by the Interior Ministry." / "The interior ministry announced the arrests." (None: none)."""
    c = _CREDIT_AFTER.match(sent)
    words = vocab().figures
    if not c:
        return _credit_after_active(sent)
    subj = c.group("subj").lower().split()
    anaphoric = subj and subj[0] in words.pronouns | words.articles and (len(subj) == 1 or _recalls(subj[-1]))
    if not anaphoric or not _reporting(c.group("verb")):
        return None
    src = _strip(c.group("src")).split()
    while len(src) > 1 and src[-1].islower() and any(w[:1].isupper() for w in src):
        src.pop()                          # "the Example Office late on Monday": the office
    return " ".join(src)


_CREDIT_AFTER_ACTIVE = re.compile(
    r"(?P<src>(?:[\w'’-]+\s+){1,5}?)(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s+(?:the|these|those)\s+(?P<obj>\w+)(?:\s+(?P<obj2>\w+))?")


def _recalls(noun: str) -> bool:
    """A noun that recalls the figure before it: 'the figures', 'the toll', 'the arrests', 'the deaths'."""
    words = vocab().figures
    noun = noun.lower()
    return noun in words.document_nouns or noun.rstrip("s") in words.document_nouns or noun in words.triggers


def _credit_after_active(sent: str) -> str | None:
    """'Security forces held 45 people. The interior ministry announced the arrests in a statement.':
    a sentence with no number of its own whose reporting verb takes a noun recalling the figure."""
    c = _CREDIT_AFTER_ACTIVE.match(sent)
    if not c or any(ch.isdigit() for ch in sent) or not _reporting(c.group("verb")) \
            or not (_recalls(c.group("obj")) or c.group("obj2") and _recalls(c.group("obj2"))):
        return None
    src = _strip(c.group("src"))
    words = vocab().figures
    if not src or src.lower() in words.pronouns or src.split()[-1].lower() in words.document_nouns:
        return None
    return src


def _stems(word: str) -> set[str]:
    """The stems an inflected verb may have: "reported", "tallied", "gives" -> report, tally, give."""
    w = word.lower()
    return {st for st in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "y", w[:-1] + "e") if st}


def says(word: str) -> bool:
    """'said', 'reported', 'confirmed': a form of a verb that gives a source (attribution_verbs.csv, role source)."""
    verbs = vocab().figures.attribution_verbs
    return any(verbs.get(st) == "source" for st in _stems(word))


def _reporting(participle: str) -> bool:
    """'reported', 'confirmed', 'tallied', 'logged', 'given': a form of an attribution verb."""
    return says(participle) or any(st in vocab().figures.agent_verbs for st in _stems(participle))


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
