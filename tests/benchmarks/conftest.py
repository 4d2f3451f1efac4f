"""Fixtures for the benchmark scripts' tests: the scripts loaded as modules from their files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "precision_adjudicated.py"


@pytest.fixture(scope="session")
def adjudicated() -> ModuleType:
    """Return benchmarks/precision_adjudicated.py as a module."""
    spec = importlib.util.spec_from_file_location("precision_adjudicated", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look the module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def adjudicated_soft(adjudicated: ModuleType) -> ModuleType:
    """Return benchmarks/precision_adjudicated_soft.py as a module (it reuses ``adjudicated``)."""
    path = BENCHMARK.with_name("precision_adjudicated_soft.py")
    spec = importlib.util.spec_from_file_location("precision_adjudicated_soft", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
