"""The HTML report: one self-contained page (inline CSS and SVG, no script, strict CSP)."""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup, escape

from resumefit.report.view import RequirementView, build_view, section_label
from resumefit.resources import data_path
from resumefit.types import FitReport

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


def score_bar(score: float) -> Markup:
    """Return the inline SVG bar of a 0-100 score (clamped), coloured by its band.

    Built in Python rather than as a jinja2 macro: a report draws about a hundred bars and a
    macro call costs more than the whole string.
    """
    value = min(max(score, 0), FULL_SCORE)
    band = (
        "strong" if value >= STRONG_BAND_FROM else ("fair" if value >= FAIR_BAND_FROM else "weak")
    )
    filled = round(value * BAR_WIDTH / FULL_SCORE, 1)
    return Markup(
        f'<svg class="bar" width="{BAR_WIDTH}" height="10" viewBox="0 0 {BAR_WIDTH} 10" '
        f'role="img" aria-label="{value:.0f} of 100"><rect class="track" width="{BAR_WIDTH}" '
        f'height="10" rx="3"/><rect class="fill {band}" width="{filled}" height="10" rx="3"/></svg>'
    )


def status_badge(requirement: RequirementView) -> Markup:
    """Return the badge naming a requirement's status (met, partly met, missing)."""
    status, label = escape(requirement.status), escape(requirement.status_label)
    return Markup(f'<span class="badge {status}">{label}</span>')


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
    environment.filters["status_badge"] = status_badge
    environment.filters["score"] = lambda value: f"{value:.0f}"
    environment.filters["points"] = lambda value: (
        f"{value:g}" if value == int(value) else f"{value:.1f}"
    )
    return environment


def render_html(report: FitReport, *, redact: bool = False) -> str:
    """Return the report as one self-contained HTML page.

    ``redact`` also scrubs e-mails, phone numbers, links and street addresses from the
    evidence sentences and shows the source file as a sha256 prefix instead of its name.
    """
    template = _environment().get_template(REPORT_TEMPLATE)
    return template.render(
        view=build_view(report, redact=redact),
        # Our own constant, inserted verbatim: escaping its quotes would only obscure it.
        csp=Markup(CONTENT_SECURITY_POLICY),
    )
