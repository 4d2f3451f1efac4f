"""Read plain-text and Markdown resumes; the Document text is the file's content, exactly.

Mention offsets must point into the file itself, so nothing is stripped or re-flowed here:
only C0 control characters are replaced by a space, one for one, so offsets still hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resumefit.ingest.links import text_links
from resumefit.types import Line, Link

#: Tried in order; latin-1 decodes any byte string, so it is the last resort.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
#: UTF-16 detection: in this many leading bytes, this share of every other byte is NUL.
UTF16_SAMPLE_BYTES = 4096
UTF16_NUL_SHARE = 0.6
#: C0 controls other than tab, line feed and carriage return (and DEL).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Markdown ATX heading level -> relative size, so the sections stage sees a heading.
MARKDOWN_HEADING_SIZES = {1: 1.8, 2: 1.5, 3: 1.3, 4: 1.15, 5: 1.1, 6: 1.05}
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)[^*_].*\1:?\s*$")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass
class PlainText:
    """Decoded text of a text file plus its lines, links and warnings."""

    text: str
    lines: list[Line]
    links: list[Link]
    warnings: list[str]


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Return ``data`` decoded (UTF-8, else cp1252/latin-1) with controls blanked, and warnings."""
    warnings: list[str] = []
    utf16 = _utf16_codec(data)
    try:
        if utf16 is not None:
            text = data.decode(utf16)
            warnings.append("the file is UTF-16; it was read as such")
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError:
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            warnings.append(f"the file is not UTF-8; it was read as {encoding}")
            break
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        warnings.append("control characters (such as NUL) were replaced by spaces")
    return text, warnings


def _utf16_codec(data: bytes) -> str | None:
    """Return "utf-16-le"/"-be" when ``data`` looks like UTF-16 text, else None.

    Word and Notepad save "Unicode" text as UTF-16, often without a byte-order mark; ASCII
    text in it has a NUL in every other byte. The codec names keep a BOM as U+FEFF, so the
    decoded text still holds every character of the file.
    """
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return "utf-16-be"
    sample = data[:UTF16_SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE and odd_nuls < 0.1:
        return "utf-16-be"
    return None


def text_lines(text: str) -> list[Line]:
    """Return one Line per non-blank line of ``text`` (ends exclude the line break)."""
    lines = []
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw.rstrip("\r"))
        if raw.strip():
            lines.append(Line(start=start, end=end))
        start += len(raw) + 1
    return lines


def read_plain_text(data: bytes) -> PlainText:
    """Return a .txt file's exact text with one Line per non-blank line."""
    text, warnings = decode_text(data)
    return PlainText(text, text_lines(text), text_links(text), warnings)


def read_markdown(data: bytes) -> PlainText:
    """Return a Markdown file's exact text; ``#`` headings and bold lines become heading cues."""
    text, warnings = decode_text(data)
    lines = []
    for line in text_lines(text):
        content = text[line.start : line.end]
        heading = _MD_HEADING.match(content)
        if heading:
            line = line.model_copy(update={"size": MARKDOWN_HEADING_SIZES[len(heading.group(1))]})
        elif _MD_BOLD_LINE.match(content):
            line = line.model_copy(update={"bold": True})
        lines.append(line)
    links = [Link(url=m.group(2), start=m.start(1), end=m.end(1)) for m in _MD_LINK.finditer(text)]
    linked = {link.url for link in links}
    links += [link for link in text_links(text) if link.url not in linked]
    return PlainText(text, lines, links, warnings)
