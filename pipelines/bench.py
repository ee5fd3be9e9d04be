"""Benchmark parts that need no Dagster: synthetic articles, the plain-spaCy baseline, memory,
and the country_daily rollup at scale. `assets/cli/bench.py` runs the real job around them.

Why synthetic articles: a throughput figure is only comparable if anyone can regenerate the
same texts. They are built from our own sentence templates (seeds/bench_templates.csv) and
paragraphs of the seed article, with random places, groups and numbers, so every article is
distinct (the pipeline folds duplicates) and about as long as a real wire report (~2 kB)."""
from __future__ import annotations

import random
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .seeds import SEEDS_DIR, read_csv

WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
VAGUE = ("Dozens", "Scores", "Hundreds")


@dataclass(frozen=True)
class Templates:
    by_kind: dict[str, list[str]]
    seed_paragraphs: list[str]


def load_templates() -> Templates:
    by_kind: dict[str, list[str]] = {}
    for row in read_csv("bench_templates"):
        by_kind.setdefault(row["kind"], []).append(row["text"])
    paras = []
    for path in sorted((SEEDS_DIR / "articles").glob("*.txt")):
        body = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        paras.extend(p for p in body[1:] if len(p) > 120)   # skip headline and credit line
    return Templates(by_kind, paras)


def _setting(rng: random.Random, t: Templates) -> dict[str, str]:
    """What stays the same across one article: the place, the day, the agency, the cause."""
    city, country = rng.choice(t.by_kind["place"]).split("|")
    return {"city": city, "country": country, "day": rng.choice(t.by_kind["day"]),
            "agency": rng.choice(t.by_kind["agency"]), "cause": rng.choice(t.by_kind["cause"])}


def _fill(template: str, rng: random.Random, t: Templates, setting: dict[str, str]) -> str:
    pick = lambda kind: rng.choice(t.by_kind[kind])  # noqa: E731
    text = template.format(
        **setting, force=pick("force"), group=pick("group"), official=pick("official"), word=rng.choice(WORDS),
        vague=rng.choice(VAGUE), n1=rng.randint(2, 400), n2=rng.randint(10, 2500),
        n3=f"{rng.randint(1, 60) * 1000 + rng.randint(0, 9) * 100:,}")
    return text[0].upper() + text[1:]


