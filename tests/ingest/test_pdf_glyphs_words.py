"""Word breaks from glyph geometry: gaps relative to the line height, not fixed points."""

from __future__ import annotations

from resumefit.ingest.pdf_glyphs import Glyph, Glyphs, build_fragments
from resumefit.ingest.settings import DEFAULT_SETTINGS

HEIGHT = 10.0
WIDTH = 5.0


def place(
    text: str,
    *,
    kern: float = 0.0,
    word_gap: float = 2.5,
    widths: dict[str, float] | None = None,
    overshoot: dict[str, float] | None = None,
    x: float = 0.0,
    y: float = 0.0,
) -> list[Glyph]:
    """Return glyph tuples for ``text`` set on one line: words get a gap, no space glyph."""
    glyphs: list[Glyph] = []
    for word in text.split(" "):
        for ch in word:
            advance = (widths or {}).get(ch, WIDTH)
            box_width = advance + (overshoot or {}).get(ch, 0.0)
            glyphs.append((ch, x, x + box_width, y, y + HEIGHT, False, len(glyphs)))
            x += advance + kern
        x += word_gap - kern
    return glyphs


def words(glyphs: list[Glyph]) -> list[str]:
    fragments = build_fragments(Glyphs.from_tuples(glyphs), DEFAULT_SETTINGS)
    return [w.text for f in fragments for w in f.words]


def test_gap_without_space_character_breaks_words() -> None:
    assert words(place("rewrote and prepared")) == ["rewrote", "and", "prepared"]


def test_tight_kerning_keeps_words_whole() -> None:
    assert words(place("Led and shipped", kern=-0.6, word_gap=3.0)) == ["Led", "and", "shipped"]


def test_same_absolute_gap_is_a_space_only_relative_to_small_type() -> None:
    # 1.2 pt is a word gap in 6 pt type but letter spacing in 30 pt type.
    small = [
        (c, x0 * 0.6, x1 * 0.6, b * 0.6, t * 0.6, s, i)
        for c, x0, x1, b, t, s, i in place("ab cd", word_gap=2.0)
    ]
    big = [
        (c, x0 * 3, x1 * 3, b * 3, t * 3, s, i)
        for c, x0, x1, b, t, s, i in place("ab cd", kern=0.4, word_gap=0.8)
    ]
    assert words(small) == ["ab", "cd"]
    assert words(big) == ["abcd"]


def test_overshooting_width_does_not_hide_a_word_gap() -> None:
    # HTML-to-PDF "f": the stated width reaches into the next word, so the boxes touch.
    text = "of staff of the staff off offer"
    glyphs = place(text, widths={"f": 2.4}, overshoot={"f": 2.3})
    assert words(glyphs) == text.split()


def test_explicit_space_always_breaks() -> None:
    glyphs = place("ab", word_gap=0.0)
    glyphs[1] = (*glyphs[1][:5], True, glyphs[1][6])
    assert words(glyphs) == ["a", "b"]


def test_superscript_stays_in_its_word() -> None:
    base = place("1")
    sup = [
        ("s", 5.0, 8.0, 3.0, 10.0, False, 1),
        ("t", 8.0, 10.5, 3.0, 10.0, False, 2),
    ]
    rest = place("/50", x=10.5)
    assert words(base + sup + rest) == ["1st/50"]


def test_next_line_starts_a_new_fragment() -> None:
    glyphs = place("first line") + place("second", y=-14.0)
    fragments = build_fragments(Glyphs.from_tuples(glyphs), DEFAULT_SETTINGS)
    assert [[w.text for w in f.words] for f in fragments] == [["first", "line"], ["second"]]


def test_wide_gap_splits_fragments_on_one_line() -> None:
    glyphs = place("Engineer") + place("2024", x=200.0)
    fragments = build_fragments(Glyphs.from_tuples(glyphs), DEFAULT_SETTINGS)
    assert len(fragments) == 2


def test_no_glyphs_no_fragments() -> None:
    assert build_fragments(Glyphs.from_tuples([]), DEFAULT_SETTINGS) == []
