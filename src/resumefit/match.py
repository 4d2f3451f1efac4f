"""Match a profile against a role: each requirement's status, credit and evidence.

Credit rules (all named constants below, so a reader can check every point):

- A skill shown *in use* (a bullet under Experience/Projects, a README) earns full credit;
  a skill only *claimed* (a Skills line) earns ``STRENGTH_CREDIT[CLAIM]``.
- A requirement names skill ids; a mention of a *descendant* in the lexicon hierarchy counts
  too: a direct child ("PyTorch" for "deep-learning-framework") in full, a grandchild or
  further ("CNN" under "neural networks" under "deep learning") partly
  (``HIERARCHY_CREDIT``). A *related* skill earns ``RELATED_CREDIT``.
- ``min_count`` distinct skills are needed for full credit; fewer earn their share.
- ``min_years`` scales credit by the years shown (``Profile.skill_years``).
- Degrees compare by level (pursuing BS < BS < MS < PhD) and field.
- Practical experience also comes from structure: a Projects or Publications section with
  entries, an internship or research line in the experience list.

A requirement is *met* at ``MET_THRESHOLD`` credit or more, *partly met* above zero.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from resumefit.lexicon import Lexicon
from resumefit.types import (
    Degree,
    DegreeLevel,
    DegreeRequirement,
    Document,
    Evidence,
    EvidenceStrength,
    Mention,
    Profile,
    Requirement,
    RequirementResult,
    RequirementStatus,
    Role,
    SectionKind,
)

#: Credit for a skill by how strongly it is shown.
STRENGTH_CREDIT = {EvidenceStrength.USE: 1.0, EvidenceStrength.CLAIM: 0.8}
#: Credit for a descendant of a required skill, by its distance below it.
HIERARCHY_CREDIT = {0: 1.0, 1: 1.0, 2: 0.6}
#: Credit for a descendant further down than ``HIERARCHY_CREDIT`` lists.
DISTANT_DESCENDANT_CREDIT = 0.4
#: Credit for a skill the lexicon lists as related to a required one.
RELATED_CREDIT = 0.4
#: Credit at or above which a requirement counts as met.
MET_THRESHOLD = 0.75
#: Points scale of a requirement: weight x this factor for its importance.
IMPORTANCE_FACTOR = {"required": 1.0, "preferred": 0.5}
#: Share of credit kept when the skill is shown but no years can be dated.
YEARS_UNKNOWN_FACTOR = 0.5
#: Lowest share of credit kept when fewer years are shown than asked.
YEARS_FLOOR_FACTOR = 0.25
#: Degree credit: completed, or pursuing where the role accepts students.
DEGREE_CREDIT = 1.0
#: Degree credit when the person is studying toward the level but the role wants it completed.
PURSUING_NOT_ACCEPTED_CREDIT = 0.5
#: Degree credit when the highest degree is one level below the one asked.
ONE_LEVEL_BELOW_CREDIT = 0.5
#: Factor applied when the degree's field is stated and matches none of the role's fields.
FIELD_MISMATCH_FACTOR = 0.5
#: Factor applied when the role names fields but the degree's field could not be read.
FIELD_UNKNOWN_FACTOR = 0.75
#: Section kinds whose entries show a kind of practical experience.
SECTION_PRACTICE: dict[SectionKind, tuple[str, ...]] = {
    SectionKind.PROJECTS: ("personal-project", "academic-project"),
    SectionKind.PUBLICATIONS: ("publication",),
}
#: Experience-line kinds that show a kind of practical experience.
EXPERIENCE_PRACTICE = {
    "internship": "internship",
    "research": "research-experience",
    "project": "personal-project",
}
#: A section needs this many letters after its heading to count as having entries.
MIN_SECTION_LETTERS = 20
#: Evidence items kept per requirement (strongest first).
MAX_EVIDENCE = 4
#: Longest evidence sentence kept, in characters.
MAX_SENTENCE_CHARS = 300
#: Short field names resumes use, expanded before field matching.
FIELD_ABBREVIATIONS = {
    "cs": "computer science",
    "cse": "computer science engineering",
    "ai": "artificial intelligence",
    "ml": "machine learning",
    "ee": "electrical engineering",
    "ece": "electrical computer engineering",
    "it": "information technology",
    "math": "mathematics",
    "maths": "mathematics",
    "stats": "statistics",
}
#: Field names whose words are remembered (role fields and the degree fields of recent resumes).
FIELD_WORDS_CACHE = 1024
_ENOUGH_LETTERS = re.compile(rf"(?:[\W\d_]*[^\W\d_]){{{MIN_SECTION_LETTERS}}}")
_DEGREE_WORDS = {
    DegreeLevel.NONE: "no degree",
    DegreeLevel.HIGH_SCHOOL: "a high-school diploma",
    DegreeLevel.ASSOCIATE: "an associate degree",
    DegreeLevel.BACHELOR: "a bachelor's degree",
    DegreeLevel.MASTER: "a master's degree",
    DegreeLevel.PHD: "a PhD",
}


@dataclass
class Candidate:
    """The best evidence of one skill toward a requirement, and the credit it earns.

    Evidence models are built only for the candidates a result shows (``evidence``), not for
    every mention considered.
    """

    skill: str  # the evidenced skill id (may be a descendant of the required one)
    credit: float
    via: str | None
    mentions: list[Mention] = field(default_factory=list)  # strongest first
    facts: list[Evidence] = field(default_factory=list)  # structural evidence

    @property
    def claim_only(self) -> bool:
        return not self.facts and all(m.strength == EvidenceStrength.CLAIM for m in self.mentions)

    def evidence(self, shown: _Evidenced, limit: int) -> list[Evidence]:
        """Return up to ``limit`` Evidence items, strongest first."""
        found = [shown.mention_evidence(m, self.via) for m in self.mentions[:limit]]
        return (found + self.facts)[:limit]


@dataclass
class _SkillGraph:
    """Distances and links along the lexicon hierarchy, memoised per lexicon."""

    lexicon: Lexicon
    _up: dict[str, dict[str, int]] = field(default_factory=dict)
    _links: dict[tuple[str, tuple[str, ...]], tuple[float, str | None] | None] = field(
        default_factory=dict
    )
    _linked: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _wanted: dict[tuple[str, ...], str] = field(default_factory=dict)
    _plans: dict[int, _Plan] = field(default_factory=dict)

    def plan(self, requirement: Requirement) -> _Plan:
        """Return what matching needs to know of ``requirement`` (memoised per requirement).

        Roles are read as data that does not change: a requirement is planned once per
        process, by identity (the plan keeps it, so its id is not reused meanwhile).
        """
        found = self._plans.get(id(requirement))
        if found is None or found.requirement is not requirement:
            if len(self._plans) >= MAX_CACHED_PLANS:
                self._plans.clear()
            found = self._plans[id(requirement)] = _Plan.of(requirement, self)
        return found

    def linked(self, targets: tuple[str, ...]) -> frozenset[str]:
        """Return every skill id that may link toward one of ``targets`` (for a quick skip).

        That is the targets, their descendants and the skills related either way: every id
        for which ``link`` is not None is in it. Computed once per requirement and process,
        so a profile's other skills are skipped with one set lookup each.
        """
        found = self._linked.get(targets)
        if found is None:
            ids = set(targets)
            for target in targets:
                if target in self.lexicon:
                    ids.update(self.lexicon.descendants(target))
                    ids.update(self.lexicon.get(target).related)
                    ids.update(self.lexicon.related_to(target))
            found = self._linked[targets] = frozenset(ids)
        return found

    def ancestor_distances(self, skill_id: str) -> dict[str, int]:
        """Return {ancestor id: distance} for ``skill_id`` (itself at 0)."""
        if skill_id not in self._up:
            distances = {skill_id: 0}
            frontier = [skill_id]
            while frontier:
                nxt: list[str] = []
                for sid in frontier:
                    parents = self.lexicon.get(sid).parents if sid in self.lexicon else ()
                    for parent in parents:
                        if parent not in distances:
                            distances[parent] = distances[sid] + 1
                            nxt.append(parent)
                frontier = nxt
            self._up[skill_id] = distances
        return self._up[skill_id]

    def name(self, skill_id: str) -> str:
        """Return the skill's display name (its id when the lexicon lacks it), memoised."""
        found = self._names.get(skill_id)
        if found is None:
            found = self.lexicon.get(skill_id).name if skill_id in self.lexicon else skill_id
            self._names[skill_id] = found
        return found

    def wanted(self, targets: tuple[str, ...]) -> str:
        """Return the display names of ``targets``, comma-separated (memoised)."""
        found = self._wanted.get(targets)
        if found is None:
            found = self._wanted[targets] = ", ".join(self.name(sid) for sid in targets)
        return found

    def best_link(self, skill_id: str, targets: tuple[str, ...]) -> tuple[float, str | None] | None:
        """Return the best (credit, via) of ``skill_id`` toward any of ``targets``, or None."""
        key = (skill_id, targets)
        if key not in self._links:
            links = [link for target in targets if (link := self.link(skill_id, target))]
            self._links[key] = max(links, key=lambda link: link[0]) if links else None
        return self._links[key]

    def is_kind_of(self, skill_id: str, targets: tuple[str, ...]) -> bool:
        """Return whether ``skill_id`` is one of ``targets`` or below one of them."""
        distances = self.ancestor_distances(skill_id)
        return any(target in distances for target in targets)

    def link(self, skill_id: str, target: str) -> tuple[float, str | None] | None:
        """Return (hierarchy credit, via text) of ``skill_id`` toward ``target``, or None."""
        distance = self.ancestor_distances(skill_id).get(target)
        if distance is not None:
            credit = HIERARCHY_CREDIT.get(distance, DISTANT_DESCENDANT_CREDIT)
            via = (
                None if distance == 0 else f"{self.name(skill_id)} is a kind of {self.name(target)}"
            )
            return credit, via
        related = self.lexicon.get(skill_id).related if skill_id in self.lexicon else ()
        target_related = self.lexicon.get(target).related if target in self.lexicon else ()
        if target in related or skill_id in target_related:
            return RELATED_CREDIT, f"{self.name(skill_id)} is related to {self.name(target)}"
        return None


