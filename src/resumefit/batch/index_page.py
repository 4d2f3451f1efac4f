"""Render ``index.html``: the cohort table, score histograms and missing-skill charts.

The page is self-contained and runs one script, its own, pinned in the
Content-Security-Policy by its sha256; the script only reads the DOM (``data-*``
attributes) and moves existing rows, so no resume text ever reaches it as code or HTML.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from resumefit.batch.cohort import CohortRow, format_score, missing_counts
from resumefit.batch.settings import HISTOGRAM_BINS, TOP_MISSING_PER_ROLE
from resumefit.resources import data_path
from resumefit.types import Role

INDEX_TEMPLATE = "cohort_index.html.j2"
INDEX_SCRIPT = "batch/cohort_index.js"

#: Chart geometry, in SVG user units.
HISTOGRAM_WIDTH = 320
HISTOGRAM_HEIGHT = 120
HISTOGRAM_AXIS = 18  # room under the bars for the bin labels
BAR_CHART_WIDTH = 420
BAR_CHART_LABEL_WIDTH = 240
BAR_HEIGHT = 16
BAR_GAP = 4


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, with its geometry and what it shows."""

    x: float
    y: float
    width: float
    height: float
    label: str
    count: int


@dataclass(frozen=True)
class RoleCharts:
    """The two charts of one role."""

    role_id: str
    title: str
    scored: int
    histogram: list[Bar]
    missing: list[Bar]
    missing_height: float


@cache
def template_environment() -> Environment:
    """Return the jinja2 environment for batch pages (autoescape on for every template)."""
    return Environment(
        loader=FileSystemLoader(str(data_path("templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def script_hash(script: str) -> str:
    """Return the CSP source expression allowing exactly ``script``."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def histogram(scores: list[float]) -> list[Bar]:
    """Return the bars of a score histogram with ``HISTOGRAM_BINS`` equal bins over 0-100."""
    counts = [0] * HISTOGRAM_BINS
    for score in scores:
        counts[min(HISTOGRAM_BINS - 1, max(0, int(score * HISTOGRAM_BINS // 100)))] += 1
    tallest = max(counts, default=0) or 1
    slot = HISTOGRAM_WIDTH / HISTOGRAM_BINS
    plot = HISTOGRAM_HEIGHT - HISTOGRAM_AXIS
    step = 100 // HISTOGRAM_BINS
    bars = []
    for index, count in enumerate(counts):
        height = round(plot * count / tallest, 1)
        bars.append(
            Bar(
                x=round(index * slot + 1, 1),
                y=round(plot - height, 1),
                width=round(slot - 2, 1),
                height=height,
                label=f"{index * step}-{index * step + step}",
                count=count,
            )
        )
    return bars


def missing_chart(counts: list[tuple[str, int]]) -> list[Bar]:
    """Return horizontal bars for (label, count) pairs, longest first."""
    longest = max((count for _, count in counts), default=0) or 1
    room = BAR_CHART_WIDTH - BAR_CHART_LABEL_WIDTH - 40
    return [
        Bar(
            x=BAR_CHART_LABEL_WIDTH,
            y=index * (BAR_HEIGHT + BAR_GAP),
            width=round(max(1.0, room * count / longest), 1),
            height=BAR_HEIGHT,
            label=label,
            count=count,
        )
        for index, (label, count) in enumerate(counts)
    ]


def role_charts(rows: list[CohortRow], role: Role) -> RoleCharts:
    """Return the histogram and the most-missed required items of ``role`` over ``rows``."""
    scores = [row.scores[role.id] for row in rows if role.id in row.scores]
    counts = missing_counts(rows, role.id)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_MISSING_PER_ROLE]
    bars = missing_chart(top)
    return RoleCharts(
        role_id=role.id,
        title=role.title,
        scored=len(scores),
        histogram=histogram(scores),
        missing=bars,
        missing_height=max(BAR_HEIGHT, len(bars) * (BAR_HEIGHT + BAR_GAP)),
    )


def render_index(rows: list[CohortRow], roles: list[Role], *, redact: bool) -> str:
    """Return the cohort page HTML."""
    env = template_environment()
    script = (data_path("templates") / INDEX_SCRIPT).read_text(encoding="utf-8")
    counts = {
        status: sum(1 for row in rows if row.status == status)
        for status in ("scored", "failed", "pending")
    }
    return env.get_template(INDEX_TEMPLATE).render(
        rows=rows,
        roles=roles,
        charts=[role_charts(rows, role) for role in roles],
        counts=counts,
        redact=redact,
        script=script,
        script_hash=script_hash(script),
        format_score=format_score,
        chart={
            "histogram_width": HISTOGRAM_WIDTH,
            "histogram_height": HISTOGRAM_HEIGHT,
            "histogram_axis": HISTOGRAM_AXIS,
            "bar_width": BAR_CHART_WIDTH,
            "bar_label_width": BAR_CHART_LABEL_WIDTH,
            "bar_height": BAR_HEIGHT,
        },
    )
