"""What each figure stage did to each number: (stage, decision, rule), collected only when asked.

Pass a `Trace()` as `trace=` to `stages.article_figures` (or `extract_doc`); without one the
stages record nothing and the loop only tests `trace is not None` once per stage. A stage that
returns a candidate unchanged (the same object) is recorded as kept with no rule."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .candidate import Candidate


@dataclass
class Trace:
    numbers: dict[int, dict] = field(default_factory=dict)   # candidate key -> explain row

    def begin(self, found: list[Candidate]) -> None:
        for c in found:
            n = c.number
            kind = "quantifier" if n.vague else "number"
            rule = f"{kind}:{c.sentence[n.mod_start:n.mod_end]}" + (f" ({n.bound})" if n.bound != "exact" else "")
            self.numbers[c.key] = {"text": c.sentence[n.start:n.end], "char_start": c.key,
                                   "stages": [{"stage": "find_numbers", "decision": "kept", "rule": rule}],
                                   "figure": None}

    def step(self, stage: str, before: list[Candidate], after: list[Candidate]) -> None:
        old = {c.key: c for c in before}
        for c in after:
            was = old.get(c.key)
            if was is not None and was.dropped and c is was:
                continue                   # dropped earlier: nothing more to say
            decision, rule = (c.decision, c.rule) if c is not was else ("kept", "")
            self.numbers[c.key]["stages"].append({"stage": stage, "decision": decision, "rule": rule})

    def finish(self, cands: list[Candidate], figures: list) -> None:
        for c, f in zip(cands, figures):
            self.numbers[c.key]["figure"] = asdict(f)

    def rows(self) -> list[dict]:
        """One object per number, in text order: text, char_start, stages, figure (or None)."""
        return [self.numbers[k] for k in sorted(self.numbers)]