_GRAPHS: dict[int, _SkillGraph] = {}
#: Lexicons whose memoised links are kept (a process normally uses one).
MAX_CACHED_LEXICONS = 4
#: Requirements whose plans are kept per lexicon (the built-in roles have about 200).
MAX_CACHED_PLANS = 4096


def _graph(lexicon: Lexicon) -> _SkillGraph:
    """Return the memoised hierarchy of ``lexicon`` (kept while the lexicon is cached)."""
    graph = _GRAPHS.get(id(lexicon))
    if graph is None or graph.lexicon is not lexicon:
        if len(_GRAPHS) >= MAX_CACHED_LEXICONS:
            _GRAPHS.clear()
        graph = _GRAPHS[id(lexicon)] = _SkillGraph(lexicon)
    return graph


class _Outcome(NamedTuple):
    """A requirement's outcome apart from its points, shared by requirements asking the same.

    ``hint`` is the joined hints of the parts (None when there are none).
    """

    status: RequirementStatus
    credit: float
    explanation: str
    evidence: list[Evidence]
    hint: str | None


#: What an outcome depends on in a requirement: its any_of part, its degree part.
_OutcomeKey = tuple[
    tuple[tuple[str, ...], int, float | None] | None,
    tuple[DegreeLevel, bool, tuple[str, ...]] | None,
]


