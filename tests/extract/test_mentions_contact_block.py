"""The contact block: the name line and addresses are not skill evidence."""

from __future__ import annotations

from resumefit.extract import extract_mentions
from resumefit.sections import split_sections
from resumefit.types import Document

RESUME = (
    "Julia Maya Okonkwo-Lind\n"
    "julia.python@example.org | github.com/juliaruby | www.pytorch-notes.dev\n"
    "SKILLS\n"
    "Python, Julia, PyTorch, GitHub\n"
)


def _skills_by_line(text: str, source: str = "resume") -> dict[int, set[str]]:
    doc = split_sections(Document(source="r.txt", format="txt", sha256="0", text=text))
    found: dict[int, set[str]] = {}
    for mention in extract_mentions(doc, source=source):
        found.setdefault(text.count("\n", 0, mention.start), set()).add(mention.skill)
    return found


def test_name_line_yields_no_skill() -> None:
    assert 0 not in _skills_by_line(RESUME)


def test_skill_names_inside_links_and_emails_are_not_mentions() -> None:
    assert 1 not in _skills_by_line(RESUME)


def test_the_same_names_in_the_skills_list_are_found() -> None:
    assert {"python", "julia", "pytorch", "github"} <= _skills_by_line(RESUME)[3]


def test_a_first_line_made_only_of_skills_is_kept() -> None:
    assert {"python", "pytorch"} <= _skills_by_line("Python PyTorch\nSKILLS\nSQL\n")[0]


def test_a_readme_title_line_still_counts() -> None:
    readme = "PyTorch image classifier\n\nTrains a CNN with PyTorch.\n"
    assert "pytorch" in _skills_by_line(readme, source="repo:me/classifier").get(0, set())
