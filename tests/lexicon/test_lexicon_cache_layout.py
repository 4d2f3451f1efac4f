"""The cached lexicon: rows kept as JSON text until used, columns that split back exactly."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

import pytest

from resumefit.extract.patterns import CompiledLexicon
from resumefit.lexicon import Lexicon, Skill, load_lexicon

SKILLS = [
    Skill(id="machine-learning", name="Machine learning", category="ml_concept"),
    Skill(
        id="deep-learning",
        name="Deep learning",
        category="ml_concept",
        aliases=("DL", "deep\nnets"),  # a newline inside a value must not split a row
        parents=("machine-learning",),
        related=("machine-learning",),
    ),
]


def _round_trip(lexicon: Lexicon) -> Lexicon:
    again = Lexicon.from_json(json.loads(json.dumps(lexicon.to_json())))
    assert again is not None
    return again


def test_every_skill_and_link_survives_the_cache_layout() -> None:
    again = _round_trip(Lexicon(SKILLS, "v1"))
    assert again.skills == tuple(SKILLS)
    assert again.parents_of("deep-learning") == ("machine-learning",)
    assert again.descendants("machine-learning") == ["deep-learning"]
    assert again.related_to("machine-learning") == ["deep-learning"]


def test_a_single_skill_without_links_survives_the_cache_layout() -> None:
    # one skill with no parents writes the column as "", which must not read as no skill
    again = _round_trip(Lexicon(SKILLS[:1], "v1"))
    assert again.ids() == ("machine-learning",)
    assert again.parents_of("machine-learning") == ()


def test_an_empty_lexicon_survives_the_cache_layout() -> None:
    assert len(_round_trip(Lexicon((), "v0"))) == 0


def test_the_prepared_form_survives_marshal_with_its_indexes() -> None:
    prepared = Lexicon.prepare(json.loads(json.dumps(Lexicon(SKILLS, "v1").to_json())))
    again = Lexicon.from_prepared(marshal.loads(marshal.dumps(prepared)))
    assert again is not None
    assert again.skills == tuple(SKILLS)
    assert again.descendants("machine-learning") == ["deep-learning"]
    assert again.related_to("machine-learning") == ["deep-learning"]


def test_a_prepared_form_of_another_shape_is_a_miss() -> None:
    prepared = Lexicon.prepare(Lexicon(SKILLS, "v1").to_json())
    assert prepared is not None
    assert Lexicon.from_prepared(prepared[:-1]) is None
    assert Lexicon.from_prepared(list(prepared)) is None


def test_columns_of_different_lengths_are_a_miss() -> None:
    data = Lexicon(SKILLS, "v1").to_json()
    data["parents"] = ""
    assert Lexicon.from_json(data) is None


def test_an_empty_compiled_index_survives_the_cache_layout() -> None:
    again = CompiledLexicon.from_json(CompiledLexicon(version="v0").to_json())
    assert again is not None and again.index == {}


LEXICON_FILE = """
[[skill]]
id = "pytorch"
name = "PyTorch"
category = "ml_framework"
"""


def test_a_changed_lexicon_file_is_loaded_again_not_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESUMEFIT_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "lexicon"
    (folder / "core").mkdir(parents=True)
    skill_file = folder / "core" / "ml.toml"
    skill_file.write_text(LEXICON_FILE, encoding="utf-8")
    # __wrapped__ skips the per-process memo, as a new process would: only the disk cache
    load = load_lexicon.__wrapped__
    first = load(folder)
    assert list((tmp_path / "cache").glob(f"lexicon-*-{first.version}.json.gz"))
    skill_file.write_text(LEXICON_FILE.replace('"PyTorch"', '"Torch"'), encoding="utf-8")
    changed = load(folder)
    assert changed.version != first.version
    assert changed.get("pytorch").name == "Torch"
