"""Small HTML fragments (feed summaries) to plain text. Full pages go through trafilatura instead."""
from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
_SKIP = {"script", "style", "noscript", "template"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Visible text with paragraph breaks; the caller normalizes whitespace."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts)
