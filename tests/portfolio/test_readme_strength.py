"""README parts get the section kind that says how strong their evidence is."""

from __future__ import annotations

from pathlib import Path

from resumefit.portfolio import readme_document
from resumefit.portfolio.rules import heading_kind
from resumefit.types import Document, SectionKind


def kind_of(doc: Document, needle: str) -> SectionKind:
    offset = doc.text.index(needle)
    return doc.section_at(offset)


def test_code_fence_with_import_torch_is_use(classifier_readme: Document) -> None:
    doc = classifier_readme
    assert "Code (python):\nimport torch" in doc.text
    assert kind_of(doc, "import torch") is SectionKind.PROJECTS


def test_badges_are_claims(classifier_readme: Document) -> None:
    doc = classifier_readme
    assert "Badges: PyTorch 2.1, Docker, Build Status" in doc.text
    assert kind_of(doc, "Badges: PyTorch") is SectionKind.SKILLS


def test_tech_stack_heading_makes_its_list_claims() -> None:
    doc = readme_document(
        b"# App\n\n## Tech Stack\n\n- Redis\n\n## Usage\n\nRun Redis locally.\n", source="s"
    )
    assert kind_of(doc, "- Redis") is SectionKind.SKILLS
    assert kind_of(doc, "Run Redis") is SectionKind.PROJECTS


def test_subheading_inherits_claim_kind_of_its_parent() -> None:
    doc = readme_document(
        b"## Built with\n\n### Backend\n\n- FastAPI\n\n## Notes\n\nFastAPI app.\n", source="s"
    )
    assert kind_of(doc, "- FastAPI") is SectionKind.SKILLS
    assert kind_of(doc, "FastAPI app.") is SectionKind.PROJECTS


def test_built_with_label_line_is_a_claim_in_prose() -> None:
    doc = readme_document(b"# App\n\nBuilt with: React, Node\n\nServes React pages.\n", source="s")
    assert kind_of(doc, "Built with") is SectionKind.SKILLS
    assert kind_of(doc, "Serves React") is SectionKind.PROJECTS


def test_license_and_acknowledgements_are_left_out(classifier_readme: Document) -> None:
    assert "License" not in classifier_readme.text
    assert "TensorFlow" not in classifier_readme.text  # "Thanks to the TensorFlow team"


def test_neutral_heading_kind_is_other() -> None:
    assert heading_kind("Acknowledgements") is SectionKind.OTHER
    assert heading_kind("🛠 Tech Stack") is SectionKind.SKILLS
    assert heading_kind("Getting started") is SectionKind.PROJECTS
    assert heading_kind("Overview") is None


def test_results_table_rows_are_use(classifier_readme: Document) -> None:
    doc = classifier_readme
    assert "CNN with scikit-learn baseline | 0.991" in doc.text
    assert kind_of(doc, "CNN with scikit-learn") is SectionKind.PROJECTS


def test_everything_in_a_profile_readme_is_a_claim(data_dir: Path) -> None:
    raw = (data_dir / "readmes" / "profile.md").read_bytes()
    doc = readme_document(raw, source="repo:octo-student/octo-student", profile=True)
    assert {section.kind for section in doc.sections} == {SectionKind.SKILLS}
    assert 'print("hello")' in doc.text  # code in a profile README is still only a claim


def test_sections_tile_the_text_without_gaps(classifier_readme: Document) -> None:
    doc = classifier_readme
    assert doc.sections[0].start == 0
    assert doc.sections[-1].end == len(doc.text)
    for before, after in zip(doc.sections, doc.sections[1:], strict=False):
        assert before.end == after.start


def test_heading_lines_are_bold_and_larger() -> None:
    doc = readme_document(b"# Title\n\nBody text.\n", source="s")
    title, body = doc.lines
    assert doc.text[title.start : title.end] == "Title" and title.bold and title.size > 1.0
    assert doc.text[body.start : body.end] == "Body text." and not body.bold


def test_profile_connect_with_me_icons_are_not_claims() -> None:
    raw = (
        b'# Hi\n\n<h3>Connect with me:</h3>\n<p><a href="https://linkedin.com/in/x">'
        b'<img src="https://cdn.simpleicons.org/linkedin" alt="linkedin"/></a></p>\n\n'
        b"## Skills\n\n[![LinkedIn](https://img.shields.io/badge/LinkedIn-blue?logo=linkedin)]"
        b"(https://www.linkedin.com/in/x) ![Go](https://img.shields.io/badge/Go-00ADD8?logo=go)\n"
    )
    doc = readme_document(raw, source="repo:x/x", profile=True)
    assert "linkedin" not in doc.text.lower()
    assert "Badges: Go" in doc.text


def test_badges_under_a_licence_heading_are_left_out() -> None:
    raw = b"# App\n\n## License\n\n![MIT](https://img.shields.io/badge/license-MIT-green)\n"
    doc = readme_document(raw, source="s")
    assert doc.text == "App"
