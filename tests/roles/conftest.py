"""Fixtures for the roles/postings tests: posting fixtures and a stand-in skill finder.

``find_mentions`` marks the listed surface forms as mentions, so the posting logic
(headings, cues, groups, years, degrees) is tested apart from the real extractor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from resumefit.postings import PostingImport, posting_to_role
from resumefit.types import Document, Mention

POSTINGS = Path(__file__).resolve().parents[1] / "data" / "postings"

#: surface form -> (skill id, preferred name, lexicon category)
FORMS = {
    "Python": ("python", "Python", "programming_language"),
    "Go": ("go", "Go", "programming_language"),
    "R": ("r", "R", "programming_language"),
    "C++": ("cpp", "C++", "programming_language"),
    "SQL": ("sql", "SQL", "programming_language"),
    "TensorFlow": ("tensorflow", "TensorFlow", "ml_framework"),
    "PyTorch": ("pytorch", "PyTorch", "ml_framework"),
    "JAX": ("jax", "JAX", "ml_framework"),
    "OpenCV": ("opencv", "OpenCV", "cv_library"),
    "Spark": ("spark", "Spark", "big_data"),
    "Docker": ("docker", "Docker", "devops"),
    "Kubernetes": ("kubernetes", "Kubernetes", "devops"),
    "AWS": ("aws", "AWS", "cloud"),
    "Kaggle": ("kaggle", "Kaggle", "practice"),
    "open-source contributions": (
        "open-source-contribution",
        "Open-source contribution",
        "practice",
    ),
    "machine learning": ("machine-learning", "Machine learning", "ml_concept"),
    "statistics": ("statistics", "Statistics", "math"),
    "probability": ("probability", "Probability", "math"),
    "pandas": ("pandas", "pandas", "data_library"),
    "A/B testing": ("a-b-testing", "A/B testing", "data_skill"),
    "Tableau": ("tableau", "Tableau", "bi_tool"),
    "dbt": ("dbt", "dbt", "data_tool"),
    "Airflow": ("airflow", "Airflow", "data_tool"),
    "communication": ("communication", "Communication", "soft_skill"),
    "linear algebra": ("linear-algebra", "Linear algebra", "math"),
}


def find_mentions(document: Document) -> list[Mention]:
    """Return a Mention for every listed surface form in the document (case-sensitive)."""
    mentions = []
    for form, (skill, name, category) in FORMS.items():
        for found in re.finditer(rf"(?<![\w+]){re.escape(form)}(?![\w+])", document.text):
            mentions.append(
                Mention(
                    skill=skill,
                    name=name,
                    category=category,
                    start=found.start(),
                    end=found.end(),
                    text=found.group(),
                )
            )
    return sorted(mentions, key=lambda m: m.start)


def posting_document(name: str) -> Document:
    """Return a fixture posting as a Document with its exact file text."""
    text = (POSTINGS / name).read_text(encoding="utf-8")
    fmt = "md" if name.endswith(".md") else "txt"
    return Document(source=name, format=fmt, sha256="0" * 64, text=text)


@pytest.fixture(scope="session")
def import_fixture() -> Callable[[str], PostingImport]:
    """Return a function importing a fixture posting with the stand-in skill finder."""

    def run(name: str) -> PostingImport:
        document = posting_document(name)
        return posting_to_role(document, find_mentions(document), name=name)

    return run
