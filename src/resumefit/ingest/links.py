"""Find links: URLs written out in text, and whether an annotation already covers one."""

from __future__ import annotations

import re

from resumefit.types import Link

#: http(s) and www. URLs, and bare profile links people write without a scheme.
URL_IN_TEXT = re.compile(
    r"(?:https?://|www\.|(?:github|gitlab|linkedin|kaggle)\.com/)[^\s|,;()<>\"']+", re.IGNORECASE
)


#: Every URL_IN_TEXT match holds one of these (lower-cased); text without any has no URL.
URL_MARKERS = ("http", "www.", ".com/")


def text_links(text: str) -> list[Link]:
    """Return the URLs written out in ``text`` (http(s), www., github.com/... and the like)."""
    lowered = text.lower()
    if not any(marker in lowered for marker in URL_MARKERS):
        return []  # the case-blind search costs more than the whole check
    links = []
    for match in URL_IN_TEXT.finditer(text):
        url = match.group(0).rstrip(".")
        links.append(Link(url=url, start=match.start(), end=match.start() + len(url)))
    return links


def covered_by(link: Link, annotated: list[Link]) -> bool:
    """Return True when a URL written in the text is already an annotation's anchor or target."""
    for other in annotated:
        if other.url.rstrip("/").endswith(link.url.rstrip("/")):
            return True
        if other.start is None or other.end is None or link.start is None:
            continue
        if other.start <= link.start < other.end:
            return True
    return False
