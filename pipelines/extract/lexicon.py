"""The figure rules' part of the vocabulary: `FigureWords`, read from seeds/*.csv.

Do not call `read_figure_words` from rules: read `vocab().figures.<name>` (vocab.py), the one
vocabulary object, built once. Field names and the seed file each comes from are below; the
seeds' columns are explained in seeds/README.md and in each file's header."""
from __future__ import annotations

from dataclasses import dataclass

from ..seeds import read_csv


@dataclass(frozen=True)
class Trigger:
    word: str
    category: str
    pos: str          # VERB / NOUN / ADJ / any
    strength: str     # strong / weak / deploy
    needs: frozenset  # lemmas one of which must be the trigger's head or child
    reach: str        # clause / direct
    not_with: frozenset = frozenset()   # head lemmas that cancel it ("sentenced to death")


@dataclass(frozen=True)
class FigureWords:
    triggers: dict[str, tuple[Trigger, ...]]   # triggers.csv: word -> entries
    people_nouns: dict[str, str]               # people_nouns.csv: word -> kind
    nonperson_nouns: frozenset[str]            # nonperson_nouns.csv
    who_drop_words: frozenset[str]             # who_drop_words.csv
    count_nouns: frozenset[str]                # count_words.csv, kind count_noun ("toll", "tally")
    rise_verbs: frozenset[str]                 # count_words.csv, kind rise_verb or level_verb ("rise", "reach", "stand")
    level_verbs: frozenset[str]                # count_words.csv, kind level_verb ("stand", "estimate", "number")
    instance_nouns: frozenset[str]             # count_words.csv, kind instance_noun ("cases of abduction")
    attribution_verbs: dict[str, str]          # attribution_verbs.csv: verb -> role (source / relay)
    document_nouns: frozenset[str]             # attribution_verbs.csv, role document ("report")
    agent_verbs: frozenset[str]                # attribution_verbs.csv, role agent ("released by X")
    inference_verbs: frozenset[str]            # speculation_words.csv, role inference
    modal_verbs: frozenset[str]                # speculation_words.csv, role modal
    quantifiers: tuple[tuple[str, int, str, bool], ...]   # quantifiers.csv: (phrase, value, bound, needs_of)
    bound_modifiers: tuple[tuple[str, str, str], ...]     # bound_modifiers.csv: (phrase, bound, position)
    relative_days: dict[str, int]              # relative_days.csv: phrase -> days from publication
    category_priority: tuple[str, ...]         # categories.csv, by priority
    casualty_categories: frozenset[str]        # categories.csv casualty=1 (killed, injured, hospitalized)
    pronouns: frozenset[str]                   # function_words.csv, by role ...
    articles: frozenset[str]
    source_prepositions: frozenset[str]
    list_words: frozenset[str]
    list_words_before: frozenset[str]
    link_words: frozenset[str]
    relay_cues: dict[str, frozenset[str]]      # relay_cues.csv: role (told / citing / media) -> words
    national_cues: tuple[str, ...]             # national_cues.csv, lower case
    source_nouns: frozenset[str]               # function_words.csv, role source_noun ("the group said")
    informant_nouns: frozenset[str] = frozenset()   # function_words.csv, role informant_noun ("a source from X")
    source_modifiers: frozenset[str] = frozenset()  # function_words.csv, role source_modifier ("official figures")
    source_people: frozenset[str] = frozenset()     # function_words.csv, role source_people ("citing relatives")
    body_prepositions: frozenset[str] = frozenset() # function_words.csv, role body_preposition ("an official at X")
    speaker_pronouns: frozenset[str] = frozenset()  # function_words.csv, role speaker_pronoun ('"...," he said')
    body_pronouns: frozenset[str] = frozenset()     # function_words.csv, role body_pronoun ("it said": no person)
    name_links: frozenset[str] = frozenset()        # function_words.csv, role name_link ("Ministry of Health")
    speaker_kinds: frozenset[str] = frozenset()     # function_words.csv, role speaker_kind (people_nouns kinds)
    result_verb_categories: frozenset[str] = frozenset()   # categories.csv result_verb=1: "shot dead" is named by "dead"


def _words(name: str, column: str = "", value: str = "") -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_csv(name) if not column or r[column] == value)


def _triggers() -> dict[str, tuple[Trigger, ...]]:
    out: dict[str, list[Trigger]] = {}
    for r in read_csv("triggers"):
        needs = frozenset(w for w in r.get("needs", "").split("|") if w)
        not_with = frozenset(w for w in (r.get("not_with") or "").split("|") if w)
        t = Trigger(r["word"].lower(), r["category"], r["pos"] or "any", r["strength"], needs, r["reach"] or "clause",
                    not_with)
        out.setdefault(t.word, []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def read_figure_words() -> FigureWords:
    role = "role"
    return FigureWords(
        triggers=_triggers(),
        people_nouns={r["word"].lower(): r["kind"] for r in read_csv("people_nouns")},
        nonperson_nouns=_words("nonperson_nouns"),
        who_drop_words=_words("who_drop_words"),
        count_nouns=_words("count_words", "kind", "count_noun"),
        rise_verbs=_words("count_words", "kind", "rise_verb") | _words("count_words", "kind", "level_verb"),
        level_verbs=_words("count_words", "kind", "level_verb"),
        instance_nouns=_words("count_words", "kind", "instance_noun"),
        attribution_verbs={r["word"].lower(): r[role] for r in read_csv("attribution_verbs") if r[role] not in ("document", "agent")},
        agent_verbs=_words("attribution_verbs", role, "agent"),
        document_nouns=_words("attribution_verbs", role, "document"),
        inference_verbs=_words("speculation_words", role, "inference"),
        modal_verbs=_words("speculation_words", role, "modal"),
        quantifiers=tuple((r["phrase"], int(r["value"]), r["bound"], r.get("needs_of") == "1")
                          for r in read_csv("quantifiers")),
        bound_modifiers=tuple((r["phrase"], r["bound"], r["position"]) for r in read_csv("bound_modifiers")),
        relative_days={r["phrase"].lower(): int(r["days"]) for r in read_csv("relative_days")},
        category_priority=tuple(r["category"] for r in sorted(read_csv("categories"), key=lambda r: int(r["priority"]))),
        casualty_categories=frozenset(r["category"] for r in read_csv("categories") if r.get("casualty") == "1"),
        result_verb_categories=frozenset(r["category"] for r in read_csv("categories") if r.get("result_verb") == "1"),
        pronouns=_words("function_words", role, "pronoun"),
        articles=_words("function_words", role, "article"),
        source_prepositions=_words("function_words", role, "source_preposition"),
        list_words=_words("function_words", role, "list_word"),
        list_words_before=_words("function_words", role, "list_word_before"),
        link_words=_words("function_words", role, "link_word"),
        source_nouns=_words("function_words", role, "source_noun"),
        informant_nouns=_words("function_words", role, "informant_noun"),
        source_modifiers=_words("function_words", role, "source_modifier"),
        source_people=_words("function_words", role, "source_people"),
        speaker_pronouns=_words("function_words", role, "speaker_pronoun"),
        body_pronouns=_words("function_words", role, "body_pronoun"),
        name_links=_words("function_words", role, "name_link"),
        speaker_kinds=_words("function_words", role, "speaker_kind"),
        body_prepositions=_words("function_words", role, "body_preposition"),
        relay_cues={r: _words("relay_cues", role, r) for r in sorted({row[role] for row in read_csv("relay_cues")})},
        national_cues=tuple(r["cue"].lower() for r in read_csv("national_cues")),
    )
