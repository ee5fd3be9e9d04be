"""Scoring a warehouse against gold annotations (the gold format is in the README, "Measuring
accuracy on your own articles"). Pure: gold files and a read-only warehouse connection in, plain
dicts out; `unrest eval` (assets/cli/evaluate.py) runs the pipeline and prints them.

The matching rules are those of the project's evaluation scorer (../shared/eval/score.py), written
anew here: figures match on (category, value) per article as multisets; bound and `who` are judged
on matched figures; entities match on any shared normalized name (persons also on the surname);
provenance is judged on gold figures paired with a predicted figure of the same category and value.
"""
from .gold import GoldError, load_gold, write_inputs
from .score import evaluate

__all__ = ["GoldError", "evaluate", "load_gold", "write_inputs"]
