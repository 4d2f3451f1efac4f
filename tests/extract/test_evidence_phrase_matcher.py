"""The evidence phrases' step matcher keeps what spaCy's Matcher (greedy LONGEST) keeps."""

from __future__ import annotations

import random
from typing import Any

import pytest

from resumefit.extract.evidence import (
    EVIDENCE_FILE,
    MAX_GAP,
    _Window,
    compile_phrase,
    evidence_matcher,
    longest_matches,
    pattern_token_specs,
    read_rules,
)
from resumefit.extract.matching import Tokens
from resumefit.extract.nlp import english_vocab
from resumefit.resources import data_path

#: Tokens that fill the windows around the phrases' own words: gaps' stop marks,
#: numbers (digits and words), line breaks, list marks and everyday words.
FILLERS = [".", ";", ":", "|", "!", "the", "a", "an", "4", "four", "12", "1,000", "\n", "-",
           "and", "of", "to", "with", "new"]  # fmt: skip
WINDOWS_PER_SKILL = 60
MAX_WINDOW_WORDS = 20


def _spacy_matchers() -> dict[str, Any]:
    from spacy.matcher import Matcher

    out = {}
    for rule in read_rules(data_path("skill_lexicon") / EVIDENCE_FILE):
        matcher = Matcher(english_vocab())
        specs = [spec for pattern in rule.patterns for spec in pattern_token_specs(pattern)]
        matcher.add(rule.skill, specs, greedy="LONGEST")
        out[rule.skill] = matcher
    return out


def _skill_words(phrases: dict[str, list[Any]]) -> list[str]:
    return sorted(
        {w for steps in phrases.values() for s in steps for step in s for w in step.words}
    )


def test_step_matcher_keeps_what_spacy_keeps_at_the_window_start() -> None:
    matcher = evidence_matcher()
    spacy_matchers = _spacy_matchers()
    rng = random.Random(0)
    compared = found = 0
    for skill, phrases in sorted(matcher.phrases.items()):
        words = _skill_words(phrases)
        for _ in range(WINDOWS_PER_SKILL):
            # a window starts at one of the skill's first words, as the matcher's do
            text = " ".join(
                [rng.choice(sorted(phrases))]
                + [
                    rng.choice(words) if rng.random() < 0.6 else rng.choice(FILLERS)
                    for _ in range(rng.randint(0, MAX_WINDOW_WORDS))
                ]
            )
            tokens = Tokens.of_text(text)
            expected = sorted(
                last
                for _, first, last in spacy_matchers[skill](tokens[0 : len(tokens.words)])
                if first == 0
            )
            window = _Window(tokens.words, tokens.lowers)
            assert sorted(longest_matches(window, phrases)) == expected, (skill, text)
            compared += 1
            found += len(expected)
    assert found > compared / 5  # the windows hold phrases, not only near misses


def test_a_longer_match_further_on_hides_the_one_at_the_start() -> None:
    # "heading ... campaigns" starts at the window's start; "direct ... volunteer", longer,
    # starts inside it and is the one spaCy keeps
    phrases = evidence_matcher().phrases["leadership"]
    tokens = Tokens.of_text("heading direct to campaigns a volunteer leader")
    window = _Window(tokens.words, tokens.lowers)
    assert any(window.ends(steps, 0) for steps in phrases["heading"])
    spacy_found = _spacy_matchers()["leadership"](tokens[0 : len(tokens.words)])
    assert [first for _, first, _ in spacy_found] == [1]
    assert longest_matches(window, phrases) == []


def test_a_gap_becomes_optional_gap_steps() -> None:
    steps = compile_phrase(pattern_token_specs("lead * team")[0])
    assert [step.kind for step in steps] == ["word"] + ["gap"] * MAX_GAP + ["word"]
    assert all(step.optional for step in steps[1:-1])


@pytest.mark.parametrize(
    "spec_list",
    [
        [{"LOWER": "led"}, {"LEMMA": "team"}],  # an attribute the steps do not test
        [{"LOWER": {"IN": ["led"]}, "OP": "?"}, {"LOWER": "team"}],  # no word to start at
        [{"LIKE_NUM": True}, {"LOWER": "team"}],
    ],
)
def test_a_spec_the_steps_cannot_express_is_refused(spec_list: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError):
        compile_phrase(spec_list)
