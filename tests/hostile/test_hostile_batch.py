"""The hostile corpus as one folder, scored by ``resumefit batch``: good files get reports,
bad files are listed with their reason, the run ends with exit 3 and nothing hangs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hostile_checks import GLYPH_BOMB_REASONS, HOSTILE_FILE_NAME, UNREADABLE_REASONS, CliRun

#: Files of the corpus that must be scored, and those that must fail, in a batch.
MUST_SCORE = {
    "plain-resume.pdf",
    "plain-resume.txt",
    "encrypted-empty-password.pdf",
    "cp1252.txt",
    "latin1.txt",
    "control-chars.txt",
    "hostile-resume.txt",
    "hostile-resume.md",
    "hostile-resume.pdf",
    "hostile-resume.docx",
    "external-entity.docx",
}
MUST_FAIL = dict(UNREADABLE_REASONS)


def results(out: Path) -> dict[str, dict[str, str]]:
    with (out / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def test_batch_exits_3_when_some_files_fail(batch_run: tuple[CliRun, Path, float]) -> None:
    run, _, seconds = batch_run
    assert run.code == 3
    assert seconds < 240  # the glyph bomb is stopped within 20 s at most


def test_good_files_are_scored_with_reports(batch_run: tuple[CliRun, Path, float]) -> None:
    _, out, _ = batch_run
    rows = results(out)
    for name in MUST_SCORE:
        assert rows[name]["status"] == "scored", rows[name]
    html_reports = {path.name for path in (out / "reports").rglob("*.html")}
    assert len(html_reports) >= len(MUST_SCORE)


@pytest.mark.parametrize("name", sorted(MUST_FAIL))
def test_bad_file_is_listed_with_its_reason(
    name: str, batch_run: tuple[CliRun, Path, float]
) -> None:
    _, out, _ = batch_run
    row = results(out)[name]
    assert row["status"] == "failed"
    assert row["error"].startswith(f"{name}: "), row["error"]  # names this file, not a twin
    assert MUST_FAIL[name] in row["error"]
    assert "Traceback" not in row["error"] and "\n" not in row["error"]


def test_glyph_bomb_fails_alone_and_fast(batch_run: tuple[CliRun, Path, float]) -> None:
    _, out, _ = batch_run
    row = results(out)["glyph-bomb.pdf"]
    assert row["status"] == "failed"
    assert any(reason in row["error"] for reason in GLYPH_BOMB_REASONS), row["error"]


def test_file_with_a_hostile_name_is_scored(batch_run: tuple[CliRun, Path, float]) -> None:
    _, out, _ = batch_run
    assert results(out)[HOSTILE_FILE_NAME]["status"] == "scored"
