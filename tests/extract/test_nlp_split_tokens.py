"""split_tokens on any text: words and trailing spaces rebuild the text, flags mark blanks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from resumefit.extract.nlp import split_tokens

#: Letters, digits, the symbols the token rule treats specially and every kind of space.
ALPHABET = st.sampled_from(list("aZ9_.&+#:/-( \t\n\u00a0\u2003\u2022é"))


@given(st.text(ALPHABET, max_size=60))
def test_words_and_trailing_spaces_rebuild_the_text(text: str) -> None:
    words, spaces, _ = split_tokens(text)
    assert "".join(word + " " * space for word, space in zip(words, spaces, strict=True)) == text


@given(st.text(ALPHABET, max_size=60))
def test_a_token_is_a_whole_whitespace_run_or_holds_no_whitespace(text: str) -> None:
    words, spaces, blank = split_tokens(text)
    for word, space, is_blank in zip(words, spaces, blank, strict=True):
        assert word
        assert is_blank == word.isspace()
        assert is_blank or not any(char.isspace() for char in word)
        assert not (is_blank and space)  # only a word carries a trailing space
