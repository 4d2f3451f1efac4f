"""Dated experience spans and the years each skill is shown for."""

from __future__ import annotations

from datetime import date

import pytest
from extract_fixtures import make_document, sections_of

from resumefit.extract import extract_profile
from resumefit.extract.experience import extract_experience, parse_date
from resumefit.types import SectionKind

TODAY = date(2026, 11, 21)
RESUME = """Jane Doe

EXPERIENCE
Data Analyst, Acme, Jan 2020 - Dec 2021
- Built dashboards in Tableau and Python.
ML Intern, Beta Labs, Jun 2022 - Present
- Trained PyTorch models in Python.

EDUCATION
B.S. in Statistics, 2015 - 2019
"""


def _doc():  # type: ignore[no-untyped-def]
    sections = sections_of(
        RESUME, (SectionKind.EXPERIENCE, "EXPERIENCE"), (SectionKind.EDUCATION, "EDUCATION")
    )
    return make_document(RESUME, sections=sections)


@pytest.mark.parametrize(
    ("text", "year"),
    [("May 2021", 2021 + 4 / 12), ("2019", 2019.0), ("03/2020", 2020 + 2 / 12),
     ("Summer 2023", 2023 + 5 / 12), ("Sept. 2018", 2018 + 8 / 12), ("Present", None)],
)  # fmt: skip
def test_dates_become_fractional_years(text: str, year: float | None) -> None:
    assert parse_date(text, today=TODAY) == year


def test_spans_have_titles_kinds_and_years() -> None:
    spans = extract_experience(_doc(), today=TODAY)
    assert [(s.title, s.kind) for s in spans] == [
        ("Data Analyst, Acme", "job"),
        ("ML Intern, Beta Labs", "internship"),
    ]
    assert spans[0].years == pytest.approx(1.92, abs=0.01)
    assert spans[1].end_year is None  # "Present"
    assert spans[1].years == pytest.approx(2026 + 10 / 12 - (2022 + 5 / 12), abs=0.01)


def test_education_dates_are_not_experience() -> None:
    assert all("Statistics" not in s.text for s in extract_experience(_doc(), today=TODAY))


def test_skill_years_add_up_spans_without_double_counting() -> None:
    profile = extract_profile(_doc(), today=TODAY)
    years = profile.skill_years
    assert years["tableau"] == pytest.approx(1.92, abs=0.01)
    assert years["pytorch"] == pytest.approx(4.42, abs=0.01)
    assert years["python"] == pytest.approx(1.92 + 4.42, abs=0.02)


def test_overlapping_spans_count_once() -> None:
    text = (
        "EXPERIENCE\nTA, Uni, 2020 - 2022\n- Taught Python.\nTutor, Club, 2021 - 2022\n- Python.\n"
    )
    sections = sections_of(text, (SectionKind.EXPERIENCE, "EXPERIENCE"))
    profile = extract_profile(make_document(text, sections=sections), today=TODAY)
    assert profile.skill_years["python"] == pytest.approx(2.0)
