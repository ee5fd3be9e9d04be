"""A stage asset's materialization names its lake partition without linking it: the warehouse
asset deletes the partition once the batch is loaded, so a path link would point at nothing."""
import dagster as dg
import pyarrow as pa

from assets.metadata import table_metadata


def test_stage_partition_is_named_as_text_not_linked(tmp_path):
    part = tmp_path / "lake" / "figures" / "batch=b1"
    meta = table_metadata(pa.table({"figure_id": ["f1", "f2"]}), part, ["figure_id"])
    assert meta["dagster/row_count"].value == 2
    assert not any(isinstance(v, dg.PathMetadataValue) for v in meta.values())
    assert str(part) in meta["stage_partition"].value and "deleted when the batch loads" in meta["stage_partition"].value
