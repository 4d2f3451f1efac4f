"""The regex tokenizer: exact offsets, and names with symbols kept matchable."""

from __future__ import annotations

import pytest

from resumefit.extract.matching import Tokens
from resumefit.extract.nlp import blank_english, split_words

TEXT = (
    "Skills:\tC++/Java, C#/.NET;  Node.js and CI/CD\n\n • scikit-learn (R&D at AT&T). "
    "Python's 3.8 see http://example.org/python\u00a0done"
)


def test_doc_text_is_the_input_exactly() -> None:
    assert blank_english().make_doc(TEXT).text == TEXT


def test_token_offsets_point_at_the_token_text() -> None:
    tokens = Tokens.of_text(TEXT)
    assert [TEXT[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    doc = blank_english().make_doc(TEXT)
    assert [t.idx for t in doc] == tokens.starts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++/Java", ["C++", "/", "Java"]),
        ("C#/.NET", ["C#", "/", ".", "NET"]),
        ("Node.js.", ["Node.js", "."]),
        ("Python.Developed", ["Python", ".", "Developed"]),
        ("CI/CD", ["CI", "/", "CD"]),
        ("scikit-learn", ["scikit", "-", "learn"]),
        ("R&D", ["R&D"]),
        ("Python's", ["Python", "'", "s"]),
        ("http://x.org", ["http://", "x.org"]),
    ],
)
def test_words_split_where_lexicon_forms_start(text: str, expected: list[str]) -> None:
    assert split_words(text)[0] == expected


def test_one_space_is_trailing_other_whitespace_is_a_token() -> None:
    assert split_words("a b  c\nd") == (
        ["a", "b", " ", "c", "\n", "d"],
        [True, True, False, False, False, False],
    )
