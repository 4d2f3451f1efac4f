"""Turn a job posting into a role: skills, required vs preferred, years and degree.

The posting is read like a resume (``resumefit.ingest``) and its skills are found by the same
extractor. What a posting adds is structure: headings such as "Requirements" or "Nice to
have" say whether what follows is required or preferred, and cue phrases in a sentence
("must", "a plus", "bonus") override the heading. "3+ years of Python" sets ``min_years``
on the Python requirement; "BS/MS in Computer Science" becomes a degree requirement.

``role_toml`` writes the role as an editable TOML file with the posting sentence above each
requirement, so a reader can check and adjust every line; it loads back with ``load_role``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import tomlkit

from resumefit.errors import InputError
from resumefit.types import (
    DegreeLevel,
    DegreeRequirement,
    Document,
    Importance,
    Mention,
    Requirement,
    Role,
)

#: Heading words (lower case) that open a block of required qualifications.
REQUIRED_HEADINGS = (
    "requirements",
    "required",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "required qualifications",
    "must have",
    "must-have",
    "what you need",
    "what you'll need",
    "what we're looking for",
    "what we are looking for",
    "who you are",
    "you have",
    "skills",
    "required skills",
    "your profile",
)
#: Heading words that open a block of preferred qualifications.
PREFERRED_HEADINGS = (
    "nice to have",
    "nice-to-have",
    "nice to haves",
    "nice-to-haves",
    "preferred",
    "preferred qualifications",
    "bonus",
    "bonus points",
    "pluses",
    "desired",
    "desirable",
    "good to have",
    "extra credit",
    "it would be great if",
)
#: Heading words that open duties: skills named there (or in untitled prose) count as
#: required, at ``WEIGHT_DUTY``.
DUTY_HEADINGS = (
    "responsibilities",
    "what you'll do",
    "what you will do",
    "the role",
    "your role",
    "duties",
    "key responsibilities",
)
#: Heading words of blocks with no requirements (company blurb, benefits, how to apply).
IGNORED_HEADINGS = (
    "about us",
    "about the company",
    "who we are",
    "benefits",
    "perks",
    "what we offer",
    "compensation",
    "how to apply",
    "equal opportunity",
    "salary",
)
#: Cue phrases that make a sentence's skills preferred, whatever the heading says.
PREFERRED_CUES = (
    "preferred",
    "a plus",
    "is a plus",
    "bonus",
    "nice to have",
    "nice-to-have",
    "desirable",
    "desired",
    "ideally",
    "an advantage",
    "advantageous",
    "beneficial",
    "not required",
    "optional",
)
#: Cue phrases that make a sentence's skills required, whatever the heading says.
REQUIRED_CUES = ("must", "required", "requires", "essential", "mandatory", "minimum of", "need to")
#: A heading is a short line; longer lines are sentences.
MAX_HEADING_CHARS = 60
#: Requirement weights by where the ask comes from.
WEIGHT_REQUIRED = 2.0
WEIGHT_DUTY = 1.0
WEIGHT_PREFERRED = 1.0
WEIGHT_DEGREE = 2.0
#: Extra weight for a skill with a stated number of years.
WEIGHT_YEARS_BONUS = 0.5
#: Requirement category by lexicon category (anything else: "engineering").
CATEGORY_BY_SKILL_CATEGORY = {
    "programming_language": "programming",
    "ml_concept": "ml",
    "ml_framework": "ml",
    "ml_library": "ml",
    "nlp_library": "ml",
    "cv_library": "ml",
    "cv_model": "ml",
    "data_tool": "data",
    "data_library": "data",
    "data_skill": "data",
    "database": "data",
    "big_data": "data",
    "bi_tool": "data",
    "statistics_software": "data",
    "cloud": "mlops",
    "devops": "mlops",
    "mlops": "mlops",
    "math": "math",
    "mathematics": "math",
    "soft_skill": "soft_skills",
    "practice": "experience",
}
DEFAULT_CATEGORY = "engineering"
#: Degree words and the level they name.
DEGREE_PATTERNS: tuple[tuple[DegreeLevel, str], ...] = (
    (DegreeLevel.PHD, r"ph\.?\s?d\.?|doctorate|doctoral"),
    (DegreeLevel.MASTER, r"m\.?s\.?c?\.?|m\.?eng\.?|master'?s?|mba"),
    (
        DegreeLevel.BACHELOR,
        r"b\.?s\.?c?\.?|b\.?a\.?|b\.?eng\.?|b\.?tech\.?|bachelor'?s?|undergraduate degree",
    ),
    (DegreeLevel.ASSOCIATE, r"associate'?s? degree"),
)
#: Words saying that a student working toward the degree is welcome.
PURSUING_CUES = ("pursuing", "currently enrolled", "enrolled in", "student", "candidate for")
#: Joins in a skill list that mean "either one" (an any-of group): "TensorFlow or PyTorch".
ALTERNATIVE_JOINS = re.compile(r"^\s*(?:,?\s*(?:or|and/or)\s+|/\s*|\|\s*)$", re.IGNORECASE)
#: Joins inside an any-of group that only continue the list: "A, B or C".
LIST_JOINS = re.compile(r"^\s*,\s*$")
#: "3+ years", "at least 5 years", "2-4 years".
YEARS_PATTERN = re.compile(
    r"(?:at least |minimum of |min\.? )?(\d{1,2})(?:\.\d)?\s*(?:\+|-\s*\d{1,2}|to \d{1,2})?\s*"
    r"\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_FIELD_TAIL = re.compile(
    r"\b(?:in|of)\s+((?:[A-Za-z][A-Za-z&\- ]*?)(?:,\s*(?:or\s+)?[A-Za-z][A-Za-z&\- ]*?)*)"
    r"(?:,?\s*(?:or|and)\s+(?:a\s+)?(?:related|similar|equivalent)|[.;:()]|$)",
)
BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2023\u25aa\u2013]|\d{1,2}[.)])\s+")
Seniority = Literal["intern", "junior", "mid", "senior", "research"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@dataclass
class PostingImport:
    """A role made from a posting and, per requirement id, the posting sentence behind it."""

    role: Role
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class PostingSentence:
    """One sentence (or bullet) of a posting with the block it sits in."""

    text: str
    start: int
    end: int
    heading: str | None
    block: str  # "required", "preferred", "duty", "ignored", "neutral"


def read_posting(path: str | Path) -> PostingImport:
    """Return the role and posting notes for the posting at ``path`` (TXT, MD or PDF)."""
    # Imported here: reading a posting needs ingest and extract, loading roles does not.
    from resumefit.extract import extract_mentions
    from resumefit.ingest import read_document

    path = Path(path)
    document = read_document(path)
    return posting_to_role(document, extract_mentions(document), name=path.name)


def import_posting(path: str | Path) -> Role:
    """Return the Role described by the job posting at ``path``."""
    return read_posting(path).role


def posting_to_role(document: Document, mentions: Sequence[Mention], *, name: str) -> PostingImport:
    """Return the role (and notes) for a posting's text and the skill mentions found in it."""
    sentences = split_posting(document.text)
    title, title_end = posting_title(document.text) or (Path(name).stem, -1)
    requirements: dict[str, Requirement] = {}
    notes: dict[str, str] = {}
    for sentence in sentences:
        if sentence.block == "ignored" or sentence.end <= title_end:
            continue
        importance = sentence_importance(sentence)
        source = f"{name}, {sentence.heading!r} section" if sentence.heading else name
        found = [m for m in mentions if sentence.start <= m.start < sentence.end]
        for requirement in sentence_requirements(sentence, found, importance, source):
            current = requirements.get(requirement.id)
            if current is None or _outranks(requirement, current):
                requirements[requirement.id] = requirement
                notes[requirement.id] = sentence.text
    if not requirements:
        raise InputError(
            name, "no skills or degree were found in the posting", "check that it is a job posting"
        )
    role = Role(
        id=_slug(title) or "imported-role",
        title=title,
        seniority=posting_seniority(title),
        summary=f"Imported from the job posting {name}; review importance and weights.",
        sources=[name],
        requirements=list(requirements.values()),
    )
    return PostingImport(role=role, notes=notes)


