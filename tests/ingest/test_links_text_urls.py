"""URLs written out in text are found whatever their case; text without one has none."""

from __future__ import annotations

from resumefit.ingest.links import text_links


def test_urls_in_any_case_are_found() -> None:
    text = "Site WWW.Example.ORG, demo HTTPS://Demo.IO/app and code at GitHub.com/ada-x."
    assert [link.url for link in text_links(text)] == [
        "WWW.Example.ORG",
        "HTTPS://Demo.IO/app",
        "GitHub.com/ada-x",
    ]


def test_offsets_point_at_the_url() -> None:
    text = "Portfolio: https://ada.example/work"
    [link] = text_links(text)
    assert link.start is not None and link.end is not None
    assert text[link.start : link.end] == link.url


def test_text_without_a_url_has_no_links() -> None:
    assert text_links("Managed a team of five; improved the sales process by 20%.") == []
