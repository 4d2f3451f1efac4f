"""Soft-skill precision and F1 on dotin, corrected for annotation gaps with a hand-judged sample.

The sibling of precision_adjudicated.py (hard skills), sharing its code: same prediction
split as skills_accuracy.py (soft = soft_skill mentions plus spoken languages, labels "Soft
Skills", correct when overlapping a label), same Wilson/Bonferroni arithmetic, same row format
(``id``, ``start``, ``end``, ``skill``, ``verdict``, ``reason``; no resume text).

The dotin annotators labelled soft skills named as words ("communication") but almost never
the evidence phrases ("presented results to stakeholders"), and skipped many named ones too.
Unlabelled soft predictions fall in two strata that differ in kind, so each is sampled and
credited at its own judged share:

- ``named``: the skill named by a word or alias (every method but "phrase");
- ``phrase``: an evidence phrase from skill_lexicon/rules/soft_skill_evidence.toml.

The sample in benchmarks/data/dotin_soft_adjudication.jsonl was drawn after the soft
precision fixes (commit 44b7d44, a17a665 before the rebase on main) with ``--draw 120
--stratum named`` and ``--draw 120 --stratum phrase`` (seed SAMPLE_SEED; even and odd ids
in proportion), and every row judged by reading about 150 characters either side of the
span (precision_adjudicated.CONTEXT_CHARS) against the criteria below, written before
judging. Rows that match no current prediction are counted and left out.

    estimated precision = (labelled correct + sum over strata of unlabelled_s * share_s)
                          / predicted
    estimated F1 = 2 P R / (P + R), with R the recall on the labels as they are

The interval puts both strata at the same end of their Wilson intervals, each at the
Bonferroni level 1 - 0.05/2 (z = 2.241): at least 95% together. It covers sampling error
only: one judge, no second opinion. F1's interval is the F1 of the precision bounds (recall
is not estimated: it stays the official one, labels as-is).

Criteria (strict; the question is whether the span, in its sentence, is evidence that the
person has the predicted soft skill, or, for a spoken language, speaks it):

- ``skill``: the person claims the skill ("excellent communication skills", a soft-skill
  item in a skills or strengths list, "highly motivated", "ability to lead a team"), or
  the span reports something the person did that shows it ("led a team of four",
  "collaborated with teachers", "presented findings to directors", "co-authored a paper",
  "negotiated contracts", "trained new hires"); a reference's or award's praise of the
  person counts ("a very creative leader"). A language the person lists, studied as a
  language, or translated to or from. Reason ``annotator_skipped``; ``skill_id_mismatch``
  when the span shows a soft skill but not the predicted one ("coordinated with the
  team" as teamwork is right; "managed multiple projects" as leadership would not be).
- ``not_skill``, with the reason:
  ``wrong_sense`` (the word means something else: "Service Oriented Architecture",
  "Integrity OS", "adaptive filter", "Russian helicopters", "no flexibility for
  modification", "in a team building a demo"); ``in_title`` (part of a job, course,
  publication, talk, programme, project or award title: "Head: Strategy", "Principles
  of Coaching", "Shared Leadership: From IT Silos", "Freshman Mentoring Program");
  ``in_company_name`` (an employer, organisation or event name: "Managing People Career
  Centers", "Coalition for Integrity and Accountability"); ``in_degree_name`` (a field of a
  degree: "Electronics and Communication"); ``taught_to_others`` (a skill the person
  teaches or a programme addresses in others: "helped students develop their writing
  skills", "programs addressing conflict resolution"); ``not_the_person`` (a wish, an
  employer sought, someone else: "looking for an ambitious company", "To be part of a
  team", a referee's title); ``not_evidence`` (a routine duty that does not show the
  skill: "prepared bug reports", "worked with the QA team" is kept as teamwork but
  "reports to management" as a line of reporting is not; "troubleshot server issues" as
  problem-solving is kept, the rule's intent); ``boilerplate`` (template or advice text).
- ``unsure``: the sentence does not settle it (reason ``ambiguous``). Counted as not skill in
  the main estimate; the line "if unsure were skill" gives the optimistic end.

    python3 benchmarks/precision_adjudicated_soft.py
    python3 benchmarks/precision_adjudicated_soft.py --context 20 --stratum phrase
    python3 benchmarks/precision_adjudicated_soft.py --draw 120 --stratum named  # no verdicts
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ADJUDICATION = BENCHMARKS / "data" / "dotin_soft_adjudication.jsonl"
STRATA = ("named", "phrase")
#: The evidence-phrase method of a mention (every other method names the skill).
PHRASE_METHOD = "phrase"
#: Seed and per-stratum size of the committed sample (--draw 120 for each stratum).
SAMPLE_SEED = 20261124
SAMPLE_SIZE = 120
#: The reasons the criteria in the docstring allow, per verdict.
REASONS = {
    "skill": frozenset({"annotator_skipped", "skill_id_mismatch"}),
    "not_skill": frozenset(
        {
            "wrong_sense",
            "in_title",
            "in_company_name",
            "in_degree_name",
            "taught_to_others",
            "not_the_person",
            "not_evidence",
            "boilerplate",
        }
    ),
    "unsure": frozenset({"ambiguous"}),
}


def load_hard_script() -> ModuleType:
    """Return benchmarks/precision_adjudicated.py as a module: its arithmetic and readers."""
    if "precision_adjudicated" in sys.modules:  # already loaded (the tests load it too)
        return sys.modules["precision_adjudicated"]
    spec = importlib.util.spec_from_file_location(
        "precision_adjudicated", BENCHMARKS / "precision_adjudicated.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


adjudicated = load_hard_script()


def stratum_of(method: str) -> str:
    """Return the soft stratum of a prediction found by ``method``."""
    return "phrase" if method == PHRASE_METHOD else "named"


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of ``precision`` and ``recall`` (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def soft_recall(rows: list[dict[str, Any]], predictions: list[Any]) -> tuple[int, int]:
    """Return (labelled soft spans overlapped by a soft prediction, labelled soft spans)."""
    accuracy = adjudicated.load_skills_accuracy()
    spans_by_resume: dict[str, list[tuple[int, int]]] = {}
    for p in predictions:
        spans_by_resume.setdefault(p.resume, []).append((p.start, p.end))
    found = total = 0
    for row in rows:
        predicted = spans_by_resume.get(str(row["id"]), [])
        for span in row["spans"]:
            if span["label"] in accuracy.SOFT_LABELS:
                total += 1
                found += accuracy.overlaps(span["start"], span["end"], predicted)
    return found, total


def soft_strata(
    predictions: list[Any], judgements: list[Any]
) -> tuple[list[Any], dict[str, list[Any]]]:
    """Return the StratumSample of each soft stratum and its judged rows.

    Only judgements that match a current unlabelled prediction (same id, start and end)
    count, in the stratum of that prediction.
    """
    unlabelled = {(p.resume, p.start, p.end): p for p in predictions if not p.labelled}
    judged: dict[str, list[Any]] = {name: [] for name in STRATA}
    for j in judgements:
        if (j.resume, j.start, j.end) in unlabelled:
            judged[stratum_of(unlabelled[(j.resume, j.start, j.end)].method)].append(j)
    counts = Counter(stratum_of(p.method) for p in unlabelled.values())
    strata = []
    for name in STRATA:
        verdicts = Counter(j.verdict for j in judged[name])
        strata.append(
            adjudicated.StratumSample(
                name, counts[name], len(judged[name]), verdicts["skill"], verdicts["unsure"]
            )
        )
    return strata, judged


def report(
    predictions: list[Any], judgements: list[Any], found: int, gold: int, resumes: int
) -> None:
    """Print the official soft precision/F1, the judged shares and the stratified estimate."""
    predicted = len(predictions)
    correct = sum(p.labelled for p in predictions)
    recall = found / gold
    official = correct / predicted
    unlabelled = {(p.resume, p.start, p.end): p for p in predictions if not p.labelled}
    print(f"dotin-train: {resumes} resumes, {predicted} soft predictions, {gold} soft labels")
    print(
        f"official soft precision (labels only) {official:.3f}  ({correct}/{predicted})  "
        f"recall {recall:.3f}  F1 {f1(official, recall):.3f}"
    )
    hits = [j for j in judgements if (j.resume, j.start, j.end) in unlabelled]
    renamed = sum(unlabelled[(j.resume, j.start, j.end)].skill != j.skill for j in hits)
    print(
        f"sample: {len(judgements)} rows, {len(hits)} match a current unlabelled prediction, "
        f"{len(judgements) - len(hits)} no longer do (left out); {renamed} matched with "
        "another skill id"
    )
    strata, judged = soft_strata(predictions, judgements)
    for stratum in strata:
        rows = judged[stratum.name]
        print(
            f"[{stratum.name}] unlabelled {stratum.unlabelled} "
            f"({stratum.unlabelled / len(unlabelled):.1%}), judged {stratum.judged}"
        )
        if rows:
            adjudicated.print_share("  all ", rows)
            for side in ("even", "odd"):
                in_side = [j for j in rows if adjudicated.parity(j.resume) == side]
                if in_side:
                    adjudicated.print_share(f"  {side:4s}", in_side)
    try:
        estimate, low, high = adjudicated.stratified_estimate(correct, predicted, strata)
    except ValueError as error:
        print(f"no stratified estimate: {error}")
        return
    z = adjudicated.bonferroni_z(sum(1 for s in strata if s.unlabelled))
    print(
        f"estimated soft precision {estimate:.3f}  95% [{low:.3f}, {high:.3f}]  (stratified; "
        f"each stratum at its Wilson bound, z={z:.3f}; unsure counted as not skill)"
    )
    print(
        f"estimated soft F1 {f1(estimate, recall):.3f}  95% [{f1(low, recall):.3f}, "
        f"{f1(high, recall):.3f}]  (recall {recall:.3f} on the labels as-is)"
    )
    optimistic = adjudicated.stratified_precision(
        correct, predicted, [(s.unlabelled, s.share(True)) for s in strata if s.unlabelled]
    )
    print(f"  if unsure were skill: {optimistic:.3f}  ({sum(s.unsure for s in strata)} unsure)")
    for name in STRATA:
        adjudicated.print_verdicts(name, judged[name])


def main(argv: list[str] | None = None) -> int:
    parser = adjudicated.sample_arguments(__doc__.splitlines()[0], STRATA)
    parser.add_argument("--seed", type=int, default=SAMPLE_SEED, help="seed for --draw")
    args = parser.parse_args(argv)

    accuracy = adjudicated.load_skills_accuracy()
    rows = adjudicated.read_dotin(accuracy)
    if rows is None:
        return 0
    texts = {str(row["id"]): row["text"] for row in rows}
    predictions = adjudicated.predict(rows, accuracy, group="soft")

    if args.draw:
        pool = [
            p
            for p in predictions
            if not p.labelled and args.stratum in ("all", stratum_of(p.method))
        ]
        for p in adjudicated.draw_sample(pool, args.draw, args.seed):
            print(json.dumps({"id": p.resume, "start": p.start, "end": p.end, "skill": p.skill}))
        return 0

    judgements = []
    if ADJUDICATION.exists():
        judgements = adjudicated.read_judgements(
            ADJUDICATION.read_text(encoding="utf-8").splitlines()
        )
    if args.context:
        methods = {(p.resume, p.start, p.end): p.method for p in predictions}
        shown = [
            j
            for j in judgements
            if args.stratum in ("all", stratum_of(methods.get((j.resume, j.start, j.end), "")))
        ]
        for j in shown[: args.context]:
            text = adjudicated.context(texts[j.resume], j.start, j.end)
            print(f"{j.resume}:{j.start} {j.skill} {j.verdict}/{j.reason}: {text}")
        return 0
    found, gold = soft_recall(rows, predictions)
    report(predictions, judgements, found, gold, len(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
