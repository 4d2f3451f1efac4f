"""A broken role file fails with DataFileError naming the file, the entry/line and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import DataFileError
from resumefit.roles import load_role

KNOWN = {"python", "sql"}

GOOD = """\
id = "demo"
title = "Demo role"

[[requirements]]
id = "python"
label = "Python"
category = "programming"
any_of = ["python"]

[[requirements]]
id = "sql"
label = "SQL"
category = "data"
importance = "preferred"
any_of = ["sql"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "role.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(tmp_path: Path, text: str) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        load_role(_write(tmp_path, text), known_skills=KNOWN)
    return caught.value


def test_good_file_loads(tmp_path: Path) -> None:
    role = load_role(_write(tmp_path, GOOD), known_skills=KNOWN)
    assert [req.importance for req in role.requirements] == ["required", "preferred"]


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('label = "SQL"', 'label = "SQL'))
    assert error.entry == "line 12"
    assert "invalid TOML" in error.reason
    assert str(tmp_path / "role.toml") in str(error)


def test_unknown_field_names_the_requirement_and_field(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('label = "SQL"', 'label = "SQL"\nweigth = 2'))
    assert error.entry == "requirement 'sql' (line 10), field 'weigth'"
    assert error.reason == "unknown field 'weigth'"


def test_bad_importance_is_explained(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('"preferred"', '"a plus"'))
    assert "requirement 'sql'" in error.entry and "importance" in error.entry
    assert "'required' or 'preferred'" in error.reason


def test_unknown_skill_id_is_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('any_of = ["sql"]', 'any_of = ["sequel"]'))
    assert error.entry == "requirement 'sql' (line 10)"
    assert "unknown skill id 'sequel'" in error.reason


def test_duplicate_requirement_id_is_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('id = "sql"', 'id = "python"'))
    assert error.reason == "duplicate requirement id"


def test_unknown_degree_level_is_rejected(tmp_path: Path) -> None:
    text = GOOD + '\n[[requirements]]\nid = "deg"\nlabel = "Degree"\ncategory = "education"\n'
    text += 'degree = { min_level = "doctorate-ish" }\n'
    error = _error(tmp_path, text)
    assert error.entry == "requirement 'deg' (line 17), field 'degree.min_level'"
    assert "unknown degree level" in error.reason


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no such file"):
        load_role(tmp_path / "absent.toml", known_skills=KNOWN)
