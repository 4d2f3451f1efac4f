"""Files are scored largest first, so no large file is left to finish alone at the end."""

from __future__ import annotations

from pathlib import Path

from resumefit.batch.run import ProgressEvent, run_batch
from resumefit.roles import resolve_roles

RESUME = "Skills\nPython, SQL\n\nExperience\nData analyst, Acme, 2020 - 2024\n"


def test_files_are_scored_largest_first(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    sizes = {"a-small.txt": 1, "b-large.txt": 5, "c-medium.txt": 3}
    for name, repeats in sizes.items():
        (source / name).write_text(RESUME * repeats, encoding="utf-8")
    events: list[ProgressEvent] = []

    roles = resolve_roles(["ml-engineer"])
    run_batch(source, tmp_path / "out", roles, jobs=1, progress=events.append)

    scored = [e.relpath for e in events if e.phase == "score" and e.relpath is not None]
    assert scored == ["b-large.txt", "c-medium.txt", "a-small.txt"]