def _outranks(new: Requirement, old: Requirement) -> bool:
    """Return whether ``new`` should replace ``old`` for the same skill (required wins)."""

    def rank(req: Requirement) -> tuple[bool, float, float]:
        return req.importance == "required", req.min_years or 0.0, req.weight

    return rank(new) > rank(old)


# --------------------------------------------------------------------------- structure


def split_posting(text: str) -> list[PostingSentence]:
    """Return the posting's sentences, each with its heading and block kind.

    Wrapped lines join into one paragraph; a bullet, a blank line or a heading starts a new
    one. Offsets point into ``text``.
    """
    sentences: list[PostingSentence] = []
    heading: str | None = None
    block = "neutral"
    paragraph: list[tuple[int, int]] = []  # (start, end) of its lines' text
    offset = 0
    for raw in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        body = raw.strip()
        kind = heading_kind(body) if body else None
        bullet = BULLET.match(raw)
        if not body or kind is not None or bullet:
            sentences.extend(_paragraph_sentences(text, paragraph, heading, block))
            paragraph = []
        if not body:
            continue
        line_end = line_start + len(raw.rstrip())
        if kind is not None:
            heading, block = _clean_heading(body), kind
            # "Qualifications: pursuing a BS..." keeps the text after the colon.
            colon = raw.find(":")
            if colon >= 0 and raw[colon + 1 :].strip():
                paragraph.append((line_start + colon + 1, line_end))
            continue
        start = line_start + (bullet.end() if bullet else len(raw) - len(raw.lstrip()))
        paragraph.append((start, line_end))
    sentences.extend(_paragraph_sentences(text, paragraph, heading, block))
    return sentences


