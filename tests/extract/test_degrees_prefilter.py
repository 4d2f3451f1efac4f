"""The degree regex's first-letter prefilter and per-letter branches find exactly what the plain
alternatives find."""

from __future__ import annotations

import re

import pytest

from resumefit.extract.degrees import (
    _DEGREE,
    _DEGREE_NAMES,
    _DEGREE_START,
    _degree_names,
    degree_first_letters,
    degree_level,
)
from resumefit.types import DegreeLevel

#: One line per way of naming a degree, in several cases, plus lines that name none.
LINES = [
    "Ph.D. in Physics, 2019",
    "PHD, Chemistry",
    "D.Phil. History",
    "Doctor of Philosophy in Linguistics",
    "Ed.D. (Education)",
    "M.Sc. Data Science",
    "MSc Statistics",
    "M.S. in CS",
    "M.A. English",
    "MEng Civil",
    "M.Tech in VLSI",
    "MBA, Finance",
    "MCA from Pune",
    "LL.M. Tax Law",
    "Master's degree in Economics",
    "masters of arts",
    "Postgraduate degree in Nursing",
    "Post Graduate Diploma in Management",
    "B.Sc. Mathematics",
    "B-Tech (Mechanical)",
    "BCA, 2015",
    "B.Com with honours",
    "Bachelor of Engineering in Electronics",
    "Undergraduate degree, Biology",
    "A.A.S. Nursing",
    "Associate of Arts in Psychology",
    "High School Diploma, 2015",
    "GED 2010",
    "Secondary School Certificate",
    "HSC and SSC",
    "A-levels: Maths (A)",
    "MS in Computer Science",
    "BE (Computer Engineering)",
    "AS in Business",
    "helped me in developing leadership skills, as of 2020",
    "Skills: MS Office, MA 02139, Python",
    "Managed a team; emphasised speed",
    "",
]


def test_prefilter_finds_the_same_degrees_as_the_plain_alternatives() -> None:
    plain = re.compile(_DEGREE_NAMES, re.IGNORECASE)
    for line in LINES + [line.upper() for line in LINES] + [line.lower() for line in LINES]:
        expected = [(m.span(), degree_level(m)) for m in plain.finditer(line)]
        assert [(m.span(), degree_level(m)) for m in _DEGREE.finditer(line)] == expected, line


def test_a_character_opens_at_most_one_letter_branch() -> None:
    # the branches keep the names' order only if no character (under IGNORECASE, e.g. the
    # long s "\u017f" for "s") passes two letters' lookaheads
    every_char = "".join(map(chr, range(0x110000)))
    openers = re.compile(f"[{_DEGREE_START}]", re.IGNORECASE).findall(every_char)
    assert "\u017f" in openers  # the scan sees case folding beyond ASCII
    lookaheads = [re.compile(f"(?={letter})", re.IGNORECASE) for letter in _DEGREE_START]
    for char in openers:
        assert sum(1 for lookahead in lookaheads if lookahead.match(char)) == 1, hex(ord(char))


@pytest.mark.parametrize("start", [r"[mb]sc", r"(?:ms)?c", r"\d+th", r"(ms)c"])
def test_a_name_that_may_start_with_other_than_a_letter_is_refused(start: str) -> None:
    patterns = ((DegreeLevel.MASTER, rf"m\.\s?sc\.?|{start}|z[a|b]"),)
    with pytest.raises(ValueError, match="must start with a letter"):
        degree_first_letters(patterns)


def test_prefilter_letters_look_inside_an_opening_group() -> None:
    patterns = ((DegreeLevel.MASTER, r"(?-i:MS|XA)|(?:y|z)ab"),)
    assert degree_first_letters(patterns) == "mxyz"


def test_prefilter_letters_split_only_at_the_top_level() -> None:
    patterns = ((DegreeLevel.MASTER, r"m(?:sc|a)|k[|]x|j\|y"), (DegreeLevel.PHD, r"Ph\.?d"))
    assert degree_first_letters(patterns) == "jkmp"


def test_names_after_a_non_word_character_are_the_names_the_word_boundary_finds() -> None:
    extra = ["MBA", "x.MSc", "(BSc)", "é MS in"]
    text = "\n".join(LINES + [line.upper() for line in LINES] + extra)
    for lo in range(len(text) + 1):
        hi = min(len(text), lo + 90)  # a line's worth, cut anywhere
        expected = [(m.start(), m.end(), m.lastgroup) for m in _DEGREE.finditer(text, lo, hi)]
        found = [(start, m.end(), m.lastgroup) for start, m in _degree_names(text, lo, hi)]
        assert found == expected, (lo, hi)
