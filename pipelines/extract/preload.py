"""Imported once by the extraction workers' fork server (see `parallel`): importing it loads the
spaCy model and runs one small extraction, which fills every lazy table (gazetteers, lexicons,
vocabularies). Workers forked afterwards start with all of it in memory.

Then `gc.freeze()`: the collector leaves everything loaded so far alone, so forked workers do not
write to those pages when they collect, and keep sharing them with the fork server.

It is a module, not a function, because a fork server can only be told which modules to import."""
from __future__ import annotations

import gc

from .warmup import warm_up

warm_up()
gc.freeze()
