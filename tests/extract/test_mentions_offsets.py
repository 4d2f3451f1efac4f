"""Every mention's offsets, text, sentence, section, page and strength agree with the document."""

from __future__ import annotations

import random

from extract_fixtures import make_document, sections_of

from resumefit.extract import extract_mentions
from resumefit.extract.mentions import text_chunks
from resumefit.types import EvidenceStrength, PageSpan, SectionKind

RESUME = """JANE DOE — jane@example.com — github.com/jane

SUMMARY
Data scientist with 3 years of Python, SQL and machine learning. Strong communication skills.

SKILLS
Python, R, SQL, C++, Go, Excel, Docker, Kubernetes, AWS, PyTorch, TensorFlow, Tableau

EXPERIENCE
Data Scientist, Acme, Jun 2021 - Present
• Presented churn models (XGBoost, scikit-learn) to stakeholders; led a team of four.
• Built CI/CD pipelines with GitHub Actions and deployed models on AWS SageMaker.

PROJECTS
Thesis — Graph neural networks in PyTorch Geometric for molecules.
"""
HEADINGS = [
    (SectionKind.SUMMARY, "SUMMARY"),
    (SectionKind.SKILLS, "SKILLS"),
    (SectionKind.EXPERIENCE, "EXPERIENCE"),
    (SectionKind.PROJECTS, "PROJECTS"),
]


def _check(doc) -> None:  # type: ignore[no-untyped-def]
    mentions = extract_mentions(doc)
    assert mentions
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
        assert doc.text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
        assert m.sentence_start <= m.start and m.end <= m.sentence_start + len(m.sentence)
        assert m.section is doc.section_at(m.start)
        assert m.page == doc.page_at(m.start)
        use = m.section in {SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.PUBLICATIONS}
        assert m.strength is (EvidenceStrength.USE if use else EvidenceStrength.CLAIM)
    starts = [(m.start, m.end) for m in mentions]
    assert starts == sorted(starts)


def test_offsets_sentences_and_sections_are_consistent() -> None:
    half = len(RESUME) // 2
    doc = make_document(RESUME, sections=sections_of(RESUME, *HEADINGS)).model_copy(
        update={
            "pages": [
                PageSpan(page=1, start=0, end=half),
                PageSpan(page=2, start=half, end=len(RESUME)),
            ]
        }
    )
    _check(doc)
    assert {m.strength for m in extract_mentions(doc)} == {
        EvidenceStrength.USE,
        EvidenceStrength.CLAIM,
    }


def test_offsets_hold_on_shuffled_and_noisy_text() -> None:
    rng = random.Random(3)
    lines = RESUME.splitlines()
    for _ in range(20):
        rng.shuffle(lines)
        noise = rng.choice(["", "\t", "  ", "\u00a0", "\r\n", " • ", "\ufb01"])
        text = (noise + "\n").join(lines)
        _check(make_document(text, None))


def test_hard_mentions_do_not_overlap() -> None:
    mentions = [
        m for m in extract_mentions(make_document(RESUME, None)) if m.category != "soft_skill"
    ]
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start


def test_a_huge_document_is_processed_in_pieces() -> None:
    text = "Python and SQL developer.\n" * 20000
    mentions = extract_mentions(make_document(text, None))
    assert len([m for m in mentions if m.skill == "python"]) == 20000
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_long_text_is_cut_at_line_breaks_into_pieces() -> None:
    text = "Python and SQL developer.\n" * 50
    pieces = list(text_chunks(text, limit=100))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 100 and piece.endswith("\n") for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
