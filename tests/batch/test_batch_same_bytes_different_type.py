"""Files with identical bytes but different types are read, and scored, separately."""

from __future__ import annotations

import json
from pathlib import Path

from batch_fixtures import GOOD_TEXTS

from resumefit.batch.run import run_batch
from resumefit.roles import resolve_roles


def test_text_renamed_to_pdf_fails_although_its_txt_twin_is_scored(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    _, text = GOOD_TEXTS[0]
    (source / "cv.txt").write_text(text, encoding="utf-8")
    (source / "cv-renamed.pdf").write_text(text, encoding="utf-8")
    (source / "empty.txt").write_bytes(b"")
    (source / "empty.pdf").write_bytes(b"")

    summary = run_batch(source, tmp_path / "out", resolve_roles(["ml-engineer"]), jobs=1)

    records = {
        record["file"]: record
        for record in map(json.loads, (tmp_path / "out" / "results.jsonl").open())
    }
    assert records["cv.txt"]["status"] == "scored"
    assert records["cv-renamed.pdf"]["status"] == "failed"
    assert records["cv-renamed.pdf"]["error"].startswith("cv-renamed.pdf: ")
    assert records["empty.txt"]["error"].startswith("empty.txt: ")
    assert records["empty.pdf"]["error"].startswith("empty.pdf: ")
    assert summary.duplicates == 0
