"""README markup never survives as markup: raw HTML is reduced to text, unsafe links dropped."""

from __future__ import annotations

from pathlib import Path

from resumefit.portfolio import readme_document
from resumefit.types import Document


def test_script_and_html_tags_never_reach_the_text(classifier_readme: Document) -> None:
    doc = classifier_readme
    for markup in (
        "<script",
        "</script",
        "document.cookie",
        "<img",
        "<p",
        "<span",
        "onclick",
        "<h1",
    ):
        assert markup not in doc.text


def test_html_heading_and_inline_span_keep_their_text(classifier_readme: Document) -> None:
    doc = classifier_readme
    assert doc.text.startswith("Digit Classifier\n")
    assert "Run python train.py --epochs 10 on a GPU." in doc.text


def test_inline_script_content_is_dropped() -> None:
    doc = readme_document(b"Uses Redis <script>steal()</script> for caching.\n", source="s")
    assert doc.text == "Uses Redis  for caching."


def test_javascript_links_are_not_kept() -> None:
    raw = b'[click](javascript:alert(1)) and <a href="javascript:evil()">here</a> [ok](https://ok.example)'
    doc = readme_document(raw, source="s")
    assert [link.url for link in doc.links] == ["https://ok.example"]
    assert "javascript" not in doc.text  # the anchor text stays, the target goes
    assert doc.text == "click and here ok"


def test_relative_and_data_links_are_not_kept() -> None:
    doc = readme_document(
        b"[docs](docs/usage.md) [x](data:text/html,hi) [m](mailto:a@b.c)\n", source="s"
    )
    assert doc.links == []


def test_link_offsets_point_at_the_anchor_text(classifier_readme: Document) -> None:
    doc = classifier_readme
    anchored = {
        doc.text[link.start : link.end]: link.url for link in doc.links if link.start is not None
    }
    assert anchored == {"MNIST": "https://yann.lecun.com/exdb/mnist/"}


def test_link_around_a_badge_keeps_its_target_without_offsets(classifier_readme: Document) -> None:
    doc = classifier_readme
    pytorch = [link for link in doc.links if link.url == "https://pytorch.org"]
    assert len(pytorch) == 1 and pytorch[0].start is None


def test_list_item_links_are_shifted_by_the_bullet_prefix() -> None:
    doc = readme_document(b"- see [the paper](https://arxiv.org/abs/1)\n", source="s")
    (link,) = doc.links
    assert doc.text[link.start : link.end] == "the paper"


def test_restructuredtext_literal_block_reads_as_code(data_dir: Path) -> None:
    doc = readme_document((data_dir / "readmes" / "notes.rst").read_bytes(), source="s")
    assert 'Code:\nnotes add "buy milk"' in doc.text
    assert doc.text.startswith("Notes toolkit\n")


def test_invalid_utf8_is_replaced_not_fatal() -> None:
    doc = readme_document(b"Uses \xff\xfe Python\n", source="s")
    assert doc.text.endswith("Python")


def test_indented_html_after_a_blank_line_is_reduced_not_kept_as_code() -> None:
    raw = (
        b'<p align="left">\n\n    <a href="https://www.linkedin.com/in/x"><img src="https://cdn.'
        b'jsdelivr.net/npm/simple-icons@3.0.1/icons/linkedin.svg" alt="x" /></a>\n</p>\n'
    )
    doc = readme_document(raw, source="s", profile=True)
    assert "<a" not in doc.text and "<img" not in doc.text
    assert [link.url for link in doc.links] == ["https://www.linkedin.com/in/x"]


def test_overlong_readme_is_cut_with_a_warning() -> None:
    doc = readme_document(b"word " * 30_000, source="s")
    assert len(doc.text) <= 120_000
    assert doc.warnings == ["README truncated to its first 120000 characters"]
