"""`resumefit check --readme`: portfolio evidence reaches the report, marked with its source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resumefit.cli import main

README = """# bird-song-classifier

Classifies bird songs from spectrograms.

## Deployment

We package the model with Docker and serve it on Kubernetes:

```bash
docker build -t birds .
kubectl apply -f deploy.yaml
```
"""


def test_check_with_a_readme_credits_its_evidence(
    text_resume: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = tmp_path / "birds" / "README.md"
    readme.parent.mkdir()
    readme.write_text(README, encoding="utf-8")
    assert main(["check", str(text_resume), "-f", "json", "--readme", str(readme)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["portfolio_sources"]
    sources = {
        evidence["source"]
        for fit in report["fits"]
        for result in fit["results"]
        for evidence in result["evidence"]
    }
    assert any(source.startswith("readme:") for source in sources)


def test_check_with_a_missing_readme_exits_2(
    text_resume: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(text_resume), "--readme", str(tmp_path / "nope.md")]) == 2
    assert "nope.md" in capsys.readouterr().err
