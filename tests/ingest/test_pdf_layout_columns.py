"""Column detection on fragments: a real gutter splits, a tab stop or full-width text does not."""

from __future__ import annotations

import numpy as np

from resumefit.ingest.pdf_layout import Fragment, Word, find_gutter, layout_page
from resumefit.ingest.settings import DEFAULT_SETTINGS

LINE = 12.0


def fragment(text: str, x0: float, x1: float, baseline: float) -> Fragment:
    word = Word(text, x0, x1, baseline, baseline + 10.0)
    return Fragment(
        [word], np.full(len(text), 10.0), [], x0=x0, x1=x1, bottom=baseline, top=baseline + 10.0
    )


def sidebar_page() -> list[Fragment]:
    """A name across the top, a narrow left column and a wide right one, baselines offset."""
    frags = [fragment("Name", 200, 400, 760)]
    frags += [fragment(f"left {i}", 40, 170, 700 - i * LINE) for i in range(12)]
    frags += [fragment(f"right {i}", 220, 560, 694 - i * 14.5) for i in range(12)]
    return frags


def test_sidebar_layout_has_a_gutter() -> None:
    gutter = find_gutter(sidebar_page(), DEFAULT_SETTINGS)
    assert gutter is not None
    assert 170 <= gutter[0] < gutter[1] <= 220


def test_titles_with_flush_right_dates_are_one_column() -> None:
    frags = [fragment(f"Job {i}", 40, 250, 700 - i * LINE) for i in range(12)]
    frags += [fragment(f"20{i:02d}", 480, 560, 700 - i * LINE) for i in range(12)]
    assert find_gutter(frags, DEFAULT_SETTINGS) is None


def test_full_width_paragraphs_are_one_column() -> None:
    frags = [fragment(f"para {i}", 40, 560, 700 - i * LINE) for i in range(20)]
    frags += [fragment(f"short {i}", 40, 150, 400 - i * LINE) for i in range(6)]
    assert find_gutter(frags, DEFAULT_SETTINGS) is None


def test_reading_order_is_header_left_then_right() -> None:
    layout = layout_page(1, 612, 792, sidebar_page(), DEFAULT_SETTINGS)
    texts = [" ".join(w.text for w in line.words) for line in layout.lines]
    assert texts[0] == "Name"
    assert texts[1:13] == [f"left {i}" for i in range(12)]
    assert texts[13:] == [f"right {i}" for i in range(12)]
    assert [line.column for line in layout.lines[13:]] == [1] * 12


def test_flush_right_date_is_a_separate_field() -> None:
    frags = [fragment("Engineer", 40, 120, 700), fragment("2024", 500, 530, 700)]
    (line,) = layout_page(1, 612, 792, frags, DEFAULT_SETTINGS).lines
    assert [w.text for w in line.words] == ["Engineer", "2024"]
    assert line.field_starts == {1}


def test_touching_fragments_continue_one_word() -> None:
    frags = [fragment("Py", 40, 52, 700), fragment("thon", 52.2, 80, 700)]
    (line,) = layout_page(1, 612, 792, frags, DEFAULT_SETTINGS).lines
    assert [w.text for w in line.words] == ["Python"]