@dataclass
class _Plan:
    """What matching needs to know of one requirement, apart from any profile.

    ``unmet`` is the requirement's result for every profile that shows nothing toward it
    (no skill linked to a skills-only requirement, no degree for a degree-only one): that
    result depends on the requirement alone, so it is built once and shared.
    """

    requirement: Requirement
    key: _OutcomeKey
    linked: frozenset[str] | None  # for a skills-only requirement: the ids that may count
    degree_only: bool
    max_points: float
    unmet: RequirementResult | None = None

    @classmethod
    def of(cls, requirement: Requirement, graph: _SkillGraph) -> _Plan:
        """Return the plan of ``requirement`` against ``graph``'s lexicon."""
        degree = requirement.degree
        targets = tuple(requirement.any_of)
        return cls(
            requirement=requirement,
            key=(
                (targets, requirement.min_count, requirement.min_years) if targets else None,
                (degree.min_level, degree.pursuing_ok, tuple(degree.fields)) if degree else None,
            ),
            linked=graph.linked(targets) if targets and degree is None else None,
            degree_only=degree is not None and not targets,
            max_points=requirement.weight * IMPORTANCE_FACTOR[requirement.importance],
        )

    def shows_nothing(self, shown: _Evidenced) -> bool:
        """Return whether ``shown`` holds nothing that could count toward the requirement."""
        if self.linked is not None:
            return self.linked.isdisjoint(shown.ids)
        return self.degree_only and not shown.profile.degrees


