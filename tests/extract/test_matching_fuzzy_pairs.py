"""Glued pairs ("Java Script") are joined and looked up only where the first word can start one."""

from __future__ import annotations

from extract_fixtures import fuzzy_found

from resumefit.extract.matching import FuzzyLookup, Tokens
from resumefit.extract.patterns import compiled_lexicon

#: Ends with a word that is a whole joined form and begins a longer one: it starts no pair.
TEXT = "Java Script, Tensor Flow and Power Point in design; Kuberentes on Mongo DB. PowerPoint"


def test_first_words_change_no_candidate() -> None:
    lookup = FuzzyLookup(compiled_lexicon())
    every_word = FuzzyLookup(compiled_lexicon())
    every_word.pair_firsts = frozenset(Tokens.of_text(TEXT).lowers)
    found = fuzzy_found(lookup, TEXT)
    assert found == fuzzy_found(every_word, TEXT)
    assert {"javascript", "tensorflow", "kubernetes"} <= {skill for skill, _, _ in found}


def test_first_words_are_beginnings_of_joined_forms_and_no_stop_words() -> None:
    lookup = FuzzyLookup(compiled_lexicon())
    assert {"java", "tensor", "power", "powerpoint"} <= lookup.pair_firsts
    assert "in" not in lookup.pair_firsts  # "in design" is not InDesign
    assert all(first.isalpha() for first in lookup.pair_firsts)
