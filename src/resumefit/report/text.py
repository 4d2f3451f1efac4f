"""The terminal summary: best-fitting roles with their scores and top gaps, in 80 columns."""

from __future__ import annotations

import textwrap

from resumefit.report.redact import redact_report
from resumefit.report.view import STATUS_LABELS, ranked_fits, ranked_gaps, suggestion_for
from resumefit.types import FitReport, RequirementResult

#: The summary fits a classic terminal.
TEXT_WIDTH = 80
#: How many roles the summary lists, and for how many of them it lists gaps.
TOP_ROLES = 5
GAP_ROLES = 2
#: Gaps listed per role, and skills listed at the end.
TOP_GAPS = 3
TOP_SKILLS = 12
#: Characters of a score bar drawn for 100 points.
TEXT_BAR_WIDTH = 20
TITLE_WIDTH = 46


def _bar(score: float) -> str:
    filled = round(max(0.0, min(100.0, score)) / 100 * TEXT_BAR_WIDTH)
    return "#" * filled + "." * (TEXT_BAR_WIDTH - filled)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def _wrapped(text: str, indent: str, hang: str = "  ") -> list[str]:
    return textwrap.wrap(
        text, width=TEXT_WIDTH, initial_indent=indent, subsequent_indent=indent + hang
    )


def _gap_lines(gap: RequirementResult) -> list[str]:
    requirement = gap.requirement
    status = STATUS_LABELS[gap.status]
    head = f"- {requirement.label} ({status}, {requirement.importance})"
    return _wrapped(head, "    ") + _wrapped(suggestion_for(gap), "      ", hang="")


def render_text(report: FitReport, *, redact: bool = False) -> str:
    """Return a short plain-text summary: top roles with scores, their top gaps, skills found.

    ``redact`` removes contact details and names first, as for the HTML and JSON reports.
    """
    if redact:
        report = redact_report(report)
    document = report.document
    pages = f"{document.pages} page{'s' if document.pages != 1 else ''}"
    lines = [_clip(f"resumefit: {document.source} ({pages})", TEXT_WIDTH)]
    lines += [_clip(f"  note: {warning}", TEXT_WIDTH) for warning in document.warnings]
    fits = ranked_fits(report)
    lines.append("")
    if not fits:
        lines.append("No roles were scored.")
    else:
        lines.append("Best fits (score out of 100)")
        for rank, fit in enumerate(fits[:TOP_ROLES], start=1):
            title = _clip(fit.role_title, TITLE_WIDTH)
            lines.append(f"  {rank}. {title:<{TITLE_WIDTH}} {fit.score:5.0f}  {_bar(fit.score)}")
        if len(fits) > TOP_ROLES:
            lines.append(f"  ... and {len(fits) - TOP_ROLES} more roles (see the HTML report)")
    for fit in fits[:GAP_ROLES]:
        gaps = ranked_gaps(fit)[:TOP_GAPS]
        lines.append("")
        if not gaps:
            lines.append(_clip(f"{fit.role_title}: every requirement is met", TEXT_WIDTH))
            continue
        lines.append(_clip(f"Top gaps for {fit.role_title}", TEXT_WIDTH))
        for gap in gaps:
            lines += _gap_lines(gap)
    skills = sorted(report.skills, key=lambda s: (-s.count, s.name.lower()))
    lines.append("")
    if skills:
        names = ", ".join(skill.name for skill in skills[:TOP_SKILLS])
        more = len(skills) - TOP_SKILLS
        if more > 0:
            names += f" and {more} more"
        lines += _wrapped(f"Skills found ({len(skills)}): {names}", "")
    else:
        lines.append("No skills from the lexicon were found.")
    return "\n".join(lines) + "\n"
