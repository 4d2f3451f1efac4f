"""The data that passes between pipeline stages.

ingest -> sections -> extract -> match -> score -> report
(file)    (Document)  (Profile)   (RoleFit)       (FitReport)

Plain pydantic models, no I/O. Every stage takes and returns these, so a stage can be
tested alone and the JSON report is simply ``FitReport.model_dump_json()``.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: Version of the JSON report schema. Bump the minor part for additive changes,
#: the major part when a field changes meaning or disappears.
SCHEMA_VERSION = "1.0"


class Model(BaseModel):
    """Base for every pipeline model: unknown fields are an error, not silently kept."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- ingest


class SectionKind(StrEnum):
    """The resume sections resumefit recognises."""

    CONTACT = "contact"  # the block above the first heading: name, e-mail, phone, links
    SUMMARY = "summary"
    SKILLS = "skills"
    EXPERIENCE = "experience"
    PROJECTS = "projects"
    EDUCATION = "education"
    CERTIFICATIONS = "certifications"
    PUBLICATIONS = "publications"
    AWARDS = "awards"  # awards, activities, leadership, volunteering
    OTHER = "other"


class PageSpan(Model):
    """Where one page's text sits in ``Document.text`` (1-based page number)."""

    page: int
    start: int
    end: int


class Line(Model):
    """One visual line of the document with the layout cues a heading detector needs.

    ``size`` is the line's font size relative to the document's body text (1.0 = body);
    ``bold`` is true when most of its characters are set in a bold face.
    """

    start: int
    end: int
    page: int = 1
    size: float = 1.0
    bold: bool = False
    column: int = 0  # 0 = full width / left column, 1 = right column


class Link(Model):
    """A hyperlink found in the document (PDF link annotation or Markdown/URL text)."""

    url: str
    page: int | None = None
    start: int | None = None  # anchor text offsets in Document.text, when known
    end: int | None = None


class Section(Model):
    """A contiguous run of ``Document.text`` under one heading."""

    kind: SectionKind
    heading: str | None = None  # the heading text as written, None for the contact block
    start: int
    end: int


