"""Test data for the review app: a small batch store written with the brief's schema.

The store holds three resumes built from Profile objects (no extraction needed) and
reports from a transparent scorer (``share_scorer``): a role's score is the share of its
requirements whose skills the profile mentions. That keeps these tests about the app's
wiring (versions, tokens, CSRF, corrections) rather than about the scoring rules.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from starlette.testclient import TestClient

from resumefit.serve.guard import CSRF_COOKIE
from resumefit.types import (
    CategoryScore,
    Document,
    DocumentSummary,
    Evidence,
    FitReport,
    Mention,
    Profile,
    Requirement,
    RequirementResult,
    Role,
    RoleFit,
    Section,
    SectionKind,
    SkillSummary,
)

CONFIG_KEY = "config-1"
BATCH_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE results (sha256 TEXT, config_key TEXT, relpath TEXT,
    status TEXT CHECK(status IN ('scored','failed')), error TEXT, report_json TEXT,
    profile_json TEXT, best_role TEXT, best_score REAL, updated_at TEXT,
    PRIMARY KEY (sha256, config_key));
CREATE TABLE files (relpath TEXT PRIMARY KEY, sha256 TEXT, config_key TEXT);
"""

ROLES = [
    Role(
        id="backend",
        title="Backend Developer",
        requirements=[
            Requirement(id="go", label="Go", category="programming", any_of=["go"]),
            Requirement(id="sql", label="SQL", category="data", any_of=["sql"]),
        ],
    ),
    Role(
        id="analyst",
        title="Data Analyst",
        requirements=[
            Requirement(id="sql", label="SQL", category="data", any_of=["sql"]),
            Requirement(id="python", label="Python", category="programming", any_of=["python"]),
            Requirement(id="stats", label="Statistics", category="math", any_of=["statistics"]),
        ],
    ),
]


@dataclass(frozen=True)
class Skill:
    """A lexicon entry as the review app needs it."""

    id: str
    name: str
    category: str


SKILLS = {
    s.id: s
    for s in [
        Skill("go", "Go", "language"),
        Skill("sql", "SQL", "language"),
        Skill("python", "Python", "language"),
        Skill("statistics", "Statistics", "math"),
    ]
}


def make_profile(sha256: str, text: str, found: Sequence[tuple[str, str]]) -> Profile:
    """Return a Profile of ``text`` with a mention of skill id at each (id, surface) pair."""
    heading = text.index("Experience")
    sections = [
        Section(kind=SectionKind.CONTACT, start=0, end=heading),
        Section(kind=SectionKind.EXPERIENCE, heading="Experience", start=heading, end=len(text)),
    ]
    document = Document(
        source=f"{sha256[:6]}.txt",
        format="txt",
        sha256=sha256,
        text=text,
        sections=sections,
        warnings=["two columns detected on page 1"],
    )
    mentions = []
    for skill_id, surface in found:
        start = text.index(surface)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        mentions.append(
            Mention(
                skill=skill_id,
                name=SKILLS[skill_id].name,
                category=SKILLS[skill_id].category,
                start=start,
                end=start + len(surface),
                text=surface,
                section=document.section_at(start),
                sentence=text[line_start:line_end],
                sentence_start=line_start,
            )
        )
    return Profile(document=document, mentions=mentions)


