"""results.csv opens cleanly in a spreadsheet: UTF-8 BOM, one row per file, formula guard."""

from __future__ import annotations

import csv

from batch_fixtures import CohortRun

from resumefit.batch.cohort import guard_cell
from resumefit.roles import load_builtin_roles


def test_csv_has_bom_fixed_columns_and_a_row_per_file(cohort_run: CohortRun) -> None:
    roles = load_builtin_roles()
    summary, out = cohort_run.summary, cohort_run.out

    raw = (out / "results.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (out / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "status", "error", "best_role", "best_score"] + [
        role.id for role in roles
    ]
    assert len(rows) == summary.files
    failed = [row for row in rows if row["status"] == "failed"]
    assert failed and all(row["error"] for row in failed)


def test_csv_cell_starting_with_a_formula_character_is_quoted(cohort_run: CohortRun) -> None:
    with (cohort_run.out / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        files = [row["file"] for row in csv.DictReader(handle)]
    assert "'=formula.txt" in files  # the file named "=formula.txt", made inert
    assert not any(name.startswith(("=", "+", "-", "@")) for name in files)


def test_guard_cell_prefixes_every_formula_trigger() -> None:
    for trigger in ("=", "+", "-", "@"):
        assert guard_cell(trigger + "SUM(A1)") == "'" + trigger + "SUM(A1)"
    assert guard_cell("plain") == "plain"
