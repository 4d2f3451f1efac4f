"""benchmarks/precision_adjudicated_soft.py: soft strata, F1, the soft split and the sample.

Runs without the shared data: predictions and judgements are made here, the committed sample
is read as it is (offsets and verdicts only, never resume text).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

#: What a row of the committed sample may hold.
ROW_KEYS = {"id", "start", "end", "skill", "verdict", "reason"}
#: The brief asks for at least this many judged spans.
MIN_JUDGED = 200


@pytest.mark.parametrize(
    ("method", "stratum"),
    [("phrase", "phrase"), ("exact", "named"), ("context", "named"), ("fuzzy", "named")],
)
def test_evidence_phrases_form_their_own_stratum(
    adjudicated_soft: ModuleType, method: str, stratum: str
) -> None:
    assert adjudicated_soft.stratum_of(method) == stratum


def test_f1_is_the_harmonic_mean(adjudicated_soft: ModuleType) -> None:
    assert adjudicated_soft.f1(0.8, 0.6) == pytest.approx(2 * 0.48 / 1.4)
    assert adjudicated_soft.f1(0.0, 0.0) == 0.0


def test_soft_strata_count_unlabelled_and_file_judgements_by_method(
    adjudicated: ModuleType, adjudicated_soft: ModuleType
) -> None:
    prediction = adjudicated.Prediction
    predictions = [
        prediction("2", 0, 13, "communication", True, "exact"),
        prediction("2", 20, 30, "leadership", False, "exact"),
        prediction("3", 5, 25, "leadership", False, "phrase"),
        prediction("3", 40, 50, "teamwork", False, "phrase"),
    ]
    judge = adjudicated.Judgement
    judgements = [
        judge("3", 5, 25, "leadership", "skill", "annotator_skipped"),
        judge("3", 40, 50, "teamwork", "unsure", "ambiguous"),
        judge("2", 0, 13, "communication", "skill", "annotator_skipped"),  # labelled: no count
        judge("9", 0, 4, "teamwork", "not_skill", "in_title"),  # no such prediction
    ]
    strata, judged = adjudicated_soft.soft_strata(predictions, judgements)
    assert strata == [
        adjudicated.StratumSample("named", 1, 0, 0, 0),
        adjudicated.StratumSample("phrase", 2, 2, 1, 1),
    ]
    assert judged["phrase"] == judgements[:2]


def test_predict_keeps_soft_mentions_for_the_soft_group(
    adjudicated: ModuleType,
) -> None:
    # under a heading: the block above the first one is the contact block
    text = "SUMMARY\nExcellent communication skills.\n\nSKILLS\nPython, SQL\n"
    start = text.index("communication")
    span = {"start": start, "end": start + len("communication"), "label": "Soft Skills"}
    row = {"id": 4, "text": text, "spans": [span]}
    accuracy = adjudicated.load_skills_accuracy()
    soft = adjudicated.predict([row], accuracy, group="soft")
    assert {(p.skill, p.labelled) for p in soft} == {("communication", True)}
    hard = adjudicated.predict([row], accuracy)
    assert "python" in {p.skill for p in hard}
    assert "communication" not in {p.skill for p in hard}


def test_predict_rejects_an_unknown_group(adjudicated: ModuleType) -> None:
    with pytest.raises(ValueError, match="neither"):
        adjudicated.predict([], adjudicated.load_skills_accuracy(), group="both")


def test_committed_sample_holds_offsets_and_verdicts_only(adjudicated_soft: ModuleType) -> None:
    lines = adjudicated_soft.ADJUDICATION.read_text(encoding="utf-8").splitlines()
    assert all(set(json.loads(line)) == ROW_KEYS for line in lines)
    judgements = adjudicated_soft.adjudicated.read_judgements(lines)
    assert len(judgements) >= MIN_JUDGED
    assert len(judgements) == len(adjudicated_soft.STRATA) * adjudicated_soft.SAMPLE_SIZE
    assert {adjudicated_soft.adjudicated.parity(j.resume) for j in judgements} == {"even", "odd"}


def test_committed_reasons_are_the_written_criteria(adjudicated_soft: ModuleType) -> None:
    lines = adjudicated_soft.ADJUDICATION.read_text(encoding="utf-8").splitlines()
    for j in adjudicated_soft.adjudicated.read_judgements(lines):
        assert j.reason in adjudicated_soft.REASONS[j.verdict], j


def test_main_skips_without_shared_data(
    adjudicated_soft: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RESUMEFIT_SHARED_DATA", str(tmp_path))
    assert adjudicated_soft.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
