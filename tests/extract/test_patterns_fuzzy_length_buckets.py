"""Fuzzy lookup by length bucket finds what a search over every form of the letter finds."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from resumefit.extract.patterns import (
    FUZZY_LONG_NAME,
    FUZZY_MAX_EDITS,
    CompiledLexicon,
    compiled_lexicon,
    fuzzy_match,
)


def _over_every_form(compiled: CompiledLexicon, word: str) -> str | None:
    choices = compiled.fuzzy_choices.get(word[:1], [])
    if not choices:
        return None
    edits = FUZZY_MAX_EDITS + (len(word) >= FUZZY_LONG_NAME)
    best = process.extractOne(
        word, compiled.fuzzy_keys[word[:1]], scorer=OSA.distance, score_cutoff=edits
    )
    return None if best is None else choices[best[2]][1]


def _probes(keys: list[str]) -> list[str]:
    """Return each form, and the form with a letter dropped, added, swapped or changed."""
    out = []
    for key in keys:
        out += [key, key[:-1], key + "s", key[:1] + key[2:], key[:1] + "x" + key[2:]]
        if len(key) > 3:
            out.append(key[:2] + key[3] + key[2] + key[4:])
    return out


def test_the_same_skill_as_a_search_over_every_form() -> None:
    compiled = compiled_lexicon()
    words = [w for keys in compiled.fuzzy_keys.values() for w in _probes(keys[:40])]
    words += ["tensorflw", "pytorh", "kuberentes", "javascirpt", "excel", "nothingness"]
    found = [fuzzy_match(compiled, word) for word in words]
    assert found == [_over_every_form(compiled, word) for word in words]
    assert sum(skill is not None for skill in found) > len(words) // 2  # real matches, too


def test_ties_go_to_the_earlier_form_as_before() -> None:
    compiled = CompiledLexicon(
        version="t",
        fuzzy_choices={"a": [("abcdef", "first"), ("abcdeg", "second"), ("abcdefh", "third")]},
        fuzzy_keys={"a": ["abcdef", "abcdeg", "abcdefh"]},
    )
    # one edit from all three; "abcdef" comes first in the letter's list
    assert fuzzy_match(compiled, "abcdex") == "first"
    assert fuzzy_match(compiled, "abcdefx") == "first"  # length 6 and 7 buckets tie at 1
    assert _over_every_form(compiled, "abcdefx") == "first"
