"""One small extraction that loads everything extraction loads lazily, so the cost is paid once
(in the workers' fork server, or before a benchmark's timed part) rather than by the first
article of a batch. The text is invented; it names a city, a country, a person, an organization,
a news agency and figures of several kinds, so every rule layer reads its tables."""
from __future__ import annotations

WARM_TEXT = (
    "Police detain 12 after clashes in Springfield\n\n"
    "SPRINGFIELD, Canada (Example News) - At least three people were killed and dozens injured "
    "on Monday when protesters clashed with police, Mayor Jane Doe said. The Interior Ministry "
    "said 45 people had been arrested and about 2,000 troops were deployed.\n"
)


def warm_up(nlp=None) -> None:
    from . import extract_articles
    from .types import ArticleText

    list(extract_articles([ArticleText(article_id="warm-up", body=WARM_TEXT)], nlp=nlp))
