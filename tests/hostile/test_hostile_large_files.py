"""The 500-page PDF and the 20 MB text file: bounded time and memory, a report or one line."""

from __future__ import annotations

import resource
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_checks import CliRun, assert_clean_failure

from resumefit.types import FitReport

#: Generous ceiling for the peak resident memory of the child that read a huge file.
PEAK_RSS_LIMIT_MB = 1536


def children_peak_rss_mb() -> float:
    """Return the largest peak RSS of any finished child of this process (Linux: KB units)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.mark.slow
def test_500_page_pdf_gives_a_report_within_memory(
    large_corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("check", large_corpus["many-pages.pdf"], "--format", "json")
    assert run.code == 0, run.stderr
    report = FitReport.model_validate_json(run.stdout)
    assert report.document.source == "many-pages.pdf"
    assert "python" in {skill.skill for skill in report.skills}
    assert children_peak_rss_mb() < PEAK_RSS_LIMIT_MB


@pytest.mark.slow
def test_20mb_text_file_fails_alone_within_memory(
    large_corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("check", large_corpus["huge-text.txt"], "--format", "json")
    assert_clean_failure(run, "huge-text.txt", "larger than")
    assert children_peak_rss_mb() < PEAK_RSS_LIMIT_MB
