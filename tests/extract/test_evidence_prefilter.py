"""Evidence windows that lack a word a phrase needs are skipped without changing what is found."""

from __future__ import annotations

import random
from typing import Any

from resumefit.extract.evidence import EvidenceMatcher, _end_words, _gate, evidence_matcher
from resumefit.extract.matching import Tokens

#: Phrases that show soft skills, near misses (a trigger word without the rest) and gaps.
TEXTS = [
    "Led a team of four engineers through the migration.",
    "Led the quarterly budget review.",
    "Presented results to stakeholders every quarter. Presented at the offsite.",
    "Mentored three junior developers and reviewed their code.",
    "Negotiated contracts with suppliers; negotiated salaries.",
    "Organized a hackathon for 200 students.",
    "Gave a talk at PyCon about testing. Gave feedback.",
    "Resolved customer complaints within 24 hours.",
    "Managed a group of 12 volunteers.\nManaged budgets.",
    "Spearheaded the cloud migration initiative.",
    "Worked closely with product managers and designers.",
]


def _every_window(matcher: EvidenceMatcher, tokens: Tokens) -> list[tuple[str, int, int]]:
    """Return what the matcher finds when every skill's Matcher runs at every trigger word."""
    found = set()
    for index, word in enumerate(tokens.lowers):
        for skill in matcher.triggers.get(word, {}):
            window = tokens[index : index + matcher.window]
            for _, first, last in matcher.matchers[skill](window):
                if first == 0:
                    found.add((skill, index, index + last))
    return sorted(found, key=lambda item: (item[1], -item[2], item[0]))


def test_prefilter_finds_what_every_window_finds() -> None:
    matcher = evidence_matcher()
    for text in TEXTS:
        tokens = Tokens.of_text(text)
        assert matcher(tokens, tokens.lowers) == _every_window(matcher, tokens), text


class _CountingMatcher:
    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls = 0

    def __call__(self, window: Any) -> Any:
        self.calls += 1
        return self.inner(window)


def test_prefilter_skips_a_window_without_the_rest_of_any_phrase(monkeypatch: Any) -> None:
    matcher = evidence_matcher()
    counting = {skill: _CountingMatcher(inner) for skill, inner in matcher.matchers.items()}
    monkeypatch.setattr(matcher, "matchers", counting)
    tokens = Tokens.of_text("Led the quarterly budget review.")
    assert matcher(tokens, tokens.lowers) == []
    assert sum(counter.calls for counter in counting.values()) == 0


def _random_texts(matcher: EvidenceMatcher, count: int) -> list[str]:
    """Return ``count`` seeded texts mixing the phrases' own words, numbers and fillers."""
    rng = random.Random(20261122)
    words = sorted({word for word in matcher.triggers} | _pattern_words(matcher))
    fillers = ["the", "a", "of", "and", "with", "to", "four", "12", ",", ".", "new", "data"]
    return [
        " ".join(rng.choice(words if rng.random() < 0.6 else fillers) for _ in range(40))
        for _ in range(count)
    ]


def _pattern_words(matcher: EvidenceMatcher) -> set[str]:
    words: set[str] = set()
    for ends in matcher.ends.values():
        words |= ends or set()
    return words


def test_cut_windows_find_what_whole_windows_find_on_random_texts(monkeypatch: Any) -> None:
    matcher = evidence_matcher()
    texts = [Tokens.of_text(text) for text in _random_texts(matcher, 300)]
    cut = [matcher(tokens, tokens.lowers) for tokens in texts]
    monkeypatch.setattr(matcher, "ends", dict.fromkeys(matcher.ends))  # None: whole windows
    whole = [matcher(tokens, tokens.lowers) for tokens in texts]
    assert cut == whole
    assert sum(map(len, whole)) > 50  # the texts do hold phrases


def test_a_match_ends_at_its_last_required_word_or_an_optional_one_after() -> None:
    lead = {"LOWER": {"IN": ["lead", "led"]}}
    team = {"LOWER": {"IN": ["team", "teams"]}}
    of = {"LOWER": "of", "OP": "?"}
    assert _end_words([lead, team]) == {"team", "teams"}
    assert _end_words([lead, team, of]) == {"team", "teams", "of"}
    assert _end_words([lead, {"LIKE_NUM": True}]) is None
    assert _end_words([lead, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,3}"}]) is None
    assert _end_words([{"LOWER": "led", "OP": "?"}]) is None


def test_gated_windows_find_what_ungated_windows_find_on_random_texts(monkeypatch: Any) -> None:
    matcher = evidence_matcher()
    texts = [Tokens.of_text(text) for text in _random_texts(matcher, 300)]
    gated = [matcher(tokens, tokens.lowers) for tokens in texts]
    monkeypatch.setattr(matcher, "gates", dict.fromkeys(matcher.gates))  # None: no gate
    assert [matcher(tokens, tokens.lowers) for tokens in texts] == gated
    assert sum(map(len, gated)) > 50  # the texts do hold phrases


def test_a_gate_holds_the_first_required_words_of_every_phrase() -> None:
    team = frozenset({"team", "teams"})
    group = frozenset({"group"})
    of = frozenset({"of"})
    assert _gate({"leadership": {(team, of), (group,)}}) == team | group
    assert _gate({"leadership": {(team,)}, "teamwork": {(of,)}}) == team | of
    assert _gate({"leadership": {(team,), ()}}) is None  # a one-word phrase: no gate
