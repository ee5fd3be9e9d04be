"""Pure stages of the unrest ETL: reading raw formats, parsing, extraction, Parquet I/O,
Great Expectations suites and the DuckDB load. Nothing here imports dagster (a test enforces it),
so every stage can be called from a notebook or a test with plain values in and records out."""
