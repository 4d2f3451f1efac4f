"""Apply reviewers' corrections to an extracted Profile before it is scored again.

A correction either removes a mention the extractor got wrong (the "Go" in "go-to-market")
or adds a skill it missed. Corrections live in the review tables, keyed by the resume's
sha256, and are re-applied to the stored Profile on every view, so they also hold after
``resumefit batch`` re-extracts the same file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from resumefit.serve.store import Correction
from resumefit.types import Document, EvidenceStrength, Mention, Profile, SectionKind

#: ``Mention.source`` of a skill a reviewer added; the report shows it as such.
REVIEWER_SOURCE = "reviewer"
#: Sections where a mention shows a skill in use rather than merely listed.
USE_SECTIONS = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS})
#: Most skills the add-skill field suggests for what the reviewer typed.
SKILL_SUGGESTIONS = 20
PICK_SKILL = "Type part of its name and pick one of the suggestions."


class SkillEntry(Protocol):
    """The lexicon fields a correction needs."""

    id: str
    name: str
    category: str


def find_skills(skills: Mapping[str, SkillEntry], typed: str) -> list[SkillEntry]:
    """Return the skills whose id or name contains ``typed``: exact, then prefix, then inside."""
    needle = typed.strip().lower()
    if not needle:
        return []
    ranked = []
    for entry in skills.values():
        name, ident = entry.name.lower(), entry.id
        if needle in (name, ident):
            rank = 0
        elif name.startswith(needle) or ident.startswith(needle):
            rank = 1
        elif needle in name or needle in ident:
            rank = 2
        else:
            continue
        ranked.append((rank, len(name), name, entry))
    ranked.sort(key=lambda item: item[:3])
    return [entry for *_, entry in ranked[:SKILL_SUGGESTIONS]]


def resolve_skill(skills: Mapping[str, SkillEntry], typed: str) -> str | None:
    """Return the id of the skill ``typed`` names (its id, or its name in any case), or None."""
    typed = typed.strip()
    if typed in skills:
        return typed
    matches = [entry.id for entry in skills.values() if entry.name.lower() == typed.lower()]
    return matches[0] if len(matches) == 1 else None


def _sentence_around(document: Document, start: int, end: int) -> tuple[str, int]:
    """Return the line holding ``start:end`` and the line's offset in the document."""
    text = document.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    return text[line_start:line_end], line_start


def reviewer_mention(document: Document, skill: SkillEntry, quote: str, note: str) -> Mention:
    """Return the Mention a reviewer adds: anchored at ``quote`` in the text when found."""
    at = document.text.lower().find(quote.strip().lower()) if quote.strip() else -1
    if at < 0:
        # The sentence starts with the skill's name so the report highlights the name.
        sentence = f"{skill.name}: added by a reviewer" + (f" ({note})" if note else "")
        return Mention(
            skill=skill.id,
            name=skill.name,
            category=skill.category,
            start=0,
            end=0,
            text=skill.name,
            sentence=sentence,
            method="context",
            source=REVIEWER_SOURCE,
        )
    end = at + len(quote.strip())
    section = document.section_at(at)
    sentence, sentence_start = _sentence_around(document, at, end)
    return Mention(
        skill=skill.id,
        name=skill.name,
        category=skill.category,
        start=at,
        end=end,
        text=document.text[at:end],
        section=section,
        sentence=sentence,
        sentence_start=sentence_start,
        strength=EvidenceStrength.USE if section in USE_SECTIONS else EvidenceStrength.CLAIM,
        method="context",
        source=REVIEWER_SOURCE,
        page=document.page_at(at),
    )


def is_removed(mention: Mention, corrections: Sequence[Correction]) -> bool:
    """Return whether a removal correction covers ``mention``."""
    return any(
        c.kind == "remove"
        and c.skill_id == mention.skill
        and (c.mention_start is None or c.mention_start == mention.start)
        for c in corrections
    )


def apply_corrections(
    profile: Profile,
    corrections: Sequence[Correction],
    skills: Mapping[str, SkillEntry],
) -> Profile:
    """Return a copy of ``profile`` with removed mentions dropped and added skills mentioned.

    ``skills`` maps lexicon ids to entries; an added skill no longer in the lexicon is
    skipped rather than failing the whole view.
    """
    if not corrections:
        return profile
    kept = [m for m in profile.mentions if not is_removed(m, corrections)]
    for correction in corrections:
        if correction.kind == "add" and correction.skill_id in skills:
            entry = skills[correction.skill_id]
            kept.append(
                reviewer_mention(profile.document, entry, correction.quote, correction.note)
            )
    still_shown = {m.skill for m in kept}
    removed = {c.skill_id for c in corrections if c.kind == "remove"} - still_shown
    # Years of use come from mentions; a skill whose every mention was wrong has none.
    years = {skill: y for skill, y in profile.skill_years.items() if skill not in removed}
    return profile.model_copy(update={"mentions": kept, "skill_years": years})
