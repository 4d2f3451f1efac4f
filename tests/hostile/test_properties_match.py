"""Property: for any profile, every built-in role's results are consistent and bounded.

Profiles are generated directly (arbitrary lexicon skills, strengths, sections, years,
degrees and dated experience), so the matcher is tested whatever extraction finds.
"""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumefit.lexicon import Lexicon, Skill, load_lexicon
from resumefit.match import MET_THRESHOLD, match_role
from resumefit.roles import load_builtin_roles
from resumefit.score import build_report, score_role
from resumefit.types import (
    Degree,
    DegreeLevel,
    Document,
    EvidenceStrength,
    ExperienceSpan,
    Mention,
    Profile,
    Role,
    Section,
    SectionKind,
)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


@cache
def lexicon_skills() -> tuple[Skill, ...]:
    return lexicon().skills  # rebuilt on every access, so kept once here


@cache
def roles() -> list[Role]:
    return load_builtin_roles()


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    """Return a Profile whose document text holds each mention's surface text at its offsets."""
    skills = lexicon_skills()
    sections = list(SectionKind)
    strengths = list(EvidenceStrength)
    pieces: list[str] = []
    mentions: list[Mention] = []
    offset = 0
    section = sections[draw(st.integers(0, len(sections) - 1))]
    for _ in range(draw(st.integers(0, 25))):
        # Indexes, not sampled_from over 1,800 skills: building that strategy per draw is slow.
        skill = skills[draw(st.integers(0, len(skills) - 1))]
        filler = draw(st.text(max_size=12))
        forms = [skill.name, *skill.aliases]
        surface = forms[draw(st.integers(0, len(forms) - 1))]
        start = offset + len(filler)
        pieces.append(filler + surface)
        offset = start + len(surface)
        mentions.append(
            Mention(
                skill=skill.id,
                name=skill.name,
                category=skill.category,
                start=start,
                end=offset,
                text=surface,
                section=sections[draw(st.integers(0, len(sections) - 1))],
                sentence=filler + surface,
                sentence_start=start - len(filler),
                strength=strengths[draw(st.integers(0, len(strengths) - 1))],
            )
        )
    text = "".join(pieces) + draw(st.text(max_size=40))
    document = Document(
        source="generated.txt",
        format="txt",
        sha256="0" * 64,
        text=text,
        sections=[Section(kind=section, start=0, end=len(text))] if text else [],
    )
    degrees = [
        Degree(
            level=draw(st.sampled_from(list(DegreeLevel))),
            field=draw(st.one_of(st.none(), st.sampled_from(["computer science", "art", ""]))),
            pursuing=draw(st.booleans()),
            text="degree",
            start=0,
            end=0,
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    years = st.floats(1950, 2100, allow_nan=False)
    experience = [
        ExperienceSpan(
            title=draw(st.text(max_size=20)),
            kind=draw(st.sampled_from(["job", "internship", "research", "project", "other"])),
            start_year=draw(st.one_of(st.none(), years)),
            end_year=draw(st.one_of(st.none(), years)),
            years=draw(st.floats(0, 60, allow_nan=False)),
            text="line",
            start=0,
            end=0,
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    skill_years = {
        mention.skill: draw(st.floats(0, 50, allow_nan=False)) for mention in mentions[:5]
    }
    return Profile(
        document=document,
        mentions=mentions,
        degrees=degrees,
        experience=experience,
        skill_years=skill_years,
    )


@PROPERTY_SETTINGS
@given(profile=profiles())
def test_results_are_bounded_and_statuses_follow_credit(profile: Profile) -> None:
    for role in roles():
        results = match_role(profile, role, lexicon())
        assert len(results) == len(role.requirements)
        for result in results:
            assert 0 <= result.credit <= 1
            assert 0 <= result.points <= result.max_points + 1e-9
            if result.status == "met":
                assert result.credit >= MET_THRESHOLD
            elif result.status == "partly_met":
                assert 0 < result.credit < MET_THRESHOLD
            else:
                assert result.credit == 0
            for evidence in result.evidence:
                sentence = evidence.sentence
                assert 0 <= evidence.highlight_start <= evidence.highlight_end <= len(sentence)


@PROPERTY_SETTINGS
@given(profile=profiles())
def test_scores_are_between_0_and_100(profile: Profile) -> None:
    fits = [score_role(role, match_role(profile, role, lexicon())) for role in roles()]
    report = build_report(profile, fits)
    for fit in report.fits:
        assert 0 <= fit.score <= 100
        for category in fit.categories:
            assert 0 <= category.score <= 100
        assert all(gap.credit < 1 for gap in fit.gaps)  # gaps: "not fully met"
