"""Imported once by the extraction workers' fork server (see `parallel`): importing it loads the
spaCy model and runs one small extraction, which fills every lazy table (gazetteers, lexicons,
vocabularies). Workers forked afterwards start with all of it in memory.

It is a module, not a function, because a fork server can only be told which modules to import."""
from __future__ import annotations

from .warmup import warm_up

warm_up()
