"""Why each figure exists: every number of a text with its path through the figure stages
(`stages.SENTENCE_STAGES`, `stages.ARTICLE_STAGES`, `stages.FINAL_STAGES`) and the figure row it became, or the stage
and rule that dropped it. `unrest explain` prints this; tests read it as a developer's trace.

It runs the reference path (the whole spaCy pipeline on the whole text, `extract_doc`), which
gives the same rows as the two-phase path the pipeline runs (tests/pipelines/test_two_phase.py)."""
from __future__ import annotations

from .trace import Trace
from .types import ArticleText


def explain_article(article: ArticleText, nlp=None) -> list[dict]:
    """One object per number: text, char_start, stages [{stage, decision, rule}], figure (or None)."""
    from . import extract_doc

    if nlp is None:
        from .model import load_nlp

        nlp = load_nlp()
    trace = Trace()
    extract_doc(nlp(article.body), article, trace)
    return trace.rows()


def dropped_by(row: dict) -> dict | None:
    """The stage entry that dropped a number that became no figure."""
    if row["figure"] is not None:
        return None
    return next((s for s in reversed(row["stages"]) if s["decision"] == "dropped"), None)


def format_rows(rows: list[dict]) -> str:
    """The explanation as text, one block per number."""
    if not rows:
        return "no numbers found"
    out = []
    for row in rows:
        out.append(f'"{row["text"]}" at {row["char_start"]}')
        width = max(len(s["stage"]) for s in row["stages"])
        for s in row["stages"]:
            out.append(f'  {s["stage"]:<{width}}  {s["decision"]:<7}  {_one_line(s["rule"])}'.rstrip())
        f = row["figure"]
        if f is not None:
            out.append(f'  -> figure: {f["category"]} {f["value"]} ({f["bound"]}) who="{f["who"]}" '
                       f'quote="{_one_line(f["quote"])}" [{f["char_start"]}:{f["char_end"]}]')
        else:
            d = dropped_by(row)
            where = f'{d["stage"]} ({d["rule"]})' if d else "an unknown stage"
            out.append(f"  -> no figure: dropped at {where}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _one_line(text: str) -> str:
    return text.replace("\n", "\\n")
