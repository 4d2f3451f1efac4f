"""Layout facts recovered from PDFs: columns, line sizes and weight, pages, links, limits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from resumefit.ingest import IngestSettings, read_document

PdfPath = Callable[[str], Path]


def line_texts(path: Path) -> list[str]:
    doc = read_document(path)
    return [doc.text[line.start : line.end] for line in doc.lines]


def test_two_columns_are_read_one_after_the_other(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("two_columns_sidebar.pdf"))
    assert "two columns detected on page 1" in doc.warnings
    text = doc.text
    # The whole left column (skills, education) comes before the right column.
    assert text.index("Statistics") < text.index("University, 2024") < text.index("EXPERIENCE")
    assert "Python\nC++ and CUDA" in text


def test_column_numbers_are_recorded_on_lines(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("two_columns_sidebar.pdf"))
    by_text = {doc.text[line.start : line.end]: line.column for line in doc.lines}
    assert by_text["Grace Sample"] == 0
    assert by_text["Kubernetes"] == 0
    assert by_text["EXPERIENCE"] == 1


def test_one_column_page_has_no_column_warning(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("one_column_bullets_ligatures_hyphenation.pdf"))
    assert not any("column" in warning for warning in doc.warnings)
    assert {line.column for line in doc.lines} == {0}


def test_headings_are_larger_and_bold(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("one_column_bullets_ligatures_hyphenation.pdf"))
    lines = {doc.text[line.start : line.end]: line for line in doc.lines}
    assert lines["Skills"].bold and lines["Skills"].size > 1.2
    assert lines["Ada Example"].size > lines["Skills"].size
    body = lines["• SQL, Git, Docker, Linux"]
    assert not body.bold and body.size == 1.0


def test_bullets_are_unified(pdf_path: PdfPath) -> None:
    lines = line_texts(pdf_path("one_column_bullets_ligatures_hyphenation.pdf"))
    bullets = [line for line in lines if line.startswith("•")]
    assert len(bullets) == 5
    assert all(line.startswith("• ") for line in bullets)
    assert not any(ch in "".join(lines) for ch in "●▪")


def test_ligatures_are_expanded(pdf_path: PdfPath) -> None:
    text = read_document(pdf_path("one_column_bullets_ligatures_hyphenation.pdf")).text
    for word in ("efficient", "effortless", "scientific", "classification", "flagged", "offline"):
        assert word in text
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)


def test_line_end_hyphenation_is_joined(pdf_path: PdfPath) -> None:
    text = read_document(pdf_path("one_column_bullets_ligatures_hyphenation.pdf")).text
    assert "development" in text
    assert "self-motivated" in text  # a real compound keeps its hyphen
    assert "devel-" not in text


def test_page_spans_map_text_to_pages(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("three_pages.pdf"))
    assert [span.page for span in doc.pages] == [1, 2, 3]
    assert doc.page_at(doc.text.index("Forecasting")) == 2
    assert doc.page_at(doc.text.index("Economics")) == 3
    assert all(line.page == doc.page_at(line.start) for line in doc.lines)


def test_only_the_first_pages_are_read_over_the_limit(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("three_pages.pdf"), settings=IngestSettings(max_pages=2))
    assert "only the first 2 of 3 pages were read" in doc.warnings
    assert "Forecasting" in doc.text
    assert "Economics" not in doc.text


def test_link_annotation_points_at_its_anchor_text(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("one_column_bullets_ligatures_hyphenation.pdf"))
    annotated = [link for link in doc.links if link.page == 1]
    assert [link.url for link in annotated] == ["https://github.com/ada-example"]
    link = annotated[0]
    assert link.start is not None and link.end is not None
    assert doc.text[link.start : link.end] == "github.com/ada-example"


def test_display_name_and_hash(pdf_path: PdfPath) -> None:
    path = pdf_path("three_pages.pdf")
    doc = read_document(path, display_name="cohort/three.pdf")
    assert doc.source == "cohort/three.pdf"
    assert doc.format == "pdf"
    assert len(doc.sha256) == 64


def test_text_over_the_character_limit_is_cut(pdf_path: PdfPath) -> None:
    doc = read_document(pdf_path("three_pages.pdf"), settings=IngestSettings(max_chars=30))
    assert len(doc.text) == 30
    assert "only the first 30 characters were kept" in doc.warnings
    assert all(line.end <= 30 for line in doc.lines)
    assert [span.page for span in doc.pages] == [1]
