"""Story identity: syndicated and wire copies with small edits share one `story_id`.

Why MinHash with LSH banding rather than comparing articles pairwise: each article is hashed
once into BANDS band keys, and only articles that share a band key are ever compared, so
the cost grows linearly with the number of articles, across batches too. Each bucket's
representatives are kept in the warehouse (`story_bands`: their band keys; `story_prints`: their
shingle prints), so a copy arriving in a later batch finds its original by a join on (band, hash),
never by a scan of all bodies, and earlier articles' bodies are never read or shingled again.

Candidates that share a band are confirmed on the exact word-shingle sets: two texts are one
story when their Jaccard similarity is at least JACCARD, or when the shorter one is mostly
contained in the longer (a trimmed wire copy) with at least CONTAINMENT overlap.

What keeps the comparisons bounded as the corpus grows: a band bucket keeps one representative
per story (its first article there, the story's own first article when it is in the bucket) and
at most BUCKET_STORIES stories. Without that, articles that are related but not copies (the same
agency's updates, shared boilerplate) pile up in common buckets, and every new article was
compared with all of them: the cost grew with the total held, not with the new data. A copy
still finds its story: it shares most of its buckets with the story's articles. Only those
representatives are stored, so what a batch reads back from the warehouse is bounded too.

The story_id of a story is the article_id of its first article: one from an earlier batch,
else the earliest published in this batch (then input order), since a copy cannot predate
its original; an article that matches nothing is its own story."""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 126          # BANDS * ROWS
BANDS, ROWS = 42, 3     # P(candidate) = 1 - (1 - J^3)^42: 0.996 at J = 0.5, 0.03% at J = 0.02
SHINGLE = 3             # word 3-grams
JACCARD = 0.5
CONTAINMENT = 0.8
MIN_CONTAINED = 20      # containment only counts for texts of at least this many shingles
BUCKET_STORIES = 16     # stories a band bucket keeps (one representative article each)

_WORD = re.compile(r"\w+", re.UNICODE)
# one shared permutation set: building it per MinHash would dominate the cost
_SEED = MinHash(num_perm=NUM_PERM, seed=7)
_PERMS, _SCHEME = _SEED.permutations, _SEED.scheme


def shingles(text: str) -> set[str]:
    """Lower-cased word 3-grams; a text shorter than three words is one shingle."""
    words = _WORD.findall((text or "").casefold())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def story_text(title: str | None, body: str | None) -> str:
    """The body without its headline line: copies often re-title a wire story."""
    body = body or ""
    if title and body.startswith(title):
        body = body[len(title):]
    return body if body.strip() else (title or "")


