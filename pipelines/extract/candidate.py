"""The records the figure stages pass along (see `stages`): one `Candidate` per number found,
the `Sentence` it was found in and the `Article` facts the stages may read. All three are
frozen: a stage returns a new candidate (`keep`, `change`, `drop`) instead of editing one, so
the trace can tell what each stage did, and nothing is shared between stages but these values.

Offsets: `Sentence.text` is the sentence as the stages read it, `offset` is where it starts in
article.body; a candidate's quote span `qs:qe` is relative to `text` (the row adds `offset`)."""
from __future__ import annotations

from dataclasses import dataclass, fields as dataclass_fields
from datetime import date
from typing import Any

from .numbers import NumberMention
from .types import Entity, Figure, Mention


@dataclass(frozen=True)
class Article:
    """What the stages know of the whole article (read only)."""
    body: str
    published_at: Any
    mentions: tuple[Mention, ...]
    entities: dict[str, Entity]
    location_mentions: tuple[Mention, ...]   # location mentions, by char_start
    location_starts: tuple[int, ...]         # their char_start, for bisect
    main_location: str | None
    headline_end: int
    places: Any = None                       # placing.Places: the placing mentions and the setting


@dataclass(frozen=True)
class Sentence:
    """One parsed sentence (a spaCy Span or a Doc holding only it) and what is read off it once."""
    span: Any
    text: str
    base: int                  # token.idx - base = position in `text`
    offset: int                # where `text` starts in article.body
    triggers: tuple = ()       # (token, Trigger) for every trigger word (triggers.sentence_triggers)
    sources: tuple = ()        # (token, reported_by, reported_via) (attribution.sources)
    dates: tuple = ()          # (start, end, date) (dates.find_dates)


@dataclass(frozen=True)
class Candidate:
    """A number on its way to becoming a figure row. Token fields hold spaCy tokens of the sentence."""
    key: int                   # the number's char_start in article.body: names it in the trace
    index: int                 # position among the sentence's numbers (range ends name each other by it)
    number: NumberMention
    sentence: str              # Sentence.text
    offset: int                # Sentence.offset
    decision: str = "kept"     # what the last stage that touched it did: kept | changed | dropped
    rule: str = ""             # ... and why (a rule's name or a seed row)
    dropped: bool = False
    pending: bool = False      # a running total waiting for the category of the figure before it
    toks: tuple = ()           # the number's tokens
    anchor: Any = None         # the token the number hangs from the parse by
    first: Any = None          # first and last token of the number phrase
    last: Any = None
    node: Any = None           # the counted node: the noun the number counts, or the number itself
    counted: Any = None        # the noun named as counted (None when the number stands alone)
    group: tuple = ()          # counted nouns conjoined with `counted`
    kinds: frozenset = frozenset()   # people-noun kinds of the group (seeds/people_nouns.csv)
    strong: bool = False       # "a 5,000-strong crowd"
    category: str | None = None
    trigger_tok: Any = None    # the token that gave the category
    trigger: str = ""          # its text, in the row
    cost: int = 9              # dependency-path cost of the trigger (lists.inherit reads it)
    relay: Any = None          # running-total word the number hangs from ("the tally rose to N")
    who: str = ""
    qs: int = -1               # quote span in `sentence`
    qe: int = -1
    bound: str = ""
    reported_by: str | None = None
    reported_via: str | None = None
    event_date: date | None = None
    location_entity_id: str | None = None
    local_place: bool = False  # placed by a location named in its own sentence
    headline_source: tuple = ()  # (reported_by, reported_via) of the headline telling it folded; given after carry

    @property
    def value(self) -> int:
        return self.number.value

    @property
    def number_text(self) -> str:
        return self.sentence[self.number.mod_start:self.number.mod_end]

    @property
    def char_start(self) -> int:
        return self.offset + self.qs

    @property
    def char_end(self) -> int:
        return self.offset + self.qe

    @property
    def active(self) -> bool:
        return not self.dropped and not self.pending


def evolve(c: Candidate, **fields) -> Candidate:
    """`dataclasses.replace` without the cost (it runs the frozen __init__, one setattr per field,
    several times per number and stage): a copy of the instance dict with `fields` over it."""
    if not _FIELDS.issuperset(fields):
        raise TypeError(f"Candidate has no field {sorted(set(fields) - _FIELDS)}")
    new = object.__new__(Candidate)
    d = new.__dict__
    d.update(c.__dict__)
    d.update(fields)
    return new


def new_candidate(key: int, index: int, number: NumberMention, sentence: str, offset: int) -> Candidate:
    return evolve(_BLANK, key=key, index=index, number=number, sentence=sentence, offset=offset)


def keep(c: Candidate, rule: str, **fields) -> Candidate:
    return evolve(c, decision="kept", rule=rule, **fields)


def change(c: Candidate, rule: str, **fields) -> Candidate:
    return evolve(c, decision="changed", rule=rule, **fields)


def drop(c: Candidate, rule: str) -> Candidate:
    return evolve(c, decision="dropped", rule=rule, dropped=True)


_FIELDS = frozenset(f.name for f in dataclass_fields(Candidate))
_BLANK = Candidate(-1, -1, None, "", 0)


def to_figure(c: Candidate, body: str) -> Figure:
    qs, qe, b = c.char_start, c.char_end, c.bound
    return Figure(category=c.category, value=c.value, bound=b, quote=body[qs:qe], char_start=qs, char_end=qe,
                  value_low=c.value if b in ("exact", "at_least") else None,
                  value_high=c.value if b in ("exact", "at_most") else None,
                  who=c.who, sentence=c.sentence, reported_by=c.reported_by, reported_via=c.reported_via,
                  event_date=c.event_date, location_entity_id=c.location_entity_id, trigger=c.trigger,
                  number_text=c.number_text)
