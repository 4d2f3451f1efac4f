"""The false-positive regression file: ambiguous names resolved by case, context, section."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from extract_fixtures import make_document

from resumefit.extract import extract_mentions
from resumefit.types import SectionKind

CASES_FILE = Path(__file__).resolve().parents[1] / "data" / "extract" / "ambiguity_regression.toml"
CASES = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_ambiguous_names_follow_the_regression_file(case: dict[str, object]) -> None:
    section = SectionKind(str(case.get("section", "experience")))
    found = {m.skill for m in extract_mentions(make_document(str(case["text"]), section))}
    for skill in case.get("absent", []):  # type: ignore[attr-defined]
        assert skill not in found, f"{skill!r} wrongly found in {case['text']!r}: {found}"
    for skill in case.get("present", []):  # type: ignore[attr-defined]
        assert skill in found, f"{skill!r} missed in {case['text']!r}: {found}"


def test_regression_file_has_both_kinds_of_case() -> None:
    assert sum(1 for c in CASES if c.get("absent")) >= 20
    assert sum(1 for c in CASES if c.get("present")) >= 10
