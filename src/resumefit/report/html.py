"""The HTML report: one self-contained page (inline CSS and SVG, no script, strict CSP)."""

from __future__ import annotations

from functools import cache, lru_cache

import jinja2
from markupsafe import Markup, escape

from resumefit.report.view import (
    STATUS_LABELS,
    EvidenceView,
    build_view,
    evidence_view,
    gap_suggestion,
    section_label,
    suggestion_for,
)
from resumefit.resources import data_path
from resumefit.types import FitReport, RequirementResult, RoleFit, SkillSummary

#: The per-resume report template, in the shipped ``templates`` folder.
REPORT_TEMPLATE = "report.html.j2"

#: Nothing may load from anywhere; only the page's own inline styles apply.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

#: Width in pixels of a full (100-point) score bar.
BAR_WIDTH = 160

#: Lowest score (0-100) whose bar is drawn in the "strong" and in the "fair" colour.
STRONG_BAND_FROM = 70
FAIR_BAND_FROM = 40

#: Largest score a bar shows; higher scores are drawn full.
FULL_SCORE = 100


def _bar_html(score: float) -> str:
    value = min(max(score, 0), FULL_SCORE)
    band = (
        "strong" if value >= STRONG_BAND_FROM else ("fair" if value >= FAIR_BAND_FROM else "weak")
    )
    filled = round(value * BAR_WIDTH / FULL_SCORE, 1)
    return (
        f'<svg class="bar" width="{BAR_WIDTH}" height="10" viewBox="0 0 {BAR_WIDTH} 10" '
        f'role="img" aria-label="{value:.0f} of 100"><rect class="track" width="{BAR_WIDTH}" '
        f'height="10" rx="3"/><rect class="fill {band}" width="{filled}" height="10" rx="3"/></svg>'
    )


def score_bar(score: float) -> Markup:
    """Return the inline SVG bar of a 0-100 score (clamped), coloured by its band.

    Built in Python rather than as a jinja2 macro: a report draws about a hundred bars and a
    macro call costs more than the whole string.
    """
    return Markup(_bar_html(score))


def format_score(value: float) -> str:
    """Return a 0-100 score as the report prints it: a whole number."""
    return f"{value:.0f}"


#: How many distinct point values keep their printed form; a role's weights and their
#: shares come in a few dozen values.
POINTS_CACHE_SIZE = 1024


def format_points(value: float) -> str:
    """Return a number of points as the report prints it: '2', '1.5', '0.8'."""
    if value == 0:
        # 0.0 and -0.0 would share a cache entry, yet one prints "0" and the other "-0".
        return f"{value:g}"
    return _nonzero_points(value)


