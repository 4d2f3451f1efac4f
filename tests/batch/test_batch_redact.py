"""--redact: pseudonyms instead of file names, reports without contact details."""

from __future__ import annotations

import json
from pathlib import Path

from resumefit.batch.cohort import pseudonym
from resumefit.batch.discover import result_key
from resumefit.batch.run import run_batch
from resumefit.roles import load_builtin_roles


def test_redacted_outputs_name_no_file_and_no_contact(cohort_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(cohort_dir, out, load_builtin_roles(), jobs=2, redact=True)

    ada = result_key(cohort_dir / "ada.txt")
    records = [json.loads(line) for line in (out / "results.jsonl").open()]
    assert pseudonym(ada) in {record["file"] for record in records}
    assert all(record["file"].startswith("candidate-") for record in records)
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".jsonl", ".csv"}:
            text = path.read_text(encoding="utf-8-sig")
            for secret in ("ada.txt", "bob.md", "carol.pdf", "ada@example.org", "555 010 1234"):
                assert secret not in text, f"{secret} in {path.relative_to(out)}"
    assert (out / "reports" / (pseudonym(ada) + ".html")).is_file()
