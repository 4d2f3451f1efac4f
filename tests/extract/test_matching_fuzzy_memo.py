"""FuzzyLookup.candidates finds the same words with a cold memo, a warm one and a full one."""

from __future__ import annotations

from extract_fixtures import fuzzy_found

from resumefit.extract.matching import FUZZY_MEMO_SIZE, FuzzyLookup
from resumefit.extract.patterns import compiled_lexicon

TEXT = "Kuberentes and Tensorflw on clusters; Kuberentes again, Java Script, everything"


def test_a_warm_memo_changes_no_candidate() -> None:
    lookup = FuzzyLookup(compiled_lexicon())
    cold = fuzzy_found(lookup, TEXT)
    assert lookup.memo["kuberentes"] == "kubernetes"
    assert lookup.memo["everything"] is None
    assert fuzzy_found(lookup, TEXT) == cold
    assert {"kubernetes", "tensorflow", "javascript"} <= {skill for skill, _, _ in cold}


def test_a_word_the_memo_has_no_room_for_is_still_looked_up() -> None:
    cold = fuzzy_found(FuzzyLookup(compiled_lexicon()), TEXT)
    full = FuzzyLookup(compiled_lexicon())
    full.memo = {f"filler{i}": None for i in range(FUZZY_MEMO_SIZE)}
    assert fuzzy_found(full, TEXT) == cold
    assert "kuberentes" not in full.memo
