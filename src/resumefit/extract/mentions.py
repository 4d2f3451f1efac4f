"""extract_mentions: every skill mention in a Document, with its evidence context.

Candidates come from ``matching.py``. Here they are filtered (reject contexts, ambiguous
names that lack support), deduplicated (longest wins, hard and soft skills separately, so a
soft-skill phrase never hides the tool named inside it) and turned into ``Mention`` models
that carry the sentence, section, page and evidence strength.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import accumulate, compress
from operator import add, lt, sub
from typing import Any

from resumefit.extract.degrees import degree_spans
from resumefit.extract.matching import (
    Candidate,
    Tokens,
    evidence_candidates,
    fuzzy_lookup,
    index_candidates,
    matchers,
    phrase_candidates,
)
from resumefit.extract.nlp import MAX_CHUNK_CHARS
from resumefit.extract.patterns import is_product
from resumefit.lexicon import Lexicon, Skill, load_lexicon
from resumefit.types import Document, EvidenceStrength, Mention, SectionKind

#: Sections whose mentions show a skill in use; anywhere else a mention is a claim.
USE_SECTIONS = frozenset({SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.PUBLICATIONS})
#: Sections where an ambiguous name ("R", "Go", "Excel") is taken as the skill without more.
LIST_SECTIONS = frozenset({SectionKind.SKILLS})
#: Sections where a context word never makes an ambiguous name a skill (a "CV" title, a
#: name like "Julia"); only a list of other skills around it does.
NEVER_AMBIGUOUS_SECTIONS = frozenset({SectionKind.CONTACT})
#: Tokens that separate items of a list: "Python, R and SQL", "C/C++", "Go | Rust".
LIST_SEPARATORS = frozenset({",", "/", "|", ";", "(", ")", "&", "and", "or", ":", "+", "-", "·"})
#: Tokens that join two items of one list ("Sales/Marketing", "Routing, Switching"); not a
#: bracket, a colon or a hyphen, which join a word to its explanation or a compound.
PAIR_SEPARATORS = frozenset({",", "/", "|", ";", "&", "and", "+", "·"})
SOFT_CATEGORIES = frozenset({"soft_skill"})
#: Endings of soft-skill nouns ("leadership", "communications", "management", "coaching"):
#: before a job title they are part of it; other soft-skill words are adjectives.
SOFT_NOUN_ENDINGS = (
    "ship", "tion", "tions", "sion", "ment", "ing", "ness", "ity", "work", "skills",
)  # fmt: skip
#: A mention that continues the name of an organisation or a venue is part of a name, not a
#: skill: "Department of Computer Science", "Office of Special Education", "Journal of ...".
ORGANISATION_WORDS = (
    "Department", "Dept", "Office", "Institute", "School", "College", "Faculty", "Center",
    "Centre", "Association", "Society", "Council", "Alliance", "Ministry", "Bureau",
    "University", "Academy", "Journal", "Conference", "Board", "Division", "Foundation",
    "Federation", "Agency", "Commission", "Committee", "Consortium", "Club", "Laboratory",
)  # fmt: skip
# The lookahead tests a word's first letter before ~30 alternatives at every position.
_IN_ORGANISATION = re.compile(
    rf"\b(?=[{''.join(sorted({w[0] for w in ORGANISATION_WORDS}))}])"
    rf"(?:{'|'.join(ORGANISATION_WORDS)})\.?\s+(?:of|for|on|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w&'-]*,?\s+(?:and\s+|&\s+)?){0,3}$"
)
# Any of the words at all: a cheap test (most texts before a mention hold none) that
# spares the search above its ~30 alternatives at each of the 80 positions.
_ORGANISATION_WORD = re.compile("|".join(ORGANISATION_WORDS))
#: What lies between two items of a list on one line: "budgets, forecasting", "A and B".
_LIST_GAP = re.compile(r"[ \t]*(?:[,/;&|]|,?[ \t]*(?:and|or))[ \t]*")
#: A lower-case word right after a mention that makes it a modifier ("sales staff").
_MODIFIER_AFTER = re.compile(r"[ \t](?!and\b|or\b|etc\b)[a-z]")
#: A capitalised line longer than this that is nothing but a mention is taken as a heading.
HEADING_MIN_LENGTH = 3
#: How far around a mention the reject_after / reject_before texts are looked for.
REJECT_WINDOW = 40
METHOD_RANK = {"exact": 0, "pattern": 1, "context": 2, "phrase": 3, "fuzzy": 4}
#: Sections written as prose where a lower-case everyday word ("maintenance", "billing")
#: describes the work, not a skill the person claims; the dotin annotators label it there
#: about one time in ten (lower-case, non-product, one word).
PROSE_SECTIONS = frozenset(
    {SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.AWARDS, SectionKind.CERTIFICATIONS}
)
#: A citation list (author initials, journal and publisher names) shows only named products
#: and technologies; acronyms up to this length there are initials ("Seidman RL").
CITATION_SECTIONS = frozenset({SectionKind.PUBLICATIONS})
CITATION_ACRONYM_MAX = 3
#: "Operating Systems: Windows, Linux": a term that opens a line or cell and ends in ':' is
#: the label of a list, not an item of it.
_LIST_LABEL_AFTER = re.compile(r"[ \t]*:")
#: The first line of a resume is taken as the person's name when it looks like one: two to
#: five words of letters (hyphens, apostrophes, initials), no digits, commas or other marks.
_NAME_LINE = re.compile(r"[^\W\d_][\w'.-]*(?:[ \t]+[^\W\d_][\w'.-]*){1,4}[ \t]*")
#: A whitespace-free run that is a link or an e-mail address: a skill name inside one
#: ("github.com/jane", "python-dev@example.org") is part of an address, not a claim.
_ADDRESS = re.compile(r"\S*(?:://|@|www\.|\.(?:com|org|net|io|edu|dev|ai)\b)\S*")
#: A skill that names a job ("PHP Developer", "SAP ABAP Consultant") or an employer
#: ("Cisco Systems", "Oracle India Pvt Ltd") is part of a title or a company name; the
#: annotators label those as designations and companies, never as skills.
JOB_TITLE_WORDS = (
    "Developer", "Developers", "Engineer", "Engineers", "Consultant", "Consultants", "Manager",
    "Analyst", "Architect", "Administrator", "Programmer", "Tester", "Instructor", "Trainer",
    "Teacher", "Specialist", "Technician", "Coordinator", "Director", "Assistant", "Intern",
    "Internship", "Officer", "Executive", "Representative", "Designer", "Counselor",
    "Counsellor", "Supervisor",
)  # fmt: skip
COMPANY_WORDS = (
    "Pvt", "Private", "Ltd", "Limited", "Inc", "Corp", "Corporation", "Systems", "LLC",
    "GmbH", "India", "Infotech",
)  # fmt: skip
#: Words that end the name of an organisation named after its field ("Mental Health
#: Center", "American Public Health Association", "Literacy Trust").
ORGANISATION_END_WORDS = (
    "Center", "Centre", "Association", "Society", "Council", "Institute", "Foundation",
    "Federation", "Agency", "Commission", "Consortium", "Trust", "Department", "Division",
    "Journal", "Committee",
)  # fmt: skip
#: Title words that follow a skill in lower case too ("a PHP developer", "Java programmer").
LOWER_CASE_TITLE_WORDS = ("developer", "programmer", "engineer", "consultant", "trainer", "tester")
_TITLE_NOUNS = "|".join(
    [
        w
        for word in JOB_TITLE_WORDS + COMPANY_WORDS + ORGANISATION_END_WORDS
        for w in (word, word.upper())
    ]
    + list(LOWER_CASE_TITLE_WORDS)
)
#: One space (same cell), optional seniority words and one more capitalised word, then a
#: capitalised title or company word that does not itself start a longer name ("JBoss
#: Developer Studio" is a product).
_TITLE_OR_COMPANY_AFTER = re.compile(
    r"(?:[ ]?[-/]?[ ](?:Sr\.?|Senior|SENIOR|Jr\.?|Junior|J2EE|J2ee|Functional|Technical))*"
    r"(?:[ ][A-Z][A-Za-z]{2,})?"  # one more word of the title: "PHP Web Developer"
    rf"[ ](?:{_TITLE_NOUNS})\b\.?(?![ ][A-Z][a-z])"
)
#: "A levels: Maths (A) English (B)": a school subject with its grade, not a skill.
_GRADE_AFTER = re.compile(r"[ \t]*\((?:[A-E][*+]?|A\*)\)")
_LIST_LABEL_BEFORE = re.compile(r"(?:^|\n|\t| {2,})[ \t\u2022\u25cf\u25aa*\-\u2013>]*$")

# A sentence ends at a line break, a tab, a run of spaces (plain-text layouts), a bullet,
# or after . ! ? followed by an upper-case start:
#     [\n\r\t\f\v]+ | " "{2,} | [bullet] | (?<=[.!?])\s+(?=[A-Z0-9"'(])
# Every break starts with whitespace or a bullet, so the pattern opens by taking that one
# character (a class): the regex engine then skips in C to the next such character instead
# of starting a match attempt at each position (~22% fewer instructions). A lookbehind on
# the character taken picks the alternative, in the same order as above. The group keeps
# the breaks in split()'s result.
_BULLETS = "\u2022\u25aa\u25cf\u25e6\u25a0\u25ba\u27a2\u2713\uf0b7\uf0a7"
_SENTENCE_BREAK = re.compile(
    rf"([\s{_BULLETS}](?:(?<=[\n\r\t\f\v])[\n\r\t\f\v]*|(?<= ) +|(?<=[{_BULLETS}])"
    rf"|(?<=[.!?]\s)\s*(?=[A-Z0-9\"'(])))"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence or bullet, without surrounding whitespace."""
    # split() with the break captured keeps every character: pieces at even places, breaks
    # between them, so offsets are running sums of lengths. No Python step per sentence
    # (a resume has hundreds of lines); str.strip() trims what str.isspace() calls space.
    parts = _SENTENCE_BREAK.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    pieces = parts[::2]
    trimmed = list(map(str.lstrip, pieces))
    starts = list(map(add, offsets[::2], map(sub, map(len, pieces), map(len, trimmed))))
    ends = list(map(add, starts, map(len, map(str.rstrip, trimmed))))
    return list(compress(zip(starts, ends, strict=True), map(lt, starts, ends)))


