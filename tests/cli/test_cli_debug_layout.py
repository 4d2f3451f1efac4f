"""`resumefit check --debug-layout PNG` writes the parser's view of a PDF as an image."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.cli import main

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_debug_layout_writes_a_png(example_pdf: Path, tmp_path: Path) -> None:
    png = tmp_path / "layout.png"
    out = tmp_path / "r.json"
    assert (
        main(["check", str(example_pdf), "-f", "json", "-o", str(out), "--debug-layout", str(png)])
        == 0
    )
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    assert out.is_file()


def test_unwritable_debug_image_is_a_warning_and_the_report_is_still_written(
    example_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    out = tmp_path / "r.json"
    png = blocker / "layout.png"  # its parent is a file: the image cannot be written
    assert (
        main(["check", str(example_pdf), "-f", "json", "-o", str(out), "--debug-layout", str(png)])
        == 0
    )
    assert "warning: debug image not written" in capsys.readouterr().err
    assert out.is_file()


def test_debug_layout_of_a_text_file_exits_2(text_resume: Path, tmp_path: Path) -> None:
    assert main(["check", str(text_resume), "--debug-layout", str(tmp_path / "x.png")]) == 2