@dataclass
class _Evidenced:
    """What a profile shows, grouped by skill id: mentions (strongest first) and facts.

    Also memoises, per profile, the candidates per required skill set, the outcome per kind
    of requirement and the Evidence per mention: roles share many requirements ("Python
    programming"), and one profile is matched against every role.
    """

    profile: Profile
    mentions: dict[str, list[Mention]]
    facts: dict[str, list[Evidence]]
    order: dict[str, int] = field(default_factory=dict)  # shown skill id -> document order
    ids: frozenset[str] = frozenset()  # the shown skill ids
    candidates: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    outcomes: dict[_OutcomeKey, _Outcome] = field(default_factory=dict)
    _evidence: dict[tuple[int, str | None], Evidence] = field(default_factory=dict)

    def mention_evidence(self, mention: Mention, via: str | None) -> Evidence:
        """Return ``mention_evidence`` of ``mention`` in the profile's document (memoised)."""
        key = (id(mention), via)  # the mentions and degrees live as long as this object
        found = self._evidence.get(key)
        if found is None:
            found = mention_evidence(self.profile.document, mention, via)
            self._evidence[key] = found
        return found

    def degree_evidence(self, degree: Degree) -> Evidence:
        """Return ``degree_evidence`` of ``degree`` in the profile's document (memoised)."""
        key = (id(degree), None)
        found = self._evidence.get(key)
        if found is None:
            found = self._evidence[key] = degree_evidence(self.profile.document, degree)
        return found


def _evidenced(profile: Profile) -> _Evidenced:
    mentions: dict[str, list[Mention]] = {}
    for mention in profile.mentions:
        mentions.setdefault(mention.skill, []).append(mention)
    for found in mentions.values():
        if len(found) > 1:
            found.sort(key=lambda m: -STRENGTH_CREDIT[m.strength])  # stable: first USE first
    facts: dict[str, list[Evidence]] = {}
    for skill_id, item in practice_evidence(profile):
        facts.setdefault(skill_id, []).append(item)
    order = [*mentions, *(sid for sid in facts if sid not in mentions)]
    positions = {sid: at for at, sid in enumerate(order)}
    return _Evidenced(profile, mentions, facts, positions, frozenset(positions))


def match_role(profile: Profile, role: Role, lexicon: Lexicon) -> list[RequirementResult]:
    """Return one RequirementResult per requirement of ``role``, in the role's order."""
    return match_roles(profile, [role], lexicon)[0]


def match_roles(
    profile: Profile, roles: Sequence[Role], lexicon: Lexicon
) -> list[list[RequirementResult]]:
    """Return ``match_role`` of each of ``roles``, reading what the profile shows once.

    Roles share many requirements ("Python programming"); the outcome of each kind of
    requirement is worked out once for all of them. A requirement the profile shows nothing
    toward gets the one result shared by every such profile (``_Plan.unmet``), so results
    are read-only: copy one (``model_copy``) to change it.
    """
    graph = _graph(lexicon)
    shown = _evidenced(profile)
    return [
        [match_requirement(profile, req, graph, shown) for req in role.requirements]
        for role in roles
    ]


def match_requirement(
    profile: Profile,
    requirement: Requirement,
    graph: _SkillGraph,
    shown: _Evidenced,
) -> RequirementResult:
    """Return the outcome of one requirement for ``profile``."""
    plan = graph.plan(requirement)
    unmet = plan.shows_nothing(shown)
    if unmet and plan.unmet is not None:
        return plan.unmet
    outcome = shown.outcomes.get(plan.key)
    if outcome is None:
        outcome = shown.outcomes[plan.key] = _outcome(profile, requirement, graph, shown)
    credit = outcome.credit
    max_points = plan.max_points
    suggestion = None
    if credit < 1.0:
        suggestion = outcome.hint if outcome.hint and credit > 0 else requirement.suggestion or None
    result = RequirementResult(
        requirement=requirement,
        status=outcome.status,
        credit=credit,
        points=round(credit * max_points, 3),
        max_points=max_points,
        explanation=outcome.explanation,
        evidence=outcome.evidence,
        suggestion=suggestion,
    )
    if unmet:
        plan.unmet = result
    return result