def generate_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) for n distinct articles: headline, dateline and lead, then six
    paragraphs of two sentences from the templates, one in three taken from the seed article."""
    t = load_templates()
    rng = random.Random(seed)
    seen: set[int] = set()
    i = 0
    while i < n:
        where = _setting(rng, t)
        fill = lambda kind: _fill(rng.choice(t.by_kind[kind]), rng, t, where)  # noqa: E731
        paras = [fill("headline"), fill("dateline") + " " + fill("lead")]
        for _ in range(6):
            if t.seed_paragraphs and rng.random() < 1 / 3:
                paras.append(rng.choice(t.seed_paragraphs))
                continue
            kinds = rng.sample(("body", "body", "background", "background", "quote"), 2)
            paras.append(" ".join(fill(k) for k in kinds))
        paras.append(fill("closing"))
        text = "\n\n".join(paras) + "\n"
        if hash(text) in seen:
            continue
        seen.add(hash(text))
        yield f"bench-{i:07d}.txt", text
        i += 1


def write_articles(folder: Path, n: int, seed: int = 0, per_folder: int = 1000) -> list[str]:
    """Write the articles as .txt files (1000 per sub-folder); returns their texts in order."""
    texts = []
    for i, (name, text) in enumerate(generate_articles(n, seed)):
        sub = folder / f"part-{i // per_folder:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / name).write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def spacy_baseline(texts: list[str], warmup: int = 20) -> tuple[float, float]:
    """Plain `nlp.pipe` with every component of the default pipeline on, one process:
    (articles per wall-clock second, articles per CPU second)."""
    from .extract.model import load_plain_nlp

    nlp = load_plain_nlp()
    for _ in nlp.pipe(texts[:warmup]):
        pass
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts):
        pass
    return len(texts) / (time.perf_counter() - started), len(texts) / (cpu_seconds() - cpu)


def cpu_seconds() -> float:
    """User and system CPU time of this process and all its descendants: finished children
    (RUSAGE_CHILDREN), and live ones with the children they reaped (the extraction workers are
    children of the fork server, which lives as long as this process). On a shared machine
    wall-clock throughput swings with the neighbours' load; CPU time barely does."""
    import psutil

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    for proc in psutil.Process().children(recursive=True):
        try:
            t = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest extraction worker (or finished
    child), in MB."""
    from .extract.parallel import peak_worker_rss_mb

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, max(child, peak_worker_rss_mb())


def current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def build_rollup_warehouse(path: Path, n_figures: int, n_articles: int | None = None, seed: int = 0) -> None:
    """A warehouse with `n_figures` synthetic figure rows (and their articles, places and
    mentions), generated inside DuckDB; the schema and views are the real ones."""
    import duckdb

    from .warehouse.ddl import create_statements
    from .warehouse.views import SCRATCH_VIEW_STATEMENTS

    n_articles = n_articles or max(1, n_figures // 10)
    con = duckdb.connect(str(path))
    try:
        for stmt in create_statements() + SCRATCH_VIEW_STATEMENTS:
            con.execute(stmt).fetchall()
        con.execute(f"select setseed({(seed % 1000) / 1000})").fetchall()
        # 60 countries, 40 cities each
        con.execute("""insert into entities (entity_id, entity_type, canonical_name, country_code, location_kind)
            select 'C' || c, 'location', 'Country ' || c, 'C' || c, 'country' from range(60) t(c)
            union all
            select 'P' || c || '-' || k, 'location', 'City ' || c || '-' || k, 'C' || c, 'city'
            from range(60) a(c), range(40) b(k)""").fetchall()
        con.execute(f"""insert into articles (article_id, story_id, title, body, published_at, outlet, language)
            select 'a' || i, 's' || (i // 3), 'title ' || i, 'body', timestamptz '2024-01-01' + to_days(cast(i % 730 as integer))
                   + to_hours(cast(i % 24 as integer)), 'outlet' || (i % 50), 'en'
            from range({n_articles}) t(i)""").fetchall()
        con.execute(f"""insert into entity_mentions (mention_id, article_id, entity_id, mention_text, char_start, char_end)
            select 'm' || i, 'a' || i, case when i % 4 = 0 then 'C' || (i % 60) else 'P' || (i % 60) || '-' || (i % 40) end,
                   'x', 0, 1
            from range({n_articles}) t(i)""").fetchall()
        # figures cluster on events: about 20 reports (articles, updates, outlets) per place, day and category
        n_events = max(1, n_figures // 20)
        con.execute(f"""insert into figures (figure_id, article_id, category, value, bound, value_low, value_high, who, quote,
                                             char_start, char_end, event_date, location_entity_id, reported_by, trigger)
            select 'f' || i, 'a' || (i % {n_articles}),
                   ['killed', 'injured', 'arrested', 'protesters', 'hospitalized', 'missing', 'deployed'][1 + e % 7],
                   v, b, case when b in ('exact', 'at_least') then v end, case when b in ('exact', 'at_most') then v end,
                   'people', 'q', 0, 1,
                   case when i % 3 = 0 then null else date '2024-01-01' + cast((e // 7) % 730 as integer) end,
                   case when e % 5 = 0 then 'C' || (e % 60) else 'P' || (e % 60) || '-' || ((e // 60) % 40) end,
                   case when i % 2 = 0 then 'police' end, 'killed'
            from (select i, cast(hash(i) % {n_events} as bigint) as e, cast(1 + random() * 500 as bigint) as v,
                         ['exact', 'at_least', 'at_most', 'approx'][1 + i % 4] as b from range({n_figures}) t(i))""").fetchall()
        con.execute("checkpoint").fetchall()
    finally:
        con.close()


def time_rollup(path: Path, view: str = "country_daily", repeat: int = 3) -> tuple[float, int, float]:
    """Best-of-`repeat` wall-clock seconds to compute the whole view, its row count, and the
    CPU seconds (all of DuckDB's threads) of that best run."""
    import duckdb

    best, rows, cpu_best = float("inf"), 0, 0.0
    with duckdb.connect(str(path), read_only=True) as con:
        for _ in range(repeat):
            started, cpu = time.perf_counter(), cpu_seconds()
            rows = con.sql(f"select * from {view}").to_arrow_table().num_rows
            wall = time.perf_counter() - started
            if wall < best:
                best, cpu_best = wall, cpu_seconds() - cpu
    return best, rows, cpu_best


class TreeMemory:
    """Samples, on a background thread, the memory of this process and all its descendants (the
    fork server and the extraction workers) and keeps the peaks: the sum of their RSS (pages
    they share counted once per process, an upper bound) and the sum of their PSS (shared pages
    split between the processes that map them: what the tree really occupies)."""

    def __init__(self, every_s: float = 1.0):
        import threading

        self.every_s = every_s
        self.peak_rss_mb = self.peak_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tree-memory", daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.sample()

    def sample(self) -> None:
        import psutil

        me = psutil.Process()
        rss = pss = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                info = proc.memory_full_info()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        self.peak_rss_mb = max(self.peak_rss_mb, rss / 2**20)
        self.peak_pss_mb = max(self.peak_pss_mb, pss / 2**20)
