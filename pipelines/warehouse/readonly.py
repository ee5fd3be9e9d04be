"""The analysts' connection behind `unrest sql`: read-only for real.

- the warehouse is attached READ_ONLY (at a past snapshot for `--as-of`), so no statement can
  change a table, a view or the catalog, nor run a maintenance function;
- only one SELECT (or EXPLAIN of one) is accepted: COPY, ATTACH, INSTALL, LOAD, SET, PRAGMA,
  CALL, CREATE and the rest are refused before they run, by the statement's parsed type;
- file access is off (`enable_external_access = false`) except for the warehouse's own data
  files (`allowed_directories`), so read_csv/read_parquet/read_text of any other file and COPY
  to any path fail even if a statement got through; the configuration is then locked, so no
  statement can turn that back on;
- extensions are never installed or auto-loaded; the two it needs were loaded by file path
  before the lock.
Reading the analyst's own files is therefore not possible through `unrest sql`: join them in
Python or the DuckDB CLI, which attach the same warehouse (README "Warehouse reference")."""
from __future__ import annotations

import json
from collections.abc import Iterator

import duckdb

from . import catalog
from .catalog import Location

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
# DuckLake's functions that write (maintenance, commits, options): the read-only attach fails
# them when they have work to do; refused by name, they fail even when they have none
WRITING_FUNCTIONS = {"merge_adjacent_files", "expire_snapshots", "cleanup_old_files", "delete_orphaned_files",
                     "flush_inlined_data", "rewrite_data_files", "add_data_files", "set_option",
                     "set_commit_message", "commit"}


class RefusedStatement(ValueError):
    """A statement `unrest sql` does not run."""


def analyst_connection(loc: Location, snapshot_version: int | None = None,
                       snapshot_time: str | None = None) -> duckdb.DuckDBPyConnection:
    con = catalog.open_instance(loc, read_only=True, snapshot_version=snapshot_version, snapshot_time=snapshot_time)
    try:
        allowed = ", ".join(catalog._quote(d) for d in (loc.data_path,))
        con.execute(f"set allowed_directories = [{allowed}]")
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def check_query(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but a single SELECT (parsing runs nothing)."""
    statements = con.extract_statements(query)
    if len(statements) != 1:
        raise RefusedStatement(f"one SELECT statement at a time, not {len(statements)}")
    kind = statements[0].type
    if kind not in ALLOWED:
        raise RefusedStatement(f"the warehouse is read-only here: {kind.name} statements are not allowed, only SELECT")
    # EXPLAIN [ANALYZE] is checked as the SELECT it explains (ANALYZE runs it)
    select = query if kind == duckdb.StatementType.SELECT else statements[0].query
    tree = json.loads(con.execute("select json_serialize_sql(?)", [_strip_explain(select)]).fetchone()[0])
    if tree.get("error"):
        raise RefusedStatement(f"cannot check this statement: {tree.get('error_message')}")
    for name in _function_names(tree):
        if name.lower().removeprefix("ducklake_") in WRITING_FUNCTIONS:
            raise RefusedStatement(f"the warehouse is read-only here: {name}() changes it")


def _strip_explain(sql: str) -> str:
    words = sql.lstrip().split(None, 2)
    if words and words[0].lower() == "explain":
        rest = sql.lstrip()[len(words[0]):].lstrip()
        return rest[len("analyze"):] if rest[:7].lower() == "analyze" else rest
    return sql


def _function_names(node) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("function_name"), str):
            yield node["function_name"]
        for value in node.values():
            yield from _function_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _function_names(value)