def _outcome(
    profile: Profile,
    requirement: Requirement,
    graph: _SkillGraph,
    shown: _Evidenced,
) -> _Outcome:
    """Return the outcome of ``requirement``'s asks (what it asks, not its points)."""
    degree = requirement.degree
    credits: list[float] = []
    evidence: list[Evidence] = []
    notes: list[str] = []
    hints: list[str] = []
    if requirement.any_of:
        credit, items, note, hint = _skill_credit(profile, requirement, graph, shown)
        credits.append(credit)
        evidence.extend(items)
        notes.append(note)
        hints.extend([hint] if hint else [])
    if degree is not None:
        credit, items, note, hint = degree_credit(shown, degree)
        credits.append(credit)
        evidence.extend(items)
        notes.append(note)
        hints.extend([hint] if hint else [])
    credit = round(min(credits), 3) if credits else 0.0
    status: RequirementStatus = (
        "met" if credit >= MET_THRESHOLD else "partly_met" if credit > 0 else "missing"
    )
    return _Outcome(
        status=status,
        credit=credit,
        explanation=" ".join(notes),
        evidence=evidence[:MAX_EVIDENCE],
        hint=" ".join(hints) if hints else None,
    )


# --------------------------------------------------------------------------- skills


def _skill_credit(
    profile: Profile,
    requirement: Requirement,
    graph: _SkillGraph,
    shown: _Evidenced,
) -> tuple[float, list[Evidence], str, str | None]:
    """Return (credit, evidence, explanation, hint) of the any_of part of a requirement."""
    targets = tuple(requirement.any_of)
    candidates = _ranked_candidates(targets, graph, shown)
    if not candidates:
        return 0.0, [], f"No evidence of {graph.wanted(targets)} was found.", None
    chosen = candidates[: requirement.min_count]
    credit = sum(c.credit for c in chosen) / requirement.min_count
    names = ", ".join(graph.name(c.skill) for c in chosen)
    notes = [_describe(c, graph) for c in chosen]
    hint: str | None = None
    if len(chosen) < requirement.min_count:
        wanted = graph.wanted(targets)
        notes.append(f"{len(chosen)} of the {requirement.min_count} skills asked ({wanted}).")
        hint = f"Show at least {requirement.min_count} of: {wanted}."
    elif any(c.claim_only for c in chosen) and max(c.credit for c in chosen) < 1.0:
        hint = f"Show {names} in use in an Experience or Projects bullet, not only in a list."
    elif any(c.via for c in chosen) and credit < 1.0:
        hint = f"Name {graph.name(requirement.any_of[0])} explicitly where you used it."
    if requirement.min_years:
        factor, note = _years_factor(profile, requirement, [c.skill for c in chosen])
        credit *= factor
        notes.append(note)
        if factor < 1.0:
            hint = f"Make the dates of your {names} work clear (start and end month, year)."
    evidence: list[Evidence] = []
    for candidate in chosen:
        evidence.extend(candidate.evidence(shown, MAX_EVIDENCE - len(evidence)))
    return min(credit, 1.0), evidence, " ".join(notes), hint


def _ranked_candidates(
    targets: tuple[str, ...], graph: _SkillGraph, shown: _Evidenced
) -> list[Candidate]:
    """Return the candidates toward ``targets``, highest credit first (memoised per profile).

    Candidates are only read afterwards, so roles sharing a requirement share them.
    """
    found = shown.candidates.get(targets)
    if found is None:
        linked = graph.linked(targets)
        if linked.isdisjoint(shown.ids):
            found = []  # most requirements: no skill toward them is shown
        else:
            found = sorted(_candidates(targets, linked, graph, shown), key=lambda c: -c.credit)
        shown.candidates[targets] = found
    return found


def _candidates(
    targets: tuple[str, ...], linked: frozenset[str], graph: _SkillGraph, shown: _Evidenced
) -> Iterable[Candidate]:
    """Yield one Candidate per shown skill that counts toward ``targets`` (``linked`` to them)."""
    # document order, so ties resolve the same way every run
    for skill_id in sorted(linked.intersection(shown.ids), key=shown.order.__getitem__):
        link = graph.best_link(skill_id, targets)
        if link is None:
            continue
        mentions = shown.mentions.get(skill_id, [])
        facts = shown.facts.get(skill_id, [])
        if not mentions and not graph.is_kind_of(skill_id, targets):
            continue  # a structural fact counts as itself, not toward related skills
        strength = 1.0 if facts else STRENGTH_CREDIT[mentions[0].strength]
        via = link[1]
        if facts and not mentions:
            via = facts[0].via if via is None else f"{facts[0].via}; {via}"
        yield Candidate(skill_id, link[0] * strength, via, mentions, facts)


