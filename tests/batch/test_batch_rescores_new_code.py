"""Results stored by another version of resumefit's code are scored again, not reused."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_fixtures import write_cohort

from resumefit.batch import run as run_module
from resumefit.batch.run import run_batch
from resumefit.roles import resolve_roles


def test_rerun_after_a_code_change_rescores_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_cohort(tmp_path / "in", with_broken=False)
    roles = resolve_roles(["ml-engineer"])
    monkeypatch.setattr(run_module, "code_version", lambda: "older-code")
    first = run_batch(source, tmp_path / "out", roles, jobs=1)

    monkeypatch.setattr(run_module, "code_version", lambda: "newer-code")
    second = run_batch(source, tmp_path / "out", roles, jobs=1)

    assert first.scored == first.files > 0
    assert (second.scored, second.skipped_unchanged) == (second.files, 0)
