"""The code location's names are an interface: the UI, schedules and scripts refer to them."""
from datetime import datetime, timezone

import dagster as dg

from assets.automation import raw_fingerprint
from assets.definitions import defs


def test_asset_keys_and_groups():
    graph = defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups == {
        "raw_articles": "ingest",
        "articles": "parse", "article_sources": "parse", "raw_files": "parse",
        "story_bands": "parse", "story_prints": "parse", "quarantine": "parse",
        "entities": "extract", "entity_mentions": "extract", "figures": "extract",
        "warehouse": "load",
        "tolls_report": "report",
    }


def test_every_asset_explains_itself():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        name = key.to_user_string()
        assert node.description and len(node.description) > 20, name
        assert node.owners == ["team:unrest"], name
        assert node.kinds, name


def test_table_assets_carry_described_column_schemas_and_lineage():
    from pipelines.schemas import SCHEMAS

    graph = defs.resolve_asset_graph()
    tables = ("raw_articles", "articles", "article_sources", "raw_files", "entities", "entity_mentions", "figures",
              "story_bands", "story_prints", "quarantine")
    for table in tables:
        schema = graph.get(dg.AssetKey(table)).metadata["dagster/column_schema"]
        assert [c.name for c in schema.columns] == SCHEMAS[table].names, table
        assert all(c.description for c in schema.columns), (table, [c.name for c in schema.columns if not c.description])
    lineage = graph.get(dg.AssetKey("figures")).metadata["dagster/column_lineage"]
    assert {(d.asset_key.to_user_string(), d.column_name) for d in lineage.deps_by_column["quote"]} == {("articles", "body")}
    story = graph.get(dg.AssetKey("articles")).metadata["dagster/column_lineage"].deps_by_column["story_id"]
    assert {d.column_name for d in story} == {"title", "body"}


def test_checks_state_their_threshold_and_schedule_and_sensor_are_described():
    graph = defs.resolve_asset_graph()
    for key in graph.asset_check_keys:
        assert "Great Expectations" in graph.get_check_spec(key).description
    assert defs.resolve_schedule_def("hourly_ingest").description
    assert defs.resolve_sensor_def("new_raw_files").description
    assert defs.resolve_job_def("unrest_job").description


def test_checks_are_blocking_gx_suites():
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert checks == {(t, "great_expectations") for t in ("articles", "raw_files", "entities", "entity_mentions", "figures")}
    for key in graph.asset_check_keys:
        assert graph.get_check_spec(key).blocking


def test_job_schedule_sensor_names():
    assert defs.resolve_job_def("unrest_job").name == "unrest_job"
    assert defs.resolve_schedule_def("hourly_ingest").cron_schedule == "0 * * * *"
    assert defs.resolve_sensor_def("new_raw_files").name == "new_raw_files"


def test_schedule_tick_creates_a_batch_partition():
    with dg.instance_for_test() as instance:
        tick = datetime(2026, 1, 5, 13, 0, tzinfo=timezone.utc)
        ctx = dg.build_schedule_context(instance=instance, scheduled_execution_time=tick,
                                        repository_def=defs.get_repository_def())
        req = defs.resolve_schedule_def("hourly_ingest").evaluate_tick(ctx).run_requests[0]
        assert req.partition_key == "h20260105T130000" == req.run_key
        assert req.partition_key in instance.get_dynamic_partitions("batches")


def test_sensor_fires_only_when_the_raw_folder_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("UNREST_RAW_DIR", str(tmp_path))
    (tmp_path / "one.txt").write_text("Title\n\nText.")
    sensor = defs.resolve_sensor_def("new_raw_files")
    with dg.instance_for_test() as instance:
        first = sensor(dg.build_sensor_context(instance=instance))
        assert len(first.run_requests) == 1
        key = first.run_requests[0].partition_key
        assert [r.partition_keys for r in first.dynamic_partitions_requests] == [[key]]
        again = sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
        assert isinstance(again, dg.SkipReason)
        (tmp_path / "two.txt").write_text("Title two\n\nMore text.")
        assert raw_fingerprint(tmp_path) != first.cursor
        third = sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
        assert len(third.run_requests) == 1
