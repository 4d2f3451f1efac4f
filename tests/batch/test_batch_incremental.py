"""Re-running a batch skips unchanged files and scores only new or changed ones."""

from __future__ import annotations

from pathlib import Path

from batch_fixtures import write_cohort

from resumefit.batch.run import run_batch
from resumefit.roles import resolve_roles


def test_rerun_skips_unchanged_and_rescans_changed(tmp_path: Path) -> None:
    source = write_cohort(tmp_path / "in", with_broken=True)
    roles = resolve_roles(["ml-engineer"])
    first = run_batch(source, tmp_path / "out", roles, jobs=1)

    second = run_batch(source, tmp_path / "out", roles, jobs=1)
    assert second.scored == second.failed == 0
    assert second.skipped_unchanged == first.files
    assert second.rendered == 0  # reports already written for this content

    (source / "ada.txt").write_text("Ada\n\nSkills\nPython, Kubernetes\n", encoding="utf-8")
    third = run_batch(source, tmp_path / "out", roles, jobs=1)
    assert (third.scored, third.skipped_unchanged) == (1, first.files - 1)


def test_removed_file_loses_its_report(tmp_path: Path) -> None:
    source = write_cohort(tmp_path / "in", with_broken=False)
    roles = resolve_roles(["ml-engineer"])
    run_batch(source, tmp_path / "out", roles, jobs=1)
    assert (tmp_path / "out" / "reports" / "cs" / "bob.md.html").is_file()

    (source / "cs" / "bob.md").unlink()
    run_batch(source, tmp_path / "out", roles, jobs=1)

    assert not (tmp_path / "out" / "reports" / "cs" / "bob.md.html").exists()
    assert "cs/bob.md" not in (tmp_path / "out" / "results.csv").read_text(encoding="utf-8-sig")
