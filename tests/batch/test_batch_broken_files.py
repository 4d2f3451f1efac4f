"""A batch with broken files mixed in scores the good ones and lists the bad ones (exit 3)."""

from __future__ import annotations

import json
from pathlib import Path

from batch_fixtures import BROKEN_FILES, GOOD_TEXTS, CohortRun

from resumefit.cli import main
from resumefit.roles import load_builtin_roles


def test_good_files_are_scored_and_broken_ones_recorded(cohort_run: CohortRun) -> None:
    summary, out = cohort_run.summary, cohort_run.out

    broken = {relpath for relpath, _ in BROKEN_FILES}
    good = {relpath for relpath, _ in GOOD_TEXTS} | {"pdf/carol.pdf", "pdf/dan.pdf"}
    assert {relpath for relpath, _ in summary.failures} == broken
    for relpath, error in summary.failures:
        assert error.startswith(relpath + ": ")  # names the file, then the reason
    assert summary.scored == len(good)
    assert summary.exit_code == 3

    records = [json.loads(line) for line in (out / "results.jsonl").open()]
    by_file = {record["file"]: record for record in records}
    assert set(by_file) == good | broken
    for relpath in broken:
        assert by_file[relpath]["status"] == "failed" and by_file[relpath]["error"]
    role_ids = [role.id for role in load_builtin_roles()]
    for relpath in good:
        assert by_file[relpath]["status"] == "scored"
        assert [s["role"] for s in by_file[relpath]["scores"]] == role_ids
        assert all(isinstance(s["score"], float) for s in by_file[relpath]["scores"])
        stem = out / "reports" / relpath
        assert stem.with_name(stem.name + ".html").is_file()
        assert stem.with_name(stem.name + ".json").is_file()


def test_cli_exit_code_is_3_when_some_files_fail(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    relpath, text = GOOD_TEXTS[0]
    (source / relpath).write_text(text, encoding="utf-8")
    (source / "empty.txt").write_bytes(b"")

    code = main(["batch", str(source), "-o", str(tmp_path / "out"), "--jobs", "1"])

    assert code == 3


def test_cli_exit_code_is_0_when_all_files_score(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    relpath, text = GOOD_TEXTS[0]
    (source / relpath).write_text(text, encoding="utf-8")

    code = main(["batch", str(source), "-o", str(tmp_path / "out"), "--jobs", "1"])

    assert code == 0


def test_folder_without_resumes_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")

    code = main(["batch", str(tmp_path), "-o", str(tmp_path / "out")])

    assert code == 2
