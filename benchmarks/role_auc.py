"""How well each built-in role separates technical resumes from the rest: ROC AUC per role.

    python benchmarks/role_auc.py

Runs ``resumefit.pipeline.check`` on every PDF of the livecareer sample (folder = job
category) and treats INFORMATION-TECHNOLOGY and ENGINEERING resumes as positives, every other
category as negatives. For each role it prints the ROC AUC of the role score (the chance that
a random positive outscores a random negative, ties counting half), the AUC of each positive
category alone (two resumes each, so read them as a hint), and the median score of each group.
Exits 0 with a "skipped" line when the shared data is absent.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

#: Categories whose resumes should fit the ML and CV roles better than the rest.
POSITIVE_CATEGORIES = frozenset({"INFORMATION-TECHNOLOGY", "ENGINEERING"})
SAMPLE = Path("resume-pdfs") / "livecareer"


def data_root() -> Path:
    """Return the shared data folder: env RESUMEFIT_SHARED_DATA, else ../shared/data."""
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    return Path(os.environ.get("RESUMEFIT_SHARED_DATA", default))


def roc_auc(positives: list[float], negatives: list[float]) -> float:
    """Return the ROC AUC: P(random positive > random negative), ties counting one half."""
    if not positives or not negatives:
        raise ValueError("need at least one positive and one negative score")
    wins = 0.0
    for pos in positives:
        for neg in negatives:
            wins += 1.0 if pos > neg else 0.5 if pos == neg else 0.0
    return wins / (len(positives) * len(negatives))


def main() -> int:
    """Score the sample and print the AUC per role; return the exit code."""
    sample = data_root() / SAMPLE
    pdfs = sorted(sample.glob("*/*.pdf"))
    if not pdfs:
        print(f"skipped: no livecareer PDFs under {sample}")
        return 0
    from resumefit.errors import ResumefitError
    from resumefit.pipeline import check

    scores: dict[str, dict[str, list[float]]] = {}
    failed = 0
    for pdf in pdfs:
        group = pdf.parent.name if pdf.parent.name in POSITIVE_CATEGORIES else "other"
        try:
            report = check(pdf)
        except ResumefitError as exc:
            failed += 1
            print(f"  failed: {pdf.parent.name}/{pdf.name}: {exc}", file=sys.stderr)
            continue
        for fit in report.fits:
            scores.setdefault(fit.role_id, {}).setdefault(group, []).append(fit.score)
    positives = sum(pdf.parent.name in POSITIVE_CATEGORIES for pdf in pdfs)
    print(
        f"livecareer sample: {len(pdfs)} resumes ({positives} IT/engineering positives,"
        f" {len(pdfs) - positives} others), {failed} failed"
    )
    kinds = sorted(POSITIVE_CATEGORIES)
    header = "".join(f"  {'AUC ' + kind[:4]:>9}" for kind in kinds)
    print(f"{'role':<24} {'AUC':>5}{header}  {'median pos':>10}  {'median neg':>10}")
    rows = []
    for role_id, groups in scores.items():
        positive = [score for kind in kinds for score in groups.get(kind, [])]
        negative = groups.get("other", [])
        per_kind = [roc_auc(groups[kind], negative) if kind in groups else None for kind in kinds]
        rows.append((roc_auc(positive, negative), role_id, per_kind, positive, negative))
    for auc, role_id, per_kind, positive, negative in sorted(rows, reverse=True):
        cells = "".join("        -" if v is None else f"  {v:9.3f}" for v in per_kind)
        print(
            f"{role_id:<24} {auc:5.3f}{cells}  {statistics.median(positive):10.1f}"
            f"  {statistics.median(negative):10.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
