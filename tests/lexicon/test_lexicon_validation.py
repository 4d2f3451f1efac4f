"""A bad lexicon file fails to load with a DataFileError naming the file, the entry and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from resumefit.errors import DataFileError
from resumefit.lexicon import build_lexicon

GOOD = """
[[skill]]
id = "machine-learning"
name = "Machine learning"
category = "ml_concept"

[[skill]]
id = "deep-learning"
name = "Deep learning"
category = "ml_concept"
parents = ["machine-learning"]
"""


def _lexicon(tmp_path: Path, extra: str, name: str = "extra.toml") -> Path:
    core = tmp_path / "core"
    core.mkdir(exist_ok=True)
    (core / "base.toml").write_text(GOOD, encoding="utf-8")
    (core / name).write_text(extra, encoding="utf-8")
    return tmp_path


def _error(tmp_path: Path, extra: str) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        build_lexicon(_lexicon(tmp_path, extra))
    return caught.value


def test_a_good_lexicon_loads(tmp_path: Path) -> None:
    lexicon = build_lexicon(_lexicon(tmp_path, ""))
    assert lexicon.ancestors("deep-learning") == ["machine-learning"]
    assert lexicon.descendants("machine-learning") == ["deep-learning"]


def test_duplicate_id_is_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, '[[skill]]\nid = "deep-learning"\nname = "DL"\ncategory = "x"\n')
    assert error.path.endswith("extra.toml") and "deep-learning" in error.entry
    assert "duplicate id" in error.reason


def test_alias_claimed_by_two_skills_is_rejected(tmp_path: Path) -> None:
    extra = '[[skill]]\nid = "dlc"\nname = "DLC"\ncategory = "x"\naliases = ["Deep  Learning"]\n'
    error = _error(tmp_path, extra)
    assert "'deep learning' is also claimed by 'deep-learning'" in error.reason


def test_unknown_parent_is_rejected(tmp_path: Path) -> None:
    extra = '[[skill]]\nid = "keras"\nname = "Keras"\ncategory = "x"\nparents = ["nope"]\n'
    error = _error(tmp_path, extra)
    assert error.entry == "skill 'keras'" and "parent 'nope' does not exist" in error.reason


def test_unknown_related_is_rejected(tmp_path: Path) -> None:
    extra = '[[skill]]\nid = "keras"\nname = "Keras"\ncategory = "x"\nrelated = ["nope"]\n'
    assert "related 'nope' does not exist" in _error(tmp_path, extra).reason


def test_parent_cycle_is_rejected(tmp_path: Path) -> None:
    extra = (
        '[[skill]]\nid = "a"\nname = "A"\ncategory = "x"\nparents = ["b"]\n\n'
        '[[skill]]\nid = "b"\nname = "B"\ncategory = "x"\nparents = ["c"]\n\n'
        '[[skill]]\nid = "c"\nname = "C"\ncategory = "x"\nparents = ["a"]\n'
    )
    assert "parent cycle" in _error(tmp_path, extra).reason


def test_bad_field_names_the_entry(tmp_path: Path) -> None:
    error = _error(tmp_path, '[[skill]]\nid = "Not A Slug"\nname = "X"\ncategory = "x"\n')
    assert error.entry == "skill 'Not A Slug'" and error.reason.startswith("id:")


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    error = _error(tmp_path, '[[skill]]\nid = "x"\nname = "X"\ncategory = "x"\nalias = ["y"]\n')
    assert error.reason.startswith("alias:")


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    error = _error(tmp_path, "[[skill]\nid = ")
    assert error.path.endswith("extra.toml") and "TOML" in error.reason
