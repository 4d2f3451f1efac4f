"""FuzzyLookup.candidates finds the same words with a cold memo, a warm one and a full one."""

from __future__ import annotations

from resumefit.extract.matching import FUZZY_MEMO_SIZE, FuzzyLookup, Tokens
from resumefit.extract.patterns import compiled_lexicon

TEXT = "Kuberentes and Tensorflw on clusters; Kuberentes again, Java Script, everything"


def _found(lookup: FuzzyLookup) -> list[tuple[str, int, int]]:
    tokens = Tokens.of_text(TEXT)
    covered = [False] * len(tokens.words)
    return [(c.skill, c.start, c.end) for c in lookup.candidates(tokens, covered)]


def test_a_warm_memo_changes_no_candidate() -> None:
    lookup = FuzzyLookup(compiled_lexicon())
    cold = _found(lookup)
    assert lookup.memo["kuberentes"] == "kubernetes"
    assert lookup.memo["everything"] is None
    assert _found(lookup) == cold
    assert {"kubernetes", "tensorflow", "javascript"} <= {skill for skill, _, _ in cold}


def test_a_word_the_memo_has_no_room_for_is_still_looked_up() -> None:
    cold = _found(FuzzyLookup(compiled_lexicon()))
    full = FuzzyLookup(compiled_lexicon())
    full.memo = {f"filler{i}": None for i in range(FUZZY_MEMO_SIZE)}
    assert _found(full) == cold
    assert "kuberentes" not in full.memo
