"""Degrees stated in a resume: level, field of study and whether it is still in progress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from resumefit.types import Degree, DegreeLevel, Document, SectionKind

# Degree names by level. Short forms need dots or a following "in"/"of"/field to count,
# so "MS Office" or "MA 02139" are not master's degrees.
_LEVEL_PATTERNS: tuple[tuple[DegreeLevel, str], ...] = (
    (
        DegreeLevel.PHD,
        r"ph\.?\s?d\.?|d\.?phil\.?|doctor\s+of\s+philosophy|doctorate|doctoral\s+degree"
        r"|doctor\s+of\s+(?:science|engineering|education)|ed\.?d\.?",
    ),
    (
        DegreeLevel.MASTER,
        r"m\.\s?sc\.?|msc|m\.\s?s\.|m\.\s?a\.|m\.\s?eng\.?|meng|m\.\s?tech\.?|mtech|m\.\s?e\."
        r"|m\.?b\.?a\.?|mca|m\.\s?phil\.?|mphil|mph|mfa|ll\.?m\.?|m\.\s?ed\.?|m\.?com"
        r"|master'?s?(?:\s+degree)?(?:\s+of|\s+in)?|postgraduate\s+degree|post\s*graduate\s+diploma",
    ),
    (
        DegreeLevel.BACHELOR,
        r"b\.\s?sc\.?|bsc|b\.\s?s\.|b\.\s?a\.|b\.\s?eng\.?|beng|b[.-]\s?tech\.?|btech|b\.\s?e\."
        r"|b\.?b\.?a\.?|bca|b\.?com|ll\.?b\.?|b\.\s?ed\.?|bfa|b\.\s?arch\.?"
        r"|bachelor'?s?(?:\s+degree)?(?:\s+of|\s+in)?|undergraduate\s+degree",
    ),
    (
        DegreeLevel.ASSOCIATE,
        r"a\.\s?a\.\s?s\.?|a\.\s?s\.|a\.\s?a\.|associate'?s?\s+(?:degree|of|in)",
    ),
    (
        DegreeLevel.HIGH_SCHOOL,
        r"high\s+school(?:\s+diploma)?|ged|secondary\s+school|hsc|ssc|a[\s-]levels?",
    ),
)
# Bare short forms ("MS", "BS", "BE", "BA", "MA", "ME") count only before "in"/"of"/"(",
# and only in capitals: "me in", "as of", "be in" are English words ("helped me in
# developing leadership skills").
_SHORT_FORMS: tuple[tuple[DegreeLevel, str], ...] = (
    (DegreeLevel.MASTER, r"(?-i:MS|MA|ME|MBA)"),
    (DegreeLevel.BACHELOR, r"(?-i:BS|BA|BE)|b\.\s?e|b\.\s?s"),  # "B.E in Electronics"
    (DegreeLevel.ASSOCIATE, r"(?-i:AS|AA)"),
)


def _top_level_alternatives(pattern: str) -> list[tuple[str, int]]:
    """Return the alternatives of ``pattern`` split at the "|" outside any group or class.

    Each comes with the length of the group that opens it (0 when it opens with no group).
    """
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    group_end = 0  # where the group opening the current alternative closes
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and pattern[start] == "(" and not group_end:
                group_end = index + 1 - start
        elif char == "|" and depth == 0:
            parts.append((pattern[start:index], group_end))
            start, group_end = index + 1, 0
    return [*parts, (pattern[start:], group_end)]


_GROUP_OPENER = re.compile(r"\(\?[a-zA-Z-]*:")


def _first_letters(pattern: str) -> set[str]:
    """Return the lower-case letters the alternatives of ``pattern`` start with.

    An alternative may open with a group ("(?-i:MS|MA)"): its own alternatives count.
    Raise ValueError for one that starts any other way (a class, a digit, an optional group).
    """
    letters: set[str] = set()
    for alternative, group_length in _top_level_alternatives(pattern):
        opener = _GROUP_OPENER.match(alternative)
        optional = alternative[group_length : group_length + 1] in ("?", "*", "{")
        if opener and group_length and not optional:
            letters |= _first_letters(alternative[opener.end() : group_length - 1])
            continue
        first = alternative[:1].lower()
        if not first.isalpha() or not first.isascii():
            raise ValueError(f"degree pattern {alternative!r} must start with a letter")
        letters.add(first)
    return letters


def degree_first_letters(patterns: tuple[tuple[DegreeLevel, str], ...]) -> str:
    """Return the lower-case letters the degree names of ``patterns`` can start with.

    Raise ValueError for a name that does not start with a plain letter (or a group of
    such names): the prefilter built from these letters would otherwise skip it.
    """
    return "".join(sorted(set().union(*(_first_letters(pattern) for _, pattern in patterns))))


def _named_degrees(letter: str | None = None) -> str:
    """Return the alternation of every degree name as a named group per level.

    With ``letter``, only the names that can start with it (an alternative that opens with
    a group counts for each letter inside), and each group name ends in ``_letter`` (names
    are unique in one regex). The groups keep their order: at a position where a name of
    another letter cannot match, dropping those names changes no match.
    """
    parts = []
    for kind, patterns, ending in (
        ("l", _LEVEL_PATTERNS, r"(?=[\s,(]|$)"),
        ("s", _SHORT_FORMS, r"\b(?=\s*(?:in|of)\s|\s*\()"),
    ):
        for level, pattern in patterns:
            names = [
                alternative
                for alternative, _ in _top_level_alternatives(pattern)
                if letter is None or letter in _first_letters(alternative)
            ]
            if names:
                group = f"{kind}{int(level)}" + (f"_{letter}" if letter else "")
                parts.append(rf"(?P<{group}>\b(?:{'|'.join(names)}){ending})")
    return "|".join(parts)


_DEGREE_NAMES = _named_degrees()
# Every degree name starts a word with one of a dozen letters. Testing that first (one
# character class) spares the regex engine trying ~90 alternatives at every position of
# the text (4x faster on the dotin resumes); then one branch per first letter holds only
# the ~10 names that start with it, so a word starting with "m" is not tried against the
# bachelor's names (another 3x). Under IGNORECASE a character matches at most one
# letter's lookahead (``test_degrees_prefilter``), so the names it is tried against keep
# their order and the first that matches is the same.
_DEGREE_START = degree_first_letters(_LEVEL_PATTERNS + _SHORT_FORMS)
_DEGREE = re.compile(
    rf"\b(?=[{_DEGREE_START}])(?:"
    + "|".join(rf"(?={letter})(?:{_named_degrees(letter)})" for letter in _DEGREE_START)
    + ")",
    re.IGNORECASE,
)


# The same names, each found with the non-word character before it in place of the word
# boundary: a pattern that opens with a character class lets the regex engine skip in C to
# the next such character (a space, a punctuation mark) instead of starting a match attempt
# at every position (~14% fewer instructions on the dotin resumes). A name is preceded by a
# non-word character (or by nothing: the text's start, tried on its own, see
# ``_degree_names``) and followed by whitespace, a comma or a bracket, never a letter, so the
# character taken before a name is never part of the name found before it.
_AFTER_NON_WORD = re.compile(r"\W" + _DEGREE.pattern.removeprefix(r"\b"), re.IGNORECASE)


def _degree_names(text: str, lo: int, hi: int) -> Iterator[tuple[int, re.Match[str]]]:
    """Yield (start, match) for each degree name ``_DEGREE.finditer(text, lo, hi)`` finds.

    The match is one of ``_AFTER_NON_WORD`` (the name starts one character into it), or of
    ``_DEGREE`` for a name at the start of the text; its end and group are the name's.
    """
    if lo == 0:
        first = _DEGREE.match(text, 0, hi)
        if first is not None:
            yield 0, first
            lo = first.end()
    for match in _AFTER_NON_WORD.finditer(text, max(lo - 1, 0), hi):
        yield match.start() + 1, match


def degree_level(match: re.Match[str]) -> DegreeLevel:
    """Return the level of a degree name matched by ``_DEGREE`` or ``_DEGREE_NAMES``."""
    group = (match.lastgroup or "").partition("_")[0]
    return DegreeLevel(int(group[1:]))


_FIELD = re.compile(
    r"^\s*(?:(?:of\s+)?(?:science|arts|engineering|technology|business\s+administration)\s+)?"
    r"(?:in|of|\(|,|-|–)\s*(?P<field>[A-Za-z&][A-Za-z&/\- ]{2,60}?)"
    r"\s*(?=[,;|()\n]|\.(?:\s|$)|\s[-–—]\s|\s+(?:from|at|with|expected|anticipated|minor|\d)|\s{2,}|$)",
    re.IGNORECASE,
)
# "M.Sc. Data Science": a capitalised field right after the degree, no "in"/"of".
_BARE_FIELD = re.compile(
    r"^[ \t]+(?P<field>[A-Z][A-Za-z&/\-]*(?:[ \t]+[A-Z&][A-Za-z&/\-]*){0,4})"
    r"(?=[,;|()\n]|\s[-–—]\s|\s{2,}|$)"
)
_NOT_FIELDS = re.compile(r"^(?:university|college|school|institute|academy|from|at)\b", re.I)
_PURSUING = re.compile(
    r"\b(?:expected|anticipated|pursuing|candidate|in\s+progress|ongoing|present|current"
    r"|currently|to\s+be\s+completed|expected\s+graduation)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
#: Sections where degree names are looked for (others mention degrees in passing).
DEGREE_SECTIONS = frozenset({SectionKind.EDUCATION, SectionKind.OTHER, SectionKind.SUMMARY})
_GENERIC_FIELDS = frozenset({"science", "arts", "engineering", "technology", "philosophy"})


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _degree_hits(
    text: str, lo: int = 0, hi: int | None = None
) -> Iterator[tuple[int, DegreeLevel, str | None, int]]:
    """Yield (start, level, field, end of the degree text) for each degree in text[lo:hi]."""
    for start, match in _degree_names(text, lo, len(text) if hi is None else hi):
        level = degree_level(match)
        _, line_end = _line_around(text, start, match.end())
        rest = text[match.end() : line_end]
        field_match = _FIELD.match(rest) or _BARE_FIELD.match(rest)
        field = None
        if field_match and not _NOT_FIELDS.match(field_match.group("field")):
            field = " ".join(field_match.group("field").lower().split()) or None
            if field in _GENERIC_FIELDS:
                field = None
        else:
            field_match = None
        end = match.end() + (field_match.end() if field_match else 0)
        yield start, level, field, start + len(text[start:end].rstrip())


def degree_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return (start, end) of each degree named in text[lo:hi], field of study included."""
    return [(start, end) for start, _, _, end in _degree_hits(text, lo, hi)]


def extract_degrees(doc: Document, *, today: date | None = None) -> list[Degree]:
    """Return the degrees stated in ``doc`` (education section first choice), in text order."""
    today = today or date.today()
    use_sections = any(s.kind is SectionKind.EDUCATION for s in doc.sections)
    degrees: list[Degree] = []
    for start, level, field, end in _degree_hits(doc.text):
        if use_sections and doc.section_at(start) not in DEGREE_SECTIONS:
            continue
        line_start, line_end = _line_around(doc.text, start, end)
        line = doc.text[line_start:line_end]
        years = [int(y) for y in _YEAR.findall(line)]
        pursuing = bool(_PURSUING.search(line)) or (bool(years) and max(years) > today.year)
        degrees.append(
            Degree(
                level=level,
                field=field,
                pursuing=pursuing,
                text=doc.text[start:end],
                start=start,
                end=end,
            )
        )
    return degrees
