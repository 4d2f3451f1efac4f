"""Markdown resumes keep their exact text; # headings and bold lines are heading cues."""

from __future__ import annotations

from pathlib import Path

from resumefit.ingest import read_document

RESUME_MD = """# Jane Doe

[GitHub](https://github.com/jane) · jane@example.org

## Skills
- Python, **PyTorch**

**Experience**

Intern at Example Labs
"""


def read(tmp_path: Path) -> tuple[str, dict[str, tuple[float, bool]]]:
    path = tmp_path / "cv.md"
    path.write_text(RESUME_MD, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == RESUME_MD
    assert doc.format == "md"
    cues = {doc.text[line.start : line.end]: (line.size, line.bold) for line in doc.lines}
    return doc.text, cues


def test_atx_headings_are_larger_than_body(tmp_path: Path) -> None:
    _, cues = read(tmp_path)
    assert cues["# Jane Doe"][0] > cues["## Skills"][0] > 1.0
    assert cues["- Python, **PyTorch**"] == (1.0, False)


def test_bold_only_line_is_bold(tmp_path: Path) -> None:
    _, cues = read(tmp_path)
    assert cues["**Experience**"] == (1.0, True)


def test_markdown_link_anchor_offsets(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(RESUME_MD, encoding="utf-8")
    doc = read_document(path)
    link = next(link for link in doc.links if link.url == "https://github.com/jane")
    assert link.start is not None and link.end is not None
    assert doc.text[link.start : link.end] == "GitHub"
