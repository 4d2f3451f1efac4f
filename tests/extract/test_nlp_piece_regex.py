"""The token regex's possessive, word-first form splits any text like its plain form."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from resumefit.extract.nlp import _PIECE

#: The same rule with ordinary (backtracking) runs and the whitespace alternative first.
PLAIN = re.compile(
    r"\s+|(?:\w+(?:://|(?:(?:\.(?=[a-z0-9])|&(?=\w))\w+)*(?:\+\+|#(?!\w))?)|[^\w\s]) ?"
)

#: Letters, digits, the symbols the token rule treats specially and every kind of space.
PIECES = st.sampled_from(
    [*"aZ9_.&+#:/-( \t\n\r\u00a0\u2003\u2022é²", "://", "++", "C#", "a.b", "R&D", ". ", "& "]
)


@given(st.lists(PIECES, max_size=40).map("".join))
def test_possessive_pieces_equal_the_plain_ones(text: str) -> None:
    assert _PIECE.findall(text) == PLAIN.findall(text)


def test_a_resume_line_splits_as_before() -> None:
    line = "Skills:  C++/Java, Node.js 3.8; R&D at AT&T - see https://x.io  C# ."
    assert _PIECE.findall(line) == PLAIN.findall(line)
