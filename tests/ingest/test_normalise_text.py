"""Normalisation of glyph text and joining of words hyphenated at line ends."""

from __future__ import annotations

import pytest

from resumefit.ingest.normalise import join_hyphenated, normalise_glyph_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufb01nance", "finance"),
        ("o\ufb03ce", "office"),
        ("\u25cf", "•"),
        ("\u25aa", "•"),
        ("a\u00a0b", "a b"),
        ("zero\u200bwidth", "zerowidth"),
        ("high\u00adimpact", "high-impact"),  # LaTeX fonts map the hyphen to U+00AD
        ("icon\ue000", "icon"),  # private-use icon glyph
        ("devel\ufffe", "devel-"),  # pdfium's line-end hyphen
    ],
)
def test_normalise_glyph_text(raw: str, expected: str) -> None:
    assert normalise_glyph_text(raw) == expected


def test_broken_word_is_joined() -> None:
    assert join_hyphenated("devel-", "opment,", set()) == "development,"


def test_compound_prefix_keeps_its_hyphen() -> None:
    assert join_hyphenated("self-", "motivated", set()) == "self-motivated"


def test_hyphenated_form_seen_elsewhere_keeps_its_hyphen() -> None:
    assert join_hyphenated("state-", "funded", {"state-funded"}) == "state-funded"
    assert join_hyphenated("cross-", "platform", {"cross-platform"}) == "cross-platform"


def test_joined_form_seen_elsewhere_wins_over_prefix_rule() -> None:
    assert join_hyphenated("co-", "operate", {"cooperate"}) == "cooperate"


def test_capitalised_next_word_is_not_joined() -> None:
    assert join_hyphenated("Python-", "Django", set()) is None
