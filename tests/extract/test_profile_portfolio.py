"""extract_profile: resume and README mentions, with the README's source and strength."""

from __future__ import annotations

from extract_fixtures import make_document, sections_of

from resumefit.extract import extract_profile
from resumefit.types import EvidenceStrength, SectionKind

README = """# churn-model

![python](https://img.shields.io/badge/python-3.11-blue) PyTorch | Docker

## Usage
Train the model with PyTorch Lightning and serve it with FastAPI.
"""


def test_portfolio_mentions_carry_their_source_and_strength() -> None:
    resume = make_document("Skills: Python, SQL", SectionKind.SKILLS)
    readme = make_document(
        README,
        fmt="readme",
        source="repo:jane/churn-model",
        url="https://github.com/jane/churn-model",
        sections=sections_of(
            README, (SectionKind.SKILLS, "# churn-model"), (SectionKind.PROJECTS, "## Usage")
        ),  # fmt: skip
    )
    profile = extract_profile(resume, portfolio=[readme])
    from_readme = [m for m in profile.mentions if m.source == "repo:jane/churn-model"]
    assert {m.source_url for m in from_readme} == {"https://github.com/jane/churn-model"}
    strength = {(m.skill, m.strength) for m in from_readme}
    assert ("docker", EvidenceStrength.CLAIM) in strength  # badge / tech list
    assert ("pytorch-lightning", EvidenceStrength.USE) in strength  # usage section
    assert all(README[m.start : m.end] == m.text for m in from_readme)
    assert {m.source for m in profile.mentions if m.skill == "sql"} == {"resume"}
    assert profile.portfolio == [readme]
