"""Files with the same content are scored once, and each record still names its own file."""

from __future__ import annotations

import json
from pathlib import Path

from batch_fixtures import GOOD_TEXTS

from resumefit.batch.run import run_batch
from resumefit.roles import resolve_roles


def test_same_content_is_scored_once_and_named_per_file(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "a").mkdir(parents=True)
    (source / "b").mkdir()
    _, text = GOOD_TEXTS[0]
    for folder in ("a", "b"):
        (source / folder / "cv.txt").write_text(text, encoding="utf-8")
        (source / folder / "empty.txt").write_bytes(b"")

    summary = run_batch(source, tmp_path / "out", resolve_roles(["ml-engineer"]), jobs=1)

    assert (summary.scored, summary.failed, summary.duplicates) == (1, 1, 2)
    records = {
        record["file"]: record
        for record in map(json.loads, (tmp_path / "out" / "results.jsonl").open())
    }
    assert records["b/empty.txt"]["error"].startswith("b/empty.txt: ")
    assert records["a/empty.txt"]["error"].startswith("a/empty.txt: ")
    assert records["a/cv.txt"]["scores"] == records["b/cv.txt"]["scores"]
    assert (tmp_path / "out" / "reports" / "b" / "cv.txt.html").is_file()
