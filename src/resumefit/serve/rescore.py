"""The fit reports the review app shows: the batch's, or re-scored with reviewers' corrections."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from resumefit.serve.corrections import SkillEntry, apply_corrections
from resumefit.serve.store import Correction, ReviewStore
from resumefit.types import FitReport, Profile, Role

FitFunction = Callable[[Profile, Sequence[Role]], FitReport]

#: Re-scored reports kept in memory; a review session touches a few dozen resumes at a time.
RESCORED_CACHE_SIZE = 256


@dataclass(frozen=True)
class ResumeReport:
    """What the resume view shows: the profile, the report, and the corrections behind it."""

    profile: Profile
    report: FitReport
    batch_profile: Profile
    batch_report: FitReport
    corrections: list[Correction]

    @property
    def corrected(self) -> bool:
        """Return whether reviewers' corrections changed what was scored."""
        return bool(self.corrections)


def _pipeline_fit(profile: Profile, roles: Sequence[Role]) -> FitReport:
    from resumefit.pipeline import fit_profile

    return fit_profile(profile, roles)


def _lexicon_skills() -> dict[str, SkillEntry]:
    from resumefit.lexicon import load_lexicon

    skills: Any = load_lexicon().skills
    entries = skills.values() if isinstance(skills, Mapping) else skills
    return {entry.id: entry for entry in entries}


class Rescorer:
    """Re-score resumes with their corrections applied, caching by correction set."""

    def __init__(
        self,
        store: ReviewStore,
        *,
        fit: FitFunction | None = None,
        skills: Mapping[str, SkillEntry] | None = None,
    ) -> None:
        self.store = store
        self._fit = fit or _pipeline_fit
        self._skills = dict(skills) if skills is not None else None
        self._cache: OrderedDict[tuple[str, str, tuple[int, ...]], FitReport] = OrderedDict()
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Load the lexicon and the scoring pipeline now, so the first correction is quick."""
        self.skills()
        if self._fit is _pipeline_fit:
            import resumefit.pipeline  # noqa: F401  (spaCy and the matchers load on import)

    def skills(self) -> dict[str, SkillEntry]:
        """Return the lexicon's skills by id (what a reviewer may add)."""
        if self._skills is None:
            self._skills = _lexicon_skills()
        return self._skills

    def _rescored(
        self, sha256: str, profile: Profile, corrections: list[Correction]
    ) -> tuple[Profile, FitReport]:
        corrected = apply_corrections(profile, corrections, self.skills())
        key = (sha256, self.store.config_key(), tuple(c.id for c in corrections))
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return corrected, cached
        report = self._fit(corrected, self.store.roles())
        with self._lock:
            self._cache[key] = report
            while len(self._cache) > RESCORED_CACHE_SIZE:
                self._cache.popitem(last=False)
        return corrected, report

    def resume_report(self, sha256: str) -> ResumeReport | None:
        """Return the profile and report of a scored resume, corrections applied; else None."""
        row = self.store.result(sha256)
        if row is None or row["batch_status"] != "scored":
            return None
        profile = Profile.model_validate_json(row["profile_json"])
        batch_report = FitReport.model_validate_json(row["report_json"])
        corrections = self.store.corrections(sha256)
        if not corrections:
            return ResumeReport(profile, batch_report, profile, batch_report, [])
        corrected, report = self._rescored(sha256, profile, corrections)
        return ResumeReport(corrected, report, profile, batch_report, corrections)

    def corrected_reports(self) -> dict[str, FitReport]:
        """Return the re-scored report of every resume that has corrections, by sha256."""
        by_sha: dict[str, list[Correction]] = {}
        for correction in self.store.corrections():
            by_sha.setdefault(correction.sha256, []).append(correction)
        config_key = self.store.config_key()
        reports: dict[str, FitReport] = {}
        for sha256, corrections in by_sha.items():
            key = (sha256, config_key, tuple(c.id for c in corrections))
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:  # skip loading the profile when nothing changed
                reports[sha256] = cached
                continue
            shown = self.resume_report(sha256)
            if shown is not None:
                reports[sha256] = shown.report
        return reports


def role_scores(report: FitReport) -> dict[str, float]:
    """Return each role's score in a report, by role id."""
    return {fit.role_id: fit.score for fit in report.fits}
