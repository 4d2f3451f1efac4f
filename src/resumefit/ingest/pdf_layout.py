"""Turn fragments of words into lines and columns in reading order (no PDF library here).

Coordinates are PDF points with y growing upwards, as pdfium reports them. A two-column page
shows as an empty vertical band (the gutter) that few fragments cross; its columns are read
one after the other, below any header that spans the page.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from resumefit.ingest.settings import IngestSettings

GUTTER_BIN_POINTS = 2.0  # resolution of the gutter search
SAME_BASELINE_RATIO = 0.3  # fragments whose centres are this close (in heights) share a line


@dataclass(slots=True)
class Word:
    """A run of glyphs with no space between them."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float


@dataclass(slots=True)
class Fragment:
    """Words on one baseline with no wide horizontal gap between them."""

    words: list[Word]
    heights: npt.NDArray[np.float64]  # every glyph's height
    char_indices: list[int]  # pdfium indices of a few glyphs, for font weight sampling
    x0: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    top: float = 0.0
    column: int = -1  # -1 spans the gutter (or no columns), 0 left, 1 right

    @property
    def centre(self) -> float:
        return (self.bottom + self.top) / 2


@dataclass(slots=True)
class LayoutLine:
    """A visual line: fragments sharing a baseline within one column, left to right."""

    words: list[Word]
    height: float  # median glyph height (pdfium's loose box, which tracks the font size)
    glyphs: int
    column: int
    char_indices: list[int]
    bold: bool = False
    # Indices of words that start a field: text after a wide gap on the same line (a date
    # set flush right, the next cell of a table row). The text marks them with two spaces.
    field_starts: set[int] = field(default_factory=set)


@dataclass(slots=True)
class PageLayout:
    """The lines of one page in reading order, and the gutter x if it has two columns."""

    page: int
    width: float
    height: float
    lines: list[LayoutLine] = field(default_factory=list)
    gutter: tuple[float, float] | None = None


def find_gutter(fragments: list[Fragment], settings: IngestSettings) -> tuple[float, float] | None:
    """Return the (left, right) x of an empty vertical band splitting two columns, or None.

    The band must lie in the middle of the text, be crossed by few fragments, have enough
    fragments on both sides, and the right side must not be mostly flush-right dates that
    share a baseline with left-hand text (that is one column with a tab stop).
    """
    if len(fragments) < 2 * settings.column_min_fragments:
        return None
    left_edge = min(f.x0 for f in fragments)
    right_edge = max(f.x1 for f in fragments)
    width = right_edge - left_edge
    bins = int(width / GUTTER_BIN_POINTS) + 2
    if bins < 10:
        return None
    diff = [0] * (bins + 1)
    for f in fragments:
        diff[int((f.x0 - left_edge) / GUTTER_BIN_POINTS)] += 1
        diff[int((f.x1 - left_edge) / GUTTER_BIN_POINTS) + 1] -= 1
    max_crossing = settings.gutter_max_crossing * len(fragments)
    lo = int(bins * settings.gutter_min_position)
    hi = int(bins * settings.gutter_max_position)
    coverage = 0
    bands: list[tuple[int, int]] = []
    run_start = -1
    for b in range(hi + 1):
        coverage += diff[b]
        quiet = b >= lo and coverage <= max_crossing
        if quiet and run_start < 0:
            run_start = b
        elif not quiet and run_start >= 0:
            bands.append((run_start, b))
            run_start = -1
    if run_start >= 0:
        bands.append((run_start, hi + 1))
    best: tuple[float, float] | None = None
    best_width = 0.0
    for start, end in bands:
        x_left = left_edge + start * GUTTER_BIN_POINTS
        x_right = left_edge + end * GUTTER_BIN_POINTS
        if x_right - x_left > best_width and _is_column_split(fragments, x_left, x_right, settings):
            best, best_width = (x_left, x_right), x_right - x_left
    return best


def _is_column_split(
    fragments: list[Fragment], x_left: float, x_right: float, settings: IngestSettings
) -> bool:
    middle = (x_left + x_right) / 2
    left = [f for f in fragments if f.x1 <= middle]
    right = [f for f in fragments if f.x0 >= middle]
    if len(left) < settings.column_min_fragments or len(right) < settings.column_min_fragments:
        return False
    # A table-like line (title left, date flush right) pairs nearly every fragment on one
    # side with one on the other; real columns only line up by chance.
    return (
        _paired_share(left, right) <= settings.column_max_shared_baselines
        and _paired_share(right, left) <= settings.column_max_shared_baselines
    )


