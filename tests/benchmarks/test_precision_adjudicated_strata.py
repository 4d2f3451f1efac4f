"""The strata of benchmarks/precision_adjudicated.py and the committed files behind them.

Runs without the shared data: predictions and judgements are made here, the committed
population and samples are read as they are (offsets and verdicts only, never resume text).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from types import ModuleType

import pytest

#: What a row of a committed sample may hold.
ROW_KEYS = {"id", "start", "end", "skill", "verdict", "reason"}
#: What a row of the committed f9e9f27 population may hold.
POPULATION_KEYS = {"id", "start", "end"}


@pytest.fixture(scope="module")
def old_population(adjudicated: ModuleType) -> set[tuple[str, int, int]]:
    with gzip.open(adjudicated.POPULATION_OLD, "rt", encoding="utf-8") as lines:
        return adjudicated.read_population(lines)


def committed_rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_a_prediction_is_old_only_at_the_same_offsets(adjudicated: ModuleType) -> None:
    population = {("7", 10, 14)}
    assert adjudicated.stratum_of(("7", 10, 14), population) == "old"
    assert adjudicated.stratum_of(("7", 10, 15), population) == "new"
    assert adjudicated.stratum_of(("8", 10, 14), population) == "new"


def test_judgements_are_grouped_by_their_prediction_not_their_file(
    adjudicated: ModuleType,
) -> None:
    judged_old = adjudicated.Judgement("7", 10, 14, "java", "skill", "annotator_skipped")
    judged_new = adjudicated.Judgement("7", 20, 24, "java", "unsure", "ambiguous")
    groups = adjudicated.judgements_by_stratum([judged_new, judged_old], {("7", 10, 14)})
    assert groups == {"old": [judged_old], "new": [judged_new]}


def test_stratum_samples_count_predictions_and_verdicts(adjudicated: ModuleType) -> None:
    unlabelled = [("7", 10, 14), ("7", 20, 24), ("8", 0, 3)]
    judged_new = adjudicated.Judgement("7", 20, 24, "java", "unsure", "ambiguous")
    groups = {"old": [], "new": [judged_new]}
    samples = adjudicated.stratum_samples(unlabelled, groups, {("7", 10, 14)})
    assert samples == [
        adjudicated.StratumSample("old", 1, 0, 0, 0),
        adjudicated.StratumSample("new", 2, 1, 0, 1),
    ]


def test_population_lines_keep_unlabelled_offsets_only(adjudicated: ModuleType) -> None:
    predictions = [
        adjudicated.Prediction("10", 5, 9, "sql", False),
        adjudicated.Prediction("9", 30, 34, "java", False),
        adjudicated.Prediction("9", 0, 4, "java", True),
    ]
    lines = adjudicated.population_lines(predictions)
    assert [json.loads(line) for line in lines] == [
        {"id": "9", "start": 30, "end": 34},
        {"id": "10", "start": 5, "end": 9},
    ]
    assert adjudicated.read_population(lines) == {("9", 30, 34), ("10", 5, 9)}


def test_committed_population_holds_offsets_only(adjudicated: ModuleType) -> None:
    with gzip.open(adjudicated.POPULATION_OLD, "rt", encoding="utf-8") as lines:
        assert all(set(json.loads(line)) == POPULATION_KEYS for line in lines)


@pytest.mark.parametrize("name", ["ADJUDICATION", "ADJUDICATION_NEW"])
def test_committed_samples_hold_offsets_and_verdicts_only(
    adjudicated: ModuleType, name: str
) -> None:
    path = getattr(adjudicated, name)
    rows = committed_rows(path)
    assert all(set(row) == ROW_KEYS for row in rows)
    judgements = adjudicated.read_judgements(path.read_text(encoding="utf-8").splitlines())
    assert {adjudicated.parity(j.resume) for j in judgements} == {"even", "odd"}


def test_old_sample_was_drawn_from_the_committed_population(
    adjudicated: ModuleType, old_population: set[tuple[str, int, int]]
) -> None:
    rows = committed_rows(adjudicated.ADJUDICATION)
    assert {(r["id"], r["start"], r["end"]) for r in rows} <= old_population


def test_new_sample_lies_outside_the_committed_population(
    adjudicated: ModuleType, old_population: set[tuple[str, int, int]]
) -> None:
    rows = committed_rows(adjudicated.ADJUDICATION_NEW)
    assert len(rows) == adjudicated.NEW_SAMPLE_SIZE
    assert not {(r["id"], r["start"], r["end"]) for r in rows} & old_population


def test_main_skips_without_shared_data(
    adjudicated: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RESUMEFIT_SHARED_DATA", str(tmp_path))
    assert adjudicated.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
