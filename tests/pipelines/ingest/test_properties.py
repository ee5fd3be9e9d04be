"""Property tests: the stage never raises on hostile input, and every input gets accounted for."""
from pathlib import Path
import tempfile

from hypothesis import HealthCheck, given, settings, strategies as st

from pipelines.ingest import ingest
from pipelines.ingest.credits import parse_credit_line
from pipelines.ingest.dates import parse_date
from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.types import REASONS, Rejected

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=300))
def test_decode_returns_text_or_rejects(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except Rejected as exc:
        assert exc.reason in ("empty", "binary", "undecodable")


@FAST
@given(st.text(max_size=300))
def test_credit_parser_total(text):
    outlet, agencies = parse_credit_line(text)
    assert outlet is None or outlet.strip() == outlet != ""
    assert len(agencies) == len(set(agencies))


@FAST
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.none()))
def test_dates_total(value):
    parsed = parse_date(value)
    assert parsed is None or parsed.utcoffset().total_seconds() == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".json", ".jsonl", ".html", ".rss", ".bin"]),
       st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)))
def test_ingest_accounts_for_any_file(suffix, data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        rows = list(ingest(Path(tmp)))
    own = [r for r in rows if r.source_uri == str(path)]
    assert len(own) == 1
    for row in rows:
        assert row.status in ("pending", "quarantined", "expanded")
        assert (row.status == "quarantined") == (row.reason is not None)
        assert row.reason is None or row.reason in REASONS
        assert (row.record is not None) == (row.status == "pending")
