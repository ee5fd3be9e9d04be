"""What validation returns: plain dataclasses, JSON-friendly, no GX objects, so the
orchestration layer can put them in asset-check metadata and the loader can quarantine rows."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class RuleResult:
    rule: str              # stable human name, e.g. "figures.quote_matches_body"
    expectation: str       # the GX expectation type
    column: str | None     # "a,b" for multi-column rules, None for whole-table ones
    level: str             # "row": failing rows can be quarantined; "table": a failure blocks the load
    success: bool
    element_count: int
    unexpected_count: int
    threshold: str         # what passes, in words
    examples: list[dict] = field(default_factory=list)   # up to 5 failing rows, JSON-serializable
    failing_index: list = field(default_factory=list)    # index labels of failing rows
    severity: str = "critical"                           # GX FailureSeverity: "critical" | "warning"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ValidationReport:
    table: str
    results: list[RuleResult]
    # the raw GX suite result, kept only so `data_docs` can render it; not part of the contract
    _gx_result: object = field(default=None, init=False, repr=False, compare=False)

    @property
    def success(self) -> bool:
        """Every critical rule passed (warnings are reported in `warnings`, they never fail a batch)."""
        return all(r.success for r in self.results if r.severity == "critical")

    @property
    def blocking_failures(self) -> list[RuleResult]:
        """Failed table-level rules: the batch must not be loaded."""
        return [r for r in self.results if not r.success and r.level == "table" and r.severity == "critical"]

    @property
    def warnings(self) -> list[RuleResult]:
        return [r for r in self.results if not r.success and r.severity != "critical"]

    def rejected(self) -> dict:
        """{index label: [rule names]} for rows failing critical row-level rules: quarantine these,
        load the rest (unless `blocking_failures`)."""
        out: dict = {}
        for r in self.results:
            if r.level == "row" and not r.success and r.severity == "critical":
                for label in r.failing_index:
                    out.setdefault(label, []).append(r.rule)
        return out

    def result(self, rule: str) -> RuleResult:
        for r in self.results:
            if r.rule == rule:
                return r
        raise KeyError(rule)

    def to_dict(self) -> dict:
        return {"table": self.table, "success": self.success, "results": [r.to_dict() for r in self.results]}
