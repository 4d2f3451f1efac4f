"""Fixtures for the benchmark scripts' tests: the scripts loaded as modules from their files."""

from __future__ import annotations

from types import ModuleType

import pytest
from script_module import load_script


@pytest.fixture(scope="session")
def adjudicated() -> ModuleType:
    """Return benchmarks/precision_adjudicated.py as a module."""
    return load_script("benchmarks/precision_adjudicated.py")


@pytest.fixture(scope="session")
def adjudicated_soft(adjudicated: ModuleType) -> ModuleType:
    """Return benchmarks/precision_adjudicated_soft.py as a module (it reuses ``adjudicated``)."""
    return load_script("benchmarks/precision_adjudicated_soft.py")


@pytest.fixture(scope="session")
def label_ceiling() -> ModuleType:
    """Return benchmarks/label_ceiling.py as a module."""
    return load_script("benchmarks/label_ceiling.py")
