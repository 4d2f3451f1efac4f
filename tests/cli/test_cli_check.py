"""`resumefit check`: wiring of formats, outputs, roles and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resumefit.cli import main


def test_check_json_goes_to_stdout_best_fit_first(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    scores = [fit["score"] for fit in report["fits"]]
    assert len(scores) >= 2
    assert scores == sorted(scores, reverse=True)


def test_check_text_summary_fits_80_columns(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Best fits" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_check_html_defaults_to_stem_report_html_in_cwd(
    example_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(example_pdf)]) == 0
    written = tmp_path / "ml-intern-student.report.html"
    assert written.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_check_writes_to_the_output_path(example_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert main(["check", str(example_pdf), "-f", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["source"]


def test_check_one_role_scores_only_that_role(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "-f", "json", "--role", "ml-intern"]) == 0
    fits = json.loads(capsys.readouterr().out)["fits"]
    assert [fit["role_id"] for fit in fits] == ["ml-intern"]


def test_check_unknown_role_exits_2_with_one_line(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "--role", "astronaut"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("resumefit: ")
    assert len(err.strip().splitlines()) == 1


def test_check_missing_file_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.pdf"
    assert main(["check", str(missing), "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("resumefit: ")
    assert "nope.pdf" in err
    assert "Traceback" not in err


def test_check_unwritable_output_exits_2(
    example_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "r.html"
    assert main(["check", str(example_pdf), "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.fixture
def broken_text_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the text renderer fail with a bug (a KeyError), as an internal error would."""
    import resumefit.report

    def broken(report: object, **options: object) -> str:
        raise KeyError("boom")

    monkeypatch.setattr(resumefit.report, "render_text", broken)


@pytest.mark.usefixtures("broken_text_renderer")
def test_internal_error_is_one_line_and_exit_1(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "-f", "text"]) == 1
    err = capsys.readouterr().err
    assert err == "resumefit: internal error: KeyError: 'boom' (please report)\n"


@pytest.mark.usefixtures("broken_text_renderer")
def test_debug_shows_the_traceback(example_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example_pdf), "-f", "text", "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_check_redact_json_hides_file_name_and_email(
    example_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example_pdf), "-f", "json", "--redact"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report["document"]["source"] == report["document"]["sha256"][:12]
    assert "ml-intern-student" not in out
    assert "maya.lind@example.edu" not in out
