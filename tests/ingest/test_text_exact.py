"""Plain-text resumes: Document.text is the file's content exactly, so offsets point into it."""

from __future__ import annotations

from pathlib import Path

from resumefit.ingest import read_document


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_is_kept_exactly(tmp_path: Path) -> None:
    content = "Jane Doe\r\n\r\nSKILLS\r\n  Python,\u00a0PyTorch \ufb01ne-tuning\r\n"
    doc = read_document(write(tmp_path, "cv.txt", content.encode("utf-8")))
    assert doc.text == content
    assert doc.format == "txt"
    assert doc.warnings == []


def test_byte_order_mark_is_kept_as_read(tmp_path: Path) -> None:
    content = "\ufeffJane Doe\nSKILLS\nPython\n"
    doc = read_document(write(tmp_path, "bom.txt", content.encode("utf-8")))
    assert doc.text == content


def test_cp1252_falls_back_with_a_warning(tmp_path: Path) -> None:
    data = "Caf\u00e9 \u2013 R\u00e9sum\u00e9 \u2022 Python\n".encode("cp1252")
    doc = read_document(write(tmp_path, "old.txt", data))
    assert doc.text == "Caf\u00e9 \u2013 R\u00e9sum\u00e9 \u2022 Python\n"
    assert doc.warnings == ["the file is not UTF-8; it was read as cp1252"]


def test_undecodable_cp1252_bytes_fall_back_to_latin1(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "raw.txt", b"Name \x81\x8d\xe9\n"))
    assert doc.text == "Name \x81\x8d\u00e9\n"
    assert "latin-1" in doc.warnings[0]


def test_control_characters_become_spaces_one_for_one(tmp_path: Path) -> None:
    data = b"Jane\x00Doe\nSKILLS\x07\nPython\n"
    doc = read_document(write(tmp_path, "nul.txt", data))
    assert doc.text == "Jane Doe\nSKILLS \nPython\n"
    assert len(doc.text) == len(data)
    assert any("control characters" in warning for warning in doc.warnings)


def test_lines_skip_blank_lines_and_exclude_carriage_returns(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "cv.txt", b"Jane\r\n\r\nSKILLS\r\n"))
    assert [doc.text[line.start : line.end] for line in doc.lines] == ["Jane", "SKILLS"]


def test_urls_in_text_become_links_with_offsets(tmp_path: Path) -> None:
    content = "Jane Doe | https://github.com/jane | linkedin.com/in/jane\n"
    doc = read_document(write(tmp_path, "cv.txt", content.encode()))
    found = {
        link.url: content[link.start : link.end] for link in doc.links if link.start is not None
    }
    assert found == {
        "https://github.com/jane": "https://github.com/jane",
        "linkedin.com/in/jane": "linkedin.com/in/jane",
    }


def test_utf16_without_bom_is_detected(tmp_path: Path) -> None:
    content = "Zoë Müller\nSKILLS\nPython\n"
    doc = read_document(write(tmp_path, "u16.txt", content.encode("utf-16-le")))
    assert doc.text == content
    assert doc.warnings == ["the file is UTF-16; it was read as such"]


def test_utf16_with_bom_keeps_the_bom_character(tmp_path: Path) -> None:
    content = "\ufeffJane\nSKILLS\n"
    doc = read_document(write(tmp_path, "u16be.txt", content.encode("utf-16-be")))
    assert doc.text == content
