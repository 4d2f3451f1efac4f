"""Limits and layout thresholds for reading resumes, as one named settings object."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestSettings:
    """Tunables for ingest. Ratios are relative to a glyph's line height, not absolute points."""

    # Size limits: a resume is a few pages; anything far larger is the wrong file or hostile.
    max_pdf_bytes: int = 25 * MB
    max_docx_bytes: int = 25 * MB
    max_text_bytes: int = 5 * MB
    max_docx_unpacked_bytes: int = 100 * MB  # a .docx is a zip; its XML can inflate
    max_pages: int = 40  # read only the first N pages (keeps a 500-page PDF fast and bounded)
    max_chars: int = 200_000  # text beyond this is dropped with a warning
    # Per page: real resume pages have at most ~6,000 characters and ~6,000 drawing objects
    # (measured on the shared livecareer and LaTeX PDFs); a glyph bomb has millions.
    max_page_chars: int = 30_000
    max_page_objects: int = 50_000

    # Word spacing: a gap between two glyphs wider than this share of the line height is a
    # space. Kerned LaTeX words have gaps near 0; HTML-to-PDF word gaps are ~0.2 of the height.
    word_gap_ratio: float = 0.1
    # A glyph's stated width counts as overshooting its real advance (measured from where the
    # next glyph starts) only by more than this share of the height; smaller is kerning.
    width_overshoot_ratio: float = 0.15
    # A horizontal gap wider than this (in line heights) splits a line into separate fragments,
    # which is what lets a column gutter show up as an empty vertical band.
    fragment_gap_ratio: float = 1.5
    # Glyphs belong to the same line when their vertical centres are this close (in heights).
    same_line_ratio: float = 0.5
    # ...or when the smaller glyph's box lies at least this much inside the other's
    # (superscripts and subscripts stay in their word).
    superscript_overlap_ratio: float = 0.8

    # Column detection: the gutter must be inside this share of the page's text width...
    gutter_min_position: float = 0.15
    gutter_max_position: float = 0.85
    # ...crossed by at most this share of the page's fragments...
    gutter_max_crossing: float = 0.08
    # ...with at least this many fragments on each side...
    column_min_fragments: int = 6
    # ...and neither side almost always sharing a baseline with the other (a job title with
    # its date flush right is one column with a tab stop, not two columns).
    column_max_shared_baselines: float = 0.9

    # Bold: a font weight at or above this, or a font name with one of these words.
    bold_min_weight: int = 600
    bold_name_words: tuple[str, ...] = ("bold", "black", "heavy", "semibold", "demi")
    bold_samples_per_line: int = 3


DEFAULT_SETTINGS = IngestSettings()
