"""Turn requirement results into a role score, and role fits into the whole report.

The score of a role is the share of its possible points that the evidence earned:
``100 * sum(points) / sum(max_points)``. A requirement's possible points are its weight
times ``IMPORTANCE_FACTOR`` (required counts double a preferred one), and it earns its
credit's share of them (see ``resumefit.match``). Sub-scores per category are the same
ratio over that category's requirements, so every point traces to one requirement.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

import resumefit
from resumefit.match import IMPORTANCE_FACTOR
from resumefit.types import (
    CategoryScore,
    DocumentSummary,
    EvidenceStrength,
    FitReport,
    Mention,
    Profile,
    RequirementResult,
    Role,
    RoleFit,
    SectionKind,
    SkillSummary,
)

__all__ = ["IMPORTANCE_FACTOR", "build_report", "score_role"]

#: Readable names of the requirement categories roles use; unknown ones are title-cased.
CATEGORY_LABELS = {
    "programming": "Programming",
    "ml": "Machine learning",
    "cv": "Computer vision",
    "nlp": "Language technology",
    "math": "Mathematics & statistics",
    "data": "Data handling",
    "mlops": "Cloud, deployment & MLOps",
    "engineering": "Software engineering",
    "research": "Research",
    "education": "Education",
    "experience": "Practical experience",
    "soft_skills": "Soft skills",
}
#: Score bands for the one-line summary, highest first: (minimum score, word).
FIT_BANDS = ((75.0, "Strong fit"), (55.0, "Good fit"), (35.0, "Partial fit"), (0.0, "Weak fit"))
#: Gaps named in the one-line summary.
SUMMARY_GAPS = 2
#: Category scores kept to be shared between reports (see ``_category_score``).
CATEGORY_SCORES_CACHE = 4096
#: Rank of each section kind, the order a skill's sections are listed in.
_SECTION_RANK = {kind: rank for rank, kind in enumerate(SectionKind)}


def score_role(role: Role, results: Sequence[RequirementResult]) -> RoleFit:
    """Return the RoleFit of ``role``: score 0-100, category sub-scores, gaps and summary."""
    results = list(results)
    possible = sum(result.max_points for result in results)
    earned = sum(result.points for result in results)
    score = round(100.0 * earned / possible, 1) if possible else 0.0
    gaps = sorted(
        (result for result in results if result.status != "met" or result.credit < 1.0),
        key=lambda r: (-(r.max_points - r.points), -r.max_points, r.requirement.id),
    )
    return RoleFit(
        role_id=role.id,
        role_title=role.title,
        score=score,
        categories=category_scores(results),
        results=results,
        gaps=gaps,
        summary=summarize(score, results, gaps),
    )


def category_scores(results: Sequence[RequirementResult]) -> list[CategoryScore]:
    """Return one CategoryScore per requirement category, in first-seen order.

    Equal scores are one shared object (see ``_category_score``): read-only.
    """
    totals: dict[str, list[float]] = {}
    for result in results:
        pair = totals.setdefault(result.requirement.category, [0.0, 0.0])
        pair[0] += result.points
        pair[1] += result.max_points
    return [
        _category_score(category, points, possible)
        for category, (points, possible) in totals.items()
    ]


@functools.lru_cache(maxsize=CATEGORY_SCORES_CACHE, typed=True)
def _category_score(category: str, points: float, possible: float) -> CategoryScore:
    """Return the CategoryScore of ``points`` earned of ``possible`` (one object per value).

    Most categories of most roles score the same few values (nothing earned, all earned),
    so a score is built once and shared: reports never change their scores in place.
    The cache cannot tell -0.0 from 0.0, which print differently; both numbers are sums
    of points and weights, never negative, that start at 0.0, so -0.0 never comes here.
    """
    return CategoryScore(
        category=category,
        label=CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize()),
        score=round(100.0 * points / possible, 1) if possible else 0.0,
        points=round(points, 3),
        max_points=round(possible, 3),
    )


def summarize(
    score: float, results: Sequence[RequirementResult], gaps: Sequence[RequirementResult]
) -> str:
    """Return the one-line summary: band, required/preferred met counts, the top gaps."""
    band = next(word for floor, word in FIT_BANDS if score >= floor)
    tallies = {"required": [0, 0], "preferred": [0, 0]}  # importance -> [met, asked]
    for result in results:
        tally = tallies[result.requirement.importance]
        tally[0] += result.status == "met"
        tally[1] += 1
    (met_required, required), (met_preferred, preferred) = tallies.values()
    line = (
        f"{band} ({score:g}/100): {met_required} of {required} required"
        f" and {met_preferred} of {preferred} preferred requirements met"
    )
    unmet = (gap.requirement.label for gap in gaps if gap.status != "met")
    missing = list(itertools.islice(unmet, SUMMARY_GAPS))
    if missing:
        line += "; main gaps: " + "; ".join(missing)
    return line + "."


def summarize_skills(mentions: Sequence[Mention]) -> list[SkillSummary]:
    """Return one SkillSummary per skill found, most mentioned first."""
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.skill, []).append(mention)
    summaries = [
        SkillSummary(
            skill=skill,
            name=found[0].name,
            category=found[0].category,
            count=len(found),
            strength=(
                EvidenceStrength.USE
                if any(m.strength == EvidenceStrength.USE for m in found)
                else EvidenceStrength.CLAIM
            ),
            sections=sorted({m.section for m in found}, key=_SECTION_RANK.__getitem__),
        )
        for skill, found in grouped.items()
    ]
    return sorted(summaries, key=lambda s: (s.strength != EvidenceStrength.USE, -s.count, s.name))


def summarize_document(profile: Profile) -> DocumentSummary:
    """Return what the report says about the input: format, size, sections (no contents)."""
    document = profile.document
    kinds: list[SectionKind] = []
    for section in document.sections:
        if section.kind not in kinds:
            kinds.append(section.kind)
    return DocumentSummary(
        source=document.source,
        format=document.format,
        sha256=document.sha256,
        pages=len(document.pages) or 1,
        characters=len(document.text),
        sections=kinds,
        warnings=list(document.warnings),
    )


def build_report(profile: Profile, fits: Sequence[RoleFit]) -> FitReport:
    """Return the FitReport of one profile: best-fitting role first, skills, degrees."""
    return FitReport(
        tool_version=resumefit.__version__,
        document=summarize_document(profile),
        skills=summarize_skills(profile.mentions),
        mentions=list(profile.mentions),
        degrees=list(profile.degrees),
        fits=sorted(fits, key=lambda fit: (-fit.score, fit.role_id)),
        portfolio_sources=[doc.url or doc.source for doc in profile.portfolio],
    )
