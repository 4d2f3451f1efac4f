"""Evidence windows that lack a word a phrase needs are skipped without changing what is found."""

from __future__ import annotations

from typing import Any

from resumefit.extract import evidence
from resumefit.extract.evidence import EvidenceMatcher, _Window, evidence_matcher, longest_matches
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
    """Return what the matcher finds when every skill's phrases are tried at every trigger."""
    found = set()
    for index, word in enumerate(tokens.lowers):
        window = _Window(
            tokens.words[index : index + matcher.window],
            tokens.lowers[index : index + matcher.window],
        )
        for skill in matcher.triggers.get(word, {}):
            for last in longest_matches(window, matcher.phrases[skill]):
                found.add((skill, index, index + last))
    return sorted(found, key=lambda item: (item[1], -item[2], item[0]))


def test_prefilter_finds_what_every_window_finds() -> None:
    matcher = evidence_matcher()
    for text in TEXTS:
        tokens = Tokens.of_text(text)
        assert matcher(tokens.words, tokens.lowers) == _every_window(matcher, tokens), text


def test_prefilter_skips_a_window_without_the_rest_of_any_phrase(monkeypatch: Any) -> None:
    calls = []

    def counting(window: _Window, phrases: Any) -> list[int]:
        calls.append(window)
        return longest_matches(window, phrases)

    monkeypatch.setattr(evidence, "longest_matches", counting)
    matcher = evidence_matcher()
    tokens = Tokens.of_text("Led the quarterly budget review.")
    assert matcher(tokens.words, tokens.lowers) == []
    assert calls == []
    tokens = Tokens.of_text("Led a team of four engineers.")
    assert matcher(tokens.words, tokens.lowers) != []
    assert calls != []
