"""split_pieces on any text: pieces rebuild the text and are the words with their spaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from resumefit.extract.nlp import split_pieces, split_tokens

#: Letters, digits, the symbols the token rule treats specially and every kind of space.
ALPHABET = st.sampled_from(list("aZ9_.&+#:/-( \t\n\u00a0\u2003\u2022é"))


@given(st.text(ALPHABET, max_size=60))
def test_pieces_are_the_words_with_their_trailing_spaces(text: str) -> None:
    pieces, words, spaces, blank = split_pieces(text)
    assert "".join(pieces) == text
    assert pieces == [word + " " * space for word, space in zip(words, spaces, strict=True)]
    assert (words, spaces, blank) == split_tokens(text)


def test_a_whitespace_run_ending_in_a_space_keeps_it() -> None:
    pieces, words, spaces, blank = split_pieces("a \n  b  ")
    assert words == ["a", "\n  ", "b", " "]
    assert spaces == [True, False, True, False]
    assert blank == [False, True, False, True]
