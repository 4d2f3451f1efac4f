"""Hard-skill precision on dotin, corrected for annotation gaps with hand-judged samples.

The dotin annotation is not exhaustive: many hard predictions that overlap no labelled span
("unlabelled" predictions) are real skills the annotator skipped. This script keeps the
official figure (precision against the labels only, as in skills_accuracy.py) and adds an
estimate from unlabelled predictions judged by hand, matched to the current ones by resume id
and exact start/end.

The estimate is stratified, because the extraction keeps changing and a sample only speaks
for the population it was drawn from:

- stratum ``old``: current unlabelled predictions that were unlabelled predictions at commit
  f9e9f27, when the first sample was drawn. Their offsets (id, start, end; no text) are in
  benchmarks/data/dotin_unlabelled_f9e9f27.jsonl.gz, written by running this script's
  ``--write-population`` with that commit's ``src`` on PYTHONPATH (a temporary
  ``git worktree add /tmp/old f9e9f27``). Judged by benchmarks/data/dotin_hard_adjudication.jsonl
  (300 rows, seed SAMPLE_SEED).
- stratum ``new``: every other current unlabelled prediction (new skills, aliases and rules
  since). Judged by benchmarks/data/dotin_hard_adjudication_new.jsonl (NEW_SAMPLE_SIZE rows
  drawn at main b8415c6 with ``--draw 120 --stratum new``, seed NEW_SAMPLE_SEED).

A judged row counts for the stratum of the prediction it matches, whichever file holds it;
rows that match no current prediction are counted and left out. Each stratum's share judged
``skill`` credits that stratum's unlabelled predictions:

    estimated precision = (labelled correct + sum over strata of unlabelled_s * share_s)
                          / predicted

The interval is conservative: every stratum is put at the same end of its Wilson interval,
each taken at the Bonferroni level 1 - 0.05/k (k strata with predictions, z = 2.241 for two),
so all hold together with at least 95% probability. It covers sampling error only: one judge,
no second opinion on the verdicts. Per stratum the script prints its count, share of all
unlabelled predictions, share judged skill with a 95% Wilson interval (also split by even and
odd resume ids), and the verdicts by reason, so the dominant error kinds are visible. The line
"unstratified" gives the earlier figure (every unlabelled prediction at the old share).

Each adjudication row holds only ``id``, ``start``, ``end``, ``skill`` (the predicted skill id
at sampling time), ``verdict`` and ``reason``: no resume text, the offsets find it again in the
shared data. Samples are drawn with ``--draw`` (allocated to even and odd resume ids in
proportion to their unlabelled predictions) and each row judged by reading about 150
characters either side of the span (``--context``).

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
    python3 benchmarks/precision_adjudicated.py --context 20 --stratum new  # the new sample's
    python3 benchmarks/precision_adjudicated.py --draw 120 --stratum new    # a sample, no verdicts
    PYTHONPATH=/tmp/old/src python3 benchmarks/precision_adjudicated.py \\
        --write-population benchmarks/data/dotin_unlabelled_f9e9f27.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import random
import statistics
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
ADJUDICATION = BENCHMARKS / "data" / "dotin_hard_adjudication.jsonl"
#: The hand-judged sample of the "new" stratum (same row format as ADJUDICATION).
ADJUDICATION_NEW = BENCHMARKS / "data" / "dotin_hard_adjudication_new.jsonl"
#: Offsets (id, start, end) of the unlabelled hard predictions at commit f9e9f27, when the
#: first sample was drawn: the "old" stratum is the current predictions found in it.
POPULATION_OLD = BENCHMARKS / "data" / "dotin_unlabelled_f9e9f27.jsonl.gz"
STRATA = ("old", "new")
VERDICTS = ("skill", "not_skill", "unsure")
#: Two-sided 95% normal quantile for the Wilson interval.
Z_95 = 1.959963984540054
#: Error rate of the combined interval, shared between the strata (Bonferroni).
ALPHA = 0.05
#: Seed and size of the sample drawn with --draw (the committed sample used these).
SAMPLE_SEED = 20261122
SAMPLE_SIZE = 300
#: Seed and size of the "new" stratum's sample (--draw 120 --stratum new).
NEW_SAMPLE_SEED = 20261123
NEW_SAMPLE_SIZE = 120
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


def bonferroni_z(strata: int, alpha: float = ALPHA) -> float:
    """Return the two-sided normal quantile that gives each of ``strata`` intervals alpha/strata.

    If every stratum's interval holds at that level, all hold together with probability at
    least 1 - alpha, so the precision built from their bounds does too.
    """
    if strata <= 0:
        raise ValueError("the Bonferroni quantile needs at least one stratum")
    return statistics.NormalDist().inv_cdf(1 - alpha / (2 * strata))


def stratified_precision(
    correct: int, predicted: int, strata: Iterable[tuple[int, float]]
) -> float:
    """Return precision if each stratum's unlabelled predictions are right at its own share.

    ``strata`` holds (unlabelled predictions, share judged skill) per stratum; the counts must
    add up to the ``predicted - correct`` unlabelled predictions.
    """
    if predicted <= 0:
        raise ValueError("precision needs at least one prediction")
    strata = list(strata)
    if sum(count for count, _ in strata) != predicted - correct:
        raise ValueError(f"strata do not add up to the {predicted - correct} unlabelled")
    credited = 0.0
    for count, share in strata:
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"share {share} outside 0..1")
        credited += count * share
    return (correct + credited) / predicted


@dataclass(frozen=True)
class StratumSample:
    """One stratum: its unlabelled predictions and the verdicts of its judged rows."""

    name: str
    unlabelled: int
    judged: int
    skill: int
    unsure: int

    def share(self, unsure_is_skill: bool = False) -> float:
        """Return the share judged skill (optionally counting unsure as skill)."""
        return (self.skill + (self.unsure if unsure_is_skill else 0)) / self.judged


def stratified_estimate(
    correct: int, predicted: int, strata: list[StratumSample], alpha: float = ALPHA
) -> tuple[float, float, float]:
    """Return the stratified precision and its (low, high) bounds.

    The bounds put every stratum at the same end of its Wilson interval, each taken at the
    Bonferroni level alpha/len(strata): conservative, at least 1 - alpha coverage. A stratum
    with no unlabelled prediction adds nothing; one with predictions but no judged row
    raises ValueError (nothing says how often it is right).
    """
    counted = [s for s in strata if s.unlabelled]
    if any(not s.judged for s in counted):
        raise ValueError("a stratum with unlabelled predictions has no judged row")
    z = bonferroni_z(max(1, len(counted)), alpha)
    bounds = [wilson_interval(s.skill, s.judged, z) for s in counted]
    estimate = stratified_precision(
        correct, predicted, [(s.unlabelled, s.share()) for s in counted]
    )
    low = stratified_precision(
        correct, predicted, [(s.unlabelled, b[0]) for s, b in zip(counted, bounds, strict=True)]
    )
    high = stratified_precision(
        correct, predicted, [(s.unlabelled, b[1]) for s, b in zip(counted, bounds, strict=True)]
    )
    return estimate, low, high


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
    """One current prediction, and whether it overlaps a labelled span of its group."""

    resume: str
    start: int
    end: int
    skill: str
    labelled: bool
    #: how the mention was found ("exact", "phrase", ...): the soft strata split on it
    method: str = ""


def predict(
    rows: list[dict[str, Any]], accuracy: ModuleType, group: str = "hard"
) -> list[Prediction]:
    """Return the current predictions of ``group`` ("hard" or "soft") in ``rows``.

    Extracted and split into groups as skills_accuracy.py does.
    """
    from resumefit.extract import extract_mentions
    from resumefit.sections import split_sections
    from resumefit.types import Document

    if group not in ("hard", "soft"):
        raise ValueError(f"group {group!r} is neither hard nor soft")
    labels = accuracy.SOFT_LABELS if group == "soft" else accuracy.HARD_LABELS
    predictions = []
    for row in rows:
        doc = Document(
            source=f"dotin-{row['id']}", format="txt", sha256=str(row["id"]), text=row["text"]
        )
        mentions = extract_mentions(split_sections(doc))
        gold = [(s["start"], s["end"]) for s in row["spans"] if s["label"] in labels]
        for m in mentions:
            soft = m.category in accuracy.SOFT_CATEGORIES
            if soft != (group == "soft") or m.category in accuracy.OTHER_CATEGORIES:
                continue
            labelled = accuracy.overlaps(m.start, m.end, gold)
            predictions.append(
                Prediction(str(row["id"]), m.start, m.end, m.skill, labelled, m.method)
            )
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


Key = tuple[str, int, int]


def read_population(lines: Iterable[str]) -> set[Key]:
    """Return the (id, start, end) keys of population JSONL lines."""
    keys = set()
    for line in lines:
        if line.strip():
            row = json.loads(line)
            keys.add((str(row["id"]), int(row["start"]), int(row["end"])))
    return keys


def population_lines(predictions: Iterable[Prediction]) -> list[str]:
    """Return the JSONL lines (offsets only, sorted) of the unlabelled ``predictions``."""
    rows = sorted((int(p.resume), p.start, p.end) for p in predictions if not p.labelled)
    return [json.dumps({"id": str(i), "start": start, "end": end}) for i, start, end in rows]


def stratum_of(key: Key, old_population: set[Key]) -> str:
    """Return "old" if an unlabelled prediction already existed at f9e9f27, else "new"."""
    return "old" if key in old_population else "new"


def judgements_by_stratum(
    matched: list[Judgement], old_population: set[Key]
) -> dict[str, list[Judgement]]:
    """Return the ``matched`` judgements grouped by the stratum of their prediction."""
    groups: dict[str, list[Judgement]] = {name: [] for name in STRATA}
    for j in matched:
        groups[stratum_of((j.resume, j.start, j.end), old_population)].append(j)
    return groups


def stratum_samples(
    unlabelled: Iterable[Key], judged: dict[str, list[Judgement]], old_population: set[Key]
) -> list[StratumSample]:
    """Return, per stratum, its unlabelled count and the verdicts of its judged rows."""
    counts = Counter(stratum_of(key, old_population) for key in unlabelled)
    samples = []
    for name in STRATA:
        verdicts = Counter(j.verdict for j in judged[name])
        samples.append(
            StratumSample(
                name, counts[name], len(judged[name]), verdicts["skill"], verdicts["unsure"]
            )
        )
    return samples


def print_share(label: str, rows: list[Judgement]) -> None:
    """Print the share of ``rows`` judged skill with its 95% Wilson interval."""
    hits = sum(j.verdict == "skill" for j in rows)
    low, high = wilson_interval(hits, len(rows))
    print(
        f"{label} judged skill {hits}/{len(rows)} = {hits / len(rows):.3f}  "
        f"95% Wilson [{low:.3f}, {high:.3f}]"
    )


def report(
    predictions: list[Prediction],
    samples: dict[str, list[Judgement]],
    old_population: set[Key],
    resumes: int,
) -> None:
    """Print the official precision, the judged shares per stratum and the stratified estimate."""
    predicted = len(predictions)
    correct = sum(p.labelled for p in predictions)
    unlabelled = {(p.resume, p.start, p.end): p for p in predictions if not p.labelled}
    print(f"dotin-train: {resumes} resumes, {predicted} hard predictions")
    print(
        f"official hard precision (labels only) {correct / predicted:.3f}  ({correct}/{predicted})"
    )
    print(
        f"unlabelled hard predictions now: {len(unlabelled)}; "
        f"{len(old_population)} at f9e9f27, of which {len(old_population & unlabelled.keys())} "
        "still are"
    )

    matched: list[Judgement] = []
    for name, judgements in samples.items():
        hits = [j for j in judgements if (j.resume, j.start, j.end) in unlabelled]
        renamed = sum(unlabelled[(j.resume, j.start, j.end)].skill != j.skill for j in hits)
        outside = sum((j.resume, j.start, j.end) not in old_population for j in judgements)
        print(
            f"sample {name}: {len(judgements)} rows, {len(hits)} match a current unlabelled "
            f"prediction, {len(judgements) - len(hits)} no longer do (left out); {renamed} "
            f"matched with another skill id; {outside} outside the f9e9f27 population"
        )
        matched.extend(hits)
    judged = judgements_by_stratum(matched, old_population)
    strata = stratum_samples(unlabelled, judged, old_population)
    for stratum in strata:
        rows = judged[stratum.name]
        print(
            f"[{stratum.name}] unlabelled {stratum.unlabelled} "
            f"({stratum.unlabelled / len(unlabelled):.1%}), judged {stratum.judged}"
        )
        if not rows:
            continue
        print_share("  all ", rows)
        for side in ("even", "odd"):
            print_share(f"  {side:4s}", [j for j in rows if parity(j.resume) == side])
    try:
        estimate, low, high = stratified_estimate(correct, predicted, strata)
    except ValueError as error:
        print(f"no stratified estimate: {error}")
        return
    counted = sum(1 for s in strata if s.unlabelled)
    print(
        f"estimated hard precision {estimate:.3f}  95% [{low:.3f}, {high:.3f}]  (stratified; "
        f"bounds: each stratum at its Wilson bound, z={bonferroni_z(counted):.3f}; "
        "unsure counted as not skill)"
    )
    optimistic = stratified_precision(
        correct, predicted, [(s.unlabelled, s.share(True)) for s in strata if s.unlabelled]
    )
    print(f"  if unsure were skill: {optimistic:.3f}  ({sum(s.unsure for s in strata)} unsure)")
    old = strata[STRATA.index("old")]
    print(
        "  unstratified (every unlabelled at the old stratum's share): "
        f"{stratified_precision(correct, predicted, [(len(unlabelled), old.share())]):.3f}"
    )
    for stratum in strata:
        print_verdicts(stratum.name, judged[stratum.name])


def print_verdicts(name: str, rows: list[Judgement]) -> None:
    """Print a stratum's verdicts by reason and the skill ids most often judged wrong."""
    print(f"verdicts by reason [{name}]:")
    for (verdict, reason), count in Counter((j.verdict, j.reason) for j in rows).most_common():
        print(f"  {count:4d}  {verdict:9s}  {reason}")
    wrong = Counter(j.skill for j in rows if j.verdict == "not_skill")
    print(
        f"skill ids most often judged not_skill [{name}]: "
        + ", ".join(f"{skill} {count}" for skill, count in wrong.most_common(10))
    )


