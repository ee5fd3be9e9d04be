"""A seeded generator of hostile articles: huge and odd numerals, dates at and past the calendar's
edges, many scripts and languages, control and format characters, deep HTML and odd JSON.
The same seed writes the same folder, so a failing seed can be replayed (`UNREST_FUZZ_SEED`)."""
from __future__ import annotations

import json
import random
from pathlib import Path

NUMERALS = ["9" * 19, "9" * 20, "7" * 40, "8" * 400, "1\u200b000", "2\u00ad000", "4\u200d5", "3\u2060000",
            "1,000,000,000,000,000,000,000", "0", "-12", "1e309", "12.5 million", "½", "٣٤", "१२", "３４",
            "twelve hundred thousand million billion", "a dozen dozen", "00000000000000000000042", "1" + ",000" * 30]
DATES = ["0001-01-01", "9999-12-31T23:59:59Z", "1969-12-31", "2024-02-30", "-0001-01-01", "not a date",
         253402300800, -62135596800, "2024-13-01", "+275760-09-13", "", None, "1900-01-01T00:00:00+14:00"]
WHEN = ["on Sunday", "yesterday", "on February 29", "tonight", "last night", "on December 31", "on Monday and Tuesday"]
TRIGGERS = ["people were killed", "protesters were arrested", "were injured", "people marched", "troops were deployed"]
SCRIPTS = ["Полиция задержала протестующих у мэрии.", "اعتقلت الشرطة عشرات المحتجين قرب البرلمان.",
           "पुलिस ने शहर में प्रदर्शनकारियों को हिरासत में लिया।", "警方在市中心拘留了抗议者。",
           "ตำรวจจับกุมผู้ประท้วงในเมืองหลวง", "Wetin dey happen for market dis morning na wahala.",
           "Η αστυνομία συνέλαβε διαδηλωτές στην πλατεία.", "🔥🔥🔥 ✊🏽 🚓", "Z\u0351\u0352a\u0353l\u0354g\u0355o", "1234 5678 9012 3456"]
ODD = ["\x00", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "\u2028", "\u0085", "\x7f", "\ufffd", "\U0010ffff", "\u00ad"]


def sentence(rng: random.Random) -> str:
    odd = rng.choice(ODD) if rng.random() < 0.4 else ""
    return f"Officials said {rng.choice(NUMERALS)}{odd} {rng.choice(TRIGGERS)} {rng.choice(WHEN)}."


def body(rng: random.Random) -> str:
    parts = [sentence(rng) if rng.random() < 0.6 else rng.choice(SCRIPTS) for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.15:
        parts *= rng.randint(50, 200)            # one sentence, many times
    return " ".join(parts)


def deep_html(rng: random.Random) -> str:
    depth = rng.choice([5, 300, 1500, 4000])
    inner = "".join(f"<p>{body(rng)}</p>" for _ in range(3))
    attr = " data-x=\"" + "q" * rng.choice([0, 10, 1_000_000]) + "\""
    return (f"<html><head><title>{rng.choice(SCRIPTS)}</title></head><body><article{attr}>"
            + "<div>" * depth + inner + "</div>" * rng.choice([depth, 0]) + "</article></body></html>")


def odd_json(rng: random.Random) -> str:
    pick = rng.randrange(9)
    base = {"title": rng.choice(SCRIPTS + ["", "  ", "\u200b"]), "body": body(rng), "published": rng.choice(DATES)}
    if pick == 0:
        return json.dumps([base, base, {"title": 5, "body": ["not", "text"]}, None, 7])
    if pick == 1:
        return json.dumps({**base, "title": {"nested": [1, 2, {"deeper": True}]}})
    if pick == 2:
        return '{"title": "Twice", "title": "Again", "body": ' + json.dumps(body(rng)) + "}"
    if pick == 3:
        return "\ufeff" + json.dumps(base)
    if pick == 4:
        return json.dumps(base)[:-7]             # cut off
    if pick == 5:
        return json.dumps({**base, "k" * 5000: "v", "published": 10 ** 30})
    if pick == 6:
        return json.dumps(base, ensure_ascii=True).replace("Officials", "\\ud800Officials")   # a lone surrogate
    if pick == 7:
        return "[" * 3000 + "]" * 3000
    return json.dumps({**base, "body": None, "text": body(rng), "language": "xx-invalid"})


def write_fuzz(raw: Path, seed: int, n: int) -> int:
    """Write n hostile inputs (files and JSONL lines) under raw; returns how many files."""
    rng = random.Random(seed)
    raw.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        kind = rng.choice(["json", "json", "jsonl", "txt", "html"])
        path = raw / f"f{i:03d}.{kind}"
        if kind == "json":
            path.write_text(odd_json(rng), encoding="utf-8", errors="surrogatepass")
        elif kind == "jsonl":
            lines = [odd_json(rng).replace("\n", " ") for _ in range(rng.randint(1, 4))] + ["{broken", ""]
            path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        elif kind == "txt":
            path.write_text(rng.choice(SCRIPTS) + "\n\n" + body(rng), encoding="utf-8", errors="surrogatepass")
        else:
            path.write_text(deep_html(rng), encoding="utf-8", errors="surrogatepass")
    return n
