"""The HTML report shows roles best first, evidence with its source, and ranked gaps."""

from __future__ import annotations

from resumefit.report import render_html
from resumefit.report.view import DETAILED_ROLE_COUNT
from resumefit.types import FitReport


def test_html_lists_roles_best_fit_first(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert html.index("Machine Learning Intern") < html.index("Machine Learning Engineer")


def test_html_marks_the_skill_inside_its_evidence_sentence(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert "Trained a ResNet-18 classifier in <mark>PyTorch</mark> on 40k labelled" in html


def test_html_says_where_evidence_was_found(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert "resume, Projects, page 1" in html


def test_html_links_portfolio_evidence_to_its_repository(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert '<a href="https://github.com/adaquint/seg-demo" rel="noopener noreferrer nofollow">' in (
        html
    )
    assert "adaquint/seg-demo</a>" in html


def test_html_ranks_gaps_by_weight_each_with_a_suggestion(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    gaps = html[html.index("What to work on") :]
    cloud = gaps.index("Cloud computing (AWS, GCP or Azure)")
    statistics = gaps.index("Statistics")
    version_control = gaps.index("Version control (Git)")
    assert cloud < statistics < version_control
    assert "Build a small project that uses cloud computing" in gaps


def test_html_lists_the_skills_found(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    skills = html[html.index('id="skills-title"') :]
    for name in ("PyTorch", "Python", "Teamwork"):
        assert name in skills
    assert "soft skill" in skills


def test_html_never_shows_the_contact_block(fit_report: FitReport) -> None:
    html = render_html(fit_report)
    assert "Ada Quint" not in html
    assert "ada.quint@example.com" not in html
    assert "201-7788" not in html


def test_met_requirements_short_of_full_credit_are_listed_apart(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    intern = next(fit for fit in copy.fits if fit.role_id == "ml-intern")
    index = next(i for i, r in enumerate(intern.results) if r.requirement.id == "python")
    python = intern.results[index].model_copy(update={"credit": 0.8, "points": 2.4})
    intern.results[index] = python  # results are frozen: they may be shared between reports
    intern.gaps.insert(0, python)
    html = render_html(copy)
    section = html[html.index('id="role-1"') : html.index('id="role-2"')]
    to_work_on = section[section.index("What to work on") : section.index("could earn more")]
    assert "Python" not in to_work_on
    assert "1 met requirement could earn more with stronger evidence" in section
    assert "None" not in html


def test_local_portfolio_paths_are_cut_to_the_folder_name(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    copy.portfolio_sources = ["file:///home/ada/code/seg-demo", "https://github.com/ada/seg"]
    html = render_html(copy)
    assert "/home/ada" not in html
    assert "<li>seg-demo</li>" in html
    assert '<a href="https://github.com/ada/seg" rel="noopener noreferrer nofollow">' in html


def test_roles_after_the_best_few_are_compact_but_keep_their_gaps(fit_report: FitReport) -> None:
    copy = fit_report.model_copy(deep=True)
    intern = next(fit for fit in copy.fits if fit.role_id == "ml-intern")
    copy.fits = []
    for rank in range(1, DETAILED_ROLE_COUNT + 2):
        fit = intern.model_copy(deep=True)
        fit.role_id, fit.role_title, fit.score = f"role-{rank}", f"Role number {rank}", 90 - rank
        copy.fits.append(fit)
    html = render_html(copy)
    last = DETAILED_ROLE_COUNT + 1
    start, end = html.index(f'id="role-{last - 1}"'), html.index(f'id="role-{last}"')
    detailed, compact = html[start:end], html[end : html.index('id="skills-title"')]
    assert "<mark>PyTorch</mark>" in detailed
    assert "Requirements and the evidence for each" in detailed
    assert f'<a href="#role-{last}">Role number {last}</a>' in html
    assert "<blockquote>" not in compact
    assert "Requirements and the evidence" not in compact
    cloud = compact.index("Cloud computing (AWS, GCP or Azure)")
    assert cloud < compact.index("Statistics") < compact.index("Version control (Git)")
    assert "Build a small project that uses cloud computing" in compact
    assert 'class="categories"' in compact
