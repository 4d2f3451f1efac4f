"""Split a Document into sections (Skills, Experience, ...) from heading lines.

A heading is a short line that looks like one (larger or bold type, ALL CAPS, a trailing
colon, or a line that is nothing but a known heading) and whose words name a section kind;
the words per kind are data in ``skill_lexicon/section_headings.toml``. Text above the first
heading is the CONTACT block. Sections cover the text contiguously, in order.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from resumefit.errors import DataFileError
from resumefit.resources import data_path
from resumefit.types import Document, Line, Section, SectionKind

HEADINGS_FILE = "section_headings.toml"
#: A heading is at most this long (characters, words) once trimmed.
MAX_HEADING_CHARS = 48
MAX_HEADING_WORDS = 6
#: A heading recognised by a keyword ("Relevant Work Experience") is at most this many words.
MAX_KEYWORD_HEADING_WORDS = 4
#: Relative font size that counts as larger than body text.
LARGER_THAN_BODY = 1.1
#: "Skills: Python, SQL": a known heading used as a label starts a section of these kinds.
MAX_LABEL_CHARS = 32
LABEL_KINDS = frozenset(
    {
        SectionKind.SUMMARY,
        SectionKind.SKILLS,
        SectionKind.EDUCATION,
        SectionKind.CERTIFICATIONS,
        SectionKind.PUBLICATIONS,
        SectionKind.AWARDS,
    }
)
#: Headings smaller than this share of the document's usual section-heading size are
#: sub-headings (a school name, "PROGRAMMING" under Skills) and do not start a section.
HEADING_SIZE_SLACK = 0.92
#: Unrecognised headings start an OTHER section only when clearly set as headings.
OTHER_HEADING_MIN_SIZE = 1.15
_BULLETS = ("•", "-", "*", "–", "➢", "▪", "◦")
_TRIM = " \t\r\n:•*-–—|>#_=.➢"
#: A run of text between two runs of 2+ spaces (or the line's ends).
_SPACED_SEGMENT = re.compile(r"(?:^|(?<=\s\s))(\S(?:\S| (?! ))*)(?=\s\s|$)", re.MULTILINE)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_SPACES = re.compile(r"\s+")
_MARKDOWN_MARKS = re.compile(r"[*_`#]+")
_ASCII_LOWER = re.compile(r"[a-z]")


@dataclass(frozen=True)
class HeadingWords:
    """Heading phrases (whole line) and keywords per section kind, plus ignored sub-headings."""

    headings: dict[str, SectionKind]
    keywords: tuple[tuple[str, SectionKind], ...]
    ignore: frozenset[str]


def load_heading_words(path: Path | None = None) -> HeadingWords:
    """Return the heading words from ``path`` (default: the shipped section_headings.toml)."""
    return _load_heading_words(path or data_path("skill_lexicon") / HEADINGS_FILE)


@cache
def _load_heading_words(path: Path) -> HeadingWords:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, "", f"invalid TOML ({exc})") from None
    kinds = data.get("kinds")
    if not isinstance(kinds, dict) or not kinds:
        raise DataFileError(path, "kinds", "missing the [kinds.<section>] tables")
    headings: dict[str, SectionKind] = {}
    keywords: list[tuple[str, SectionKind]] = []
    for name, table in kinds.items():
        try:
            kind = SectionKind(name)
        except ValueError:
            valid = ", ".join(k.value for k in SectionKind)
            raise DataFileError(
                path, f"kinds.{name}", f"unknown section kind; use {valid}"
            ) from None
        if kind is SectionKind.CONTACT:
            raise DataFileError(path, f"kinds.{name}", "contact is the block before any heading")
        if not isinstance(table, dict) or set(table) - {"headings", "keywords"}:
            raise DataFileError(path, f"kinds.{name}", "only 'headings' and 'keywords' are allowed")
        for phrase in _string_list(path, f"kinds.{name}.headings", table.get("headings", [])):
            key = normalise_heading(phrase)
            if key in headings and headings[key] is not kind:
                raise DataFileError(
                    path,
                    f"kinds.{name}.headings",
                    f"{phrase!r} is already a {headings[key]} heading",
                )
            headings[key] = kind
        for word in _string_list(path, f"kinds.{name}.keywords", table.get("keywords", [])):
            keywords.append((normalise_heading(word), kind))
    ignore_table = data.get("ignore", {})
    if not isinstance(ignore_table, dict):
        raise DataFileError(path, "ignore", "must be a table with a 'headings' list")
    ignore = frozenset(
        normalise_heading(p)
        for p in _string_list(path, "ignore.headings", ignore_table.get("headings", []))
    )
    return HeadingWords(headings, tuple(keywords), ignore)


def _string_list(path: Path, entry: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(path, entry, "must be a list of non-empty strings")
    return value


def normalise_heading(text: str) -> str:
    """Return heading text lower-cased, without markup, bullets or a trailing colon."""
    text = _MARKDOWN_MARKS.sub("", text).strip(_TRIM).lower().replace("&", "and")
    return _SPACES.sub(" ", text)


def classify_heading(
    text: str, line: Line | None, words: HeadingWords | None = None
) -> SectionKind | None:
    """Return the section kind that the line ``text`` is a heading of, or None."""
    words = words or load_heading_words()
    # The checks on the raw line come first: most lines are prose or bullets, and they
    # need not be normalised to be turned down.
    stripped = text.strip()
    if stripped.endswith((".", ",", ";")) or stripped.startswith(_BULLETS):
        return None
    key = normalise_heading(text)
    if not key or len(key) > MAX_HEADING_CHARS or len(key.split()) > MAX_HEADING_WORDS:
        return None
    if key in words.ignore or _YEAR.search(key) or not any(c.isalpha() for c in key):
        return None
    letters = [c for c in stripped if c.isalpha()]
    caps = len(letters) > 2 and all(c.isupper() for c in letters)
    size = line.size if line is not None else 1.0
    bold = line.bold if line is not None else False
    cue = size >= LARGER_THAN_BODY or bold or caps or stripped.endswith(":")
    if key in words.headings:
        return words.headings[key]
    if not cue or stripped.endswith((".", ",")) or "," in key:
        return None
    if len(key.split()) > MAX_KEYWORD_HEADING_WORDS:
        return None
    for keyword, kind in words.keywords:
        if keyword in key:
            return kind
    if size >= OTHER_HEADING_MIN_SIZE and (bold or caps or size >= 1.3):
        return SectionKind.OTHER
    return None


def split_sections(doc: Document, *, words: HeadingWords | None = None) -> Document:
    """Return a copy of ``doc`` with ``sections`` covering its text, from heading lines."""
    words = words or load_heading_words()
    text = doc.text
    candidates = []
    for line in doc.lines or _lines_of(text):
        kind = classify_heading(text[line.start : line.end], line, words)
        if kind is not None:
            candidates.append((line, kind))
            continue
        labelled = _label_heading(text, line, words)
        if labelled is not None:
            candidates.append(labelled)
        elif line.end - line.start > MAX_HEADING_CHARS:
            candidates.extend(_inline_headings(text, line, words))
    min_size = _section_heading_size(candidates, text, words) * HEADING_SIZE_SLACK
    sections: list[Section] = []
    for line, kind in candidates:
        if line.size < min_size or (kind is SectionKind.OTHER and not sections):
            # Smaller than the document's section headings: a sub-heading ("PROGRAMMING"
            # under Skills). A large unknown line before any section is the name.
            continue
        if not sections and text[: line.start].strip():
            sections.append(Section(kind=SectionKind.CONTACT, start=0, end=line.start))
        start = 0 if not sections else line.start
        if sections:
            sections[-1] = sections[-1].model_copy(update={"end": line.start})
        heading = text[line.start : line.end].strip()
        sections.append(Section(kind=kind, heading=heading, start=start, end=len(text)))
    if not sections:
        sections.append(Section(kind=SectionKind.CONTACT, start=0, end=len(text)))
    return doc.model_copy(update={"sections": sections})


def _label_heading(text: str, line: Line, words: HeadingWords) -> tuple[Line, SectionKind] | None:
    """Return the heading of a "Skills: Python, SQL" line, where a known heading is a label.

    Only kinds whose content is a list qualify: "Experience: 5 years" in a summary is prose,
    "Project: X" sits under a job, and "Languages:" may list programming languages inside
    Skills.
    """
    content = text[line.start : line.end]
    colon = content.find(":", 0, MAX_LABEL_CHARS)
    if colon <= 0 or not content[colon + 1 :].strip():
        return None
    label = content[:colon].strip()
    key = normalise_heading(label)
    kind = words.headings.get(key)
    if kind not in LABEL_KINDS or not label[:1].isupper():
        return None
    # "Tools:", "Technologies:", "Project:" also label lines inside a job; only a label
    # that names its kind ("Technical Skills:", "Certifications:") starts a section.
    if not any(word in key for word, of_kind in words.keywords if of_kind is kind):
        return None
    start = line.start + content.index(label)
    return line.model_copy(update={"start": start, "end": start + len(label)}), kind


def _inline_headings(text: str, line: Line, words: HeadingWords) -> list[tuple[Line, SectionKind]]:
    """Return headings inside a long line, set off by runs of spaces (ALL CAPS or exact).

    Text pasted from a PDF often loses its line breaks ("...revenue growth.    KEY SKILLS
    Strategy Development ..."); the heading is still there between wide spaces.
    """
    found = []
    for match in _SPACED_SEGMENT.finditer(text, line.start, line.end):
        segment = match.group(1)
        # Most segments are prose: one lower-case ASCII letter settles that it is not caps.
        caps = False
        if not _ASCII_LOWER.search(segment):
            letters = [c for c in segment if c.isalpha()]
            caps = len(letters) >= 3 and all(c.isupper() for c in letters)
        # Title Case only for an exact known heading ("Objective"): prose has capitals too.
        if not caps and not (segment[0].isupper() and normalise_heading(segment) in words.headings):
            continue
        start = match.start(1)
        segment_line = line.model_copy(update={"start": start, "end": start + len(segment)})
        kind = classify_heading(segment, segment_line, words)
        if kind is None or (
            kind is SectionKind.OTHER and normalise_heading(segment) not in words.headings
        ):
            continue
        found.append((segment_line, kind))
    return found


def _section_heading_size(
    candidates: list[tuple[Line, SectionKind]], text: str, words: HeadingWords
) -> float:
    """Return the font size most known headings ("Education", "Skills") are set in."""
    sizes: dict[float, int] = {}
    for line, _ in candidates:
        if normalise_heading(text[line.start : line.end]) in words.headings:
            sizes[line.size] = sizes.get(line.size, 0) + 1
    if not sizes:
        return 0.0
    return max(sizes, key=lambda size: (sizes[size], size))


def _lines_of(text: str) -> list[Line]:
    lines = []
    start = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append(Line(start=start, end=start + len(raw.rstrip("\r"))))
        start += len(raw) + 1
    return lines
