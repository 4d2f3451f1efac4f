"""Placed words: each word's offsets point at its text in the assembled PDF text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resumefit.ingest.pdf import read_pdf
from resumefit.ingest.pdf_layout import LayoutLine, PageLayout, Word
from resumefit.ingest.pdf_text import PdfText, assemble_text
from resumefit.ingest.settings import DEFAULT_SETTINGS, IngestSettings

PdfPath = Callable[[str], Path]
ZERO_WIDTH_SPACE = "\u200b"  # normalised away: a word of it leaves no text


def word(text: str, x0: float) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), 0.0, 10.0)


def one_line(words: list[Word], field_starts: set[int]) -> PdfText:
    line = LayoutLine(words, 10.0, 10, 0, [], field_starts=field_starts)
    return assemble_text([PageLayout(1, 600.0, 800.0, [line])], DEFAULT_SETTINGS)


def slices(parsed: PdfText) -> list[str]:
    return [parsed.text[w.start : w.end] for w in parsed.words]


def test_field_start_gets_two_spaces_and_an_empty_word_none() -> None:
    parsed = one_line(
        [word("Engineer", 0.0), word(ZERO_WIDTH_SPACE, 45.0), word("2024", 300.0)], {2}
    )
    assert parsed.text == "Engineer  2024"
    assert [(w.word.text, w.start, w.end) for w in parsed.words] == [
        ("Engineer", 0, 8),
        ("2024", 10, 14),
    ]


def test_plain_line_words_are_one_space_apart() -> None:
    parsed = one_line([word("Led", 0.0), word("and", 20.0), word("shipped", 40.0)], set())
    assert parsed.text == "Led and shipped"
    assert [(w.start, w.end) for w in parsed.words] == [(0, 3), (4, 7), (8, 15)]


@pytest.mark.parametrize(
    "name",
    [
        "one_column_bullets_ligatures_hyphenation.pdf",
        "two_columns_sidebar.pdf",
        "three_pages.pdf",
    ],
)
def test_placed_words_cover_the_whole_text(pdf_path: PdfPath, name: str) -> None:
    parsed = read_pdf(name, pdf_path(name).read_bytes(), DEFAULT_SETTINGS)
    bounds = [0, *(offset for w in parsed.words for offset in (w.start, w.end)), len(parsed.text)]
    between = [parsed.text[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    assert between[0] == between[-1] == ""
    assert all(gap.isspace() for gap in between[1:-1])
    assert all(text and not any(c.isspace() for c in text) for text in slices(parsed))


def test_words_past_the_character_limit_are_dropped(pdf_path: PdfPath) -> None:
    data = pdf_path("three_pages.pdf").read_bytes()
    parsed = read_pdf("three_pages.pdf", data, IngestSettings(max_chars=30))
    whole = read_pdf("three_pages.pdf", data, DEFAULT_SETTINGS)
    assert parsed.words == [w for w in whole.words if w.end <= 30]
    assert parsed.words and all(w.end <= len(parsed.text) for w in parsed.words)
