"""read_document: dispatch a resume file to its reader by suffix and check size limits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest.settings import DEFAULT_SETTINGS, IngestSettings
from resumefit.types import Document, PageSpan

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
DOCX_SUFFIXES = frozenset({".docx"})


def read_document(
    path: Path, *, display_name: str | None = None, settings: IngestSettings = DEFAULT_SETTINGS
) -> Document:
    """Return the Document read from ``path`` (PDF, DOCX, TXT or Markdown).

    Raises InputError (one line naming the file, the reason and what to do) for a missing,
    empty, oversized, unsupported, encrypted, corrupt or image-only file.
    """
    path = Path(path)
    label = display_name or path.name
    data = read_input(path, label, settings)
    return read_bytes(data, path.suffix.lower(), label, settings)


def read_input(path: Path, label: str, settings: IngestSettings = DEFAULT_SETTINGS) -> bytes:
    """Return the bytes of a supported, non-empty input file within its size limit.

    Raises InputError naming ``label`` otherwise.
    """
    # Existence and kind first: "no such file" or "a folder" says more than "unsupported type".
    if path.is_dir():
        raise InputError(label, errors.IS_A_FOLDER, errors.IS_A_FOLDER_ADVICE)
    if not path.exists():
        raise InputError(label, errors.NOT_FOUND)
    suffix = path.suffix.lower()
    limit = _byte_limit(suffix, settings)
    if limit is None:
        raise InputError(
            label,
            errors.UNSUPPORTED_FORMAT.format(suffix=suffix or path.name),
            errors.UNSUPPORTED_ADVICE,
        )
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(label, errors.NOT_A_FILE)
        if size > limit:
            raise InputError(
                label, errors.TOO_LARGE.format(limit=_format_bytes(limit)), errors.TOO_LARGE_ADVICE
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(label, errors.NOT_FOUND) from None
    except PermissionError:
        raise InputError(label, errors.NOT_READABLE) from None
    except IsADirectoryError:
        raise InputError(label, errors.NOT_A_FILE) from None
    if not data or data.isspace():
        raise InputError(label, errors.EMPTY_FILE)
    return data


def read_bytes(data: bytes, suffix: str, label: str, settings: IngestSettings) -> Document:
    """Return the Document for file content ``data`` of type ``suffix`` (size already checked)."""
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix in PDF_SUFFIXES:
        from resumefit.ingest.pdf import read_pdf

        pdf = read_pdf(label, data, settings)
        return Document(
            source=label,
            format="pdf",
            sha256=sha256,
            text=pdf.text,
            pages=pdf.pages,
            lines=pdf.lines,
            links=pdf.links,
            warnings=pdf.warnings,
        )
    if suffix in DOCX_SUFFIXES:
        from resumefit.ingest.docx import read_docx

        docx = read_docx(label, data, settings)
        return Document(
            source=label,
            format="docx",
            sha256=sha256,
            text=docx.text,
            lines=docx.lines,
            links=docx.links,
            warnings=docx.warnings,
            pages=docx.pages,
        )
    from resumefit.ingest.text import read_markdown, read_plain_text

    markdown = suffix in MARKDOWN_SUFFIXES
    plain = read_markdown(data) if markdown else read_plain_text(data)
    if not plain.text.strip():
        raise InputError(label, errors.EMPTY_FILE)
    return Document(
        source=label,
        format="md" if markdown else "txt",
        sha256=sha256,
        text=plain.text,
        lines=plain.lines,
        links=plain.links,
        warnings=plain.warnings,
        pages=[PageSpan(page=1, start=0, end=len(plain.text))],  # text files have no pages
    )


def _byte_limit(suffix: str, settings: IngestSettings) -> int | None:
    if suffix in PDF_SUFFIXES:
        return settings.max_pdf_bytes
    if suffix in DOCX_SUFFIXES:
        return settings.max_docx_bytes
    if suffix in TEXT_SUFFIXES or suffix in MARKDOWN_SUFFIXES:
        return settings.max_text_bytes
    return None


def _format_bytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"
