"""Load a repository script (benchmarks/, scripts/: not packages) as a module for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(relative: str) -> ModuleType:
    """Return the script at ``relative`` (from the repository root) imported as a module.

    It is registered in ``sys.modules`` under its file stem while it runs, as an import
    would: dataclasses look their module up there, and one script may import another.
    """
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
