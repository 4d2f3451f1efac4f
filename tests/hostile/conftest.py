"""Fixtures for the hostile-input tests: the generated corpus and a guarded CLI runner.

The corpus is written into a temporary folder by ``scripts/make_hostile_corpus.py``, once
per session. The CLI runs in this process through ``resumefit.cli.main`` (its per-file
work already runs in a forked child), with file-descriptor capture, so output from the
child - a traceback printed by a native library, say - is seen too. A watchdog alarm turns
a hang into a test failure instead of a stuck suite.
"""

from __future__ import annotations

import shutil
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hostile_checks import (
    BATCH_HANG_LIMIT_S,
    HANG_LIMIT_S,
    HOSTILE_FILE_NAME,
    CliRun,
    on_alarm,
)
from script_module import load_script


def load_corpus_script() -> ModuleType:
    """Return the corpus generator script as a module (scripts/ is not a package)."""
    return load_script("scripts/make_hostile_corpus.py")


@pytest.fixture(scope="session")
def corpus_script() -> ModuleType:
    return load_corpus_script()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory, corpus_script: ModuleType) -> dict[str, Path]:
    """The small hostile corpus: file name -> path."""
    folder = tmp_path_factory.mktemp("hostile")
    files: dict[str, Path] = corpus_script.make_corpus(folder, large=False)
    return files


@pytest.fixture(scope="session")
def large_corpus(
    tmp_path_factory: pytest.TempPathFactory, corpus_script: ModuleType
) -> dict[str, Path]:
    """The whole corpus including the 500-page PDF and the 20 MB text file."""
    folder = tmp_path_factory.mktemp("hostile-large")
    files: dict[str, Path] = corpus_script.make_corpus(folder, large=True)
    return files


@pytest.fixture(scope="session")
def warm_pipeline(corpus: dict[str, Path]) -> None:
    """Build the pipeline's caches (spaCy matchers, lexicon, roles) once in this process.

    The CLI forks a child per file; warmed here, every child inherits them instead of
    rebuilding them, which keeps these many CLI runs fast.
    """
    from resumefit import pipeline

    pipeline.check(corpus["plain-resume.txt"])


@pytest.fixture
def run_cli(
    capfd: pytest.CaptureFixture[str], warm_pipeline: None
) -> Iterator[Callable[..., CliRun]]:
    """Run ``resumefit ARGS`` in-process and return its exit code and captured output."""
    from resumefit.cli import main

    def run(*args: str | Path) -> CliRun:
        capfd.readouterr()
        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.alarm(HANG_LIMIT_S)
        try:
            code = main([str(arg) for arg in args])
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        out, err = capfd.readouterr()
        return CliRun(code, out, err)

    yield run


@pytest.fixture(scope="session")
def batch_run(
    tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Path], warm_pipeline: None
) -> tuple[CliRun, Path, float]:
    """Run ``resumefit batch`` once over a copy of the corpus; return the run, OUTDIR, seconds.

    Its output goes to files (results.csv, reports/, index.html), which the tests read.
    """
    from resumefit.cli import main

    folder = tmp_path_factory.mktemp("batch-in")
    for path in corpus.values():
        shutil.copy(path, folder / path.name)
    # A file name is text from a stranger too: it reaches the index, the CSV and the reports.
    shutil.copy(corpus["plain-resume.txt"], folder / HOSTILE_FILE_NAME)
    out = tmp_path_factory.mktemp("batch-out")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(BATCH_HANG_LIMIT_S)
    started = time.monotonic()
    try:
        code = main(["batch", str(folder), "-o", str(out), "--jobs", "2", "--timeout", "20"])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    seconds = time.monotonic() - started
    return CliRun(code, "", ""), out, seconds


@pytest.fixture(scope="session")
def rank_run(
    tmp_path_factory: pytest.TempPathFactory, corpus: dict[str, Path], warm_pipeline: None
) -> Path:
    """Rank three hostile resumes (one with a hostile file name) for one role; return OUTDIR."""
    from resumefit.cli import main

    folder = tmp_path_factory.mktemp("rank-in")
    for name in ("hostile-resume.pdf", "hostile-readme.md"):
        shutil.copy(corpus[name], folder / name)
    shutil.copy(corpus["hostile-resume.txt"], folder / HOSTILE_FILE_NAME)
    out = tmp_path_factory.mktemp("rank-out")
    code = main(
        ["batch", str(folder), "-o", str(out), "--role", "ml-intern", "--rank", "--jobs", "1"]
    )
    assert code == 0
    return out
