"""A FitReport with an injection string in every text field, built without the pipeline.

It lets the report-safety tests run against every field a template could show, including
the ones the pipeline rarely fills (a requirement's source, a role's title from a role file,
a portfolio URL), whatever the upstream stages currently extract.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import cycle

from resumefit.types import (
    CategoryScore,
    Degree,
    DegreeLevel,
    DocumentSummary,
    Evidence,
    EvidenceStrength,
    FitReport,
    Mention,
    Requirement,
    RequirementResult,
    RoleFit,
    SectionKind,
    SkillSummary,
)

#: Links a hostile resume or README may carry; only the last one may become a link.
HOSTILE_URLS = (
    "javascript:window.__pwned=100",
    "data:text/html,<script>window.__pwned=101</script>",
    " javascript:alert(102)",
    "JaVaScRiPt:alert(103)",
    "vbscript:msgbox(104)",
    'https://example.com/" onmouseover="window.__pwned=105',
)


def _evidence(payload: Iterator[str], url: str, status_index: int) -> Evidence:
    before, surface, after = next(payload), "PyTorch " + next(payload), next(payload)
    return Evidence(
        skill=next(payload),
        name=next(payload),
        text=surface,
        sentence=before + surface + after,
        highlight_start=len(before),
        highlight_end=len(before) + len(surface),
        section=list(SectionKind)[status_index % len(SectionKind)],
        strength=EvidenceStrength.USE,
        source=next(payload),
        source_url=url,
        page=1,
        via=next(payload),
    )


def _result(
    payload: Iterator[str], status: str, weight: float, url: str, index: int
) -> RequirementResult:
    credit = {"met": 1.0, "partly_met": 0.5, "missing": 0.0}[status]
    return RequirementResult(
        requirement=Requirement(
            id=next(payload),
            label=next(payload),
            category=next(payload),
            weight=weight,
            any_of=[next(payload)],
            source=next(payload),
            suggestion=next(payload),
        ),
        status=status,  # type: ignore[arg-type]
        credit=credit,
        points=credit * weight,
        max_points=weight,
        explanation=next(payload),
        evidence=[] if status == "missing" else [_evidence(payload, url, index) for _ in range(3)],
        suggestion=None if status == "met" else next(payload),
    )


def hostile_report(payloads: Sequence[str]) -> FitReport:
    """Return a FitReport whose every free-text field holds one of ``payloads``, in turn."""
    payload = cycle(payloads)
    urls = cycle(HOSTILE_URLS)
    fits = []
    for role_index in range(2):
        results = [
            _result(payload, status, weight, next(urls), index)
            for index, (status, weight) in enumerate(
                [("met", 3.0), ("partly_met", 2.0), ("missing", 1.0), ("missing", 2.0)]
            )
        ]
        fits.append(
            RoleFit(
                role_id=next(payload),
                role_title=next(payload) + f" {role_index}",
                score=55.0,
                categories=[
                    CategoryScore(
                        category=next(payload),
                        label=next(payload),
                        score=55.0,
                        points=4.0,
                        max_points=8.0,
                    )
                ],
                results=results,
                gaps=[r for r in results if r.status != "met"],
                summary=next(payload),
            )
        )
    mention_text = next(payload)
    return FitReport(
        tool_version=next(payload),
        document=DocumentSummary(
            source=next(payload),
            format=next(payload),
            sha256=next(payload),
            pages=1,
            characters=1000,
            sections=[SectionKind.SKILLS, SectionKind.EXPERIENCE],
            warnings=[next(payload), next(payload)],
        ),
        skills=[
            SkillSummary(
                skill=next(payload),
                name=next(payload),
                category=next(payload),
                count=2,
                strength=strength,
                sections=[SectionKind.SKILLS],
            )
            for strength in EvidenceStrength
        ],
        mentions=[
            Mention(
                skill=next(payload),
                name=next(payload),
                category=next(payload),
                start=0,
                end=len(mention_text),
                text=mention_text,
                sentence=mention_text,
                source=next(payload),
                source_url=next(urls),
            )
        ],
        degrees=[
            Degree(
                level=DegreeLevel.BACHELOR, field=next(payload), text=next(payload), start=0, end=5
            )
        ],
        fits=fits,
        portfolio_sources=[next(payload), *HOSTILE_URLS],
    )
