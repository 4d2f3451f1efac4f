"""`resumefit extract` and `resumefit roles`: their output shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resumefit.cli import main

MENTION_KEYS = {"skill", "name", "category", "start", "end", "text", "section"}


def test_extract_txt_keeps_the_file_text_and_offsets(
    text_resume: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(text_resume), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["text"] == text_resume.read_text(encoding="utf-8")
    assert payload["mentions"]
    for mention in payload["mentions"]:
        assert set(mention) >= MENTION_KEYS
        assert payload["text"][mention["start"] : mention["end"]] == mention["text"]


def test_extract_puts_soft_skills_in_soft_skill(
    text_resume: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(text_resume)]) == 0
    mentions = json.loads(capsys.readouterr().out)["mentions"]
    assert {"pytorch", "python"} <= {m["skill"] for m in mentions}
    assert any(m["category"] == "soft_skill" for m in mentions)


def test_roles_lists_builtin_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["roles"]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"ml-intern", "ml-engineer"} <= set(ids)


def test_roles_show_prints_a_role(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["roles", "show", "ml-intern"]) == 0
    assert "ml-intern" in capsys.readouterr().out


def test_roles_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["roles", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "requirements" in schema["properties"]
