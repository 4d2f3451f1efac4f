"""read_document rejects missing, empty, oversized and unsupported files with InputError."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit import errors
from resumefit.errors import InputError
from resumefit.ingest import IngestSettings, read_document


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path / "nope.pdf")
    assert caught.value.reason == errors.NOT_FOUND


@pytest.mark.parametrize("name", ["empty.pdf", "empty.txt", "empty.md", "empty.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.reason == errors.EMPTY_FILE


def test_whitespace_only_text_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=errors.EMPTY_FILE):
        read_document(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "resume.odt"
    path.write_bytes(b"something")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.reason == errors.UNSUPPORTED_FORMAT.format(suffix=".odt")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 2048, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        read_document(path, settings=IngestSettings(max_text_bytes=1024))


@pytest.mark.parametrize("name", ["folder.pdf", "cohort", "class.2027"])
def test_directory_is_named_a_folder_whatever_its_suffix(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        read_document(folder)
    assert caught.value.reason == errors.IS_A_FOLDER
    assert "resumefit batch" in str(caught.value)


def test_missing_file_with_unknown_suffix_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path / "resume.pages")
    assert caught.value.reason == errors.NOT_FOUND


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "resume.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable DOCX"):
        read_document(path)


def test_docx_that_inflates_too_far_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b"a" * 300_000 + b">")
    with pytest.raises(InputError, match="unpacked"):
        read_document(path, settings=IngestSettings(max_docx_unpacked_bytes=100_000))