@lru_cache(maxsize=POINTS_CACHE_SIZE)
def _nonzero_points(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


#: The badge of each requirement status, built once: the statuses are fixed words.
STATUS_BADGES = {
    status: Markup(f'<span class="badge {escape(status)}">{escape(label)}</span>')
    for status, label in STATUS_LABELS.items()
}

#: How many distinct role and lexicon texts (requirement labels, sources, suggestions and
#: explanations, category and skill names) keep their escaped form. Every report of a batch
#: repeats them; the shipped roles and lexicon need a few thousand at most.
ESCAPED_TEXT_CACHE_SIZE = 4096


@lru_cache(maxsize=ESCAPED_TEXT_CACHE_SIZE)
def escape_repeated(text: str) -> str:
    """Return ``text`` HTML-escaped as ``markupsafe.escape`` does, remembered for repeats.

    For texts that recur from report to report; text from one resume goes through
    ``escape``. The text is made a plain ``str`` first: a ``Markup`` equals (and shares a
    cache entry with) the same plain text, so the cached form must be the escaped one.
    """
    return str(escape(str(text)))


#: What the evidence line says for each strength.
STRENGTH_WORDS = {"use": "shown in use"}
STRENGTH_FALLBACK = "listed"


# The pieces below repeat tens of times per report, so they are built in Python, not as
# jinja2 macros: a macro call and its per-field expressions cost far more than the string.
# Every value from a role, a resume or a README goes through ``escape`` (``escape_repeated``
# for role and lexicon texts). The ``_..._html`` helpers return such finished HTML as a
# plain str, so that a list of items is wrapped in ``Markup`` once; the public filters
# return ``Markup``. The whitespace is the one the earlier template macros and loops
# produced (items back to back), so reports stay byte-identical.


def _evidence_html(evidence: EvidenceView) -> str:
    where = escape_repeated(
        f"{evidence.name} · {STRENGTH_WORDS.get(evidence.strength, STRENGTH_FALLBACK)} · "
        f"{evidence.where}"
    )
    if evidence.link:
        where += (
            f': <a href="{escape(evidence.link)}" rel="noopener noreferrer nofollow">'
            f"{escape(evidence.link_text)}</a>"
        )
    elif evidence.link_text:
        where += f": {escape(evidence.link_text)}"
    if evidence.via:
        where += f" · {escape_repeated(evidence.via)}"
    return (
        f"<li>\n  <blockquote>{evidence.sentence}</blockquote>\n"
        f'  <p class="where">{where}</p>\n</li>'
    )


def _requirement_html(result: RequirementResult, redact: bool) -> str:
    requirement = result.requirement
    meta = escape_repeated(
        f"{requirement.importance} · {format_points(result.points)} of "
        f"{format_points(result.max_points)} points"
    )
    parts = [
        f'    <li class="req status-{escape_repeated(result.status)}">\n'
        '      <div class="req-head">\n'
        f"        {STATUS_BADGES[result.status]}\n"
        f'        <span class="req-label">{escape_repeated(requirement.label)}</span>\n'
        f'        <span class="req-meta">{meta}</span>\n'
        "      </div>\n"
    ]
    if result.explanation:
        parts.append(f'<p class="explanation">{escape_repeated(result.explanation)}</p>')
    if result.evidence:
        first, *more = [evidence_view(e, redact=redact) for e in result.evidence]
        parts.append(f'      <ul class="evidence">\n        {_evidence_html(first)}\n      </ul>\n')
        if more:
            places = "places" if len(more) > 1 else "place"
            parts.append(
                "      <details>\n"
                f"        <summary>{len(more)} more {places} it shows</summary>\n"
                '        <ul class="evidence">\n'
                f"{''.join(_evidence_html(item) for item in more)}"
                "        </ul>\n"
                "      </details>\n"
            )
    if result.status == "partly_met":
        parts.append(f'<p class="suggestion">{escape_repeated(suggestion_for(result))}</p>')
    if requirement.source:
        source = escape_repeated(requirement.source)
        parts.append(f'<p class="req-source">Why it is asked: {source}</p>')
    parts.append("    </li>\n")
    return "".join(parts)


def requirement_items(results: list[RequirementResult], redact: bool) -> Markup:
    """Return each requirement's ``<li>``: status, points, explanation, evidence, why asked."""
    return Markup("".join(_requirement_html(result, redact) for result in results))


def _gap_html(result: RequirementResult) -> str:
    requirement = result.requirement
    meta = escape_repeated(
        f"{requirement.importance}, {format_points(result.max_points - result.points)} of "
        f"{format_points(result.max_points)} points missing"
    )
    # str(): a fully met gap (the scorer makes none) has no suggestion and shows "None".
    suggestion = escape_repeated(str(gap_suggestion(result)))
    return (
        f'<li>\n  <span class="gap-title">{escape_repeated(requirement.label)}</span>\n'
        f"  {STATUS_BADGES[result.status]}\n"
        f'  <span class="req-meta">{meta}</span>\n'
        f'  <p class="suggestion">{suggestion}</p>\n</li>'
    )


def gap_items(results: list[RequirementResult]) -> Markup:
    """Return each gap's ``<li>``: what is missing, how many points, what to do about it."""
    return Markup("".join(_gap_html(result) for result in results))


def category_table(fit: RoleFit) -> Markup:
    """Return the table of a role's category sub-scores, each with its bar and points."""
    rows = "".join(
        "    <tr>\n"
        f'      <th scope="row">{escape_repeated(category.label)}</th>\n'
        f'      <td class="bar-col">{_bar_html(category.score)}</td>\n'
        f'      <td class="num">{format_score(category.score)}</td>\n'
        f'      <td class="pts">{format_points(category.points)} of '
        f"{format_points(category.max_points)} points</td>\n"
        "    </tr>\n"
        for category in fit.categories
    )
    return Markup(
        '<table class="categories">\n  <caption>Score by category</caption>\n  <tbody>\n'
        f"{rows}  </tbody>\n</table>"
    )


def _skill_html(skill: SkillSummary) -> str:
    strength = escape_repeated(skill.strength)
    sections = escape_repeated(", ".join(section_label(kind) for kind in skill.sections))
    count = f" <small>×{skill.count}</small>" if skill.count > 1 else ""
    return (
        f'<li class="skill strength-{strength}" title="{strength}; in {sections}">'
        f"{escape_repeated(skill.name)}{count}</li>"
    )


def skill_items(skills: list[SkillSummary]) -> Markup:
    """Return each skill's ``<li>`` on its own line: name and count, strength and sections."""
    return Markup("".join(f"        {_skill_html(skill)}\n" for skill in skills))


@cache
def _environment() -> jinja2.Environment:
    """Return the jinja2 environment: templates from the data folder, autoescape always on."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_path("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # The templates ship with the package: checking their files' times on every
        # report (and every import or include inside it) is wasted work.
        auto_reload=False,
    )
    environment.filters["section_label"] = section_label
    environment.filters["bar"] = score_bar
    environment.filters["score"] = format_score
    environment.filters["category_table"] = category_table
    environment.filters["requirement_items"] = requirement_items
    environment.filters["gap_items"] = gap_items
    environment.filters["skill_items"] = skill_items
    return environment


def load_report_template() -> jinja2.Template:
    """Return the report page's compiled template (compiled on the first call only).

    Compiling it is most of a first report's time (~20 ms); ``resumefit check`` calls this
    while its child process is still scoring, so the report is only rendered at the end.
    """
    return _environment().get_template(REPORT_TEMPLATE)


def render_html(report: FitReport, *, redact: bool = False) -> str:
    """Return the report as one self-contained HTML page.

    ``redact`` also scrubs e-mails, phone numbers, links and street addresses from the
    evidence sentences and shows the source file as a sha256 prefix instead of its name.
    """
    return load_report_template().render(
        view=build_view(report, redact=redact),
        # Our own constant, inserted verbatim: escaping its quotes would only obscure it.
        csp=Markup(CONTENT_SECURITY_POLICY),
    )
