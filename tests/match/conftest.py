"""Fixtures for the match/score tests: a tiny lexicon and a profile builder.

The profiles are built directly (no PDF, no extractor) so these tests check matching
and scoring alone: each line is placed under its section and every listed surface form
becomes a Mention, shown in use under Experience/Projects and claimed elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from resumefit.lexicon import Lexicon, Skill
from resumefit.types import (
    Degree,
    Document,
    EvidenceStrength,
    ExperienceSpan,
    Mention,
    Profile,
    Section,
    SectionKind,
)

SKILLS = [
    Skill(id="machine-learning", name="Machine learning", category="ml_concept"),
    Skill(
        id="deep-learning",
        name="Deep learning",
        category="ml_concept",
        parents=("machine-learning",),
    ),
    Skill(
        id="neural-networks",
        name="Neural networks",
        category="ml_concept",
        parents=("deep-learning",),
    ),
    Skill(id="cnn", name="CNN", category="ml_concept", parents=("neural-networks",)),
    Skill(id="ml-library", name="ML library", category="ml_concept"),
    Skill(
        id="deep-learning-framework",
        name="Deep-learning framework",
        category="ml_concept",
        parents=("deep-learning", "ml-library"),
    ),
    Skill(
        id="pytorch",
        name="PyTorch",
        category="ml_framework",
        parents=("deep-learning-framework",),
        related=("tensorflow",),
    ),
    Skill(
        id="tensorflow",
        name="TensorFlow",
        category="ml_framework",
        parents=("deep-learning-framework",),
    ),
    Skill(id="scikit-learn", name="scikit-learn", category="ml_library", parents=("ml-library",)),
    Skill(id="python", name="Python", category="programming_language"),
    Skill(id="sql", name="SQL", category="programming_language"),
    Skill(id="pandas", name="pandas", category="data_tool"),
    Skill(id="numpy", name="NumPy", category="data_tool"),
    Skill(id="git", name="Git", category="tool"),
    Skill(id="statistics", name="Statistics", category="math"),
    Skill(id="communication", name="Communication", category="soft_skill"),
    Skill(id="internship", name="Internship", category="practice"),
    Skill(id="personal-project", name="Personal project", category="practice"),
    Skill(id="academic-project", name="Academic project", category="practice"),
    Skill(
        id="publication", name="Publication", category="practice", related=("research-experience",)
    ),
    Skill(id="research-experience", name="Research experience", category="practice"),
]

USE_SECTIONS = {SectionKind.EXPERIENCE, SectionKind.PROJECTS}


@pytest.fixture
def lexicon() -> Lexicon:
    """Return a small lexicon with a three-level hierarchy and a related pair."""
    return Lexicon(SKILLS, "test")


def build_profile(
    sections: Sequence[tuple[SectionKind, Sequence[str]]],
    *,
    degrees: Sequence[tuple[str, dict[str, object]]] = (),
    experience: Sequence[tuple[str, dict[str, object]]] = (),
    skill_years: dict[str, float] | None = None,
    skills: Sequence[Skill] = SKILLS,
) -> Profile:
    """Return a Profile whose text is ``sections`` (heading + lines) with mentions found.

    ``degrees``/``experience`` pair a phrase of the text with the model's other fields;
    ``skills`` are the lexicon entries whose name and aliases become mentions.
    """
    text = ""
    spans: list[Section] = []
    for kind, lines in sections:
        start = len(text)
        heading = kind.value.capitalize()
        text += heading + "\n" + "".join(line + "\n" for line in lines)
        spans.append(Section(kind=kind, heading=heading, start=start, end=len(text)))
    document = Document(source="test.txt", format="txt", sha256="0" * 64, text=text, sections=spans)
    mentions: list[Mention] = []
    for skill in skills:
        for form in (skill.name, *skill.aliases):
            for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                section = document.section_at(found.start())
                if found.start() in {s.start for s in spans}:
                    continue  # the heading word itself is not a mention
                line_start = text.rfind("\n", 0, found.start()) + 1
                line_end = text.find("\n", found.end())
                mentions.append(
                    Mention(
                        skill=skill.id,
                        name=skill.name,
                        category=skill.category,
                        start=found.start(),
                        end=found.end(),
                        text=found.group(),
                        section=section,
                        sentence=text[line_start:line_end],
                        sentence_start=line_start,
                        strength=(
                            EvidenceStrength.USE
                            if section in USE_SECTIONS
                            else EvidenceStrength.CLAIM
                        ),
                    )
                )
    degree_models = []
    for phrase, fields in degrees:
        start = text.index(phrase)
        degree_models.append(
            Degree.model_validate(
                {"text": phrase, "start": start, "end": start + len(phrase), **fields}
            )
        )
    spans_models = []
    for phrase, fields in experience:
        start = text.index(phrase)
        spans_models.append(
            ExperienceSpan.model_validate(
                {
                    "title": phrase,
                    "text": phrase,
                    "start": start,
                    "end": start + len(phrase),
                    **fields,
                }
            )
        )
    return Profile(
        document=document,
        mentions=mentions,
        degrees=degree_models,
        experience=spans_models,
        skill_years=skill_years or {},
    )


@pytest.fixture(scope="session")
def make_profile() -> Callable[..., Profile]:
    """Return the profile builder (see ``build_profile``)."""
    return build_profile
