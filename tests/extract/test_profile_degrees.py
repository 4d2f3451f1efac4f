"""Degrees: level, field of study and whether the degree is still being pursued."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fixtures import make_document

from resumefit.extract.degrees import extract_degrees
from resumefit.types import DegreeLevel, SectionKind

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("line", "level", "field", "pursuing"),
    [
        (
            "B.S. in Computer Science, expected May 2027",
            DegreeLevel.BACHELOR,
            "computer science",
            True,
        ),
        ("PhD in Machine Learning, 2019 - 2024", DegreeLevel.PHD, "machine learning", False),
        (
            "M.Sc. Data Science, University of Leeds, 2021",
            DegreeLevel.MASTER,
            "data science",
            False,
        ),
        (
            "Bachelor of Engineering in Electronics, 2016",
            DegreeLevel.BACHELOR,
            "electronics",
            False,
        ),
        (
            "B.Tech (Information Technology) 2014-2018",
            DegreeLevel.BACHELOR,
            "information technology",
            False,
        ),
        ("B.E. in Mechanical Engineering", DegreeLevel.BACHELOR, "mechanical engineering", False),
        ("Master of Science in Statistics (in progress)", DegreeLevel.MASTER, "statistics", True),
        ("MS in Computer Science, 2028", DegreeLevel.MASTER, "computer science", True),
        ("High School Diploma, 2015", DegreeLevel.HIGH_SCHOOL, None, False),
        ("Associate of Arts in Psychology", DegreeLevel.ASSOCIATE, "psychology", False),
    ],
)
def test_degree_lines_are_parsed(
    line: str, level: DegreeLevel, field: str | None, pursuing: bool
) -> None:
    (degree,) = extract_degrees(make_document(line, SectionKind.EDUCATION), today=TODAY)
    assert (degree.level, degree.field, degree.pursuing) == (level, field, pursuing)
    assert line[degree.start : degree.end] == degree.text


def test_office_suites_and_states_are_not_degrees() -> None:
    text = "MS Office, MS Excel; lives in Boston, MA 02139"
    assert extract_degrees(make_document(text, SectionKind.EDUCATION), today=TODAY) == []
