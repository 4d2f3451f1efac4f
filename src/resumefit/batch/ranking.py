"""``--rank``: candidates for one role in score order, with top evidence and top gaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from resumefit.batch.cohort import format_score, pseudonym, report_stem, write_csv_text
from resumefit.batch.settings import RANK_SNIPPET_CHARS, RANK_TOP_EVIDENCE, RANK_TOP_GAPS
from resumefit.batch.store import CurrentFile
from resumefit.types import FitReport, RequirementResult, Role

RANKING_TEMPLATE = "batch/ranking.html.j2"
RANKING_CSV_COLUMNS = ["rank", "file", "score", "top_evidence", "top_gaps"]


@dataclass(frozen=True)
class RankedCandidate:
    """One scored file's place in the ranking."""

    rank: int
    name: str
    score: float
    evidence: list[str]
    gaps: list[str]
    report_href: str


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= RANK_SNIPPET_CHARS else flat[: RANK_SNIPPET_CHARS - 1] + "…"


def _top_evidence(results: list[RequirementResult], *, redact: bool) -> list[str]:
    """Return what best proves the met requirements: heaviest required ones first."""
    met = [r for r in results if r.status == "met" and r.evidence]
    met.sort(key=lambda r: (r.requirement.importance != "required", -r.requirement.weight))
    lines = []
    for result in met[:RANK_TOP_EVIDENCE]:
        evidence = result.evidence[0]
        # A sentence can carry personal details; redacted output names the skill only.
        detail = "" if redact else f": {_snippet(evidence.sentence or evidence.text)}"
        lines.append(f"{result.requirement.label} ({evidence.name}){detail}")
    return lines


def rank_candidates(
    files: Iterable[CurrentFile], role: Role, *, redact: bool
) -> list[RankedCandidate]:
    """Return the scored files ranked by their score for ``role`` (ties by name)."""
    scored = []
    for item in files:
        result = item.result
        if result is None or result.status != "scored" or result.report_json is None:
            continue
        report = FitReport.model_validate_json(result.report_json)
        fit = next((f for f in report.fits if f.role_id == role.id), None)
        if fit is None:
            continue
        name = pseudonym(item.sha256) if redact else item.relpath
        href = quote(report_stem(item.relpath, item.sha256, redact=redact) + ".html")
        gaps = [gap.requirement.label for gap in fit.gaps[:RANK_TOP_GAPS]]
        scored.append((fit.score, name, _top_evidence(fit.results, redact=redact), gaps, href))
    scored.sort(key=lambda entry: (-entry[0], entry[1]))
    return [
        RankedCandidate(index, name, score, evidence, gaps, href)
        for index, (score, name, evidence, gaps, href) in enumerate(scored, start=1)
    ]


def ranking_csv(candidates: list[RankedCandidate]) -> str:
    """Return ``ranking.csv`` (UTF-8 with BOM, formula-guarded)."""
    body = [
        [str(c.rank), c.name, format_score(c.score), " | ".join(c.evidence), " | ".join(c.gaps)]
        for c in candidates
    ]
    return write_csv_text(RANKING_CSV_COLUMNS, body)


def render_ranking(candidates: list[RankedCandidate], role: Role) -> str:
    """Return ``ranking.html``: a static page (no script) of the ranked candidates."""
    from resumefit.batch.index_page import template_environment

    template = template_environment().get_template(RANKING_TEMPLATE)
    return template.render(candidates=candidates, role=role, format_score=format_score)
