"""Importing the CLI pulls in no heavy module, so every command starts fast."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from resumefit import cli

#: Modules only a command's body may import (each costs tens to hundreds of milliseconds).
HEAVY_MODULES = (
    "spacy",
    "pdfplumber",
    "pypdfium2",
    "jinja2",
    "rapidfuzz",
    "starlette",
    "uvicorn",
    "resumefit.pipeline",
    "resumefit.report",
)


def test_importing_the_cli_imports_no_heavy_module() -> None:
    code = (
        "import json, sys; import resumefit.cli; "
        f"print(json.dumps([m for m in {list(HEAVY_MODULES)!r} if m in sys.modules]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) == []


@pytest.mark.parametrize(("output_format", "prepared"), [("html", True), ("json", False)])
def test_check_compiles_the_html_template_while_the_child_scores(
    output_format: str,
    prepared: bool,
    text_resume: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real_limited = cli._limited

    def limited(func: Any, *args: Any, while_waiting: Any = None, **kwargs: Any) -> Any:
        if while_waiting is not None:
            calls.append(while_waiting.__name__)
        return real_limited(func, *args, while_waiting=while_waiting, **kwargs)

    monkeypatch.setattr(cli, "_limited", limited)
    out = tmp_path / f"report.{output_format}"
    args = ["check", str(text_resume), "--format", output_format, "-o", str(out)]
    assert cli.main(args) == cli.EXIT_OK
    assert ("_prepare_html_report" in calls) is prepared
    assert out.is_file()


def test_preparing_the_html_report_compiles_its_template(monkeypatch: pytest.MonkeyPatch) -> None:
    from resumefit.report import html

    html._environment.cache_clear()  # a fresh environment: nothing compiled yet
    cli._prepare_html_report()
    loader = html._environment().loader
    assert loader is not None

    def read_again(*_: object) -> None:
        pytest.fail("the template was read again, not taken from the environment")

    monkeypatch.setattr(loader, "get_source", read_again)
    html.load_report_template()