def _paired_share(side: list[Fragment], other: list[Fragment]) -> float:
    """Return the share of ``side`` fragments with an ``other`` fragment on the same baseline."""
    centres = sorted(f.centre for f in other)
    shared = 0
    for f in side:
        tolerance = SAME_BASELINE_RATIO * (f.top - f.bottom)
        i = bisect_left(centres, f.centre - tolerance)
        if i < len(centres) and centres[i] <= f.centre + tolerance:
            shared += 1
    return shared / len(side)


def group_lines(fragments: list[Fragment], settings: IngestSettings) -> list[LayoutLine]:
    """Return fragments merged into lines, top to bottom and left to right."""
    ordered = sorted(fragments, key=lambda f: -f.centre)
    groups: list[list[Fragment]] = []
    for frag in ordered:
        if groups:
            last = groups[-1]
            ref = max(frag.top - frag.bottom, last[0].top - last[0].bottom)
            if abs(last[0].centre - frag.centre) <= settings.same_line_ratio * ref:
                last.append(frag)
                continue
        groups.append([frag])
    return [_merge_line(group, settings) for group in groups]


def _merge_line(group: list[Fragment], settings: IngestSettings) -> LayoutLine:
    """Return one line from same-baseline fragments, left to right.

    Fragments that touch continue each other's words (a word drawn in two runs); fragments
    after a wide gap start a new field.
    """
    group.sort(key=lambda f: f.x0)
    words: list[Word] = []
    field_starts: set[int] = set()
    previous: Fragment | None = None
    for frag in group:
        fragment_words = list(frag.words)
        if previous is not None and words:
            ref = max(frag.top - frag.bottom, previous.top - previous.bottom)
            gap = frag.x0 - previous.x1
            if gap <= settings.word_gap_ratio * ref and -ref < gap:
                last, first = words[-1], fragment_words.pop(0)
                words[-1] = Word(
                    last.text + first.text,
                    last.x0,
                    first.x1,
                    min(last.bottom, first.bottom),
                    max(last.top, first.top),
                )
            elif gap > settings.fragment_gap_ratio * ref:
                field_starts.add(len(words))
        words.extend(fragment_words)
        previous = frag
    heights = np.sort(np.concatenate([f.heights for f in group]))
    return LayoutLine(
        words=words,
        height=float(heights[len(heights) // 2]),  # median (upper middle)
        glyphs=len(heights),
        column=max(0, group[0].column),
        char_indices=[i for f in group for i in f.char_indices],
        field_starts=field_starts,
    )


def layout_page(
    page: int, width: float, height: float, fragments: list[Fragment], settings: IngestSettings
) -> PageLayout:
    """Return the page's lines in reading order: header, left column, right column, footer."""
    layout = PageLayout(page=page, width=width, height=height)
    gutter = find_gutter(fragments, settings)
    if gutter is None:
        layout.lines = group_lines(fragments, settings)
        return layout
    layout.gutter = gutter
    middle = (gutter[0] + gutter[1]) / 2
    for f in fragments:
        f.column = 0 if f.x1 <= middle else 1 if f.x0 >= middle else -1
    # The columns start where both have begun; anything above that (name, contact line,
    # "last updated") is a header read first, whichever side of the gutter it sits on.
    columns_top = min(max(f.top for f in fragments if f.column == side) for side in (0, 1))
    columns_bottom = min(f.bottom for f in fragments if f.column >= 0)
    header = [f for f in fragments if f.bottom > columns_top]
    footer = [f for f in fragments if f.column < 0 and f.top < columns_bottom]
    rest = [
        f
        for f in fragments
        if f.bottom <= columns_top and not (f.column < 0 and f.top < columns_bottom)
    ]
    left = [f for f in rest if f.column <= 0]
    right = [f for f in rest if f.column == 1]
    for part in (header, left, right, footer):
        layout.lines.extend(group_lines(part, settings))
    return layout
