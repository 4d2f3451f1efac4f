"""DOCX resumes: paragraphs joined by newlines, heading styles and bold runs as cues."""

from __future__ import annotations

from pathlib import Path

import docx

from resumefit.ingest import read_document


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Jane Doe", level=0)
    document.add_paragraph("jane@example.org")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Python, PyTorch, SQL")
    paragraph = document.add_paragraph()
    paragraph.add_run("Experience").bold = True
    document.add_paragraph("Intern at Example Labs, \ufb01ne-tuned models")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Kaggle competitions"
    document.save(str(path))
    return path


def test_docx_paragraphs_become_lines(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "cv.docx"))
    assert doc.format == "docx"
    assert doc.text == (
        "Jane Doe\njane@example.org\nSkills\nPython, PyTorch, SQL\nExperience\n"
        "Intern at Example Labs, fine-tuned models\nKaggle competitions"
    )


def test_docx_heading_styles_and_bold_runs_are_cues(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "cv.docx"))
    cues = {doc.text[line.start : line.end]: (line.size, line.bold) for line in doc.lines}
    assert cues["Jane Doe"][0] > cues["Skills"][0] > 1.0
    assert cues["Experience"] == (1.0, True)
    assert cues["Python, PyTorch, SQL"] == (1.0, False)
