"""The cohort facts a worker sends equal those read back from the stored report JSON.

The cohort outputs use the sent facts for files scored in the same run and parse the
stored JSON for the others, so a resumed batch writes the same files only if both agree.
"""

from __future__ import annotations

from batch_fixtures import GOOD_TEXTS

from resumefit.batch.cohort import _fit_facts, build_rows, report_facts
from resumefit.batch.store import CurrentFile, StoredResult
from resumefit.pipeline import fit_profile
from resumefit.sections import split_sections
from resumefit.types import Document, FitReport

KEY = "config"


def _fit(text: str) -> FitReport:
    from resumefit.extract import extract_profile

    document = Document(source="r.txt", format="txt", sha256="a" * 64, text=text)
    return fit_profile(extract_profile(split_sections(document)))


def test_report_facts_match_the_stored_json() -> None:
    for _, text in GOOD_TEXTS:
        fit = _fit(text)
        assert report_facts(fit) == _fit_facts(fit.model_dump_json())


def test_known_facts_stand_in_for_a_missing_report() -> None:
    fit = _fit(GOOD_TEXTS[0][1])
    stored = StoredResult("b" * 64, KEY, "ada.txt", "scored", report_json=fit.model_dump_json())
    without = StoredResult("b" * 64, KEY, "ada.txt", "scored", report_json=None)
    from_json = build_rows([CurrentFile("ada.txt", "b" * 64, stored)], redact=False)
    from_facts = build_rows(
        [CurrentFile("ada.txt", "b" * 64, without)],
        redact=False,
        known_facts={"b" * 64: report_facts(fit)},
    )
    assert from_facts == from_json
    assert from_facts[0].status == "scored"
