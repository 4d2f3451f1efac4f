"""The index lookup tries forms longer than one token only where their first two tokens occur."""

from __future__ import annotations

from dataclasses import replace

from resumefit.extract.matching import Tokens, index_candidates
from resumefit.extract.patterns import compiled_lexicon

TEXT = "Built dashboards in Power BI and Microsoft Excel; studied machine learning and SQL."


def test_every_longer_form_has_its_first_two_tokens_in_pairs() -> None:
    compiled = compiled_lexicon()
    missing = [
        key
        for key in compiled.index
        if " " in key and " ".join(key.split(" ")[:2]) not in compiled.pairs
    ]
    assert missing == []


def test_pairs_change_no_candidate() -> None:
    compiled = compiled_lexicon()
    every_pair = frozenset(
        f"{first} {second}" for first in compiled.lengths for second in Tokens.of_text(TEXT).seq
    )
    unfiltered = replace(compiled, pairs=every_pair | compiled.pairs)
    tokens = Tokens.of_text(TEXT)
    found = index_candidates(tokens, TEXT, compiled)
    assert found == index_candidates(tokens, TEXT, unfiltered)
    assert {"power-bi", "machine-learning"} <= {cand.skill for cand in found}
