"""A hand-built FitReport, so report tests do not depend on the upstream stages."""

from __future__ import annotations

import pytest

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

PYTORCH_SENTENCE = (
    "Trained a ResNet-18 classifier in PyTorch on 40k labelled images (92% accuracy)."
)
CONTACT_SENTENCE = "Ada Quint | ada.quint@example.com | (555) 201-7788 | github.com/adaquint"


def evidence(
    name: str,
    sentence: str,
    surface: str,
    *,
    section: SectionKind = SectionKind.PROJECTS,
    strength: EvidenceStrength = EvidenceStrength.USE,
    source: str = "resume",
    source_url: str | None = None,
    page: int | None = 1,
) -> Evidence:
    """Return an Evidence whose highlight is the first occurrence of ``surface``."""
    start = sentence.index(surface)
    return Evidence(
        skill=name.lower(),
        name=name,
        text=surface,
        sentence=sentence,
        highlight_start=start,
        highlight_end=start + len(surface),
        section=section,
        strength=strength,
        source=source,
        source_url=source_url,
        page=page,
    )


def result(
    requirement_id: str,
    label: str,
    category: str,
    status: str,
    *,
    weight: float = 1.0,
    importance: str = "required",
    found: list[Evidence] | None = None,
    suggestion: str | None = None,
) -> RequirementResult:
    """Return a RequirementResult with credit and points that follow from ``status``."""
    credit = {"met": 1.0, "partly_met": 0.5, "missing": 0.0}[status]
    return RequirementResult(
        requirement=Requirement(
            id=requirement_id,
            label=label,
            category=category,
            importance=importance,  # type: ignore[arg-type]
            weight=weight,
            source="ML intern guides, 'Skills' section",
            suggestion=f"Build a small project that uses {label.lower()}.",
        ),
        status=status,  # type: ignore[arg-type]
        credit=credit,
        points=credit * weight,
        max_points=weight,
        explanation=f"{label}: {status.replace('_', ' ')}.",
        evidence=found or [],
        suggestion=suggestion,
    )


def skill(
    name: str, category: str, count: int, strength: EvidenceStrength, section: SectionKind
) -> SkillSummary:
    """Return a SkillSummary for ``name`` found ``count`` times in one section."""
    return SkillSummary(
        skill=name.lower(),
        name=name,
        category=category,
        count=count,
        strength=strength,
        sections=[section],
    )


def make_report() -> FitReport:
    """Return a two-role FitReport with every kind of evidence the report shows."""
    pytorch = evidence("PyTorch", PYTORCH_SENTENCE, "PyTorch")
    python_claim = evidence(
        "Python",
        "Languages: Python, SQL, C++",
        "Python",
        section=SectionKind.SKILLS,
        strength=EvidenceStrength.CLAIM,
    )
    github = evidence(
        "GitHub",
        CONTACT_SENTENCE,
        "github",
        section=SectionKind.CONTACT,
        strength=EvidenceStrength.CLAIM,
    )
    docker_repo = evidence(
        "Docker",
        "Run `docker build -t seg .` to build the inference image.",
        "docker",
        section=SectionKind.OTHER,
        source="repo:adaquint/seg-demo",
        source_url="https://github.com/adaquint/seg-demo",
        page=None,
    )
    intern_results = [
        result("python", "Python", "programming", "met", weight=3, found=[python_claim]),
        result("dl-framework", "A deep-learning framework", "ml", "met", weight=3, found=[pytorch]),
        result("version-control", "Version control (Git)", "tools", "partly_met", found=[github]),
        result("cloud", "Cloud computing (AWS, GCP or Azure)", "mlops", "missing", weight=2),
        result("statistics", "Statistics", "math", "missing", weight=1.5, suggestion=None),
        result(
            "deploy",
            "Model deployment",
            "mlops",
            "met",
            importance="preferred",
            found=[docker_repo],
        ),
    ]
    engineer_results = [
        result("python", "Python", "programming", "met", weight=3, found=[python_claim]),
        result("mlops", "MLOps", "mlops", "missing", weight=3),
        result("kubernetes", "Kubernetes", "mlops", "missing", weight=1, importance="preferred"),
    ]

    def fit(role_id: str, title: str, results: list[RequirementResult]) -> RoleFit:
        points = sum(r.points for r in results)
        total = sum(r.max_points for r in results)
        categories: dict[str, list[RequirementResult]] = {}
        for r in results:
            categories.setdefault(r.requirement.category, []).append(r)
        return RoleFit(
            role_id=role_id,
            role_title=title,
            score=round(100 * points / total, 1),
            categories=[
                CategoryScore(
                    category=name,
                    label=name.capitalize(),
                    score=100 * sum(r.points for r in rs) / sum(r.max_points for r in rs),
                    points=sum(r.points for r in rs),
                    max_points=sum(r.max_points for r in rs),
                )
                for name, rs in categories.items()
            ],
            results=results,
            gaps=[r for r in results if r.status != "met"],
            summary=f"{sum(r.status == 'met' for r in results)} of {len(results)} met.",
        )

    return FitReport(
        tool_version="0.1.0",
        document=DocumentSummary(
            source="ada_quint_resume.pdf",
            format="pdf",
            sha256="ab" * 32,
            pages=1,
            characters=2400,
            sections=[SectionKind.CONTACT, SectionKind.SKILLS, SectionKind.PROJECTS],
        ),
        skills=[
            skill("PyTorch", "ml_framework", 2, EvidenceStrength.USE, SectionKind.PROJECTS),
            skill("Python", "programming_language", 1, EvidenceStrength.CLAIM, SectionKind.SKILLS),
            skill("Teamwork", "soft_skill", 1, EvidenceStrength.CLAIM, SectionKind.SUMMARY),
        ],
        mentions=[
            Mention(
                skill="pytorch",
                name="PyTorch",
                category="ml_framework",
                start=100,
                end=107,
                text="PyTorch",
                section=SectionKind.PROJECTS,
            )
        ],
        degrees=[
            Degree(
                level=DegreeLevel.BACHELOR,
                field="computer science",
                pursuing=True,
                text="B.S. Computer Science, expected 2027",
                start=10,
                end=46,
            )
        ],
        # Deliberately not best-first: the renderers must order by score themselves.
        fits=[
            fit("ml-engineer", "Machine Learning Engineer", engineer_results),
            fit("ml-intern", "Machine Learning Intern", intern_results),
        ],
        portfolio_sources=["repo:adaquint/seg-demo"],
    )


@pytest.fixture
def fit_report() -> FitReport:
    """Return a fresh hand-built FitReport."""
    return make_report()
