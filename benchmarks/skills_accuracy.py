"""Skill extraction accuracy on the dotin labelled resumes, and extraction speed.

Runs the real pipeline on each resume's text (a txt Document, split into sections when the
sections stage is available) and compares the mentions with the labelled spans:

- hard skills: labels "Tech Tools" + "Job Specific Skills"; predictions = mentions whose
  category is not soft (soft_skill, spoken_language) and not practice-like;
- soft skills: label "Soft Skills"; predictions = soft_skill mentions plus spoken languages
  (the dotin annotators file languages such as "English" under Soft Skills);
- a prediction is correct when it overlaps a labelled span of its group; recall counts the
  labelled spans overlapped by a prediction of the group.

Secondary lines: soft skills named as words only (without evidence phrases, which the
annotators did not label), the evidence phrases alone, the first mention of each hard skill
per resume (the annotators often label only the first), and hard skills over the resumes
that carry at least one hard label (37 of the 310 carry none: every prediction there counts
as false), and the same for soft skills (116 carry no soft label). Figures are printed for
all resumes and for even / odd ids (tune on even, check on odd).
``--fp N`` prints N unlabelled hard predictions to read (the annotation is not exhaustive);
``--fn N`` / ``--soft-fp N`` / ``--soft-fn N`` the missed hard labels, unlabelled soft
predictions, missed soft labels; ``--parity even`` reads those samples from even ids only.

    python3 benchmarks/skills_accuracy.py [--limit N] [--fp N] [--fn N] [--soft-fn N]
    python3 benchmarks/skills_accuracy.py --fn 200 --parity even
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HARD_LABELS = ("Tech Tools", "Job Specific Skills")
SOFT_LABELS = ("Soft Skills",)
SOFT_CATEGORIES = frozenset({"soft_skill", "spoken_language"})
#: Categories that are neither hard nor soft skills for this benchmark.
OTHER_CATEGORIES = frozenset({"practice"})


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA overrides)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Tally:
    """Counts behind precision and recall for one group of labels."""

    predicted: int = 0
    correct: int = 0
    labelled: int = 0
    found: int = 0
    by_label: Counter[str] = field(default_factory=Counter)
    found_by_label: Counter[str] = field(default_factory=Counter)

    def line(self, name: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.labelled if self.labelled else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        counts = f"(pred {self.predicted}, gold {self.labelled})"
        return f"{name} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  {counts}"

    def recall_of(self, label: str) -> float:
        total = self.by_label[label]
        return self.found_by_label[label] / total if total else 0.0


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Return whether [start, end) overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


def score(
    tally: Tally,
    predictions: list[tuple[int, int]],
    gold: list[tuple[int, int, str]],
) -> list[tuple[int, int]]:
    """Add one resume to ``tally``; return the predictions that overlap no gold span."""
    gold_spans = [(s, e) for s, e, _ in gold]
    wrong = []
    for start, end in predictions:
        tally.predicted += 1
        if overlaps(start, end, gold_spans):
            tally.correct += 1
        else:
            wrong.append((start, end))
    for start, end, label in gold:
        tally.labelled += 1
        tally.by_label[label] += 1
        if overlaps(start, end, predictions):
            tally.found += 1
            tally.found_by_label[label] += 1
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N resumes")
    parser.add_argument("--fp", type=int, default=0, help="print N unlabelled hard predictions")
    parser.add_argument("--fn", type=int, default=0, help="print N missed hard labels")
    parser.add_argument("--soft-fp", type=int, default=0, help="print N unlabelled soft ones")
    parser.add_argument("--soft-fn", type=int, default=0, help="print N missed soft labels")
    parser.add_argument(
        "--parity",
        choices=("all", "even", "odd"),
        default="all",
        help="read the printed samples from these ids only (tune on even, check on odd)",
    )
    args = parser.parse_args()

    path = shared_data() / "resumes-annotated" / "dotin-train.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0

    from resumefit.extract import extract_mentions
    from resumefit.types import Document

    try:
        from resumefit.sections import split_sections
    except ImportError:  # the sections stage is not there yet: no sections
        split_sections = None  # type: ignore[assignment]

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        rows = rows[: args.limit]
    documents = []
    for row in rows:
        doc = Document(
            source=f"dotin-{row['id']}", format="txt", sha256=str(row["id"]), text=row["text"]
        )
        if split_sections is not None:
            doc = split_sections(doc)
        documents.append(doc)

    extract_mentions(documents[0])  # load the lexicon and matchers outside the timing
    kinds = (
        "hard",
        "soft",
        "fuzzy",
        "soft_words",
        "soft_phrases",
        "hard_first",
        "hard_annotated",
        "soft_annotated",
    )
    tallies = {name: {kind: Tally() for kind in kinds} for name in ("all", "even", "odd")}
    false_hard: list[tuple[str, str, str]] = []
    false_soft: list[tuple[str, str, str]] = []
    missed: list[tuple[str, str]] = []
    missed_soft: list[tuple[str, str]] = []
    elapsed = 0.0
    for row, doc in zip(rows, documents, strict=True):
        started = time.perf_counter()
        mentions = extract_mentions(doc)
        elapsed += time.perf_counter() - started
        hard = [
            m
            for m in mentions
            if m.category not in SOFT_CATEGORIES and m.category not in OTHER_CATEGORIES
        ]
        soft = [m for m in mentions if m.category in SOFT_CATEGORIES]
        fuzzy = [m for m in hard if m.method == "fuzzy"]
        gold_hard = [
            (s["start"], s["end"], s["label"]) for s in row["spans"] if s["label"] in HARD_LABELS
        ]
        gold_soft = [
            (s["start"], s["end"], s["label"]) for s in row["spans"] if s["label"] in SOFT_LABELS
        ]
        parity = "even" if int(row["id"]) % 2 == 0 else "odd"
        for name in ("all", parity):
            wrong = score(tallies[name]["hard"], [(m.start, m.end) for m in hard], gold_hard)
            wrong_soft = score(tallies[name]["soft"], [(m.start, m.end) for m in soft], gold_soft)
            named = [(m.start, m.end) for m in soft if m.method != "phrase"]
            score(tallies[name]["soft_words"], named, gold_soft)
            phrases = [(m.start, m.end) for m in soft if m.method == "phrase"]
            score(tallies[name]["soft_phrases"], phrases, gold_soft)
            first_of_skill: dict[str, tuple[int, int]] = {}
            for m in hard:
                first_of_skill.setdefault(m.skill, (m.start, m.end))
            score(tallies[name]["hard_first"], list(first_of_skill.values()), gold_hard)
            if gold_hard:  # resumes whose annotator labelled no hard skill at all are skipped
                score(tallies[name]["hard_annotated"], [(m.start, m.end) for m in hard], gold_hard)
            if gold_soft:
                score(tallies[name]["soft_annotated"], [(m.start, m.end) for m in soft], gold_soft)
            tallies[name]["fuzzy"].predicted += len(fuzzy)
            tallies[name]["fuzzy"].correct += sum(
                overlaps(m.start, m.end, [(s, e) for s, e, _ in gold_hard]) for m in fuzzy
            )
        if args.parity not in ("all", parity):
            continue  # figures above count every resume; the samples below only these
        by_span = {(m.start, m.end): m for m in mentions}
        for start, end in wrong:
            m = by_span[(start, end)]
            false_hard.append((m.skill, m.text, m.sentence[:140]))
        for start, end in wrong_soft:
            m = by_span[(start, end)]
            false_soft.append((m.skill, m.text, m.sentence[:140]))
        predicted = [(m.start, m.end) for m in hard]
        for start, end, label in gold_hard:
            if not overlaps(start, end, predicted):
                missed.append((label, row["text"][start:end]))
        predicted_soft = [(m.start, m.end) for m in soft]
        for start, end, label in gold_soft:
            if not overlaps(start, end, predicted_soft):
                missed_soft.append((label, row["text"][start:end]))

    print(f"dotin-train: {len(rows)} resumes ({path})")
    for name in ("all", "even", "odd"):
        t_hard, t_soft, t_fuzzy = (tallies[name][k] for k in ("hard", "soft", "fuzzy"))
        print(f"[{name}]")
        print("  " + t_hard.line("hard"))
        print(
            f"  recall Tech Tools {t_hard.recall_of('Tech Tools'):.3f}  "
            f"Job Specific Skills {t_hard.recall_of('Job Specific Skills'):.3f}"
        )
        print("  " + t_soft.line("soft"))
        print("  also: " + tallies[name]["soft_words"].line("soft, named only (no phrases)"))
        print("  also: " + tallies[name]["soft_phrases"].line("soft, evidence phrases only"))
        print("  also: " + tallies[name]["hard_first"].line("hard, first mention per skill"))
        print(
            "  also: " + tallies[name]["hard_annotated"].line("hard, resumes with any hard label")
        )
        print(
            "  also: " + tallies[name]["soft_annotated"].line("soft, resumes with any soft label")
        )
        fp = t_fuzzy.correct / t_fuzzy.predicted if t_fuzzy.predicted else 0.0
        print(f"  fuzzy mentions {t_fuzzy.predicted}, precision {fp:.3f}")
    print(
        f"extraction: {len(rows) / elapsed:.0f} resumes/s on one core "
        f"({1000 * elapsed / len(rows):.1f} ms per resume, texts only)"
    )
    rng = random.Random(7)
    for title, items, count in (
        ("unlabelled hard predictions", false_hard, args.fp),
        ("unlabelled soft predictions", false_soft, args.soft_fp),
        ("missed hard labels", missed, args.fn),
        ("missed soft labels", missed_soft, args.soft_fn),
    ):
        if count:
            print(f"--- {title} (sample of {count}; most common first)")
            common = Counter(tuple(item[:2]) for item in items).most_common(count // 2)
            for key, n in common:
                print(f"  {n:4d}  {key}")
            for item in rng.sample(items, min(count // 2, len(items))):
                print("   ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