def text_chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) cuts of ``text`` no longer than ``limit``, cut at line breaks."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def heading_spans(document: Document) -> list[tuple[int, int, frozenset[str]]]:
    """Return (start, end, lower-case words) of each section heading found in the text."""
    out = []
    for section in document.sections:
        if not section.heading:
            continue
        at = document.text.find(section.heading, section.start, section.end)
        if at < 0:
            continue
        words = frozenset(w.lower() for w in re.findall(r"\w+", section.heading))
        out.append((at, at + len(section.heading), words))
    return out


def _heading_words(
    headings: list[tuple[int, int, frozenset[str]]], document: Document, offset: int
) -> frozenset[str]:
    for section in document.sections:
        if section.start <= offset < section.end:
            for start, _, words in headings:
                if section.start <= start < section.end:
                    return words
    return frozenset()


class _Sentences:
    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text)
        self.starts = [start for start, _ in self.spans]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the sentence(s) holding [start, end)."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = max(0, bisect.bisect_right(self.starts, max(start, end - 1)) - 1)
        if not self.spans:
            return start, end
        return min(self.spans[first][0], start), max(self.spans[last][1], end)


def _in_name(chunk: str, cand: Candidate) -> bool:
    """Return whether ``cand`` continues an organisation's name ("College of Engineering")."""
    if not chunk[cand.start : cand.start + 1].isupper():
        return False
    before = chunk[max(0, cand.start - 80) : cand.start]
    return (
        _ORGANISATION_WORD.search(before) is not None
        and _IN_ORGANISATION.search(before) is not None
    )


