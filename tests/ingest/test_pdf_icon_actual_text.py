"""Contact icons whose ActualText spans the icon and the following text (issue #8).

pdfium reads such a span's ActualText ("tel:(+1) 555-0100") squeezed into the icon's box,
which glues the label onto the first drawn word; the drawn words must come out instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from resumefit.ingest import read_document

FIXTURE = "icon_actual_text_contact_line.pdf"


def test_contact_line_reads_the_drawn_words(pdf_path: Callable[[str], Path]) -> None:
    contact_line = read_document(pdf_path(FIXTURE)).text.splitlines()[1]
    assert contact_line.split() == [
        "☎",
        "(+1)",
        "555-0100",
        "✉",
        "jordan@example.org",
        "⌂",
        "www.jordan-example.org",
    ]


def test_contact_line_keeps_its_place_before_the_body(pdf_path: Callable[[str], Path]) -> None:
    # The drawn glyphs have real boxes, so the line sits between the name and the heading.
    lines = read_document(pdf_path(FIXTURE)).text.splitlines()
    assert lines[0] == "Jordan Example"
    assert lines[2] == "Experience"
