"""`unrest eval GOLD_DIR`: run the whole pipeline on a folder of annotated articles and score the
warehouse against the annotations (pipelines/evaluate). The gold format is in the README.

The articles go in as JSON inputs carrying meta.jsonl's published dates (<data>/eval_inputs/), into
--data (default: a temporary folder, removed afterwards). Progress goes to stderr, so with --json
stdout holds only the scores."""
from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path

from pipelines.evaluate import GoldError, evaluate, load_gold, write_inputs
from pipelines.evaluate.report import format_report

from .reader import open_reader
from .runner import EXIT_OK, EXIT_USAGE, run_pipeline

MAX_MISSES = 60


def run_eval(gold_dir: Path, data: Path | None, as_json: bool = False, all_misses: bool = False) -> int:
    try:
        gold = load_gold(gold_dir)
    except GoldError as exc:
        print(f"unrest eval: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with contextlib.ExitStack() as stack:
        if data is None:
            data = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="unrest-eval-")))
        inputs = data / "eval_inputs"
        write_inputs(gold_dir, inputs)
        with contextlib.redirect_stdout(sys.stderr):
            code = run_pipeline(inputs, data, None)
        if code != EXIT_OK:
            return code
        with open_reader(data) as con:
            result = evaluate(gold, con)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=1) + "\n")
    else:
        print(format_report(result, None if all_misses else MAX_MISSES))
    return EXIT_OK
