"""The arithmetic of benchmarks/precision_adjudicated.py, and its committed sample's shape.

Runs without the shared data: the Wilson interval is checked against published values, the
estimate against hand-computed ones.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "precision_adjudicated.py"
#: Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
#: method 3 (Wilson score, no continuity correction), to 4 decimals.
NEWCOMBE_WILSON = [
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
    (29, 29, 0.8830, 1.0),
]
PUBLISHED_DECIMALS = 4
#: What a row of the committed sample may hold: offsets and verdicts, never resume text.
ROW_KEYS = {"id", "start", "end", "skill", "verdict", "reason"}


@pytest.fixture(scope="module")
def adjudicated() -> ModuleType:
    spec = importlib.util.spec_from_file_location("precision_adjudicated", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look the module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("hits", "total", "low", "high"), NEWCOMBE_WILSON)
def test_wilson_interval_matches_published_values(
    adjudicated: ModuleType, hits: int, total: int, low: float, high: float
) -> None:
    got_low, got_high = adjudicated.wilson_interval(hits, total)
    assert round(got_low, PUBLISHED_DECIMALS) == pytest.approx(low)
    assert round(got_high, PUBLISHED_DECIMALS) == pytest.approx(high)


def test_wilson_interval_rejects_no_trials(adjudicated: ModuleType) -> None:
    with pytest.raises(ValueError):
        adjudicated.wilson_interval(0, 0)


def test_estimate_credits_unlabelled_predictions_at_the_share(adjudicated: ModuleType) -> None:
    # 40 of 100 labelled correct; the 60 unlabelled are right half the time: 40 + 30 = 70.
    assert adjudicated.estimated_precision(40, 100, 0.5) == pytest.approx(0.70)


def test_estimate_at_the_ends_of_the_share(adjudicated: ModuleType) -> None:
    # Share 0 gives back the official precision, share 1 counts every prediction right.
    assert adjudicated.estimated_precision(46, 100, 0.0) == pytest.approx(0.46)
    assert adjudicated.estimated_precision(46, 100, 1.0) == pytest.approx(1.0)


def test_read_judgements_rejects_an_unknown_verdict(adjudicated: ModuleType) -> None:
    line = json.dumps({"id": "1", "start": 0, "end": 4, "skill": "java", "verdict": "maybe"})
    with pytest.raises(ValueError, match="line 1"):
        adjudicated.read_judgements([line])


def test_committed_sample_holds_offsets_and_verdicts_only(adjudicated: ModuleType) -> None:
    lines = adjudicated.ADJUDICATION.read_text(encoding="utf-8").splitlines()
    assert all(set(json.loads(line)) == ROW_KEYS for line in lines)
    judgements = adjudicated.read_judgements(lines)
    assert {adjudicated.parity(j.resume) for j in judgements} == {"even", "odd"}


def test_main_skips_without_shared_data(
    adjudicated: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RESUMEFIT_SHARED_DATA", str(tmp_path))
    assert adjudicated.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
