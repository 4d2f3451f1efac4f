"""How much precision the dotin labels allow, whatever the extractor.

``skills_accuracy.py`` counts a prediction as correct only when it overlaps a labelled span.
The dotin annotation is not exhaustive, so that precision has a ceiling set by the labels
themselves. This script measures it from the labels alone (no resumefit extraction), for
hard skills (``Tech Tools`` + ``Job Specific Skills``), with two idealised extractors:

1. **The per-resume oracle** knows which words the annotator labelled in each resume and
   predicts every whole-word occurrence of them in that resume (or only the first k).
2. **A consistent extractor fitted to the answer key** treats a word the same way in every
   resume: it predicts every whole-word occurrence of each word in its vocabulary. The
   vocabulary is chosen with the labels in hand, from every labelled word: words are ranked
   by their share of labelled occurrences (smoothed: (labelled + 1) / (occurrences + 2)),
   and the vocabulary grows, best first, until both of issue 2's recall targets are met
   (Tech Tools >= 0.85, Job Specific Skills >= 0.60). A word can be keyed by its lower-case
   form, its exact form, or its lower-case form and the resume section it sits in (when
   resumefit's sections stage is importable).
   Fitted on every resume, this is a ceiling: it has seen the labels it is scored against.
   Fitted on the even ids and scored on the odd ones (and the other way round), with the
   cut chosen on the fitted half, it is what learning the annotators' choices would give.

A real extractor sees neither the resume's labels nor the answer key's per-word label rates.

    python3 benchmarks/label_ceiling.py
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

HARD_LABELS = ("Tech Tools", "Job Specific Skills")
#: Issue 2's recall targets, each a floor the fitted vocabulary must reach.
RECALL_TARGETS = {"Tech Tools": 0.85, "Job Specific Skills": 0.60}
#: Issue 2's hard-skill precision target, printed next to the ceilings for reference.
PRECISION_TARGET = 0.80
#: How many first occurrences per word the oracle variants keep.
FIRST_K = (1, 2, 3)

#: A labelled span: (start, end, label).
Span = tuple[int, int, str]
#: Where a labelled span is: (row index, span index).
SpanRef = tuple[int, int]


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA overrides)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Row:
    """One labelled resume: its text, hard-skill spans, and a section name per character."""

    id: int
    text: str
    spans: list[Span]
    section_at: Callable[[int], str] = field(default=lambda _start: "")


@dataclass
class WordTally:
    """What predicting every occurrence of one vocabulary entry would score."""

    predicted: int = 0
    correct: int = 0
    covers: set[SpanRef] = field(default_factory=set)


@dataclass
class Occurrence:
    """One whole-word occurrence of a labelled word: its vocabulary keys, the spans it hits."""

    keys: dict[str, tuple[str, str]]
    covers: list[int]


def whole_word(surface: str, flags: int = 0) -> re.Pattern[str]:
    """Return a pattern for ``surface`` as a whole word (no letter or digit on either side)."""
    return re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", flags)


def labelled_surfaces(rows: Iterable[Row]) -> set[str]:
    """Return the exact texts of every labelled span (stripped), across ``rows``."""
    return {
        surface
        for row in rows
        for start, end, _ in row.spans
        if (surface := row.text[start:end].strip())
    }


def overlapped(start: int, end: int, spans: list[Span]) -> list[int]:
    """Return the indices of ``spans`` that [start, end) overlaps."""
    return [i for i, (s, e, _) in enumerate(spans) if start < e and s < end]


def oracle(rows: list[Row], first_k: int | None = None) -> tuple[int, int, set[SpanRef]]:
    """Return (predicted, correct, spans found) for the per-resume oracle.

    It predicts, in each resume, the whole-word occurrences of that resume's labelled texts
    (exact case), all of them or only the first ``first_k`` of each.
    """
    predicted = correct = 0
    found: set[SpanRef] = set()
    for r, row in enumerate(rows):
        places: set[tuple[int, int]] = set()
        for surface in labelled_surfaces([row]):
            hits = list(whole_word(surface).finditer(row.text))
            places.update(m.span() for m in hits[:first_k])
        for start, end in places:
            on = overlapped(start, end, row.spans)
            predicted += 1
            correct += bool(on)
            found.update((r, i) for i in on)
    return predicted, correct, found


def occurrences(rows: list[Row]) -> list[list[Occurrence]]:
    """Return, per row, every whole-word occurrence of any labelled word (any case)."""
    surfaces = {s.lower() for s in labelled_surfaces(rows)}
    patterns = {s: whole_word(s, re.IGNORECASE) for s in surfaces}
    out = []
    for row in rows:
        haystack = row.text.lower()
        found = []
        for surface, pattern in patterns.items():
            if surface not in haystack:  # a cheap test before the regex
                continue
            for m in pattern.finditer(row.text):
                keys = {
                    "lower": (surface, ""),
                    "exact": (m.group(), ""),
                    "section": (surface, row.section_at(m.start())),
                }
                found.append(Occurrence(keys, overlapped(m.start(), m.end(), row.spans)))
        out.append(found)
    return out


def tally_words(
    found: list[list[Occurrence]], key: str, which: Iterable[int]
) -> dict[tuple[str, str], WordTally]:
    """Return, per vocabulary entry, what predicting its every occurrence in rows ``which``
    would score.

    ``key`` is "lower" (case-insensitive word), "exact" (case-sensitive) or "section"
    (case-insensitive word and the section it sits in: one entry per pair).
    """
    tallies: dict[tuple[str, str], WordTally] = defaultdict(WordTally)
    for r in which:
        for occurrence in found[r]:
            tally = tallies[occurrence.keys[key]]
            tally.predicted += 1
            tally.correct += bool(occurrence.covers)
            tally.covers.update((r, i) for i in occurrence.covers)
    return tallies


def ranked_vocabulary(fit: dict[tuple[str, str], WordTally]) -> list[tuple[str, str]]:
    """Return the entries of ``fit``, best label rate first (ties: more correct first)."""
    return sorted(
        fit, key=lambda k: (-(fit[k].correct + 1) / (fit[k].predicted + 2), -fit[k].correct)
    )


def score_prefix(
    rows: list[Row],
    ranked: list[tuple[str, str]],
    tallies: dict[tuple[str, str], WordTally],
    which: Iterable[int],
    size: int | None = None,
) -> tuple[float, dict[str, float], int]:
    """Return (precision, recall per label, vocabulary size) of a prefix of ``ranked``.

    ``tallies`` are the entries' tallies on rows ``which``. Without ``size``, the prefix
    grows until both recall targets are met (or the vocabulary runs out); with it, the
    first ``size`` entries are scored.
    """
    label_of = {(r, i): span[2] for r in which for i, span in enumerate(rows[r].spans)}
    totals = {label: sum(1 for v in label_of.values() if v == label) for label in RECALL_TARGETS}
    predicted = correct = 0
    found = dict.fromkeys(RECALL_TARGETS, 0)
    covered: set[SpanRef] = set()
    recall: dict[str, float] = {}
    for taken, entry in enumerate(ranked[:size], start=1):
        tally = tallies.get(entry)
        if tally is not None:  # None: a word these rows do not have
            predicted += tally.predicted
            correct += tally.correct
            for ref in tally.covers - covered:
                found[label_of[ref]] += 1
            covered |= tally.covers
        recall = {label: found[label] / totals[label] for label in totals if totals[label]}
        if size is None and all(
            recall.get(label, 1.0) >= floor for label, floor in RECALL_TARGETS.items()
        ):
            return correct / predicted, recall, taken
    return (
        (correct / predicted if predicted else 0.0),
        recall,
        min(len(ranked), size or len(ranked)),
    )


def recall_line(found: set[SpanRef], rows: list[Row]) -> str:
    """Return "Tech Tools 0.xxx  Job Specific Skills 0.xxx" for the spans in ``found``."""
    parts = []
    for label in RECALL_TARGETS:
        refs = [
            (r, i) for r, row in enumerate(rows) for i, s in enumerate(row.spans) if s[2] == label
        ]
        share = sum(ref in found for ref in refs) / len(refs) if refs else 0.0
        parts.append(f"{label} {share:.3f}")
    return "  ".join(parts)


def load_rows(path: Path, with_sections: bool) -> list[Row]:
    """Return the dotin rows of ``path``, with sections when resumefit's stage is there."""
    split_sections: Callable[..., object] | None = None
    if with_sections:
        try:
            from resumefit.sections import split_sections
            from resumefit.types import Document
        except ImportError:
            split_sections = None
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        data = json.loads(line)
        spans = [(s["start"], s["end"], s["label"]) for s in data["spans"]]
        row = Row(int(data["id"]), data["text"], [s for s in spans if s[2] in HARD_LABELS])
        if split_sections is not None:
            doc = split_sections(Document(source="d", format="txt", sha256="0", text=row.text))
            row.section_at = lambda start, doc=doc: str(doc.section_at(start))  # type: ignore[attr-defined]
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sections", action="store_true", help="skip the section key")
    args = parser.parse_args()
    path = shared_data() / "resumes-annotated" / "dotin-train.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    rows = load_rows(path, with_sections=not args.no_sections)
    print(f"dotin-train: {len(rows)} resumes; hard labels: {', '.join(HARD_LABELS)}")
    print(
        f"target: precision >= {PRECISION_TARGET:.2f} at "
        + ", ".join(f"{label} recall >= {floor:.2f}" for label, floor in RECALL_TARGETS.items())
    )
    print("per-resume oracle (knows each resume's labelled words):")
    for first_k in (None, *FIRST_K):
        predicted, correct, found = oracle(rows, first_k)
        which = "every occurrence" if first_k is None else f"first {first_k} of each word"
        print(
            f"  {which:24s} precision {correct / predicted:.3f}  recall {recall_line(found, rows)}"
        )
    found = occurrences(rows)
    everything = range(len(rows))
    halves = {
        "even": [r for r in everything if rows[r].id % 2 == 0],
        "odd": [r for r in everything if rows[r].id % 2 == 1],
    }
    keys = ("lower", "exact") if args.no_sections else ("lower", "exact", "section")
    print("consistent extractor, vocabulary fitted to the answer key, cut where the")
    print("fitted resumes meet the recall targets:")
    for fitted_on, scored_on in (("all", "all"), ("even", "odd"), ("odd", "even")):
        fit_rows = everything if fitted_on == "all" else halves[fitted_on]
        scored_rows = everything if scored_on == "all" else halves[scored_on]
        where = (
            "on every resume" if fitted_on == "all" else f"on {fitted_on}, scored on {scored_on}"
        )
        print(f"  fitted {where}:")
        for key in keys:
            fit = tally_words(found, key, fit_rows)
            ranked = ranked_vocabulary(fit)
            size = score_prefix(rows, ranked, fit, fit_rows)[2]
            scored = fit if fitted_on == "all" else tally_words(found, key, scored_rows)
            precision, recall, _ = score_prefix(rows, ranked, scored, scored_rows, size)
            recalls = "  ".join(f"{label} {share:.3f}" for label, share in recall.items())
            print(
                f"    keyed by {key:8s} precision {precision:.3f}  recall {recalls}  "
                f"({size} entries)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
