"""Hard-skill precision on dotin, corrected for annotation gaps with a hand-judged sample.

The dotin annotation is not exhaustive: many hard predictions that overlap no labelled span
("unlabelled" predictions) are real skills the annotator skipped. This script keeps the
official figure (precision against the labels only, as in skills_accuracy.py) and adds an
estimate: it matches the current unlabelled predictions with a seeded random sample of
unlabelled predictions judged by hand (benchmarks/data/dotin_hard_adjudication.jsonl, matched
by resume id and exact start/end), takes the share judged ``skill`` with a 95% Wilson
interval, and prints the precision if every unlabelled prediction were right at that rate:

    estimated precision = (labelled correct + unlabelled * share) / predicted

plus the counts of verdicts by reason, so the dominant error kinds are visible. Sampled rows
that no longer match a current prediction (the extraction changes) are counted and left out.
Unlabelled predictions that the sample never saw are assumed to be right at the sample's rate.
The interval covers sampling error only: one judge, no second opinion on the verdicts.

The adjudication file holds, per row, only ``id``, ``start``, ``end``, ``skill`` (the
predicted skill id at sampling time), ``verdict`` and ``reason``: no resume text, the offsets
find it again in the shared data. The sample was drawn with ``--draw`` (seed SAMPLE_SEED,
allocated to even and odd resume ids in proportion to their unlabelled predictions, on main at
commit f9e9f27) and each row judged by reading about 150 characters either side of the span
(``--context``).

Criteria (strict; the question is whether the span, in that sentence, names a hard skill):

- ``skill``: the span names a tool, technology, language, platform, standard, method or
  job-specific competence that a recruiter would count: a skills-list item, a tool used in a
  project, the trade itself in a sentence about work ("bookkeeping", "lesson plans", "SAP
  IT support"). A repeat of a skill labelled elsewhere in the resume still counts. Reason
  ``annotator_skipped``, or ``skill_id_mismatch`` when the span names a hard skill but not
  the predicted one ("Oracle Fusion Applications" as oracle-database, "Master Patient Index
  (MPI)" as mpi): right for this benchmark, which checks spans only, wrong for matching.
- Titles: a specific technology, tool or platform inside a job, project, course, seminar or
  thesis title still names a skill ("Senior Software Engineer, Android", "Android for Java
  Programmers"); a field, function or discipline word there does not (reasons below).
- ``not_skill``, with the reason that makes it wrong:
  ``wrong_sense`` (the word means something else here: "Construction of Test Cases",
  "interpreting user requirements", a person's name, lorem ipsum, a department one deals
  with); ``in_title`` (a field or function word in a job, certification, project, talk,
  thesis or journal title: "Retail Sales Associate", "QA engineers"); ``in_company_name`` (part
  of an employer, client, institution, unit or event name: "Aricent Cisco", "Commercial
  Banking Services Division"); ``in_degree_name`` (a field in a degree, concentration or
  course name: "Bachelor in Instrumentation", coursework "Operating Systems");
  ``list_heading`` (the label of a skills-table row, "Operating Systems: Windows"; the items
  are the skills); ``domain_of_product`` (what a product, supplier or client does, not a
  competence of the person: "product used by online advertising companies");
  ``generic_word`` (an everyday word, "maintenance personnel", "Files and Databases");
  ``too_vague`` (a discipline so broad in a free sentence that it says nothing checkable:
  "Coding", "software development", "research"); ``soft_skill`` (a soft skill filed as
  hard: "team management", "leading a team"); ``in_link`` (a link's label or address);
  ``boilerplate`` (template or advice text, not about the person).
- ``unsure``: the sentence does not settle it (reason ``ambiguous``). Counted as not skill in
  the main estimate; the line "if unsure were skill" gives the optimistic end.

    python3 benchmarks/precision_adjudicated.py
    python3 benchmarks/precision_adjudicated.py --context 20   # show judged rows in context
    python3 benchmarks/precision_adjudicated.py --draw 300     # a new sample, no verdicts
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ADJUDICATION = BENCHMARKS / "data" / "dotin_hard_adjudication.jsonl"
VERDICTS = ("skill", "not_skill", "unsure")
#: Two-sided 95% normal quantile for the Wilson interval.
Z_95 = 1.959963984540054
#: Seed and size of the sample drawn with --draw (the committed sample used these).
SAMPLE_SEED = 20261122
SAMPLE_SIZE = 300
#: Characters shown either side of a span with --context.
CONTEXT_CHARS = 150


def load_skills_accuracy() -> ModuleType:
    """Return benchmarks/skills_accuracy.py as a module, so both scripts score alike."""
    spec = importlib.util.spec_from_file_location(
        "skills_accuracy", BENCHMARKS / "skills_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs.
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float]:
    """Return the Wilson score interval (low, high) for ``successes`` out of ``total``."""
    if total <= 0:
        raise ValueError("the Wilson interval needs at least one trial")
    if not 0 <= successes <= total:
        raise ValueError(f"successes {successes} outside 0..{total}")
    share = successes / total
    z2 = z * z
    centre = (share + z2 / (2 * total)) / (1 + z2 / total)
    half = z * math.sqrt(share * (1 - share) / total + z2 / (4 * total * total)) / (1 + z2 / total)
    # Clamp rounding noise: the exact interval never leaves [0, 1].
    return max(0.0, centre - half), min(1.0, centre + half)


def estimated_precision(correct: int, predicted: int, skill_share: float) -> float:
    """Return precision if the ``predicted - correct`` unlabelled ones are right at the share."""
    if predicted <= 0:
        raise ValueError("precision needs at least one prediction")
    if not 0.0 <= skill_share <= 1.0:
        raise ValueError(f"share {skill_share} outside 0..1")
    return (correct + (predicted - correct) * skill_share) / predicted


@dataclass(frozen=True)
class Judgement:
    """One hand-judged unlabelled prediction of the adjudication file."""

    resume: str
    start: int
    end: int
    skill: str
    verdict: str
    reason: str


def read_judgements(lines: Iterable[str]) -> list[Judgement]:
    """Return the judgements of adjudication JSONL lines; a bad row raises ValueError."""
    judgements = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row: dict[str, Any] = json.loads(line)
        if row.get("verdict") not in VERDICTS:
            raise ValueError(f"line {number}: verdict {row.get('verdict')!r} not in {VERDICTS}")
        judgements.append(
            Judgement(
                str(row["id"]),
                int(row["start"]),
                int(row["end"]),
                str(row["skill"]),
                row["verdict"],
                str(row.get("reason", "")),
            )
        )
    return judgements


@dataclass(frozen=True)
class Prediction:
    """One current hard prediction, and whether it overlaps a labelled hard span."""

    resume: str
    start: int
    end: int
    skill: str
    labelled: bool


def predict(rows: list[dict[str, Any]], accuracy: ModuleType) -> list[Prediction]:
    """Return the current hard predictions of ``rows``, extracted as skills_accuracy.py does."""
    from resumefit.extract import extract_mentions
    from resumefit.sections import split_sections
    from resumefit.types import Document

    predictions = []
    for row in rows:
        doc = Document(
            source=f"dotin-{row['id']}", format="txt", sha256=str(row["id"]), text=row["text"]
        )
        mentions = extract_mentions(split_sections(doc))
        gold = [(s["start"], s["end"]) for s in row["spans"] if s["label"] in accuracy.HARD_LABELS]
        for m in mentions:
            if m.category in accuracy.SOFT_CATEGORIES or m.category in accuracy.OTHER_CATEGORIES:
                continue
            labelled = accuracy.overlaps(m.start, m.end, gold)
            predictions.append(Prediction(str(row["id"]), m.start, m.end, m.skill, labelled))
    return predictions


def parity(resume: str) -> str:
    """Return "even" or "odd" for a resume id (tune on even, check on odd)."""
    return "even" if int(resume) % 2 == 0 else "odd"


def draw_sample(unlabelled: list[Prediction], size: int, seed: int) -> list[Prediction]:
    """Return a seeded sample of ``size``, split over even and odd ids in proportion."""
    rng = random.Random(seed)
    sample: list[Prediction] = []
    for name in ("even", "odd"):
        stratum = [p for p in unlabelled if parity(p.resume) == name]
        share = round(size * len(stratum) / len(unlabelled))
        sample.extend(rng.sample(stratum, min(share, len(stratum))))
    return sorted(sample, key=lambda p: (int(p.resume), p.start))


def context(text: str, start: int, end: int) -> str:
    """Return the span in [[ ]] with CONTEXT_CHARS either side, on one line."""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return f"{before}[[{text[start:end]}]]{after}".replace("\n", " / ")


def report(
    predictions: list[Prediction], judgements: list[Judgement], texts: dict[str, str]
) -> None:
    """Print the official precision, the judged share and the adjusted estimate."""
    predicted = len(predictions)
    correct = sum(p.labelled for p in predictions)
    unlabelled = {(p.resume, p.start, p.end): p for p in predictions if not p.labelled}
    print(f"dotin-train: {len(texts)} resumes, {predicted} hard predictions")
    print(
        f"official hard precision (labels only) {correct / predicted:.3f}  ({correct}/{predicted})"
    )
    print(f"unlabelled hard predictions now: {len(unlabelled)}")

    matched = [j for j in judgements if (j.resume, j.start, j.end) in unlabelled]
    drifted = len(judgements) - len(matched)
    renamed = sum(unlabelled[(j.resume, j.start, j.end)].skill != j.skill for j in matched)
    print(
        f"adjudicated sample: {len(judgements)} rows, {len(matched)} match a current unlabelled "
        f"prediction, {drifted} no longer do (left out); {renamed} matched with another skill id"
    )
    if not matched:
        print("no judged row matches the current extraction: no estimate")
        return
    verdicts = Counter(j.verdict for j in matched)
    n = len(matched)
    for name, rows in (
        ("all", matched),
        ("even", [j for j in matched if parity(j.resume) == "even"]),
        ("odd", [j for j in matched if parity(j.resume) == "odd"]),
    ):
        if not rows:
            continue
        hits = sum(j.verdict == "skill" for j in rows)
        low, high = wilson_interval(hits, len(rows))
        print(
            f"[{name}] judged skill {hits}/{len(rows)} = {hits / len(rows):.3f}  "
            f"95% Wilson [{low:.3f}, {high:.3f}]"
        )
    share = verdicts["skill"] / n
    low, high = wilson_interval(verdicts["skill"], n)
    print(
        f"estimated hard precision {estimated_precision(correct, predicted, share):.3f}  "
        f"95% [{estimated_precision(correct, predicted, low):.3f}, "
        f"{estimated_precision(correct, predicted, high):.3f}]  (unsure counted as not skill)"
    )
    optimistic = (verdicts["skill"] + verdicts["unsure"]) / n
    print(
        f"  if unsure were skill: {estimated_precision(correct, predicted, optimistic):.3f}  "
        f"({verdicts['unsure']} unsure)"
    )
    print("verdicts by reason (matched rows):")
    for (verdict, reason), count in Counter((j.verdict, j.reason) for j in matched).most_common():
        print(f"  {count:4d}  {verdict:9s}  {reason}")
    wrong = Counter(j.skill for j in matched if j.verdict == "not_skill")
    print(
        "skill ids most often judged not_skill: "
        + ", ".join(f"{skill} {count}" for skill, count in wrong.most_common(10))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", type=int, default=0, help="print a new sample of N (JSONL)")
    parser.add_argument("--context", type=int, default=0, help="show N judged rows in context")
    parser.add_argument("--seed", type=int, default=SAMPLE_SEED, help="seed for --draw")
    args = parser.parse_args(argv)

    accuracy = load_skills_accuracy()
    path = accuracy.shared_data() / "resumes-annotated" / "dotin-train.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = {str(row["id"]): row["text"] for row in rows}
    predictions = predict(rows, accuracy)

    if args.draw:
        unlabelled = [p for p in predictions if not p.labelled]
        for p in draw_sample(unlabelled, args.draw, args.seed):
            print(json.dumps({"id": p.resume, "start": p.start, "end": p.end, "skill": p.skill}))
        return 0

    judgements = read_judgements(ADJUDICATION.read_text(encoding="utf-8").splitlines())
    if args.context:
        for j in judgements[: args.context]:
            text = context(texts[j.resume], j.start, j.end)
            print(f"{j.resume}:{j.start} {j.skill} {j.verdict}/{j.reason}: {text}")
        return 0
    report(predictions, judgements, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