def _describe(candidate: Candidate, graph: _SkillGraph) -> str:
    """Return one sentence saying what a candidate shows and how much it counts."""
    shown: Mention | Evidence = candidate.mentions[0] if candidate.mentions else candidate.facts[0]
    if candidate.facts and shown.strength != EvidenceStrength.USE:
        shown = candidate.facts[0]  # the structural fact is what earns the credit
    section, source, strength = shown.section, shown.source, shown.strength
    where = section.value.capitalize() if section != SectionKind.OTHER else "the document"
    if source != "resume":
        where = source
    how = "shown in use" if strength == EvidenceStrength.USE else "listed"
    text = f"{graph.name(candidate.skill)} {how} in {where}"
    if candidate.via:
        text += f" ({candidate.via})"
    return text + f": {round(candidate.credit * 100)}% credit."


def _years_factor(
    profile: Profile, requirement: Requirement, skills: list[str]
) -> tuple[float, str]:
    """Return (factor, explanation) for the requirement's minimum years."""
    asked = float(requirement.min_years or 0)
    ids = set(skills) | set(requirement.any_of)
    years = max((profile.skill_years.get(sid, 0.0) for sid in ids), default=0.0)
    if years >= asked:
        return 1.0, f"{years:g} years shown ({asked:g} asked)."
    if years <= 0:
        return YEARS_UNKNOWN_FACTOR, f"No dated experience shows the {asked:g} years asked."
    factor = max(years / asked, YEARS_FLOOR_FACTOR)
    return factor, f"{years:g} of the {asked:g} years asked."


# --------------------------------------------------------------------------- degrees


def degree_level_rank(degree: Degree) -> float:
    """Return a comparable rank: pursuing a level sits half a step below completing it."""
    return float(degree.level) - (0.5 if degree.pursuing else 0.0)


def field_matches(degree_field: str | None, fields: list[str]) -> bool | None:
    """Return whether a degree field matches one of ``fields`` (None: field unknown)."""
    if not fields:
        return True
    if not degree_field:
        return None
    words = _field_words(degree_field)
    return any(_field_words(wanted) <= words for wanted in fields)


@functools.lru_cache(maxsize=FIELD_WORDS_CACHE)
def _field_words(text: str) -> frozenset[str]:
    """Return the words of a field name, abbreviations expanded, small words dropped."""
    words: list[str] = []
    for word in re.findall(r"[a-z]+", text.lower()):
        words.extend(FIELD_ABBREVIATIONS.get(word, word).split())
    return frozenset(word for word in words if word not in {"and", "of", "in", "the", "with"})


def degree_credit(
    shown: _Evidenced, wanted: DegreeRequirement
) -> tuple[float, list[Evidence], str, str | None]:
    """Return (credit, evidence, explanation, hint) of a degree requirement."""
    degrees = shown.profile.degrees
    asked = _DEGREE_WORDS[wanted.min_level]
    if not degrees:
        return 0.0, [], f"No degree was found; {asked} is asked.", None
    scored = [(_one_degree(degree, wanted), degree) for degree in degrees]
    (credit, note, hint), degree = max(
        scored, key=lambda item: (item[0][0], degree_level_rank(item[1]))
    )
    return credit, [shown.degree_evidence(degree)], note, hint


def _one_degree(degree: Degree, wanted: DegreeRequirement) -> tuple[float, str, str | None]:
    asked = _DEGREE_WORDS[wanted.min_level]
    has = _DEGREE_WORDS[degree.level]
    state = "in progress" if degree.pursuing else "completed"
    hint: str | None = None
    if degree.level >= wanted.min_level and (not degree.pursuing or wanted.pursuing_ok):
        credit = DEGREE_CREDIT
    elif degree.level >= wanted.min_level:
        credit = PURSUING_NOT_ACCEPTED_CREDIT
        hint = "This role usually expects the degree completed; give your expected graduation date."
    elif degree.level == wanted.min_level - 1 and not degree.pursuing:
        credit = ONE_LEVEL_BELOW_CREDIT
        hint = f"This role asks for {asked}; relevant graduate courses or research can offset it."
    else:
        credit = 0.0
    note = f"The resume shows {has} ({state}); {asked} is asked."
    matched = field_matches(degree.field, wanted.fields)
    if credit > 0 and matched is False:
        credit *= FIELD_MISMATCH_FACTOR
        note += f" Its field ({degree.field}) is outside {', '.join(wanted.fields[:4])}."
        hint = "Show coursework or projects in the role's field to bridge the degree field."
    elif credit > 0 and matched is None:
        credit *= FIELD_UNKNOWN_FACTOR
        note += " Its field could not be read."
        hint = "Write the field next to the degree, e.g. 'B.S. in Computer Science'."
    return credit, note, hint


