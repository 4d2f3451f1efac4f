"""Importing the CLI pulls in no heavy module, so every command starts fast."""

from __future__ import annotations

import json
import subprocess
import sys

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
