"""Odd but readable files (encrypted without a password, odd encodings, control characters,
huge pages, injection strings) produce a valid report with the skills they contain."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_checks import CliRun

from resumefit.types import FitReport

READABLE = [
    "encrypted-empty-password.pdf",
    "huge-page.pdf",
    "cp1252.txt",
    "latin1.txt",
    "utf16-no-bom.txt",
    "nul-bytes.txt",
    "control-chars.txt",
    "hostile-resume.txt",
    "hostile-resume.md",
    "hostile-resume.pdf",
    "hostile-readme.md",
    "hostile-resume.docx",
    "external-entity.docx",
]

#: Words of the corpus resume whose accents show whether the encoding was guessed right.
ACCENTED = ("Zürich", "Müller", "Crème", "Université")


@pytest.mark.parametrize("name", READABLE)
def test_readable_file_gives_a_valid_report(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("check", corpus[name], "--format", "json")
    assert "Traceback" not in run.stderr
    assert run.code == 0, run.stderr
    report = FitReport.model_validate_json(run.stdout)
    assert report.document.source == name
    assert report.fits, "every built-in role is scored"
    assert "python" in {skill.skill for skill in report.skills}


@pytest.mark.parametrize("name", ["cp1252.txt", "latin1.txt", "utf16-no-bom.txt"])
def test_non_utf8_text_is_decoded_correctly(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("extract", corpus[name])
    assert run.code == 0, run.stderr
    text = json.loads(run.stdout)["text"]
    for word in ACCENTED:
        assert word in text


@pytest.mark.parametrize("name", ["control-chars.txt", "nul-bytes.txt", "hostile-resume.txt"])
def test_mention_offsets_hold_in_odd_text(
    name: str, corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("extract", corpus[name])
    assert run.code == 0, run.stderr
    payload = json.loads(run.stdout)
    text = payload["text"]
    assert payload["mentions"]
    for mention in payload["mentions"]:
        assert 0 <= mention["start"] < mention["end"] <= len(text)
        assert text[mention["start"] : mention["end"]] == mention["text"]


def test_encrypted_pdf_with_empty_password_keeps_its_text(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("extract", corpus["encrypted-empty-password.pdf"])
    assert run.code == 0, run.stderr
    text = json.loads(run.stdout)["text"]
    assert "Zürich" in text and "scikit-learn" in text


def test_terminal_summary_carries_no_control_sequences(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    # The file holds every C0 control, ESC included: none may reach the terminal.
    run = run_cli("check", corpus["control-chars.txt"], "--format", "text")
    assert run.code == 0, run.stderr
    assert run.stdout.strip()
    controls = {ch for ch in run.stdout + run.stderr if ord(ch) < 32 and ch not in "\n\t"}
    assert controls == set()


def test_docx_external_entity_is_not_resolved(
    corpus: dict[str, Path], run_cli: Callable[..., CliRun]
) -> None:
    run = run_cli("extract", corpus["external-entity.docx"])
    assert run.code == 0, run.stderr
    text = json.loads(run.stdout)["text"]
    assert "PyTorch" in text
    assert "root:" not in text  # /etc/passwd stayed out
