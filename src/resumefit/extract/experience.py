"""Dated experience: "Data Analyst, Acme, Jun 2021 - Present" -> an ExperienceSpan with years.

A span runs from the line holding its date range to the next date range (or the end of the
section); a skill mentioned inside it is credited with the span's years (``skill_years``),
overlapping spans counted once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from resumefit.types import Document, ExperienceSpan, Mention, SectionKind

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)"
)
_DATE = (
    rf"(?:{_MONTH}\.?,?\s*(?:'\d\d|\d{{4}})|\d{{1,2}}\s*/\s*\d{{4}}"
    r"|\d{4}\s*[-/.]\s*\d{1,2}(?!\d)|\d{4})"
)
_NOW = r"(?:present|current(?:ly)?|now|today|ongoing|till\s+date|to\s+date|date)"
#: The characters a date can start with: a digit, or the first letter of a month or season.
#: Asserted first, it lets the scan skip every other position before trying the ~30
#: alternatives (same matches, about half the time over a resume).
_DATE_FIRST = r"(?=[\dadfjmnosw])"
_RANGE = re.compile(
    rf"{_DATE_FIRST}(?P<start>{_DATE})\s*(?:-|–|—|to|until|through|till|~)\s*"
    rf"(?P<end>{_DATE}|{_NOW})\b",
    re.IGNORECASE,
)
#: Sections whose date ranges are experience (education dates are not).
SPAN_SECTIONS = frozenset(
    {SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.AWARDS, SectionKind.OTHER,
     SectionKind.PUBLICATIONS, SectionKind.SUMMARY}
)  # fmt: skip
_KIND_WORDS = (
    ("internship", re.compile(r"\bintern(?:ship)?\b|\bco-?op\b|\btrainee\b", re.IGNORECASE)),
    ("research", re.compile(r"\bresearch|\blab\b|\bresearcher\b", re.IGNORECASE)),
)
MAX_SPAN_YEARS = 50.0


def parse_date(text: str, *, today: date) -> float | None:
    """Return a date as a fractional year (May 2021 -> 2021.33), None if it is "present"."""
    text = text.strip().lower()
    if re.fullmatch(_NOW, text, re.IGNORECASE):
        return None
    month = 1
    word = re.match(r"[a-z]+", text)
    if word:
        month = _SEASONS.get(word.group(), _MONTHS.get(word.group()[:3], 1))
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    year = next((n for n in numbers if n >= 1000), None)
    if year is None and "'" in text and numbers:
        year = 2000 + numbers[-1] if numbers[-1] <= today.year % 100 + 5 else 1900 + numbers[-1]
    if year is None:
        return None
    if not word:
        others = [n for n in numbers if n != year and 1 <= n <= 12]
        month = others[0] if others else 1
    return year + (month - 1) / 12


def _today_year(today: date) -> float:
    return today.year + (today.month - 1) / 12


def extract_experience(doc: Document, *, today: date | None = None) -> list[ExperienceSpan]:
    """Return the dated spans of ``doc`` outside Education, with their length in years."""
    today = today or date.today()
    text = doc.text
    found = []
    for match in _RANGE.finditer(text):
        section = doc.section_at(match.start())
        if doc.sections and section not in SPAN_SECTIONS:
            continue
        start_year = parse_date(match.group("start"), today=today)
        end_year = parse_date(match.group("end"), today=today)
        if start_year is None:
            continue
        found.append((match, section, start_year, end_year))
    spans: list[ExperienceSpan] = []
    for index, (match, section, start_year, end_year) in enumerate(found):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        title = (text[line_start : match.start()] + " " + text[match.end() : line_end]).strip(
            " \t,|-–—()"
        )
        if not re.search(r"[A-Za-z]", title):  # dates on their own line: the title is above
            prev_end = max(0, line_start - 1)
            prev_start = text.rfind("\n", 0, prev_end) + 1
            title = text[prev_start:prev_end].strip()
            line_start = prev_start
        block_end = found[index + 1][0].start() if index + 1 < len(found) else len(text)
        next_line = text.rfind("\n", line_start, block_end)
        if index + 1 < len(found) and next_line > match.end():
            block_end = next_line  # stop before the next entry's own title line
        for sec in doc.sections:
            if sec.start <= match.start() < sec.end:
                block_end = min(block_end, sec.end)
        end_value = end_year if end_year is not None else _today_year(today)
        years = min(MAX_SPAN_YEARS, max(0.0, end_value - start_year))
        if end_year is not None and end_year == start_year:
            years = 1 / 12  # "May 2021 - May 2021": one month
        kind = "job" if section is SectionKind.EXPERIENCE else "other"
        if section is SectionKind.PROJECTS:
            kind = "project"
        for name, pattern in _KIND_WORDS:
            if pattern.search(title):
                kind = name
                break
        spans.append(
            ExperienceSpan(
                title=" ".join(title.split())[:200],
                kind=kind,  # type: ignore[arg-type]
                start_year=round(start_year, 2),
                end_year=None if end_year is None else round(end_year, 2),
                years=round(years, 2),
                text=text[line_start:block_end],
                start=line_start,
                end=block_end,
            )
        )
    return spans


def _union_length(intervals: Iterable[tuple[float, float]]) -> float:
    total, current_start, current_end = 0.0, None, None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def skill_years(
    spans: list[ExperienceSpan], mentions: list[Mention], *, today: date | None = None
) -> dict[str, float]:
    """Return skill id -> years shown: the union of the spans whose text holds a mention."""
    today = today or date.today()
    intervals: dict[str, list[tuple[float, float]]] = {}
    for span in spans:
        if span.start_year is None:
            continue
        end = span.end_year if span.end_year is not None else _today_year(today)
        end = max(end, span.start_year + span.years)
        for mention in mentions:
            if mention.source == "resume" and span.start <= mention.start < span.end:
                intervals.setdefault(mention.skill, []).append((span.start_year, end))
    return {skill: round(_union_length(iv), 2) for skill, iv in intervals.items()}