def _paragraph_sentences(
    text: str, lines: list[tuple[int, int]], heading: str | None, block: str
) -> Iterable[PostingSentence]:
    """Yield the sentences of one paragraph (its lines' spans in ``text``)."""
    if not lines:
        return
    start, end = lines[0][0], lines[-1][1]
    chunk = text[start:end]
    position = 0
    for part in _SENTENCE_END.split(chunk):
        found = chunk.index(part, position)
        position = found + len(part)
        stripped = part.strip()
        if stripped:
            begin = start + found + part.index(stripped)
            yield PostingSentence(stripped, begin, begin + len(stripped), heading, block)


def _clean_heading(line: str) -> str:
    return line.strip().lstrip("#").strip().split(":", 1)[0].strip(" *_")


def heading_kind(line: str) -> str | None:
    """Return the block kind a heading line opens, or None when the line is not a heading.

    A heading is a Markdown heading (containing a known heading word), or a line that is
    exactly a known heading, alone or before a colon ("Requirements:", "Qualifications: ...").
    """
    markdown = line.lstrip().startswith("#")
    colon = ":" in line
    cleaned = _clean_heading(line).lower().rstrip(".!?")
    if not cleaned or len(cleaned) > MAX_HEADING_CHARS:
        return None
    if not markdown and not colon and len(line.strip().strip("*_ ")) != len(cleaned):
        return None
    for kind, names in (
        ("ignored", IGNORED_HEADINGS),
        ("preferred", PREFERRED_HEADINGS),
        ("duty", DUTY_HEADINGS),
        ("required", REQUIRED_HEADINGS),
    ):
        if cleaned in names:
            return kind
        if markdown and any(_has_phrase(cleaned, name) for name in names):
            return kind
    return "neutral" if markdown else None


