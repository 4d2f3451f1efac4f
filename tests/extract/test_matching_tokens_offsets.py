"""Tokens.of_text on any text: each token's offsets cut exactly its word out of the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from resumefit.extract.matching import Tokens

#: Letters, digits, the symbols the token rule treats specially and every kind of space.
ALPHABET = st.sampled_from(list("aZ9_.&+#:/-( \t\n\u00a0\u2003\u2022éİ"))


@given(st.text(ALPHABET, max_size=60))
def test_offsets_cut_out_each_word(text: str) -> None:
    tokens = Tokens.of_text(text)
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert tokens.lowers == [word.lower() for word in tokens.words]


@given(st.text(ALPHABET, max_size=60))
def test_places_and_seq_skip_the_whitespace_tokens(text: str) -> None:
    tokens = Tokens.of_text(text)
    assert tokens.places == [i for i, word in enumerate(tokens.words) if not word.isspace()]
    assert tokens.seq == [tokens.lowers[i] for i in tokens.places]
