"""The pipeline end to end: a file in, a FitReport out.

ingest -> sections -> extract -> match -> score. Each step lives in its own module;
this one only wires them in order so the CLI, batch and the review app share one path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from resumefit.extract import extract_profile
from resumefit.ingest import read_document
from resumefit.lexicon import load_lexicon
from resumefit.match import match_roles
from resumefit.roles import load_builtin_roles
from resumefit.score import build_report, score_role
from resumefit.sections import split_sections
from resumefit.types import Document, FitReport, Profile, Role


def analyze(
    path: str | Path,
    *,
    display_name: str | None = None,
    portfolio: Sequence[Document] = (),
) -> Profile:
    """Return the Profile (document, mentions, degrees, experience) of one resume file."""
    return analyze_document(read_document(Path(path), display_name=display_name), portfolio)


def analyze_document(document: Document, portfolio: Sequence[Document] = ()) -> Profile:
    """Return the Profile of a resume already read from its file (``read_document``)."""
    return extract_profile(split_sections(document), portfolio=portfolio)


def fit_profile(profile: Profile, roles: Sequence[Role] | None = None) -> FitReport:
    """Return the FitReport of an extracted profile against ``roles`` (default: all built-in)."""
    lexicon = load_lexicon()
    chosen = list(roles) if roles else load_builtin_roles()
    matched = match_roles(profile, chosen, lexicon)
    fits = [score_role(role, results) for role, results in zip(chosen, matched, strict=True)]
    return build_report(profile, fits)


def check(
    path: str | Path,
    roles: Sequence[Role] | None = None,
    *,
    display_name: str | None = None,
    portfolio: Sequence[Document] = (),
) -> FitReport:
    """Return the FitReport of the resume at ``path`` against ``roles`` (default: all built-in)."""
    profile = analyze(path, display_name=display_name, portfolio=portfolio)
    return fit_profile(profile, roles)


def check_document(
    document: Document,
    roles: Sequence[Role] | None = None,
    *,
    portfolio: Sequence[Document] = (),
) -> FitReport:
    """Return the FitReport of a resume already read from its file against ``roles``."""
    return fit_profile(analyze_document(document, portfolio), roles)
