"""Raw HTML inside a README reduced to lines of plain text, its links and its images.

READMEs (profile READMEs most of all) wrap headings, icon rows and links in HTML. The
text is kept, the markup never is: scripts, styles and other non-content elements are
dropped whole, block elements end a line, ``<h1>``-``<h6>`` stay headings, ``<img>``
becomes an (src, alt) pair for the badge reader and ``<a href>`` a link on its anchor text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose content is never text a reader sees.
DROPPED_ELEMENTS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "head", "title"}
)
#: Elements that start and end a line of their own.
BLOCK_ELEMENTS: frozenset[str] = frozenset(
    {
        "p", "div", "br", "hr", "li", "ul", "ol", "tr", "table", "thead", "tbody", "section",
        "details", "summary", "blockquote", "pre", "center", "dl", "dt", "dd", "article",
        "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
    }
)  # fmt: skip
HEADING_LEVELS: dict[str, int] = {f"h{level}": level for level in range(1, 7)}


@dataclass
class HtmlLine:
    """One line of text recovered from an HTML block."""

    text: str = ""
    heading_level: int = 0  # 1-6 inside <h1>-<h6>, else 0
    links: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    images: list[tuple[str, str, str]] = field(default_factory=list)  # (src, alt, link href)


class _HtmlReducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[HtmlLine] = []
        self.current = HtmlLine()
        self.dropped_depth = 0
        self.heading_level = 0
        self.open_link: tuple[str, int] | None = None

    def _flush(self) -> None:
        line = self.current
        line.text = line.text.rstrip()
        if self.open_link is not None:  # a link spanning lines keeps the part on this line
            href, start = self.open_link
            line.links.append((href, start, len(line.text)) if line.text else (href, None, None))
            self.open_link = (href, 0)
        if line.text or line.images or line.links:
            line.heading_level = (line.heading_level or self.heading_level) if line.text else 0
            self.lines.append(line)
        self.current = HtmlLine()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_ELEMENTS:
            self.dropped_depth += 1
            return
        if self.dropped_depth:
            return
        values = {name: value or "" for name, value in attrs}
        if tag in BLOCK_ELEMENTS:
            self._flush()
        if tag in HEADING_LEVELS:
            self.heading_level = HEADING_LEVELS[tag]
            self.current.heading_level = self.heading_level
        elif tag == "img" and values.get("src"):
            href = self.open_link[0] if self.open_link else ""
            self.current.images.append((values["src"], values.get("alt", ""), href))
        elif tag == "a" and values.get("href"):
            self.open_link = (values["href"], len(self.current.text))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("img", "br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_ELEMENTS:
            self.dropped_depth = max(0, self.dropped_depth - 1)
            return
        if self.dropped_depth:
            return
        if tag == "a" and self.open_link is not None:
            href, start = self.open_link
            end = len(self.current.text.rstrip())
            anchored = end > start
            self.current.links.append((href, start, end) if anchored else (href, None, None))
            self.open_link = None
        if tag in BLOCK_ELEMENTS:
            self._flush()
        if tag in HEADING_LEVELS:
            self.heading_level = 0

    def handle_data(self, data: str) -> None:
        if self.dropped_depth:
            return
        collapsed = " ".join(data.split())
        if not collapsed:
            if data and self.current.text and not self.current.text.endswith(" "):
                self.current.text += " "
            return
        if data[:1].isspace() and self.current.text and not self.current.text.endswith(" "):
            self.current.text += " "
        self.current.text += collapsed
        if data[-1:].isspace():
            self.current.text += " "

    def close(self) -> None:
        super().close()
        self._flush()


def reduce_html(html: str) -> list[HtmlLine]:
    """Return the lines of text (with links and images) of an HTML fragment, without markup."""
    reducer = _HtmlReducer()
    reducer.feed(html)
    reducer.close()
    return reducer.lines


class _TagReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tag: tuple[str, dict[str, str], bool] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.tag is None:
            self.tag = (tag, {name: value or "" for name, value in attrs}, False)

    def handle_endtag(self, tag: str) -> None:
        if self.tag is None:
            self.tag = (tag, {}, True)


def read_tag(html: str) -> tuple[str, dict[str, str], bool] | None:
    """Return (tag name, attributes, is closing tag) of one inline HTML tag, or None."""
    reader = _TagReader()
    reader.feed(html)
    reader.close()
    return reader.tag
