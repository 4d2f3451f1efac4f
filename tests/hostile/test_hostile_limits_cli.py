"""The CLI's per-file limits: a slow or memory-hungry file is stopped and reported in one line."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_checks import GLYPH_BOMB_REASONS, CliRun, assert_clean_failure

from resumefit import pipeline
from resumefit.types import Document


def stuck(document: Document) -> Document:
    """A pipeline stage that never finishes."""
    time.sleep(3600)
    return document


def test_slow_file_is_stopped_at_the_timeout(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stage deep inside the pipeline hangs: the limit must cover the whole of it.
    monkeypatch.setattr(pipeline, "split_sections", stuck)
    started = time.monotonic()
    run = run_cli("check", corpus["latin1.txt"], "--format", "json", "--timeout", "0.5")
    assert time.monotonic() - started < 30
    assert_clean_failure(run, "latin1.txt", "took longer than 0.5 s")


def test_memory_hungry_file_is_stopped(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    def hungry(document: Document) -> Document:
        hoard = bytearray(8 * 1024**3)  # far above the CLI's per-file memory cap
        return document if hoard else document

    monkeypatch.setattr(pipeline, "split_sections", hungry)
    run = run_cli("check", corpus["latin1.txt"], "--format", "json")
    assert_clean_failure(run, "latin1.txt", "memory")


def test_extract_has_the_same_timeout(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "split_sections", stuck)
    run = run_cli("extract", corpus["latin1.txt"], "--timeout", "0.5")
    assert_clean_failure(run, "latin1.txt", "took longer than 0.5 s")


def test_glyph_bomb_pdf_fails_fast_with_one_line(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    # A 40 KB PDF whose content stream expands to ten million glyphs: real work, not a mock.
    started = time.monotonic()
    run = run_cli("check", corpus["glyph-bomb.pdf"], "--format", "json", "--timeout", "2")
    assert time.monotonic() - started < 30
    assert_clean_failure(run, "glyph-bomb.pdf", "")
    assert any(reason in run.stderr for reason in GLYPH_BOMB_REASONS), run.stderr
