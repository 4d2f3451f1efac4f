"""The HTML report: one self-contained page (inline CSS and SVG, no script, strict CSP)."""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup

from resumefit.report.view import build_view, section_label
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


@cache
def _environment() -> jinja2.Environment:
    """Return the jinja2 environment: templates from the data folder, autoescape always on."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_path("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["section_label"] = section_label
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
        bar_width=BAR_WIDTH,
    )
