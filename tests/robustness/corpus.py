"""A raw folder of good and hostile inputs, written into a temporary folder by the tests.

Every text here is invented for these tests. `EXPECTED` maps each input (its name relative to
the raw folder; `#line=N` / `#entry=N` for lines and entries) to the status and, where
quarantined, the reason the pipeline must give it. The reference run checks every entry."""
from __future__ import annotations

import codecs
import json
import os
import pickle
from pathlib import Path

# -- English articles with figures --------------------------------------------------------------
MARCH_TXT = """Thousands march in Vellmoor over fuel prices

Thousands of people marched through the centre of Vellmoor on Saturday to protest against a sharp
rise in fuel prices, the city police said. At least 14 people were injured when officers used tear
gas near the station, and 37 demonstrators were arrested, a police spokesman said.

Organisers said they would return next weekend.
"""

STRIKE_JSON = {
    "title": "Dockworkers strike shuts Portalen harbour",
    "text": "About 2,000 dockworkers walked off the job in Portalen on Monday, halting traffic in the harbour. "
            "Two workers were killed when a crane collapsed during scuffles with security guards, the "
            "regional health office said. Police detained 12 people.",
    "url": "https://news.example/portalen-strike",
    "published": "2024-02-12T09:30:00Z",
    "source": "Harbour Courier",
}

JSONL_GOOD = [
    {"title": "Students occupy Kestrel University", "text": "More than 300 students occupied the main building of "
     "Kestrel University on Tuesday. Campus security said five students were hurt in a stampede.",
     "published": "2024-03-05"},
    {"title": "Farmers block motorway near Dunmarsh", "text": "Hundreds of farmers blocked the motorway near "
     "Dunmarsh with tractors on Wednesday. Police said 20 farmers were detained and three officers were injured."},
    {"title": "Curfew lifted in Orrin", "text": "The authorities lifted a night curfew in Orrin on Friday after a week "
     "of unrest in which at least nine people died, according to the interior ministry."},
]

PAGE_HTML = """<html><head><title>Riot police deployed in Greywater</title>
<meta property="og:site_name" content="Greywater Post"><script>var t = 1;</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Riot police deployed in Greywater</h1>
<p>The interior ministry deployed 800 riot police officers to Greywater on Thursday after two nights of clashes
in which 40 people were injured and more than 60 were arrested, the regional governor said.</p>
<p>Shops in the old town stayed closed and public transport was suspended until further notice.</p></article>
<footer>Copyright Greywater Post</footer></body></html>"""

FEED_TEXT = ("Medics said 23 people were treated in hospital after police dispersed a sit-in outside the "
             "Tallow parliament on Sunday. Eleven protesters were arrested.")

# Markdown, HTML and SQL in untrusted text: must reach the warehouse verbatim and the UI escaped.
HOSTILE_TITLE = "Mayor'); DROP TABLE articles;-- [click](javascript:alert(1)) <img src=x onerror=alert(1)> | **x**"
HOSTILE_JSON = {
    "title": HOSTILE_TITLE,
    "text": "Police in Brennock said 15 people were detained after a protest outside the town hall on Friday. "
            "'; DELETE FROM figures; -- was painted on a wall.",
    "url": "../../../../../tmp/unrest-pwned-url",
    "source": "../../../unrest-pwned-source",
    "published": "'; drop table raw_files; --",
}

# -- non-English (must be tagged with their language and not go through the English model) ------
FRENCH = ("Manifestation à Valbrune contre la réforme des retraites\n\n"
          "Au moins 12 personnes ont été blessées samedi à Valbrune lors d'une manifestation contre la "
          "réforme des retraites, a indiqué la préfecture. La police a interpellé 30 manifestants "
          "près de la gare, selon le ministère de l'Intérieur.\n")
SPANISH = {"title": "Miles de personas marchan en Sierravieja",
           "text": "Miles de personas marcharon el domingo por las calles de Sierravieja para protestar contra "
                   "la subida de los precios. La policía detuvo a 25 manifestantes y al menos ocho personas "
                   "resultaron heridas, según el Ministerio del Interior."}
RUSSIAN = ("Протест в Заречье\n\nНесколько тысяч жителей вышли на площадь в Заречье в субботу, требуя "
           "отставки главы района. Полиция задержала 40 человек, по меньшей мере пять человек пострадали, "
           "сообщило министерство внутренних дел.\n")
GERMAN = ("Streik in Mühlbrück\n\nMehr als 500 Beschäftigte der Stadtwerke in Mühlbrück legten am Montag die "
          "Arbeit nieder. Die Polizei nahm drei Personen fest, zwei Beamte wurden leicht verletzt, "
          "teilte die Gewerkschaft mit. Die Gespräche über höhere Löhne sollen am Donnerstag weitergehen.\n")

UTF16_TEXT = ("Teachers rally in Ambervale\n\nSeveral hundred teachers rallied outside the education office in "
              "Ambervale on Wednesday, and police said four people were detained after a scuffle.\n")
