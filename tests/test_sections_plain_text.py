"""Plain-text resumes: headings on their own line or inline between wide spaces."""

from __future__ import annotations

from resumefit.ingest.text import read_markdown, read_plain_text
from resumefit.sections import split_sections
from resumefit.types import Document, SectionKind


def text_document(text: str) -> Document:
    plain = read_plain_text(text.encode("utf-8"))
    return Document(source="t", format="txt", sha256="0" * 64, text=plain.text, lines=plain.lines)


def test_caps_headings_on_their_own_lines() -> None:
    text = (
        "Jane Doe\nPune, India\n\nWORK EXPERIENCE\n\nAnalyst - Acme\nRESPONSIBILITIES\n"
        "Built reports\n\nEDUCATION\n\nB.Tech\n\nSKILLS\n\nPython\n\n"
        "ADDITIONAL INFORMATION\n\nChess\n"
    )
    doc = split_sections(text_document(text))
    assert [(s.kind, s.heading) for s in doc.sections] == [
        (SectionKind.CONTACT, None),
        (SectionKind.EXPERIENCE, "WORK EXPERIENCE"),
        (SectionKind.EDUCATION, "EDUCATION"),
        (SectionKind.SKILLS, "SKILLS"),
        (SectionKind.OTHER, "ADDITIONAL INFORMATION"),
    ]
    assert doc.section_at(text.index("Built reports")) is SectionKind.EXPERIENCE


def test_headings_with_a_trailing_colon() -> None:
    doc = split_sections(text_document("Jane\nTechnical Skills:\nPython\nEducation:\nBSc\n"))
    assert [s.kind for s in doc.sections] == [
        SectionKind.CONTACT,
        SectionKind.SKILLS,
        SectionKind.EDUCATION,
    ]


def test_inline_caps_headings_in_flattened_text() -> None:
    text = (
        "NAME  City, State    EXECUTIVE PROFILE  Visionary leader with 20 years in sales.  "
        "KEY SKILLS  Strategy \u2022 Negotiation    EDUCATION  MBA, Example University"
    )
    doc = split_sections(text_document(text))
    assert [(s.kind, s.heading) for s in doc.sections] == [
        (SectionKind.CONTACT, None),
        (SectionKind.SUMMARY, "EXECUTIVE PROFILE"),
        (SectionKind.SKILLS, "KEY SKILLS"),
        (SectionKind.EDUCATION, "EDUCATION"),
    ]
    assert doc.section_at(text.index("Negotiation")) is SectionKind.SKILLS


def test_markdown_headings_start_sections() -> None:
    text = "# Jane Doe\n\nML student.\n\n## Projects\n\n- A parser\n\n## Education\n\nBSc\n"
    plain = read_markdown(text.encode("utf-8"))
    doc = Document(source="t", format="md", sha256="0" * 64, text=plain.text, lines=plain.lines)
    sections = split_sections(doc).sections
    assert [(s.kind, s.heading) for s in sections] == [
        (SectionKind.CONTACT, None),
        (SectionKind.PROJECTS, "## Projects"),
        (SectionKind.EDUCATION, "## Education"),
    ]


def test_known_heading_used_as_a_label_starts_a_section() -> None:
    text = (
        "Jane Doe\nExperience: 5 years in retail\nTechnical Skills: Python, SQL\nLanguages: C++\n"
    )
    doc = split_sections(text_document(text))
    assert [(s.kind, s.heading) for s in doc.sections] == [
        (SectionKind.CONTACT, None),
        (SectionKind.SKILLS, "Technical Skills"),
    ]
    assert doc.section_at(text.index("C++")) is SectionKind.SKILLS


def test_tool_and_project_labels_inside_a_job_do_not_start_sections() -> None:
    text = "EXPERIENCE\nAnalyst, Acme\nProject: Forecast workbook\nTechnologies: Python, SQL\n"
    doc = split_sections(text_document(text))
    assert [s.kind for s in doc.sections] == [SectionKind.EXPERIENCE]