# --------------------------------------------------------------------------- evidence


def practice_evidence(profile: Profile) -> Iterable[tuple[str, Evidence]]:
    """Yield (practice skill id, evidence) shown by the resume's structure, not by words."""
    document = profile.document
    for section in document.sections:
        kinds = SECTION_PRACTICE.get(section.kind)
        if not kinds:
            continue
        body = document.text[section.start : section.end]
        if section.heading and body.lstrip().startswith(section.heading):
            body = body.lstrip()[len(section.heading) :]
        if not _ENOUGH_LETTERS.match(body):
            continue
        first = next((line.strip() for line in body.splitlines() if line.strip()), "")
        first = first[:MAX_SENTENCE_CHARS]
        heading = section.heading or section.kind.value.capitalize()
        for kind in kinds:
            yield (
                kind,
                Evidence(
                    skill=kind,
                    name=heading,
                    text=first,
                    sentence=first,
                    highlight_start=0,
                    highlight_end=len(first),
                    section=section.kind,
                    strength=EvidenceStrength.USE,
                    page=document.page_at(section.start),
                    via=f"a {section.kind.value.capitalize()} section with entries",
                ),
            )
    for span in profile.experience:
        practice = EXPERIENCE_PRACTICE.get(span.kind)
        if practice is None:
            continue
        yield (
            practice,
            line_evidence(
                document,
                span.start,
                span.end,
                name=span.title,
                skill=practice,
                via=f"a dated {span.kind} entry",
            ),
        )


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Return (line holding text[start:end], start, end within it), clipped to a readable size."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_start = max(line_start, start - MAX_SENTENCE_CHARS // 2)
    line_end = min(line_end, max(end, line_start + MAX_SENTENCE_CHARS))
    return text[line_start:line_end], start - line_start, end - line_start


def mention_evidence(document: Document, mention: Mention, via: str | None = None) -> Evidence:
    """Return the Evidence a mention gives: its sentence with the skill highlighted."""
    sentence = mention.sentence
    offset = mention.start - mention.sentence_start
    if not sentence or not 0 <= offset <= len(sentence) - len(mention.text):
        sentence, offset, _ = sentence_around(document.text, mention.start, mention.end)
    return Evidence(
        skill=mention.skill,
        name=mention.name,
        text=mention.text,
        sentence=sentence,
        highlight_start=offset,
        highlight_end=offset + len(mention.text),
        section=mention.section,
        strength=mention.strength,
        source=mention.source,
        source_url=mention.source_url,
        page=mention.page,
        via=via,
    )


def line_evidence(
    document: Document,
    start: int,
    end: int,
    *,
    name: str,
    skill: str | None = None,
    via: str | None = None,
) -> Evidence:
    """Return USE evidence for ``document.text[start:end]``: its line, that span highlighted."""
    sentence, low, high = sentence_around(document.text, start, end)
    return Evidence(
        skill=skill,
        name=name,
        text=sentence[low:high],
        sentence=sentence,
        highlight_start=low,
        highlight_end=high,
        section=document.section_at(start),
        strength=EvidenceStrength.USE,
        page=document.page_at(start),
        via=via,
    )


def degree_evidence(document: Document, degree: Degree) -> Evidence:
    """Return the Evidence of a stated degree: its line with the degree highlighted."""
    name = _DEGREE_WORDS[degree.level]
    if document.text[degree.start : degree.end] == degree.text:
        return line_evidence(document, degree.start, degree.end, name=name)
    # Offsets that do not point at the text (an upstream slip): show the degree text alone.
    return Evidence(
        name=name,
        text=degree.text,
        sentence=degree.text,
        highlight_start=0,
        highlight_end=len(degree.text),
        strength=EvidenceStrength.USE,
    )
