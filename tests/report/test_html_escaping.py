"""Text from a resume or README is escaped; only the skill highlight adds markup."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from resumefit.report import render_html
from resumefit.report.html import escape_repeated
from resumefit.report.view import mark_highlight, safe_link
from resumefit.types import FitReport, RequirementResult


def _with_sentence(report: FitReport, sentence: str, surface: str) -> FitReport:
    """Return ``report`` with the first evidence of the best role replaced by ``sentence``."""
    copy = report.model_copy(deep=True)
    result = next(r for fit in copy.fits for r in fit.results if r.evidence)
    start = sentence.index(surface)
    result.evidence[0] = result.evidence[0].model_copy(
        update={
            "sentence": sentence,
            "text": surface,
            "highlight_start": start,
            "highlight_end": start + len(surface),
        }
    )
    return copy


def test_script_in_an_evidence_sentence_is_escaped(fit_report: FitReport) -> None:
    hostile = _with_sentence(fit_report, "<script>alert(1)</script> Python <img src=x>", "Python")
    html = render_html(hostile)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Python</mark> &lt;img src=x&gt;" in html


def test_highlight_is_split_on_the_raw_sentence_before_escaping() -> None:
    marked = mark_highlight("a<b & C++ here", (6, 9))
    assert str(marked) == "a&lt;b &amp; <mark>C++</mark> here"


def test_highlight_outside_the_sentence_is_ignored() -> None:
    assert str(mark_highlight("<i>x</i>", (3, 99))) == "&lt;i&gt;x&lt;/i&gt;"


def test_only_http_links_are_links() -> None:
    assert safe_link("https://github.com/a/b") == "https://github.com/a/b"
    assert safe_link("http://example.org/x") == "http://example.org/x"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc"):
        assert safe_link(bad) is None
    assert safe_link("https://exa mple.com") is None
    assert safe_link("https:///nohost") is None


def _rewrite_results(
    report: FitReport, change: Callable[[RequirementResult], dict[str, Any]]
) -> None:
    """Replace every result of ``report`` by a copy updated with ``change(result)``.

    Results are frozen (reports may share them); a gap is the same object as its result,
    so both lists get the same copy.
    """
    for fit in report.fits:
        copies = {id(r): r.model_copy(update=change(r)) for r in fit.results}
        fit.results = [copies[id(r)] for r in fit.results]
        fit.gaps = [copies.get(id(r), r) for r in fit.gaps]


def test_a_javascript_repository_link_renders_as_plain_text(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    _rewrite_results(
        copy,
        lambda result: {
            "evidence": [
                e.model_copy(update={"source_url": "javascript:alert(1)"})
                if e.source != "resume"
                else e
                for e in result.evidence
            ]
        },
    )
    html = render_html(copy)
    assert "javascript:" not in html
    assert "adaquint/seg-demo" in html


HOSTILE = "<b onclick='x()'>&</b>"
HOSTILE_ESCAPED = "&lt;b onclick=&#39;x()&#39;&gt;&amp;&lt;/b&gt;"


def test_requirement_texts_are_escaped_in_requirement_and_gap_items(
    fit_report: FitReport,
) -> None:
    copy = fit_report.model_copy(deep=True)
    hostile_texts = {
        "label": f"label {HOSTILE}",
        "source": f"source {HOSTILE}",
        "suggestion": f"suggestion {HOSTILE}",
    }
    _rewrite_results(
        copy,
        lambda result: {
            "requirement": result.requirement.model_copy(update=hostile_texts),
            "explanation": f"explanation {HOSTILE}",
        },
    )
    for fit in copy.fits:
        fit.categories = [
            c.model_copy(update={"label": f"category {HOSTILE}"}) for c in fit.categories
        ]
    html = render_html(copy)
    assert "<b onclick" not in html
    for field in ("label", "source", "suggestion", "explanation", "category"):
        assert f"{field} {HOSTILE_ESCAPED}" in html


def test_skill_names_and_evidence_details_are_escaped(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    for skill in copy.skills:
        skill.name = f"skill {HOSTILE}"
    _rewrite_results(
        copy,
        lambda result: {
            "evidence": [
                e.model_copy(update={"name": f"evidence {HOSTILE}", "via": f"via {HOSTILE}"})
                for e in result.evidence
            ]
        },
    )
    html = render_html(copy)
    assert "<b onclick" not in html
    for field in ("skill", "evidence", "via"):
        assert f"{field} {HOSTILE_ESCAPED}" in html


def test_remembered_escaping_never_hands_out_unescaped_text() -> None:
    # A Markup and the plain text it equals share one cache entry; both must come out escaped.
    text = "<i>cached</i> & 'kept'"
    assert escape_repeated(Markup(text)) == str(escape(text))
    assert escape_repeated(text) == str(escape(text))
