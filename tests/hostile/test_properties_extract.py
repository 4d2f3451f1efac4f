"""Property: extraction never fails on arbitrary text, and every mention points at its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumefit import pipeline
from resumefit.extract import extract_mentions, extract_profile
from resumefit.sections import split_sections
from resumefit.types import Document

#: Words that make extraction work hard: skill names and aliases with symbols, ambiguous
#: short names, section headings, bullets and separators.
TRICKY_WORDS = [
    "Python",
    "PyTorch",
    "pytorch",
    "Pytorch",
    "TensorFlow",
    "Tensorflow",
    "scikit learn",
    "scikit-learn",
    "C++",
    "C#",
    ".NET",
    "Node.js",
    "CI/CD",
    "R",
    "Go",
    "C",
    "Julia",
    "Spark",
    "Excel",
    "Rust",
    "Swift",
    "SQL",
    "machine learning",
    "deep  learning",
    "Skills",
    "SKILLS:",
    "Experience",
    "Projects",
    "Education",
    "B.Sc.",
    "PhD",
    "2019 - Present",
    "Jun 2021",
    "•",
    "-",
    "|",
    ",",
    "/",
    "\n",
    "\n\n",
    "\t",
    " ",
    "\r\n",
    "\u00ad",
    "\ufb01",
    "\u200b",
    "\u202e",
    "🐍",
    "\x00",
    "<script>",
    "&amp;",
]

text_strategy = st.lists(
    st.one_of(
        st.sampled_from(TRICKY_WORDS),
        st.text(st.characters(blacklist_categories=["Cs"]), max_size=15),
    ),
    max_size=60,
).map("".join)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def make_document(text: str) -> Document:
    return split_sections(
        Document(source="generated.txt", format="txt", sha256="0" * 64, text=text)
    )


@PROPERTY_SETTINGS
@given(text=text_strategy)
def test_mentions_point_at_their_surface_text(text: str) -> None:
    document = make_document(text)
    for mention in extract_mentions(document):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        sentence_end = mention.sentence_start + len(mention.sentence)
        assert text[mention.sentence_start : sentence_end] == mention.sentence
        assert mention.sentence_start <= mention.start and mention.end <= sentence_end


@PROPERTY_SETTINGS
@given(text=text_strategy)
def test_whole_fit_never_fails_on_arbitrary_text(text: str) -> None:
    profile = extract_profile(make_document(text))
    report = pipeline.fit_profile(profile)
    assert report.fits
    for fit in report.fits:
        assert 0 <= fit.score <= 100
        for result in fit.results:
            assert 0 <= result.credit <= 1
