"""Read a .docx resume with python-docx: paragraphs joined by newlines, headings as cues."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest.links import text_links
from resumefit.ingest.normalise import SOFT_HYPHEN, normalise_glyph_text
from resumefit.ingest.settings import IngestSettings
from resumefit.types import Line, Link, PageSpan

#: Word's built-in style "Heading N" / "Title" -> relative size, so sections see a heading.
HEADING_STYLE_SIZES = {"title": 1.8, "heading 1": 1.5, "heading 2": 1.3, "heading 3": 1.15}
DEFAULT_HEADING_SIZE = 1.1
HYPERLINK_RELATION = "hyperlink"


@dataclass
class DocxText:
    """Text of a .docx file with its lines, links and warnings."""

    text: str
    pages: list[PageSpan]
    lines: list[Line]
    links: list[Link]
    warnings: list[str]


def read_docx(path_label: str, data: bytes, settings: IngestSettings) -> DocxText:
    """Return the paragraphs (and table cells) of a .docx file as normalised text."""
    import docx  # python-docx; imported here so PDF/TXT runs do not pay for it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > settings.max_docx_unpacked_bytes:
            # A zip bomb: a small file that inflates to gigabytes of XML.
            limit = f"{settings.max_docx_unpacked_bytes // (1024 * 1024)} MB unpacked"
            raise InputError(
                path_label, errors.TOO_LARGE.format(limit=limit), errors.TOO_LARGE_ADVICE
            )
        document = docx.Document(io.BytesIO(data))
    # SyntaxError: lxml's XMLSyntaxError, for malformed XML or entity expansion it refuses.
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as exc:
        raise InputError(
            path_label,
            errors.CORRUPT_DOCX.format(detail=type(exc).__name__),
            errors.CORRUPT_ADVICE,
        ) from None
    parts: list[str] = []
    lines: list[Line] = []
    offset = 0
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for paragraph in paragraphs:
        # Word shows a soft hyphen only at a line break, so it is dropped here.
        content = normalise_glyph_text(paragraph.text.replace(SOFT_HYPHEN, "")).strip()
        if not content:
            continue
        if parts:
            parts.append("\n")
            offset += 1
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        size = HEADING_STYLE_SIZES.get(style, DEFAULT_HEADING_SIZE if "heading" in style else 1.0)
        runs = [run for run in paragraph.runs if run.text.strip()]
        bold = bool(runs) and all(run.bold for run in runs)
        lines.append(Line(start=offset, end=offset + len(content), size=size, bold=bold))
        parts.append(content)
        offset += len(content)
    text = "".join(parts)
    warnings = []
    if len(text) > settings.max_chars:
        warnings.append(f"only the first {settings.max_chars} characters were kept")
        text = text[: settings.max_chars]
    if not text.strip():
        raise InputError(path_label, errors.EMPTY_DOCUMENT, errors.NO_TEXT_ADVICE)
    links = [
        Link(url=rel.target_ref)
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/" + HYPERLINK_RELATION) and rel.is_external
    ]
    known = {link.url for link in links}
    links += [link for link in text_links(text) if link.url not in known]
    pages = [PageSpan(page=1, start=0, end=len(text))]
    return DocxText(text, pages, lines, links, warnings)