def share_scorer(profile: Profile, roles: Sequence[Role]) -> FitReport:
    """Return a FitReport where each role scores the share of requirements the profile shows."""
    found = {m.skill: m for m in profile.mentions}
    fits = []
    for role in roles:
        results = []
        for req in role.requirements:
            hit = next((found[s] for s in req.any_of if s in found), None)
            evidence = []
            if hit is not None:
                at = hit.start - hit.sentence_start
                evidence.append(
                    Evidence(
                        skill=hit.skill,
                        name=hit.name,
                        text=hit.text,
                        sentence=hit.sentence,
                        highlight_start=max(at, 0),
                        highlight_end=max(at, 0) + len(hit.text),
                        source=hit.source,
                    )
                )
            results.append(
                RequirementResult(
                    requirement=req,
                    status="met" if hit else "missing",
                    credit=1.0 if hit else 0.0,
                    points=1.0 if hit else 0.0,
                    max_points=1.0,
                    explanation="shown" if hit else "not found",
                    evidence=evidence,
                )
            )
        points = sum(r.points for r in results)
        score = round(100 * points / len(results), 1)
        fits.append(
            RoleFit(
                role_id=role.id,
                role_title=role.title,
                score=score,
                categories=[
                    CategoryScore(
                        category="all",
                        label="All",
                        score=score,
                        points=points,
                        max_points=len(results),
                    )
                ],
                results=results,
                gaps=[r for r in results if r.status != "met"],
            )
        )
    fits.sort(key=lambda fit: -fit.score)
    doc = profile.document
    return FitReport(
        tool_version="test",
        document=DocumentSummary(
            source=doc.source,
            format=doc.format,
            sha256=doc.sha256,
            pages=1,
            characters=len(doc.text),
            sections=[s.kind for s in doc.sections],
            warnings=doc.warnings,
        ),
        skills=[
            SkillSummary(
                skill=m.skill,
                name=m.name,
                category=m.category,
                count=1,
                strength=m.strength,
                sections=[m.section],
            )
            for m in profile.mentions
        ],
        mentions=profile.mentions,
        fits=fits,
    )


# sha256 -> (relpath, profile); the first resume has a false "Go" in "Go-to-market".
GO_SHA = "a" * 64
RESUMES = {
    GO_SHA: (
        "marketing/ana.txt",
        make_profile(
            GO_SHA,
            "Ana Lima\nana@example.org\nExperience\n"
            "Led the Go-to-market plan; wrote SQL reports.\n",
            [("go", "Go"), ("sql", "SQL")],
        ),
    ),
    "b" * 64: (
        "cs/ben.txt",
        make_profile(
            "b" * 64,
            "Ben <script>alert(1)</script>\nExperience\n"
            "Built Python and SQL pipelines; statistics.\n",
            [("python", "Python"), ("sql", "SQL"), ("statistics", "statistics")],
        ),
    ),
    "c" * 64: ("cs/broken.pdf", None),
}
#: Where the false "Go" (in "Go-to-market") starts in the first resume's text.
GO_START = RESUMES[GO_SHA][1].mentions[0].start  # type: ignore[union-attr]


def write_batch_store(outdir: Path, config_key: str = CONFIG_KEY) -> None:
    """Write (or overwrite BATCH's rows in) the store the way ``resumefit batch`` does."""
    outdir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(outdir / "resumefit.sqlite")
    if not conn.execute("SELECT name FROM sqlite_master WHERE name = 'meta'").fetchone():
        conn.executescript(BATCH_SCHEMA)
    conn.execute("PRAGMA journal_mode=WAL")
    meta = {
        "schema_version": "1",
        "input_dir": "/cohort",
        "config_key": config_key,
        "roles_json": json.dumps([r.model_dump(mode="json") for r in ROLES]),
    }
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
    conn.execute("DELETE FROM files")
    for sha256, (relpath, profile) in RESUMES.items():
        if profile is None:
            row = (sha256, config_key, relpath, "failed", "the PDF is encrypted", None, None)
            best: tuple[str | None, float | None] = (None, None)
        else:
            report = share_scorer(profile, ROLES)
            row = (sha256, config_key, relpath, "scored", None, report.model_dump_json(),
                   profile.model_dump_json())  # fmt: skip
            best = (report.fits[0].role_id, report.fits[0].score)
        conn.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-21')",
            (*row, *best),
        )
        conn.execute("INSERT INTO files VALUES (?, ?, ?)", (relpath, sha256, config_key))
    conn.commit()
    conn.close()


def form_client(app: object, reviewer: str | None = "Dana") -> TestClient:
    """Return a TestClient that has loaded a page (so it holds the CSRF cookie)."""
    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    client.get("/")
    if reviewer:
        client.cookies.set("resumefit_reviewer", reviewer)
    return client


def csrf(client: TestClient) -> str:
    """Return the CSRF token the client's cookie holds."""
    return str(client.cookies.get(CSRF_COOKIE))
