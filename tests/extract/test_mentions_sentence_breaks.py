"""The sentence-break regex, written to open with a character class, splits as its plain form."""

from __future__ import annotations

import random
import re

from resumefit.extract.mentions import _BULLETS, _SENTENCE_BREAK, sentence_spans

#: The breaks as first written: a lookahead, then the alternatives in order.
PLAIN_BREAK = re.compile(
    rf"(?=[\s{_BULLETS}])([\n\r\t\f\v]+| {{2,}}|[{_BULLETS}]|(?<=[.!?])\s+(?=[A-Z0-9\"'(]))"
)
#: Characters that start, end or sit next to breaks, and plain text.
ALPHABET = [
    " ", " ", " ", "\n", "\r", "\t", "\f", "\v", "\u00a0", "\u2003", ".", "!", "?", "(",
    "'", '"', "A", "Z", "7", "a", "z", ",", "-", *_BULLETS,
]  # fmt: skip


def _random_texts(count: int) -> list[str]:
    """Return ``count`` seeded texts dense in breaks and near-breaks."""
    rng = random.Random(20261122)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_breaks_split_random_texts_as_the_plain_form_does() -> None:
    for text in _random_texts(5000):
        assert _SENTENCE_BREAK.split(text) == PLAIN_BREAK.split(text), repr(text)


def test_sentences_end_at_each_kind_of_break() -> None:
    text = "Led a team. Built it\nPython  SQL\u2022Go\tR. then"
    pieces = [text[start:end] for start, end in sentence_spans(text)]
    assert pieces == ["Led a team.", "Built it", "Python", "SQL", "Go", "R. then"]
