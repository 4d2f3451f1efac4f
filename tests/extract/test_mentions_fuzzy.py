"""Fuzzy lookup finds misspellings and split names; common words never become skills."""

from __future__ import annotations

import pytest
from extract_fixtures import make_document

from resumefit.extract import extract_mentions
from resumefit.types import SectionKind


def _found(text: str) -> dict[str, str]:
    mentions = extract_mentions(make_document(text, SectionKind.SKILLS))
    return {m.text: m.skill for m in mentions}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Pyhton", "python"),
        ("Javscript", "javascript"),
        ("Kuberentes", "kubernetes"),
        ("Tensorflw", "tensorflow"),
        ("Java Script", "javascript"),
        ("Tensor Flow", "tensorflow"),
    ],
)
def test_misspellings_and_split_names_are_found(text: str, skill: str) -> None:
    assert _found(f"Tools: {text}, Git").get(text) == skill


@pytest.mark.parametrize("text", ["Tensorflow", "Pytorch", "scikit learn", "Sklearn"])
def test_case_and_spacing_variants_are_exact_matches(text: str) -> None:
    mention = next(m for m in extract_mentions(make_document(text)) if m.text == text)
    assert mention.method != "fuzzy"


@pytest.mark.parametrize(
    "word",
    ["Jason", "person", "python's", "pandemic", "market", "access", "reacts", "gentle", "slack"],
)
def test_common_words_are_never_fuzzy_matches(word: str) -> None:
    mentions = extract_mentions(make_document(f"I met {word} at the office today."))
    assert [m for m in mentions if m.method == "fuzzy"] == []


def test_fuzzy_mentions_say_so() -> None:
    (mention,) = [
        m for m in extract_mentions(make_document("Wrote Pyhton scripts.")) if m.skill == "python"
    ]
    assert (mention.method, mention.text) == ("fuzzy", "Pyhton")
