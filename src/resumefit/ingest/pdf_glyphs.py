"""Group positioned glyphs into words and same-baseline fragments, vectorised with numpy.

A word break is a space character, or a gap between two glyphs wider than a share of the
line height. The gap is measured from where the previous glyph's advance ends, and the
advance is estimated per document from the glyphs themselves: pdfium's loose box gives the
glyph's origin and the font's width for it, and HTML-to-PDF files carry widths that
overshoot ("f" reaches into the next word), while LaTeX kerns pairs tightly. Both would
break a fixed threshold; steps between glyph origins do not.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from resumefit.ingest.pdf_layout import Fragment, Word
from resumefit.ingest.settings import IngestSettings

#: One glyph as a tuple, for tests: (text, left, right, bottom, top, space_before, index).
Glyph = tuple[str, float, float, float, float, bool, int]
FloatArray = npt.NDArray[np.float64]

STEP_BUCKETS_PER_POINT = 20  # advance estimates are rounded to 1/20 pt
MIN_STEP_REPEATS = 2  # a smaller step seen this often is a real advance, not an accident...
MIN_STEP_SHARE_OF_COMMON = 0.2  # ...when also seen at least this share as often as the mode
MAX_STEP_HEIGHTS = 2  # steps longer than this many line heights are not advances
BUCKET_RANGE = STEP_BUCKETS_PER_POINT * 256  # > any bucket of a step under MAX_STEP_HEIGHTS
MAX_INDICES_PER_FRAGMENT = 8  # glyph indices kept per fragment for font-weight sampling


@dataclass
class Glyphs:
    """A page's glyphs in content order, one array entry per glyph (``text`` one char each)."""

    text: str
    x0: FloatArray  # pdfium loose box: origin x ...
    x1: FloatArray  # ... plus the font's advance for the glyph
    bottom: FloatArray
    top: FloatArray
    space_before: npt.NDArray[np.bool_]  # a space or line break preceded this glyph
    index: npt.NDArray[np.int64]  # pdfium character index
    cut: bool = False  # the page had more characters than were read

    @classmethod
    def from_tuples(cls, glyphs: list[Glyph]) -> Glyphs:
        """Return the arrays for a list of glyph tuples."""
        columns = list(zip(*glyphs, strict=True)) if glyphs else [()] * 7
        return cls(
            text="".join(columns[0]),
            x0=np.array(columns[1], dtype=np.float64),
            x1=np.array(columns[2], dtype=np.float64),
            bottom=np.array(columns[3], dtype=np.float64),
            top=np.array(columns[4], dtype=np.float64),
            space_before=np.array(columns[5], dtype=np.bool_),
            index=np.array(columns[6], dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.text)


def advance_ends(glyphs: Glyphs, heights: FloatArray, settings: IngestSettings) -> FloatArray:
    """Return where each glyph's advance ends: origin + estimated advance (at most its width)."""
    widths = glyphs.x1 - glyphs.x0
    n = len(glyphs)
    if n < 2:
        return glyphs.x1.copy()
    codes = np.frombuffer(glyphs.text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    # "This character in this font and size": the loose box height and width identify both.
    raw_keys = (codes << 40) | (np.round(heights * 10).astype(np.int64) << 20)
    raw_keys |= np.round(widths * 10).astype(np.int64) & 0xFFFFF
    kinds, keys = np.unique(raw_keys, return_inverse=True)
    steps = glyphs.x0[1:] - glyphs.x0[:-1]
    centres = (glyphs.bottom + glyphs.top) / 2
    usable = (
        ~glyphs.space_before[1:]
        & (steps > 0)
        & (steps < MAX_STEP_HEIGHTS * heights[:-1])
        & (np.abs(centres[1:] - centres[:-1]) < settings.same_line_ratio * heights[:-1])
    )
    buckets = np.round(steps[usable] * STEP_BUCKETS_PER_POINT).astype(np.int64)
    pairs, counts = np.unique(keys[:-1][usable] * BUCKET_RANGE + buckets, return_counts=True)
    pair_kinds, pair_buckets = pairs // BUCKET_RANGE, pairs % BUCKET_RANGE
    advance_of_kind = np.full(len(kinds), np.nan)
    if len(pairs):
        group_starts = _run_starts(pair_kinds[1:] != pair_kinds[:-1])
        group_kinds = pair_kinds[group_starts]
        heights_of_kind = ((kinds[group_kinds] >> 20) & 0xFFFFF) / 10
        advance_of_kind[group_kinds] = _advance_from_steps(
            group_starts, pair_buckets, counts, heights_of_kind, settings
        )
    advance = advance_of_kind[keys]
    # Only a width that overshoots the advance by a lot is corrected: a kerned pair ("To")
    # makes the common step a little short of the width, and that is no reason to split.
    overshoot = widths - advance > settings.width_overshoot_ratio * heights
    return glyphs.x0 + np.where(overshoot, advance, widths)


def _advance_from_steps(
    group_starts: npt.NDArray[np.intp],
    buckets: npt.NDArray[np.int64],
    counts: npt.NDArray[np.int64],
    heights: FloatArray,
    settings: IngestSettings,
) -> FloatArray:
    """Return each glyph kind's advance: its most common step, unless that is a word gap.

    The steps of all kinds come as one array of (bucket, count) pairs sorted by kind and
    bucket, each kind's run starting at ``group_starts``. In "of the" with no space
    character the "f" may be followed by a word gap more often than by a letter; a smaller
    step seen often enough that is a whole word gap below the most common one is then the
    true advance (kerning differences are far smaller).
    """
    group = np.repeat(np.arange(len(group_starts)), np.diff(group_starts, append=len(buckets)))
    most = np.maximum.reduceat(counts, group_starts)
    # The most common step; among equally common ones the smallest.
    unused = BUCKET_RANGE  # above every bucket
    common = np.minimum.reduceat(np.where(counts == most[group], buckets, unused), group_starts)
    floor = np.maximum(MIN_STEP_REPEATS, most * MIN_STEP_SHARE_OF_COMMON)
    smallest = np.minimum.reduceat(np.where(counts >= floor[group], buckets, unused), group_starts)
    smallest = np.where(smallest == unused, common, smallest)
    gap = (common - smallest) / STEP_BUCKETS_PER_POINT > settings.word_gap_ratio * heights
    return np.where(gap, smallest, common) / STEP_BUCKETS_PER_POINT


def _run_starts(breaks: npt.NDArray[np.bool_]) -> npt.NDArray[np.intp]:
    """Return where each run starts: 0, and every i + 1 where ``breaks[i]`` ends a run."""
    # np.r_ would read better, but its index-trick machinery costs more than the rest here.
    return np.flatnonzero(np.concatenate(([True], breaks)))


def build_fragments(glyphs: Glyphs, settings: IngestSettings) -> list[Fragment]:
    """Return the glyphs grouped into words and same-baseline fragments, in content order."""
    n = len(glyphs)
    if n == 0:
        return []
    heights = glyphs.top - glyphs.bottom
    if (heights <= 0).any():
        positive = heights[heights > 0]
        heights = np.where(heights > 0, heights, np.median(positive) if len(positive) else 1.0)
    bottoms = glyphs.bottom
    tops = bottoms + heights
    centres = bottoms + heights / 2
    ends = advance_ends(glyphs, heights, settings)
    gaps = glyphs.x0[1:] - ends[:-1]
    ref = np.maximum(heights[1:], heights[:-1])
    # A glyph on another baseline starts a new fragment, unless its box sits mostly inside
    # the previous one's (a superscript: "1st/50" stays one word, as pdfplumber has it).
    overlap = np.minimum(tops[1:], tops[:-1]) - np.maximum(bottoms[1:], bottoms[:-1])
    smaller = np.minimum(heights[1:], heights[:-1])
    shifted = (np.abs(centres[1:] - centres[:-1]) > settings.same_line_ratio * ref) & (
        overlap < settings.superscript_overlap_ratio * smaller
    )
    new_fragment = shifted | (gaps < -ref) | (gaps > settings.fragment_gap_ratio * ref)
    new_word = new_fragment | glyphs.space_before[1:] | (gaps > settings.word_gap_ratio * ref)
    word_starts = _run_starts(new_word)
    word_ends = np.concatenate((word_starts[1:], [n]))
    starts = word_starts.tolist()
    text = glyphs.text
    # One Word per run, built in bulk: a Python loop per word is most of this function's time.
    words = list(
        map(
            Word,
            [text[a:b] for a, b in zip(starts, word_ends.tolist(), strict=True)],
            glyphs.x0[word_starts].tolist(),
            glyphs.x1[word_ends - 1].tolist(),
            np.minimum.reduceat(bottoms, word_starts).tolist(),
            np.maximum.reduceat(tops, word_starts).tolist(),
        )
    )
    # Per-fragment word and glyph ranges, extents and heights.
    first_words = _run_starts(new_fragment[word_starts[1:] - 1])
    word_bounds = [*first_words.tolist(), len(words)]
    fragment_starts = word_starts[first_words]
    glyph_bounds = [*fragment_starts.tolist(), n]
    x0s = np.minimum.reduceat(glyphs.x0, fragment_starts).tolist()
    x1s = np.maximum.reduceat(glyphs.x1, fragment_starts).tolist()
    frag_bottoms = np.minimum.reduceat(bottoms, fragment_starts).tolist()
    frag_tops = np.maximum.reduceat(tops, fragment_starts).tolist()
    indices = glyphs.index.tolist()
    return [
        Fragment(
            words[word_from:word_to],
            heights[start:end],
            indices[start : min(end, start + MAX_INDICES_PER_FRAGMENT)],
            x0,
            x1,
            bottom,
            top,
        )
        for (word_from, word_to), (start, end), x0, x1, bottom, top in zip(
            itertools.pairwise(word_bounds),
            itertools.pairwise(glyph_bounds),
            x0s,
            x1s,
            frag_bottoms,
            frag_tops,
            strict=True,
        )
    ]
