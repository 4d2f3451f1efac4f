"""The compiled lexicon as JSON: lossless round trip, shipped files current."""

from __future__ import annotations

import json
import marshal

import pytest

from resumefit.extract.patterns import CompiledLexicon, compiled_cache_name, compiled_lexicon
from resumefit.lexicon import Lexicon, cache_name, load_lexicon, shipped_cache_dir, shipped_name


def test_lexicon_survives_a_json_round_trip() -> None:
    lexicon = load_lexicon()
    again = Lexicon.from_json(json.loads(json.dumps(lexicon.to_json())))
    assert again is not None
    assert again.version == lexicon.version
    assert again.get("pytorch") == lexicon.get("pytorch")
    assert isinstance(again.get("pytorch").aliases, tuple)
    assert again.ancestors("pytorch") == lexicon.ancestors("pytorch")


def test_compiled_lexicon_survives_a_json_round_trip() -> None:
    data = compiled_lexicon().to_json()
    again = CompiledLexicon.from_json(json.loads(json.dumps(data)))
    assert again is not None
    assert json.loads(json.dumps(again.to_json())) == json.loads(json.dumps(data))


def test_the_prepared_compiled_lexicon_survives_marshal() -> None:
    compiled = compiled_lexicon()
    prepared = CompiledLexicon.prepare(json.loads(json.dumps(compiled.to_json())))
    again = CompiledLexicon.from_prepared(marshal.loads(marshal.dumps(prepared)))
    assert again == compiled


def test_a_prepared_compiled_lexicon_of_another_shape_is_a_miss() -> None:
    prepared = CompiledLexicon.prepare(compiled_lexicon().to_json())
    assert prepared is not None
    assert CompiledLexicon.from_prepared({**prepared, "extra": 1}) is None
    assert CompiledLexicon.from_prepared({**prepared, "version": 6}) is None
    assert CompiledLexicon.from_prepared(None) is None


def test_data_of_another_layout_is_a_miss() -> None:
    assert Lexicon.from_json({"fields": ["id"], "version": "x", "rows": {}}) is None
    assert CompiledLexicon.from_json({"version": "x"}) is None
    assert CompiledLexicon.from_json(None) is None


@pytest.mark.slow
def test_shipped_compiled_files_match_the_lexicon() -> None:
    """Fails after a lexicon change until ``python scripts/compile_lexicon.py`` is re-run."""
    version = load_lexicon().version
    folder = shipped_cache_dir()
    assert (folder / shipped_name(cache_name("lexicon", version))).is_file()
    assert (folder / shipped_name(compiled_cache_name(version))).is_file()
