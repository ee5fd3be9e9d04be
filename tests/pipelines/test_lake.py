import pyarrow as pa

from pipelines.lake import Lake
from pipelines.schemas import SCHEMAS, to_table


def _figs(n):
    return to_table("figures", [{"figure_id": f"f{i}", "article_id": "a", "category": "killed", "value": i + 1,
                                 "bound": "exact", "quote": "x", "char_start": 0, "char_end": 1} for i in range(n)])


def test_write_read_roundtrip_uses_declared_schema(tmp_path):
    lake = Lake(tmp_path)
    path = lake.write("figures", "b1", _figs(3))
    assert path.name == "part-0.parquet" and path.parent.name == "batch=b1"
    back = lake.read("figures", "b1")
    assert back.schema == SCHEMAS["figures"]
    assert back.column("value").to_pylist() == [1, 2, 3]


def test_rewrite_replaces_part_and_leaves_no_temp_files(tmp_path):
    lake = Lake(tmp_path)
    lake.write("figures", "b1", _figs(3))
    lake.write("figures", "b1", _figs(1))
    assert lake.read("figures", "b1").num_rows == 1
    assert [p.name for p in lake.partition("figures", "b1").iterdir()] == ["part-0.parquet"]


def test_readers_ignore_half_written_files(tmp_path):
    lake = Lake(tmp_path)
    lake.write("figures", "b1", _figs(2))
    (lake.partition("figures", "b1") / ".part-1.parquet.tmp-999").write_bytes(b"PAR1 truncated")
    assert lake.read("figures", "b1").num_rows == 2
    assert lake.sweep_temp_files() == 1


def test_missing_partition_reads_empty_with_schema(tmp_path):
    t = Lake(tmp_path).read("entities", "nope")
    assert t.num_rows == 0 and t.schema == SCHEMAS["entities"]


def test_drop_batch_removes_every_table(tmp_path):
    lake = Lake(tmp_path)
    lake.write("figures", "b1", _figs(1))
    lake.write("figures", "b2", _figs(1))
    lake.write("quarantine", "b1", to_table("quarantine", []), part="ingest")
    assert lake.all_batches() == {"b1", "b2"}
    assert len(lake.drop_batch("b1")) == 2
    assert lake.all_batches() == {"b2"}


def test_write_casts_compatible_tables(tmp_path):
    t = pa.table({name: pa.nulls(1, typ) for name, typ in zip(SCHEMAS["quarantine"].names, SCHEMAS["quarantine"].types)})
    Lake(tmp_path).write("quarantine", "b", t)