NUL_TEXT = ("Night of unrest in Coldharbour\n\nYoung men threw stones at police in Coldharbour overnight and "
            "six officers were hurt, the fire service said.\n")
INVALID_UTF8_TEXT = ("Café owners protest in Saint-Aubel\n\nCafé and bar owners protested in Saint-Aubel on "
                     "Tuesday against new closing hours; police said 9 people were fined.\n")   # + one stray 0xFF

SCRIPTS_ONLY_HTML = ("<html><head><script>document.write('x')</script></head><body>"
                     "<script>var a = 'Police said 40 people were killed';</script><script src='t.js'></script>"
                     "<style>body{color:red}</style></body></html>")

SECRET = "SECRET CONTENT outside the raw folder: 99 people were killed."


class Canary:
    """Pickled, it would create `path` when unpickled: inputs must never be unpickled."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def rss(items: list[str]) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Tallow Daily</title>'
            '<link>https://tallow.example/</link><description>News</description>\n'
            + "\n".join(items) + "\n</channel></rss>")


def item(title: str, link: str = "", description: str = "") -> str:
    parts = [f"<title>{title}</title>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if description:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    return "<item>" + "".join(parts) + "</item>"


# name -> (status, reason or None). Reason "binary|undecodable" accepts either.
EXPECTED: dict[str, tuple[str, str | None]] = {
    "copy of march.txt": ("loaded", None),   # sorted walk: "copy of ..." comes first
    "march.txt": ("duplicate", None),
    "strike.json": ("loaded", None),
    "wire.jsonl": ("expanded", None),
    "wire.jsonl#line=1": ("loaded", None),
    "wire.jsonl#line=2": ("quarantined", "malformed_json"),
    "wire.jsonl#line=3": ("loaded", None),
    "wire.jsonl#line=4": ("quarantined", "no_text"),
    "wire.jsonl#line=5": ("loaded", None),
    "page.html": ("loaded", None),
    "scripts-only.html": ("quarantined", "no_main_text"),
    "feed.xml": ("expanded", None),
    "feed.xml#entry=1": ("loaded", None),
    "feed.xml#entry=2": ("quarantined", "fetch_refused"),   # file://
    "feed.xml#entry=3": ("quarantined", "fetch_refused"),   # loopback
    "feed.xml#entry=4": ("quarantined", "fetch_refused"),   # RFC 1918
    "feed.xml#entry=5": ("quarantined", "fetch_refused"),   # link-local metadata service
    "feed.xml#entry=6": ("quarantined", "fetch_refused"),   # IPv6 loopback
    "feed.xml#entry=7": ("quarantined", "fetch_refused"),   # loopback written in hex
    "feed.xml#entry=8": ("quarantined", "fetch_refused"),   # localhost by name
    "0-hostile.json": ("loaded", None),
    "fr.txt": ("loaded", None),
    "es.json": ("loaded", None),
    "ru-cp1251.txt": ("loaded", None),
    "de-latin1.txt": ("loaded", None),
    "utf16-bom.txt": ("loaded", None),
    "nul-bytes.txt": ("loaded", None),
    "invalid-utf8.txt": ("loaded", None),
    "random-bytes.txt": ("quarantined", "binary|undecodable"),
    "all-nul.txt": ("quarantined", "binary"),
    "huge.txt": ("quarantined", "oversized"),
    "one-line.txt": ("quarantined", "too_long"),
    "deep.json": ("quarantined", "malformed_json"),
    "deep-extra.json": ("loaded", None),
    "outside.txt": ("quarantined", "symlink_outside_raw"),
    "outside-dir": ("quarantined", "symlink_outside_raw"),
    "model.pkl": ("quarantined", "unsupported_format"),
    "pickle.json": ("quarantined", "binary|undecodable"),
    "name with  spaces.txt": ("loaded", None),
    "line\nbreak.txt": ("loaded", None),
    "ünïcødé — 東京 報道.txt": ("loaded", None),
    "latin1-name-caf\\xe9.txt": ("loaded", None),   # not UTF-8 on disk: the uri shows the byte as \\xe9
    "sub/dir/nested.txt": ("loaded", None),
    "it's'); DROP TABLE raw_files; -- $(touch pwned) `id`.txt": ("loaded", None),   # SQL and shell in a name
}
EXPECTED_LANGUAGE = {"fr.txt": "fr", "es.json": "es", "ru-cp1251.txt": "ru", "de-latin1.txt": "de"}
# what the legacy-encoded and odd files must read as (a substring of the body)
EXPECTED_TEXT = {
    "ru-cp1251.txt": "Полиция задержала 40 человек",
    "de-latin1.txt": "Beschäftigte der Stadtwerke in Mühlbrück",
    "fr.txt": "a indiqué la préfecture",
    "utf16-bom.txt": "Several hundred teachers rallied",
    "nul-bytes.txt": "six officers were hurt",
    "invalid-utf8.txt": "Café and bar owners protested",
    "0-hostile.json": HOSTILE_TITLE,
}
HUGE_BYTES = 50 * 1024 * 1024


def write_corpus(raw: Path, outside: Path, canary: Path) -> None:
    """Write every input of EXPECTED into `raw`; `outside` is a folder beside it (symlink targets)."""
    raw.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    (raw / "march.txt").write_text(MARCH_TXT, encoding="utf-8")
    (raw / "copy of march.txt").write_text(MARCH_TXT.replace("\n", "\r\n"), encoding="utf-8")
    (raw / "strike.json").write_text(json.dumps(STRIKE_JSON), encoding="utf-8")
    lines = [json.dumps(JSONL_GOOD[0]), '{"title": "broken", "text": "unterminated', json.dumps(JSONL_GOOD[1]),
             json.dumps({"title": "only a title"}), json.dumps(JSONL_GOOD[2])]
    (raw / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (raw / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    (raw / "scripts-only.html").write_text(SCRIPTS_ONLY_HTML, encoding="utf-8")
    (raw / "feed.xml").write_text(rss([
        item("Sit-in dispersed outside Tallow parliament", "https://tallow.example/sit-in", FEED_TEXT),
        item("Local file", "file:///etc/passwd"),
        item("Loopback", "http://127.0.0.1:9/admin"),
        item("Private network", "http://10.20.30.40/internal"),
        item("Cloud metadata", "http://169.254.169.254/latest/meta-data/"),
        item("IPv6 loopback", "http://[::1]:8080/"),
        item("Hex loopback", "http://0x7f000001/"),
        item("Localhost", "http://localhost/status"),
    ]), encoding="utf-8")
    (raw / "0-hostile.json").write_text(json.dumps(HOSTILE_JSON), encoding="utf-8")
    (raw / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (raw / "es.json").write_text(json.dumps(SPANISH, ensure_ascii=False), encoding="utf-8")
    (raw / "ru-cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (raw / "de-latin1.txt").write_bytes(GERMAN.encode("latin-1"))
    (raw / "utf16-bom.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16_TEXT.encode("utf-16-le"))
    (raw / "nul-bytes.txt").write_bytes(NUL_TEXT.replace("officers", "offi\x00cers").replace("Night", "Ni\x00ght").encode())
    bad = INVALID_UTF8_TEXT.encode("utf-8").replace(b"Tuesday", b"Tues\xffday")
    (raw / "invalid-utf8.txt").write_bytes(bad)
    (raw / "random-bytes.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    (raw / "all-nul.txt").write_bytes(b"\x00" * 4096)
    with open(raw / "huge.txt", "wb") as fh:   # sparse: 50 MB on paper, cheap to create
        fh.truncate(HUGE_BYTES)
    (raw / "one-line.txt").write_text("The crowd chanted. " * (1024 * 1024 // 19 + 1), encoding="utf-8")
    (raw / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    nested: object = {"leaf": True}
    for _ in range(200):
        nested = {"n": nested}
    (raw / "deep-extra.json").write_text(json.dumps({
        "title": "Bus drivers strike in Larkfield",
        "text": "Bus drivers in Larkfield went on strike on Monday; the union said 450 drivers took part.",
        "meta": nested}), encoding="utf-8")
    secret = outside / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (raw / "outside.txt").symlink_to(secret)
    (raw / "outside-dir").symlink_to(outside, target_is_directory=True)
    (raw / "model.pkl").write_bytes(pickle.dumps(Canary(str(canary))))
    (raw / "pickle.json").write_bytes(pickle.dumps(Canary(str(canary))))
    article = "Residents protest in {}\n\nResidents of {} protested on Sunday; police said {} people were detained.\n"
    (raw / "name with  spaces.txt").write_text(article.format("Ashby", "Ashby", 7), encoding="utf-8")
    (raw / "line\nbreak.txt").write_text(article.format("Brindle", "Brindle", 8), encoding="utf-8")
    (raw / "ünïcødé — 東京 報道.txt").write_text(article.format("Corran", "Corran", 10), encoding="utf-8")
    name = os.fsencode(str(raw)) + b"/latin1-name-caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(article.format("Dellow", "Dellow", 11).encode())
    (raw / "it's'); DROP TABLE raw_files; -- $(touch pwned) `id`.txt").write_text(
        article.format("Fallow", "Fallow", 14), encoding="utf-8")
    (raw / "sub" / "dir").mkdir(parents=True)
    (raw / "sub" / "dir" / "nested.txt").write_text(article.format("Eskham", "Eskham", 13), encoding="utf-8")


def discovered(expected: dict[str, tuple[str, str | None]] = EXPECTED) -> int:
    """Inputs a run must account for: everything except containers (whose lines/entries count)."""
    return sum(1 for status, _ in expected.values() if status != "expanded")