def sentence_importance(sentence: PostingSentence) -> Importance:
    """Return 'required' or 'preferred' for a sentence: cue phrases first, then its block."""
    lower = sentence.text.lower()
    if any(_has_phrase(lower, cue) for cue in PREFERRED_CUES):
        return "preferred"
    if any(_has_phrase(lower, cue) for cue in REQUIRED_CUES):
        return "required"
    return "preferred" if sentence.block == "preferred" else "required"


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def posting_title(text: str) -> tuple[str, int] | None:
    """Return the posting's title and where its line ends: its first short line that does
    not open a known block ("Requirements", ...)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        end = offset + len(line.rstrip())
        offset += len(line)
        cleaned = line.strip().lstrip("#").strip(" *_")
        if (
            cleaned
            and len(cleaned) <= MAX_HEADING_CHARS
            and heading_kind(line) in {None, "neutral"}
        ):
            return cleaned.split(" - ")[0].split(" | ")[0].strip(), end
    return None


def posting_seniority(title: str) -> Seniority:
    """Return the role seniority a posting title suggests."""
    lower = title.lower()
    levels: tuple[tuple[tuple[str, ...], Seniority], ...] = (
        (("intern", "internship", "co-op"), "intern"),
        (("research scientist", "researcher"), "research"),
        (("senior", "sr.", "lead", "principal", "staff"), "senior"),
        (("junior", "jr.", "graduate", "entry"), "junior"),
    )
    for words, level in levels:
        if any(_has_phrase(lower, word) for word in words):
            return level
    return "mid"


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:60].strip("-")


# --------------------------------------------------------------------------- requirements


def sentence_requirements(
    sentence: PostingSentence, mentions: Sequence[Mention], importance: Importance, source: str
) -> list[Requirement]:
    """Return the requirements one sentence asks for: skill groups and a degree."""
    requirements: list[Requirement] = []
    degree = degree_requirement(sentence.text)
    if degree is not None:
        requirements.append(
            Requirement(
                id=f"degree-{degree.min_level.name.lower()}",
                label=_degree_label(degree),
                category="education",
                importance=importance,
                weight=WEIGHT_DEGREE if importance == "required" else WEIGHT_PREFERRED,
                degree=degree,
                source=source,
                suggestion="State your degree, field and graduation year in the Education section.",
            )
        )
    years_at = years_mentioned(sentence.text)
    if degree is not None:
        # "in Statistics or Mathematics" names the degree's field, not a skill to show.
        mentions = [m for m in mentions if not _inside_fields(m.text, degree.fields)]
    for group in skill_groups(sentence.text, sentence.start, mentions):
        years = _years_for(group, years_at, sentence.start, sentence.text)
        requirements.append(_skill_requirement(group, importance, sentence.block, years, source))
    return requirements


def _inside_fields(text: str, fields: list[str]) -> bool:
    lower = text.lower()
    return any(lower == field or lower in field.split() for field in fields) or any(
        _has_phrase(field, lower) for field in fields
    )


def years_mentioned(text: str) -> list[tuple[int, float]]:
    """Return (offset, years) of each "N+ years" phrase; a range counts its lower end."""
    return [(match.start(), float(match.group(1))) for match in YEARS_PATTERN.finditer(text)]


def skill_groups(text: str, start: int, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Return the sentence's skills grouped: "TensorFlow or PyTorch" is one any-of group."""
    ordered: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if all(m.skill != mention.skill for m in ordered):
            ordered.append(mention)
    groups: list[list[Mention]] = []
    for mention in ordered:
        if groups:
            previous = groups[-1][-1]
            between = text[previous.end - start : mention.start - start]
            alternative = ALTERNATIVE_JOINS.match(between) is not None
            if alternative or (LIST_JOINS.match(between) and _or_follows(text, mention, start)):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


def _or_follows(text: str, mention: Mention, start: int) -> bool:
    """Return whether the list the mention sits in ends with "or" ("A, B or C")."""
    rest = text[mention.end - start :]
    list_part = re.split(r"[.;:()]| and (?!/)", rest, maxsplit=1)[0]
    return re.search(r"(?:^|[\s,])(?:or|and/or)\s", list_part + " ") is not None or rest.startswith(
        "/"
    )


def _years_for(
    group: list[Mention], years_at: list[tuple[int, float]], start: int, text: str
) -> float | None:
    """Return the years a sentence asks for this group: the nearest "N years" before it.

    A years phrase after the skill counts only inside brackets: "Python (3+ years)".
    """
    first = group[0].start - start
    before = [(pos, years) for pos, years in years_at if pos < first]
    if before:
        return before[-1][1]
    last = group[-1].end - start
    for pos, years in years_at:
        if pos >= last and "(" in text[last:pos] and ")" not in text[last:pos]:
            return years
    return None


def _skill_requirement(
    group: list[Mention], importance: Importance, block: str, years: float | None, source: str
) -> Requirement:
    names = [m.name for m in group]
    label = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    if years:
        label += f" ({years:g}+ years)"
    if importance == "preferred":
        weight = WEIGHT_PREFERRED
    else:
        weight = WEIGHT_REQUIRED if block == "required" else WEIGHT_DUTY
    if years:
        weight += WEIGHT_YEARS_BONUS
    return Requirement(
        id="-or-".join(m.skill for m in group)[:80],
        label=label,
        category=CATEGORY_BY_SKILL_CATEGORY.get(group[0].category, DEFAULT_CATEGORY),
        importance=importance,
        weight=weight,
        any_of=[m.skill for m in group],
        min_years=years,
        source=source,
        suggestion=f"The posting asks for {label}; show it in a project or job bullet.",
    )


