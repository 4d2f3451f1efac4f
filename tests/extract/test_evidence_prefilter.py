"""Evidence windows that lack a word a phrase needs are skipped without changing what is found."""

from __future__ import annotations

from typing import Any

from resumefit.extract.evidence import EvidenceMatcher, evidence_matcher
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
