"""split_sections finds headings from layout cues and heading words."""

from __future__ import annotations

from resumefit.sections import split_sections
from resumefit.types import Document, Line, SectionKind


def document(rows: list[tuple[str, float, bool]], fmt: str = "pdf") -> Document:
    """Return a Document whose lines are ``(text, size, bold)`` rows joined by newlines."""
    text = ""
    lines = []
    for content, size, bold in rows:
        if text:
            text += "\n"
        lines.append(Line(start=len(text), end=len(text) + len(content), size=size, bold=bold))
        text += content
    return Document(source="t", format=fmt, sha256="0" * 64, text=text, lines=lines)  # type: ignore[arg-type]


def kinds(doc: Document) -> list[tuple[SectionKind, str | None]]:
    return [(s.kind, s.heading) for s in split_sections(doc).sections]


def test_livecareer_style_headings() -> None:
    doc = document(
        [
            ("Jane Doe", 2.0, True),
            ("Summary", 1.3, True),
            ("Accountant with 5 years of experience.", 1.0, False),
            ("Skills", 1.3, True),
            ("Excel, SAP", 1.0, False),
            ("Experience", 1.3, True),
            ("Staff Accountant, Jan 2019 to Current", 1.0, False),
            ("Education and Training", 1.3, True),
            ("B.Sc. Accounting", 1.0, False),
        ]
    )
    assert kinds(doc) == [
        (SectionKind.CONTACT, None),
        (SectionKind.SUMMARY, "Summary"),
        (SectionKind.SKILLS, "Skills"),
        (SectionKind.EXPERIENCE, "Experience"),
        (SectionKind.EDUCATION, "Education and Training"),
    ]


def test_sections_cover_the_text_contiguously() -> None:
    doc = document([("Jane", 2.0, True), ("SKILLS", 1.3, True), ("Python", 1.0, False)])
    sections = split_sections(doc).sections
    assert sections[0].start == 0
    assert sections[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_subheadings_smaller_than_section_headings_do_not_split() -> None:
    # Deedy: "PROGRAMMING" under SKILLS, a school name under EDUCATION.
    doc = document(
        [
            ("EDUCATION", 1.6, False),
            ("CORNELL UNIVERSITY", 1.19, True),
            ("SKILLS", 1.6, False),
            ("PROGRAMMING", 1.19, True),
            ("Java • Python", 1.0, False),
            ("EXPERIENCE", 1.6, False),
        ]
    )
    assert [k for k, _ in kinds(doc)] == [
        SectionKind.EDUCATION,
        SectionKind.SKILLS,
        SectionKind.EXPERIENCE,
    ]


def test_keyword_heading_needs_a_layout_cue() -> None:
    doc = document(
        [
            ("Jane", 1.0, False),
            ("Relevant Work Experience", 1.0, True),
            ("Built things", 1.0, False),
            ("relevant work experience", 1.0, False),  # no cue: prose, not a heading
        ]
    )
    assert kinds(doc) == [
        (SectionKind.CONTACT, None),
        (SectionKind.EXPERIENCE, "Relevant Work Experience"),
    ]


def test_unknown_large_heading_is_other_but_name_is_contact() -> None:
    doc = document(
        [
            ("Jane Doe", 2.4, True),
            ("Skills", 1.4, True),
            ("Python", 1.0, False),
            ("Hobbies and Things", 1.4, True),
            ("Chess", 1.0, False),
        ]
    )
    assert kinds(doc) == [
        (SectionKind.CONTACT, None),
        (SectionKind.SKILLS, "Skills"),
        (SectionKind.OTHER, "Hobbies and Things"),
    ]


def test_bullet_or_sentence_lines_are_not_headings() -> None:
    doc = document(
        [
            ("Jane", 1.0, False),
            ("• Skills", 1.0, True),
            ("Improved skills.", 1.0, True),
            ("Georgia Institute of Technology Atlanta, GA", 1.0, True),
        ]
    )
    assert kinds(doc) == [(SectionKind.CONTACT, None)]


def test_cv_alone_is_not_a_section() -> None:
    doc = document([("CV", 1.5, True), ("Jane Doe", 1.0, False), ("SKILLS", 1.0, False)])
    assert kinds(doc) == [(SectionKind.CONTACT, None), (SectionKind.SKILLS, "SKILLS")]


def test_document_without_headings_is_all_contact() -> None:
    doc = document([("just some text", 1.0, False)])
    sections = split_sections(doc).sections
    assert [(s.kind, s.start, s.end) for s in sections] == [(SectionKind.CONTACT, 0, 14)]


def test_split_returns_a_copy() -> None:
    doc = document([("Jane", 1.0, False), ("SKILLS", 1.0, False)])
    assert split_sections(doc).sections and not doc.sections
