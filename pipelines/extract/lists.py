"""Sub-counts in lists take the category of the count they belong to: "300 killed, including 27
children", "20 dead: seven in A, four in B and one in C", "40 injured, six of them critically".
Used when a number's own trigger is missing or weak (the parser often loses long lists)."""
from __future__ import annotations

def _list_parent(node):
    """'300 killed, including 27 children', '20 people, including seven in X, four in Y': the noun a
    listed sub-count hangs from (through 'including'/'among' and list coordination), else None."""
    tok, steps = node, 0
    while tok.dep_ in ("conj", "appos") and steps < 12:
        tok, steps = tok.head, steps + 1
    if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among", "includes", "include"):
        return tok.head.head
    return None


def _list_continues(prev_last, first) -> bool:
    """Only a list separator and place/prepositional phrases between two numbers, no verb."""
    between = prev_last.doc[prev_last.i + 1:first.i]
    if not 0 < len(between) <= 12 or not any(t.text in (",", ";") or t.lower_ == "and" for t in between):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in between) and between[-1].text in (",", ";", "and")


def _after_including(first) -> bool:
    """Is the number phrase (starting at token `first`) introduced by 'including'?"""
    i = first.i - 1
    return i >= 0 and first.doc[i].lower_ in ("including", "includes")


def inherit(resolved: list[dict | None]) -> None:
    """A sub-count whose own trigger is weak or missing takes the category of the count it is listed under."""
    by_node = {}
    for r in resolved:
        if r is not None and r["category"]:
            by_node[r["node"].i] = r
            if r["counted"] is not None:
                by_node[r["counted"].i] = r
    done = [r for r in resolved if r is not None and r["category"]]
    for r in resolved:
        if r is None or r["cost"] <= 1:
            continue
        parent = _list_parent(r["node"])
        p = by_node.get(parent.i) if parent is not None else None
        if p is None and _after_including(r["first"]):
            # the parser hung "including" elsewhere: take the closest count before it in the sentence
            before = [q for q in done if q["node"].i < r["node"].i]
            p = before[-1] if before else None
        if p is not None and p is not r and p["value"] >= r["value"]:
            r["category"], r["trigger"], r["cost"] = p["category"], p["trigger"], p["cost"]
            continue
        prev = [q for q in done if q["last"].i < r["first"].i]
        if r["category"] is None and prev and r["counted"] is not None and r["counted"].pos_ == "PRON" \
                and r["counted"].dep_ == "pobj" and prev[-1]["value"] > r["value"]:
            q = prev[-1]                   # "40 people were injured, six of them critically"
            r["category"], r["trigger"], r["cost"] = q["category"], q["trigger"], q["cost"]
            done.append(r)
            done.sort(key=lambda x: x["first"].i)
            continue
        if r["category"] is None and prev and _list_continues(prev[-1]["last"], r["first"]):
            q = prev[-1]                   # "seven in A, four in B and one in C": a per-place breakdown
            r["category"], r["trigger"], r["cost"] = q["category"], q["trigger"], q["cost"]
            done.append(r)
            done.sort(key=lambda x: x["first"].i)
