"""--rank: candidates for one role or posting in score order, with evidence and gaps."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from resumefit.batch.cohort import guard_cell
from resumefit.batch.run import run_batch
from resumefit.cli import main
from resumefit.errors import UsageError
from resumefit.roles import resolve_roles

POSTING = Path(__file__).resolve().parents[1] / "data" / "postings" / "ml_engineer.txt"


def test_ranking_lists_scored_candidates_best_first(cohort_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch(cohort_dir, out, resolve_roles(["ml-engineer"]), jobs=2, rank=True)

    scores = [candidate.score for candidate in summary.ranking]
    assert scores == sorted(scores, reverse=True)
    assert len(summary.ranking) == summary.files - len(summary.failures)
    assert [c.rank for c in summary.ranking] == list(range(1, len(scores) + 1))
    assert any(candidate.evidence for candidate in summary.ranking)
    with (out / "ranking.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["file"] for row in rows] == [guard_cell(c.name) for c in summary.ranking]
    assert (out / "ranking.html").is_file()


def test_rank_needs_exactly_one_role(cohort_dir: Path, tmp_path: Path) -> None:
    roles = resolve_roles(["ml-engineer", "data-scientist"])

    with pytest.raises(UsageError):
        run_batch(cohort_dir, tmp_path / "out", roles, rank=True)


@pytest.mark.skipif(not POSTING.is_file(), reason="posting fixture missing")
def test_rank_against_a_posting_from_the_cli(
    cohort_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["batch", str(cohort_dir), "-o", str(out), "--posting", str(POSTING), "--rank"])

    assert code == 3  # the cohort's broken files
    assert "ada.txt" in capsys.readouterr().out  # the ranking table is printed
    assert (out / "ranking.csv").is_file()
