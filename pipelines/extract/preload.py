"""Imported once by the extraction workers' fork server (see `parallel`): importing it loads the
spaCy model and runs one small extraction, which fills every lazy table (gazetteers, lexicons,
vocabularies). Workers forked afterwards start with all of it in memory. The text is invented; it
names a city, a country, a person, an organization, a news agency and figures of several kinds,
so every rule layer reads its tables.

Then `gc.freeze()`: the collector leaves everything loaded so far alone, so forked workers do not
write to those pages when they collect, and keep sharing them with the fork server.

It is a module, not a function, because a fork server can only be told which modules to import."""
from __future__ import annotations

import gc

from . import extract_articles
from .types import ArticleText

WARM_TEXT = (
    "Police detain 12 after clashes in Springfield\n\n"
    "SPRINGFIELD, Canada (Example News) - At least three people were killed and dozens injured "
    "on Monday when protesters clashed with police, Mayor Jane Doe said. The Interior Ministry "
    "said 45 people had been arrested and about 2,000 troops were deployed.\n"
)

list(extract_articles([ArticleText(article_id="warm-up", body=WARM_TEXT)]))
gc.freeze()