def sample_arguments(description: str, strata: Iterable[str]) -> argparse.ArgumentParser:
    """Return the parser of the options both adjudication scripts share (no --seed)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--draw", type=int, default=0, help="print a new sample of N (JSONL)")
    parser.add_argument(
        "--stratum", choices=("all", *strata), default="all", help="draw from / show this stratum"
    )
    parser.add_argument("--context", type=int, default=0, help="show N judged rows in context")
    return parser


def read_dotin(accuracy: ModuleType) -> list[dict[str, Any]] | None:
    """Return the dotin-train rows, or None (after saying so) when the data is not there."""
    path = accuracy.shared_data() / "resumes-annotated" / "dotin-train.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str] | None = None) -> int:
    parser = sample_arguments(__doc__.splitlines()[0], STRATA)
    parser.add_argument("--seed", type=int, default=None, help="seed for --draw")
    parser.add_argument(
        "--write-population",
        type=Path,
        help="write the unlabelled predictions' offsets to this .jsonl.gz and stop",
    )
    args = parser.parse_args(argv)

    accuracy = load_skills_accuracy()
    rows = read_dotin(accuracy)
    if rows is None:
        return 0
    texts = {str(row["id"]): row["text"] for row in rows}
    predictions = predict(rows, accuracy)

    if args.write_population:
        lines = population_lines(predictions)
        # mtime 0: the same population gives the same bytes, so git sees no change.
        with gzip.GzipFile(args.write_population, "wb", mtime=0) as out:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
        print(f"wrote {len(lines)} unlabelled predictions to {args.write_population}")
        return 0

    with gzip.open(POPULATION_OLD, "rt", encoding="utf-8") as population_file:
        old_population = read_population(population_file)
    if args.draw:
        pool = [
            p
            for p in predictions
            if not p.labelled
            and args.stratum in ("all", stratum_of((p.resume, p.start, p.end), old_population))
        ]
        seed = args.seed
        if seed is None:
            seed = NEW_SAMPLE_SEED if args.stratum == "new" else SAMPLE_SEED
        for p in draw_sample(pool, args.draw, seed):
            print(json.dumps({"id": p.resume, "start": p.start, "end": p.end, "skill": p.skill}))
        return 0

    samples = {
        name: read_judgements(file.read_text(encoding="utf-8").splitlines())
        for name, file in (("old", ADJUDICATION), ("new", ADJUDICATION_NEW))
        if file.exists()
    }
    if args.context:
        shown = [j for name, rows in samples.items() if args.stratum in ("all", name) for j in rows]
        for j in shown[: args.context]:
            text = context(texts[j.resume], j.start, j.end)
            print(f"{j.resume}:{j.start} {j.skill} {j.verdict}/{j.reason}: {text}")
        return 0
    report(predictions, samples, old_population, len(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
