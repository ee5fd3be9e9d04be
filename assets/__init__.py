"""The Dagster code location: assets grouped by stage, GX asset checks, job, schedule, sensor.
Asset bodies stay short: read input, call `pipelines`, write output, return metadata."""