def _rejected(skill: Skill, chunk: str, cand: Candidate) -> bool:
    if _in_name(chunk, cand):
        return True
    if skill.reject_after:
        after = chunk[cand.end : cand.end + REJECT_WINDOW].lower()
        if any(after.startswith(text) for text in skill.reject_after):
            return True
    if skill.reject_before:
        before = chunk[max(0, cand.start - REJECT_WINDOW) : cand.start].lower()
        if any(before.endswith(text) for text in skill.reject_before):
            return True
    return False


def _neighbour(lowers: list[str], index: int, step: int) -> int | None:
    """Return the index of the next word token in direction ``step``, over one separator."""
    seen_separator = False
    index += step
    while 0 <= index < len(lowers):
        word = lowers[index]
        if not word.strip():
            index += step
            continue
        if word in LIST_SEPARATORS and not seen_separator:
            seen_separator = True
            index += step
            continue
        return index
    return None


def _resolve_ambiguous(
    tokens: Tokens,
    offset: int,
    pending: list[Candidate],
    accepted: list[Candidate],
    document: Document,
    sentences: _Sentences,
    lexicon: Lexicon,
    headings: list[tuple[int, int, frozenset[str]]],
    generic: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Return the ambiguous candidates that a section, a context word or a list supports.

    ``generic`` holds the ``id()`` of the candidates that are everyday words ("sales",
    "testing") rather than ambiguous names ("Go", "Julia").
    """
    hard_tokens: set[int] = set()
    soft_tokens: set[int] = set()
    for cand in accepted:
        soft = lexicon.get(cand.skill).category in SOFT_CATEGORIES
        (soft_tokens if soft else hard_tokens).update(range(cand.first, cand.last))
    kept: list[Candidate] = []
    waiting: list[Candidate] = []
    for cand in pending:
        skill = lexicon.get(cand.skill)
        section = document.section_at(offset + cand.start)
        if section in NEVER_AMBIGUOUS_SECTIONS and not skill.needs_context:
            # no sentence context there ("Julia" is a name), but a list of skills still
            # supports its items: the header block of a layout without headings holds them
            waiting.append(cand)
            continue
        if section in LIST_SECTIONS and not skill.needs_context:
            kept.append(cand)
            continue
        s_start, s_end = sentences.around(cand.start, cand.end)
        first = bisect.bisect_left(tokens.starts, s_start)
        last = bisect.bisect_left(tokens.starts, s_end)
        words = set(tokens.lowers[first : cand.first]) | set(tokens.lowers[cand.last : last])
        words |= _heading_words(headings, document, offset + cand.start)
        if words.intersection(skill.context):
            kept.append(cand)
        elif not skill.needs_context:
            waiting.append(cand)
    for cand in kept:
        hard_tokens.update(range(cand.first, cand.last))
    _supported_by_list(tokens, waiting, kept, hard_tokens)
    # two generic skill words joined as list items support each other: "Sales/Marketing",
    # "Routing, Switching", "Sales & Marketing"; a list of them is a list of skills
    paired = _listed_pairs(tokens, [c for c in waiting if id(c) in generic])
    if paired:
        for cand in paired:
            waiting.remove(cand)
            kept.append(cand)
            hard_tokens.update(range(cand.first, cand.last))
        _supported_by_list(tokens, waiting, kept, hard_tokens)
    # a list of named soft skills supports an everyday word among them: "time management,
    # communication and interpersonal abilities"
    soft_waiting = [
        c for c in waiting if id(c) in generic and lexicon.get(c.skill).category in SOFT_CATEGORIES
    ]
    if soft_waiting:
        before = len(kept)
        _supported_by_list(tokens, soft_waiting, kept, soft_tokens)
        for cand in kept[before:]:
            waiting.remove(cand)
    return kept


def _supported_by_list(
    tokens: Tokens, waiting: list[Candidate], kept: list[Candidate], hard_tokens: set[int]
) -> None:
    """Move from ``waiting`` to ``kept`` the candidates next to a hard skill, transitively."""
    changed = True
    while changed and waiting:  # a list of ambiguous names supports itself: "Word, Excel"
        changed = False
        for cand in list(waiting):
            left = _neighbour(tokens.lowers, cand.first, -1)
            right = _neighbour(tokens.lowers, cand.last - 1, +1)
            if (left is not None and left in hard_tokens) or (
                right is not None and right in hard_tokens
            ):
                waiting.remove(cand)
                kept.append(cand)
                hard_tokens.update(range(cand.first, cand.last))
                changed = True


def _listed_pairs(tokens: Tokens, generic: list[Candidate]) -> list[Candidate]:
    """Return the generic-word candidates that a list separator joins to another one."""
    by_first = {cand.first: cand for cand in generic}
    out: dict[int, Candidate] = {}
    for cand in generic:
        index = cand.last
        while index < len(tokens.lowers) and not tokens.lowers[index].strip():
            index += 1
        if index >= len(tokens.lowers) or tokens.lowers[index] not in PAIR_SEPARATORS:
            continue
        index += 1
        while index < len(tokens.lowers) and not tokens.lowers[index].strip():
            index += 1
        other = by_first.get(index)
        if other is not None:
            out[cand.first] = cand
            out[other.first] = other
    return list(out.values())


def _longest_first(cands: list[Candidate]) -> list[Candidate]:
    """Return non-overlapping candidates, longest first (ties: the surer method)."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), METHOD_RANK.get(c.method, 9), c.start))
    taken: set[int] = set()  # token indices already covered
    out = []
    for cand in order:
        tokens = range(cand.first, cand.last)
        if not taken.isdisjoint(tokens):
            continue
        taken.update(tokens)
        out.append(cand)
    return out


def chunk_candidates(
    document: Document,
    offset: int,
    chunk: str,
    lexicon: Lexicon,
    headings: list[tuple[int, int, frozenset[str]]],
    sentences: _Sentences,
) -> list[Candidate]:
    """Return the kept candidates of one chunk of ``document`` (offsets within the chunk)."""
    found = matchers()
    tokens = Tokens.of_text(chunk)
    in_heading = [(s - offset, e - offset) for s, e, _ in headings]
    indexed = index_candidates(tokens, chunk, found.compiled)
    generic = frozenset(id(c) for c in indexed if c.ambiguous)
    raw = [
        c
        for c in indexed + phrase_candidates(tokens, found)
        if not _rejected(lexicon.get(c.skill), chunk, c)
        and not any(s <= c.start and c.end <= e for s, e in in_heading)
    ]
    covered = [False] * len(tokens.lowers)
    for cand in raw:
        for index in range(cand.first, cand.last):
            covered[index] = True
    raw += [
        c
        for c in fuzzy_lookup().candidates(tokens, covered)
        if not _rejected(lexicon.get(c.skill), chunk, c)
    ]
    sure = [c for c in raw if not c.ambiguous]
    pending = [c for c in raw if c.ambiguous]
    sure += _resolve_ambiguous(
        tokens, offset, pending, sure, document, sentences, lexicon, headings, generic
    )
    is_soft = [lexicon.get(c.skill).category in SOFT_CATEGORIES for c in sure]
    hard = [c for c, flag in zip(sure, is_soft, strict=True) if not flag]
    soft = [c for c, flag in zip(sure, is_soft, strict=True) if flag]
    soft += evidence_candidates(tokens, found)
    kept_hard = _longest_first(hard)
    inside_hard = {
        id(c)
        for c in soft
        if c.method != "phrase" and any(h.start <= c.start and c.end <= h.end for h in kept_hard)
    }
    kept_soft = _longest_first([c for c in soft if id(c) not in inside_hard])
    return sorted(kept_hard + kept_soft, key=lambda c: (c.start, c.end))


def _looks_like_heading(
    text: str, start: int, end: int, s_start: int, s_end: int, category: str
) -> bool:
    """Return whether a mention is a line of capitals on its own ("RESEARCH", "MARKETING").

    Such a line is a heading the sections stage did not recognise, not evidence; names of
    products ("JAVA") are kept.
    """
    surface = text[start:end]
    return (
        (start, end) == (s_start, s_end)
        and len(surface) > HEADING_MIN_LENGTH
        and surface.isupper()
        and not is_product(category)
    )


def _describes_person(surface: str, skill: Skill) -> bool:
    """Return whether a soft-skill word is an adjective describing the holder of a title.

    "Versatile consultant", "Optimistic Project Manager": the adjective is the skill and
    the title follows it; "Leadership Coach", "Communications Manager" are titles made of
    a noun ("-ship", "-tion", "-ment", "-ing").
    """
    if skill.category not in SOFT_CATEGORIES:
        return False
    return not surface.lower().endswith(SOFT_NOUN_ENDINGS)


def _listed_with_skill(chunk: str, cand: Candidate, hard_spans: list[tuple[int, int]]) -> bool:
    """Return whether a list separator joins ``cand`` to a neighbouring hard-skill candidate.

    ``hard_spans`` are the chunk's hard candidates, sorted: "Managed budgets, forecasting,
    and business case modeling" lists skills even inside a sentence of prose.
    """
    if _MODIFIER_AFTER.match(chunk, cand.end):
        return False  # "networking opportunities", "sales and marketing staff": a modifier
    at = bisect.bisect_left(hard_spans, (cand.start, cand.end))
    before = hard_spans[at - 1] if at > 0 else None
    after = next((span for span in hard_spans[at:] if span[0] >= cand.end), None)
    joined_before = before is not None and _LIST_GAP.fullmatch(chunk, before[1], cand.start)
    joined_after = after is not None and _LIST_GAP.fullmatch(chunk, cand.end, after[0])
    return bool(joined_before or joined_after)


def _implausible(
    text: str,
    start: int,
    end: int,
    skill: Skill,
    section: SectionKind | None,
    lexicon: Lexicon,
    *,
    listed: bool = False,
) -> bool:
    """Return whether a mention is a word of the resume's prose or layout, not a skill.

    Three cases, each measured on labelled resumes: the label of a list ("Databases:"),
    a lower-case everyday word in prose ("maintenance", "database") unless it is ``listed``
    with other skills, anything but a named product in a citation list.
    """
    surface = text[start:end]
    product = is_product(skill.category)
    # a plural umbrella ("Databases", "Web Technologies") names a kind of skill, as labels do
    plural_umbrella = surface[-1:] in ("s", "S") and bool(lexicon.descendants(skill.id))
    if (
        (plural_umbrella or not product)
        and _LIST_LABEL_AFTER.match(text, end)
        and _LIST_LABEL_BEFORE.search(text, max(0, start - 20), start)
    ):
        return True
    if (
        _TITLE_OR_COMPANY_AFTER.match(text, end) and not _describes_person(surface, skill)
    ) or _GRADE_AFTER.match(text, end):
        return True
    if section in CITATION_SECTIONS and (
        not product or (surface.isupper() and len(surface) <= CITATION_ACRONYM_MAX)
    ):
        return True
    return section in PROSE_SECTIONS and not listed and _everyday_word(surface, skill)


def _everyday_word(surface: str, skill: Skill) -> bool:
    """Return whether a mention is one lower-case word that is not a product's name."""
    return surface.islower() and surface.isalpha() and not is_product(skill.category)


def _in_address(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` lies inside a URL or an e-mail address."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    match = _ADDRESS.match(text, token_start)
    return match is not None and match.end() >= end


#: Every field of a Mention: ``trusted_mention`` sets them all, as validation would.
MENTION_FIELDS = frozenset(Mention.model_fields)


def trusted_mention(values: dict[str, Any]) -> Mention:
    """Return a Mention holding ``values`` (every field, already of its final type) as is.

    What ``Mention.model_construct`` does, without its per-field alias and default walk:
    validating or constructing ~40 mentions per resume costs more than finding them. The
    result equals the validated model (``==``, ``model_dump``, pickling).
    """
    mention = Mention.__new__(Mention)
    object.__setattr__(mention, "__dict__", values)
    object.__setattr__(mention, "__pydantic_fields_set__", set(MENTION_FIELDS))
    object.__setattr__(mention, "__pydantic_extra__", None)
    object.__setattr__(mention, "__pydantic_private__", None)
    return mention


def _name_line(doc: Document) -> tuple[int, int]:
    """Return the span of a resume's first non-blank line when it opens the contact block.

    That line is the person's name; "Maya", "Julia" or "Ruby" there is not a skill, and
    reporting it would put the name into the report.
    """
    start = len(doc.text) - len(doc.text.lstrip())
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    # a flattened resume (one long line) or a line of skills is not a name
    if not _NAME_LINE.fullmatch(doc.text, start, end):
        return (0, 0)
    if doc.section_at(start) is not SectionKind.CONTACT:
        return (0, 0)
    return (start, end)


def extract_mentions(
    doc: Document, *, source: str = "resume", source_url: str | None = None
) -> list[Mention]:
    """Return every skill mention in ``doc``, in text order, with sentence and section."""
    lexicon = load_lexicon()
    sentences = _Sentences(doc.text)
    name_start, name_end = _name_line(doc) if source == "resume" else (0, 0)
    headings = heading_spans(doc)
    degrees_in: dict[int, list[tuple[int, int]]] = {}  # line start -> degree spans
    mentions: list[Mention] = []
    for offset, chunk in text_chunks(doc.text):
        local = sentences if offset == 0 and len(chunk) == len(doc.text) else _Sentences(chunk)
        kept = chunk_candidates(doc, offset, chunk, lexicon, headings, local)
        # the skills that can vouch for a list: named ones, not another everyday word
        # ("maintenance, scheduling and billing" are duties)
        skills = [lexicon.get(c.skill) for c in kept]
        hard_spans = sorted(
            (c.start, c.end)
            for c, skill in zip(kept, skills, strict=True)
            if skill.category not in SOFT_CATEGORIES
            and not _everyday_word(chunk[c.start : c.end], skill)
        )
        for cand, skill in zip(kept, skills, strict=True):
            start, end = offset + cand.start, offset + cand.end
            s_start, s_end = sentences.around(start, end)
            # "B.S. in Mathematics": a degree's field is reported with the degree, not a skill
            # per line, not per sentence: "B.TECH  (Electronics and Communication)" has a
            # cell break (two spaces) between the degree and its field
            line_start = doc.text.rfind("\n", 0, start) + 1
            if line_start not in degrees_in:
                line_end = doc.text.find("\n", end)
                degrees_in[line_start] = degree_spans(
                    doc.text, line_start, len(doc.text) if line_end < 0 else line_end
                )
            if any(s <= start and end <= e for s, e in degrees_in[line_start]):
                continue
            if _looks_like_heading(doc.text, start, end, s_start, s_end, skill.category):
                continue
            if _in_address(doc.text, start, end):
                continue
            section = doc.section_at(start)
            # evidence phrases ("led a team of four") are prose by design; a soft skill's
            # bare name in prose ("provided leadership") is held to the same rules as a tool's
            # (looked for only where it can matter: an everyday word in prose, see _implausible)
            listed = (
                skill.category not in SOFT_CATEGORIES
                and section in PROSE_SECTIONS
                and _everyday_word(chunk[cand.start : cand.end], skill)
                and _listed_with_skill(chunk, cand, hard_spans)
            )
            if cand.method != "phrase" and _implausible(
                doc.text, start, end, skill, section, lexicon, listed=listed
            ):
                continue
            mentions.append(
                trusted_mention(
                    {
                        "skill": skill.id,
                        "name": skill.name,
                        "category": skill.category,
                        "start": start,
                        "end": end,
                        "text": doc.text[start:end],
                        "section": section,
                        "sentence": doc.text[s_start:s_end],
                        "sentence_start": s_start,
                        "strength": EvidenceStrength.USE
                        if section in USE_SECTIONS
                        else EvidenceStrength.CLAIM,
                        "method": cand.method,
                        "source": source,
                        "source_url": source_url,
                        "page": doc.page_at(start),
                    }
                )
            )
    return _without_name(doc.text, mentions, name_start, name_end)


def _without_name(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Drop the mentions on the name line, unless every word of that line is a skill.

    A name has a word that is no skill ("Maya Okonkwo-Lind"); a first line made only of
    skills ("Python PyTorch") is a list, kept.
    """
    on_line = [m for m in mentions if start <= m.start < end]
    if not on_line:
        return mentions
    words = re.finditer(r"\S+", text[start:end])
    if all(any(m.start <= start + w.start() < m.end for m in on_line) for w in words):
        return mentions
    return [m for m in mentions if not start <= m.start < end]