class Document(Model):
    """A resume (or README) as normalised text plus the layout facts recovered from it."""

    source: str  # display name: the file name, or path relative to a batch folder
    format: Literal["pdf", "txt", "md", "docx", "readme"]
    url: str | None = None  # for README documents: the repository or file it came from
    sha256: str  # of the input bytes; batch and review key on it
    text: str
    pages: list[PageSpan] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)  # filled by the sections stage
    warnings: list[str] = Field(default_factory=list)  # "two columns detected on page 1", ...

    def page_at(self, offset: int) -> int | None:
        """Return the 1-based page that holds character ``offset``, or None."""
        for span in self.pages:
            if span.start <= offset < span.end:
                return span.page
        return None

    def section_at(self, offset: int) -> SectionKind:
        """Return the kind of the section that holds character ``offset``."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.kind
        return SectionKind.OTHER


# --------------------------------------------------------------------------- extract


class EvidenceStrength(StrEnum):
    """How strongly a mention shows a skill."""

    USE = "use"  # shown in use: a bullet under Experience or Projects, a README's code
    CLAIM = "claim"  # listed: a Skills line, a badge, a profile README


class Mention(Model):
    """One place where a skill (hard or soft) is evidenced in a document."""

    skill: str  # canonical skill id from the lexicon, e.g. "pytorch"
    name: str  # canonical preferred name, e.g. "PyTorch"
    category: str  # lexicon category, e.g. "ml_framework", "soft_skill"
    start: int  # character offsets into Document.text
    end: int
    text: str  # the surface text, == Document.text[start:end]
    section: SectionKind = SectionKind.OTHER
    sentence: str = ""  # the sentence or bullet it sits in
    sentence_start: int = 0  # offset of ``sentence`` in Document.text
    strength: EvidenceStrength = EvidenceStrength.CLAIM
    method: Literal["exact", "pattern", "context", "fuzzy", "phrase"] = "exact"
    source: str = "resume"  # "resume", or "repo:owner/name" / "readme:path" for portfolio evidence
    source_url: str | None = None  # link to the README/repository for portfolio evidence
    page: int | None = None


class DegreeLevel(IntEnum):
    """Degree levels in the order a requirement compares them."""

    NONE = 0
    HIGH_SCHOOL = 1
    ASSOCIATE = 2
    BACHELOR = 3
    MASTER = 4
    PHD = 5


class Degree(Model):
    """A degree stated in the education section."""

    level: DegreeLevel
    field: str | None = None  # "computer science", as written (lower-cased)
    pursuing: bool = False  # "expected 2026", "pursuing", "candidate", a future end year
    text: str
    start: int
    end: int


class ExperienceSpan(Model):
    """A dated role or activity: "Data Analyst, Acme, Jun 2021 - Present"."""

    title: str
    kind: Literal["job", "internship", "research", "project", "other"] = "job"
    start_year: float | None = None  # 2021.42 for May 2021
    end_year: float | None = None  # None for "present" resolved at extraction time
    years: float = 0.0
    text: str
    start: int
    end: int


class Profile(Model):
    """Everything extraction found about one person: their documents and the evidence."""

    document: Document
    mentions: list[Mention] = Field(default_factory=list)
    degrees: list[Degree] = Field(default_factory=list)
    experience: list[ExperienceSpan] = Field(default_factory=list)
    skill_years: dict[str, float] = Field(default_factory=dict)  # skill id -> years shown
    portfolio: list[Document] = Field(default_factory=list)  # README documents, if any


# --------------------------------------------------------------------------- roles


Importance = Literal["required", "preferred"]


class DegreeRequirement(Model):
    """A minimum degree, optionally in one of a few fields."""

    min_level: DegreeLevel = DegreeLevel.BACHELOR
    pursuing_ok: bool = True  # a student working toward min_level satisfies it
    fields: list[str] = Field(default_factory=list)  # empty = any field

    @field_validator("min_level", mode="before")
    @classmethod
    def _level_by_name(cls, value: object) -> object:
        """Accept a level name ("bachelor", "PhD") as well as its number, for readable files."""
        if isinstance(value, str) and not value.isdigit():
            try:
                return DegreeLevel[value.strip().upper().replace("'S", "").replace(" ", "_")]
            except KeyError:
                names = ", ".join(level.name.lower() for level in DegreeLevel)
                raise ValueError(f"unknown degree level {value!r}; use one of {names}") from None
        return value


class Requirement(Model):
    """One thing a role asks for, with where the ask comes from."""

    id: str
    label: str  # what a reader sees: "A deep-learning framework (PyTorch or TensorFlow)"
    category: str  # sub-score bucket: "programming", "ml", "math", "data", "mlops", ...
    importance: Importance = "required"
    weight: float = Field(default=1.0, gt=0)
    any_of: list[str] = Field(default_factory=list)  # skill ids; any one satisfies it
    min_count: int = Field(default=1, ge=1)  # how many distinct any_of skills are needed
    min_years: float | None = None
    degree: DegreeRequirement | None = None
    source: str = ""  # document and section it comes from, in our words
    suggestion: str = ""  # what to do when it is missing


class Role(Model):
    """A role profile: what a job asks for, as data."""

    id: str
    title: str
    seniority: Literal["intern", "junior", "mid", "senior", "research"] = "mid"
    summary: str = ""
    sources: list[str] = Field(default_factory=list)  # source documents, by title
    requirements: list[Requirement]


# --------------------------------------------------------------------------- match / score


class Evidence(Model):
    """Why a requirement counts as met: a mention, or a degree / experience line."""

    # Shared between reports by the matcher and scorer (see match.py, score.py): read-only.
    model_config = ConfigDict(extra="forbid", frozen=True)

    skill: str | None = None
    name: str
    text: str  # the surface text
    sentence: str  # the sentence or bullet that proves it
    highlight_start: int  # offsets of ``text`` within ``sentence``
    highlight_end: int
    section: SectionKind = SectionKind.OTHER
    strength: EvidenceStrength = EvidenceStrength.CLAIM
    source: str = "resume"
    source_url: str | None = None
    page: int | None = None
    via: str | None = None  # "PyTorch is a deep-learning framework" for hierarchy credit


RequirementStatus = Literal["met", "partly_met", "missing"]


class RequirementResult(Model):
    """A requirement's outcome for one person, with the evidence behind it."""

    # Shared between reports by the matcher and scorer (see match.py, score.py): read-only.
    model_config = ConfigDict(extra="forbid", frozen=True)

    requirement: Requirement
    status: RequirementStatus
    credit: float = Field(ge=0, le=1)  # share of the requirement's points earned
    points: float  # earned
    max_points: float
    explanation: str  # one sentence: why this status
    evidence: list[Evidence] = Field(default_factory=list)
    suggestion: str | None = None  # filled when not fully met


class CategoryScore(Model):
    """A sub-score for one requirement category (0-100)."""

    # Shared between reports by the matcher and scorer (see match.py, score.py): read-only.
    model_config = ConfigDict(extra="forbid", frozen=True)

    category: str
    label: str
    score: float
    points: float
    max_points: float


class RoleFit(Model):
    """How well one person fits one role, and why."""

    role_id: str
    role_title: str
    score: float  # 0-100
    categories: list[CategoryScore]
    results: list[RequirementResult]
    gaps: list[RequirementResult]  # not fully met, highest weight first
    summary: str = ""  # one line: "Strong fit: 9 of 12 required skills met ..."


class SkillSummary(Model):
    """One skill found anywhere, with how often and how strongly."""

    skill: str
    name: str
    category: str
    count: int
    strength: EvidenceStrength
    sections: list[SectionKind]


class DocumentSummary(Model):
    """What the report needs to say about the parsed input (no personal data)."""

    source: str
    format: str
    sha256: str
    pages: int
    characters: int
    sections: list[SectionKind]
    warnings: list[str] = Field(default_factory=list)


class FitReport(Model):
    """The whole result for one person: the document, the skills found, and each role fit."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    document: DocumentSummary
    skills: list[SkillSummary]
    mentions: list[Mention]
    degrees: list[Degree] = Field(default_factory=list)
    fits: list[RoleFit]  # best fit first
    portfolio_sources: list[str] = Field(default_factory=list)