def band_keys(sh: set[str]) -> list[tuple[int, str]]:
    """(band, hash) keys of a shingle set's MinHash signature."""
    if not sh:
        return []
    m = MinHash(num_perm=NUM_PERM, seed=7, permutations=_PERMS, scheme=_SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    values = np.asarray(m.hashvalues, dtype=np.uint64)
    return [(b, hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def compact(sh: set[str]) -> np.ndarray:
    """A shingle set as its print: the sorted CRC-32s of its shingles, 4 bytes a shingle instead
    of ~100 for a set of strings. Stable across processes, because prints are stored in the
    warehouse (`story_prints`) and compared with later batches'. Two unrelated shingles of two
    500-shingle texts share a CRC with probability ~6e-5: no effect on the thresholds."""
    crcs = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in sh), dtype=np.uint32, count=len(sh))
    return np.unique(crcs.view(np.int32))   # sorted as stored (int32), which first_same_story relies on


def same_story(a: set[str] | np.ndarray, b: set[str] | np.ndarray) -> bool:
    """Shingle sets (or `compact` arrays) of one story: Jaccard or containment over the thresholds."""
    if len(a) == 0 or len(b) == 0:
        return False
    if isinstance(a, np.ndarray):
        inter = len(np.intersect1d(a, b, assume_unique=True))
    else:
        inter = len(a & b)
    if inter / (len(a) + len(b) - inter) >= JACCARD:
        return True
    small = min(len(a), len(b))
    return small >= MIN_CONTAINED and inter / small >= CONTAINMENT


def first_same_story(a: np.ndarray, candidates: Sequence[np.ndarray]) -> int | None:
    """Index of the first candidate print that is one story with print `a` (`same_story` on each,
    in order), or None. One vectorized pass for all candidates: with a bucket's worth of them per
    article, a numpy call per pair cost more in call overhead than in work."""
    if len(a) == 0:
        return None
    keep = [i for i, c in enumerate(candidates) if len(c)]
    if not keep:
        return None
    sizes = np.fromiter((len(candidates[i]) for i in keep), dtype=np.int64, count=len(keep))
    allc = np.concatenate([candidates[i] for i in keep])
    pos = np.minimum(np.searchsorted(a, allc), len(a) - 1)
    inter = np.add.reduceat((a[pos] == allc).astype(np.int64), np.cumsum(sizes) - sizes)
    small = np.minimum(sizes, len(a))
    ok = (inter / (sizes + len(a) - inter) >= JACCARD) | ((small >= MIN_CONTAINED) & (inter / small >= CONTAINMENT))
    hit = np.flatnonzero(ok)
    return keep[hit[0]] if len(hit) else None


@dataclass
class Prior:
    """An article already in the warehouse that represents its story in a band bucket this batch hits.

    `keys` are the buckets it represents (None: computed from the body); `prints` its stored
    print (None: computed from title and body, for a warehouse from before `story_prints`)."""
    article_id: str
    story_id: str
    title: str | None = None
    body: str | None = None
    keys: list[tuple[int, str]] | None = None
    prints: np.ndarray | None = None


@dataclass
class Stories:
    """What `assign_stories` decides for one batch."""
    story: dict[str, str]     # article_id -> story_id, for every article of the batch
    bands: list[dict]         # story_bands rows: the buckets where a batch article became a representative
    prints: list[dict]        # story_prints rows: the print of each of those articles


def assign_stories(articles: Sequence[dict],
                   prior: Callable[[list[tuple[int, str]]], Iterable[Prior]] | None = None) -> Stories:
    """story_id per article_id, and the story_bands and story_prints rows to load with the batch.

    `articles` are dicts with article_id, title, body and published_at, in input order. `prior` looks up
    the warehouse's representatives of any of the given (band, hash) buckets.

    Only representatives are stored: a bucket's rows in `story_bands` never exceed BUCKET_STORIES,
    and an article that represents no bucket (a copy whose story is already everywhere it hashes)
    leaves no print. So what a later batch reads back is bounded per bucket it hits, whatever the
    number of articles held."""
    sh: dict[str, np.ndarray] = {}
    keys: dict[str, list[tuple[int, str]]] = {}
    for a in articles:
        words = shingles(story_text(a.get("title"), a.get("body")))
        keys[a["article_id"]], sh[a["article_id"]] = band_keys(words), compact(words)
    wanted = sorted({k for ks in keys.values() for k in ks})
    index: dict[tuple[int, str], list[str]] = {}
    story: dict[str, str] = {}
    members: dict[tuple[int, str], set[str]] = {}   # stories already represented per bucket

    def add(aid: str, ks: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
        took = []
        for k in ks:
            seen = members.setdefault(k, set())
            if story[aid] not in seen and len(seen) < BUCKET_STORIES:
                seen.add(story[aid])
                index.setdefault(k, []).append(aid)
                took.append(k)
        return took

    for p in (prior(wanted) if prior and wanted else ()):
        if p.article_id not in sh:
            words = shingles(story_text(p.title, p.body)) if p.prints is None or p.keys is None else set()
            sh[p.article_id] = p.prints if p.prints is not None else compact(words)
            story[p.article_id] = p.story_id
            add(p.article_id, p.keys if p.keys is not None else band_keys(words))
    # priors were indexed first, so they win; then this batch's articles, earliest published first
    order = sorted(range(len(articles)), key=lambda i: (articles[i].get("published_at") is None,
                                                        articles[i].get("published_at") or 0, i))
    bands, prints = [], []
    for i in order:
        aid = articles[i]["article_id"]
        if aid in story:
            continue
        candidates = list(dict.fromkeys(o for k in keys[aid] for o in index.get(k, ())))
        match = first_same_story(sh[aid], [sh[o] for o in candidates]) if candidates else None
        story[aid] = story[candidates[match]] if match is not None else aid
        took = add(aid, keys[aid])
        bands += [{"band": b, "hash": h, "article_id": aid, "story_id": story[aid]} for b, h in took]
        if took:
            prints.append({"article_id": aid, "shingles": sh[aid]})
    return Stories({a["article_id"]: story[a["article_id"]] for a in articles}, bands, prints)
