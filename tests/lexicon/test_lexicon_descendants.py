"""Descendants are remembered per skill, and each call hands out a list of its own."""

from __future__ import annotations

import pytest

from resumefit.lexicon import Lexicon, Skill

SKILLS = [
    Skill(id="machine-learning", name="Machine learning", category="ml_concept"),
    Skill(id="deep-learning", name="Deep learning", category="ml", parents=("machine-learning",)),
    Skill(id="pytorch", name="PyTorch", category="ml_library", parents=("deep-learning",)),
]


def test_descendants_are_nearest_first() -> None:
    lexicon = Lexicon(SKILLS, "v")
    assert lexicon.descendants("machine-learning") == ["deep-learning", "pytorch"]


def test_changing_a_returned_list_does_not_change_the_next_answer() -> None:
    lexicon = Lexicon(SKILLS, "v")
    lexicon.descendants("machine-learning").append("intruder")
    assert lexicon.descendants("machine-learning") == ["deep-learning", "pytorch"]


def test_an_unknown_skill_still_raises_key_error_every_time() -> None:
    lexicon = Lexicon(SKILLS, "v")
    for _ in range(2):
        with pytest.raises(KeyError):
            lexicon.descendants("nope")
