"""Characters outside the BMP: pdfium gives a surrogate pair two indices, the text one char."""

from __future__ import annotations

import numpy as np

from resumefit.ingest.pdf import UNKNOWN_CHAR, _glyph_text


def test_surrogate_pair_reads_as_one_character() -> None:
    units = "a\U0001f4f1b".encode("utf-16-le")
    codes = np.frombuffer(units, dtype=np.uint16).astype(np.int64)  # a, high, low, b
    kept = np.array([0, 1, 3])  # the low half has no glyph of its own
    assert _glyph_text(codes, kept) == "a\U0001f4f1b"


def test_lone_high_surrogate_reads_as_unknown() -> None:
    codes = np.array([0x61, 0xD83D, 0x62], dtype=np.int64)
    assert _glyph_text(codes, np.array([0, 1, 2])) == f"a{UNKNOWN_CHAR}b"