def degree_requirement(text: str) -> DegreeRequirement | None:
    """Return the degree a sentence asks for ("BS/MS in Computer Science"), or None."""
    found: list[tuple[DegreeLevel, int]] = []
    for level, pattern in DEGREE_PATTERNS:
        for match in re.finditer(rf"(?<![\w.])(?:{pattern})(?![\w])", text, re.IGNORECASE):
            if _looks_like_degree(text, match.group(), match.start()):
                found.append((level, match.end()))
    if not found:
        return None
    level, _ = min(found, key=lambda item: item[0])
    tail_from = max(end for _, end in found)
    fields = degree_fields(text[tail_from:])
    lower = text.lower()
    return DegreeRequirement(
        min_level=level,
        pursuing_ok=any(cue in lower for cue in PURSUING_CUES),
        fields=fields,
    )


def _looks_like_degree(text: str, word: str, start: int) -> bool:
    """Return whether a short match ("BA", "MS") is a degree, not "MS Office" or "a BA team"."""
    if len(word.replace(".", "")) > 3:
        return True
    following = text[start + len(word) : start + len(word) + 20].lower()
    if re.match(r"\s*(office|excel|word|sql|teams|azure|access)\b", following):
        return False
    return word[:1].isupper() and (
        "degree" in text.lower() or bool(re.match(r"\s*(/|in |or |degree|,)", following))
    )


def degree_fields(tail: str) -> list[str]:
    """Return the fields named after a degree: "in Computer Science, Statistics or related"."""
    match = _FIELD_TAIL.search(tail)
    if match is None:
        return []
    fields: list[str] = []
    for part in re.split(r",|\bor\b|\band\b|/", match.group(1)):
        cleaned = part.strip().lower()
        cleaned = re.sub(r"^(?:a|an|the)\s+", "", cleaned)
        if cleaned and cleaned not in {"related", "related field", "equivalent"}:
            fields.append(cleaned)
    return fields


def _degree_label(degree: DegreeRequirement) -> str:
    names = {
        DegreeLevel.PHD: "A PhD",
        DegreeLevel.MASTER: "A master's degree",
        DegreeLevel.BACHELOR: "A bachelor's degree",
        DegreeLevel.ASSOCIATE: "An associate degree",
    }
    label = names.get(degree.min_level, "A degree")
    if degree.min_level < DegreeLevel.PHD:
        label += " or higher"
    if degree.fields:
        label += " in " + ", ".join(degree.fields)
    return label


# --------------------------------------------------------------------------- writing


def role_toml(role: Role, notes: dict[str, str] | None = None) -> str:
    """Return ``role`` as TOML text, each requirement preceded by its posting sentence."""
    notes = notes or {}
    document = tomlkit.document()
    document.add(tomlkit.comment(f"Role file for {role.title}; edit freely, then check it with"))
    document.add(tomlkit.comment("  resumefit roles show THIS-FILE.toml"))
    document.add(tomlkit.comment('importance: "required" or "preferred"; weight: relative points'))
    for key in ("id", "title", "seniority", "summary", "sources"):
        document.add(key, getattr(role, key))
    tables = tomlkit.aot()
    for requirement in role.requirements:
        table = tomlkit.table()
        note = notes.get(requirement.id)
        if note:
            table.add(tomlkit.comment("posting: " + " ".join(note.split())))
        for key, value in _requirement_items(requirement):
            table.add(key, value)
        tables.append(table)
    document.add("requirements", tables)
    return tomlkit.dumps(document)


def _requirement_items(requirement: Requirement) -> list[tuple[str, Any]]:
    """Return a requirement's fields in reading order, defaults left out."""
    data = requirement.model_dump(mode="json", exclude_defaults=True)
    data.setdefault("importance", requirement.importance)
    data.setdefault("weight", requirement.weight)
    if requirement.degree is not None:
        degree = tomlkit.inline_table()
        degree.update(
            {
                "min_level": requirement.degree.min_level.name.lower(),
                "pursuing_ok": requirement.degree.pursuing_ok,
                "fields": requirement.degree.fields,
            }
        )
        data["degree"] = degree
    order = ["id", "label", "category", "importance", "weight", "any_of", "min_count", "min_years"]
    order += ["degree", "source", "suggestion"]
    return [(key, data[key]) for key in order if key in data]


def write_role_toml(role: Role, path: str | Path, notes: dict[str, str] | None = None) -> None:
    """Write ``role`` to ``path`` as an editable TOML role file (see ``role_toml``)."""
    Path(path).write_text(role_toml(role, notes), encoding="utf-8")
