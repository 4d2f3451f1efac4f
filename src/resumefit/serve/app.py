"""The review app: a Starlette application over one batch's results.

Pages: the queue (``/``), a resume (``/resume/<sha256>``), the cohort (``/cohort``) and a
CSV export. Every POST goes through ``checked_form`` (CSRF) and redirects back, so a
reload never re-sends a form.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Collection, Mapping
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from resumefit.resources import data_path
from resumefit.serve.cohort import cohort_figures, export_csv
from resumefit.serve.corrections import (
    PICK_SKILL,
    REVIEWER_SOURCE,
    SkillEntry,
    find_skills,
    is_removed,
    resolve_skill,
)
from resumefit.serve.guard import CSRF_FIELD, AccessGuard, checked_form, csrf_token
from resumefit.serve.parsed_text import text_blocks
from resumefit.serve.queue import SCORE_BANDS, SORT_KEYS, QueueFilter, filter_rows, queue_rows
from resumefit.serve.rescore import FitFunction, Rescorer
from resumefit.serve.store import REVIEW_STATUSES, ReviewConflict, ReviewStore

REVIEWER_COOKIE = "resumefit_reviewer"
#: Longest reviewer name, comment and note accepted (characters).
MAX_NAME = 80
MAX_TEXT = 4000
STATIC_FILES = {"review.css": "text/css", "review.js": "text/javascript"}
NAME_NEEDED = "Set your name (top of the page) before saving: it is recorded with each change."


def _clock(value: str | None) -> str:
    """Return an ISO timestamp as 'YYYY-MM-DD HH:MM UTC' (empty for None)."""
    if not value:
        return ""
    return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M UTC")


def _short_clock(value: str | None) -> str:
    """Return an ISO timestamp as 'Nov 21 14:05' (UTC) for narrow table cells."""
    if not value:
        return ""
    return datetime.fromisoformat(value).strftime("%b %d %H:%M")


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(data_path("templates") / "serve"),
        autoescape=True,  # every resume and comment string is escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clock"] = _clock
    env.filters["short_clock"] = _short_clock
    env.globals.update(
        statuses=REVIEW_STATUSES, bands=SCORE_BANDS, csrf_field=CSRF_FIELD, sort_keys=SORT_KEYS
    )
    return Jinja2Templates(env=env, context_processors=[_page_context])


def _reviewer(request: Request) -> str:
    name = request.cookies.get(REVIEWER_COOKIE) or request.app.state.default_reviewer or ""
    return str(name)[:MAX_NAME]


def _page_context(request: Request) -> dict[str, Any]:
    return {"csrf": csrf_token(request), "reviewer": _reviewer(request)}


def _render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _message(
    request: Request, title: str, text: str, status_code: int, back: str = "/"
) -> Response:
    context = {"title": title, "text": text, "back": back}
    return _render(request, "message.html", context, status_code)


def _text(form: Mapping[str, Any], key: str, limit: int = MAX_TEXT) -> str:
    value = form.get(key, "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def _int(form: Mapping[str, Any], key: str) -> int:
    try:
        return int(_text(form, key))
    except ValueError:
        raise HTTPException(400, f"the form field {key!r} must be a number") from None


# ---------------------------------------------------------------------------- pages


async def queue_page(request: Request) -> Response:
    """The queue: every resume with best role, scores and review status; filter and sort."""
    rescorer: Rescorer = request.app.state.rescorer
    wanted = QueueFilter.from_query(request.query_params)
    rows = await run_in_threadpool(queue_rows, rescorer)
    shown = await run_in_threadpool(filter_rows, rows, wanted, rescorer)
    roles = rescorer.store.roles()

    def sort_link(key: str) -> str:
        flip = wanted.sort == key and not wanted.descending
        return "?" + urlencode(wanted.as_query(sort=key, dir="desc" if flip else "asc"))

    context = {
        "rows": shown,
        "total": len(rows),
        "wanted": wanted,
        "folders": sorted({row.folder for row in rows}),
        "roles": roles,
        "role_titles": {role.id: role.title for role in roles},
        "sort_link": sort_link,
    }
    return _render(request, "queue.html", context)


async def resume_page(request: Request) -> Response:
    """One resume: review status, fit report (corrections applied) and the parser's view."""
    rescorer: Rescorer = request.app.state.rescorer
    store = rescorer.store
    sha256 = request.path_params["sha256"]
    row = store.result(sha256)
    if row is None:
        raise HTTPException(404, "No resume with this hash in the latest batch.")
    shown = await run_in_threadpool(rescorer.resume_report, sha256)
    comments = store.comments(sha256)
    context: dict[str, Any] = {
        "row": row,
        "review": store.review(sha256),
        "shown": shown,
        "history": store.history(sha256),
        "resume_comments": [c for c in comments if not c.requirement_id],
        "requirement_comments": {},
        "roles": store.roles(),
    }
    for comment in comments:
        if comment.requirement_id:
            context["requirement_comments"].setdefault(comment.requirement_id, []).append(comment)
    if shown is not None:
        found = [m for m in shown.batch_profile.mentions if m.source == "resume"]
        removed = [m for m in found if is_removed(m, shown.corrections)]
        on_page = [m for m in shown.profile.mentions if m.source in ("resume", REVIEWER_SOURCE)]
        context.update(
            blocks=text_blocks(shown.profile.document, on_page, removed),
            mentions=sorted(found, key=lambda m: (m.start, m.skill)),
            removal_of={
                (c.skill_id, c.mention_start): c for c in shown.corrections if c.kind == "remove"
            },
            additions=[c for c in shown.corrections if c.kind == "add"],
            skill_names={c.skill_id: _skill_name(rescorer, c.skill_id) for c in shown.corrections},
            batch_scores={fit.role_id: fit.score for fit in shown.batch_report.fits},
        )
    return _render(request, "resume.html", context)


def _skill_name(rescorer: Rescorer, skill_id: str) -> str:
    entry = rescorer.skills().get(skill_id)
    return entry.name if entry is not None else skill_id


async def skill_search(request: Request) -> Response:
    """Lexicon skills whose id or name contains ``q``, best first (for the add-skill field)."""
    rescorer: Rescorer = request.app.state.rescorer
    found = find_skills(rescorer.skills(), request.query_params.get("q", ""))
    return JSONResponse([[entry.id, entry.name] for entry in found])


async def cohort_page(request: Request) -> Response:
    """The cohort: score distribution per role and the most common missing requirements."""
    rescorer: Rescorer = request.app.state.rescorer
    roles = rescorer.store.roles()
    distributions, folders = await run_in_threadpool(cohort_figures, rescorer, roles)
    rows = await run_in_threadpool(queue_rows, rescorer)
    status_counts = {key: sum(1 for r in rows if r.status == key) for key in REVIEW_STATUSES}
    context = {
        "distributions": distributions,
        "folders": folders,
        "status_counts": status_counts,
        "total": len(rows),
    }
    return _render(request, "cohort.html", context)


async def export_page(request: Request) -> Response:
    """The queue as a CSV file: review status, scores per role and comments."""
    rescorer: Rescorer = request.app.state.rescorer
    rows = await run_in_threadpool(queue_rows, rescorer)
    rows.sort(key=lambda r: r.relpath.lower())
    comments: dict[str, list[str]] = {}
    for comment in rescorer.store.comments():
        where = f" [{comment.requirement_id}]" if comment.requirement_id else ""
        comments.setdefault(comment.sha256, []).append(f"{comment.author}{where}: {comment.body}")
    body = "\ufeff" + export_csv(rows, rescorer.store.roles(), comments)  # BOM: Excel reads UTF-8
    headers = {"content-disposition": 'attachment; filename="review.csv"'}
    return Response(body, media_type="text/csv; charset=utf-8", headers=headers)


async def static_file(request: Request) -> Response:
    """The app's own stylesheet and script (the CSP allows nothing else)."""
    name = request.path_params["name"]
    if name not in STATIC_FILES:
        raise HTTPException(404, "No such file.")
    path = data_path("templates") / "serve" / "static" / name
    return FileResponse(path, media_type=STATIC_FILES[name])


# ---------------------------------------------------------------------------- actions


def _back_to(sha256: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/resume/{sha256}{anchor}", status_code=303)


def _author(request: Request) -> str:
    name = _reviewer(request)
    if not name:
        raise HTTPException(400, NAME_NEEDED)
    return name


async def set_reviewer(request: Request) -> Response:
    """Remember the reviewer's name in a cookie; it is recorded with each change."""
    form = await checked_form(request)
    name = _text(form, "name", MAX_NAME)
    target = _text(form, "next") or "/"
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    response = RedirectResponse(target, status_code=303)
    if name:
        response.set_cookie(REVIEWER_COOKIE, name, httponly=True, samesite="strict")
    else:
        response.delete_cookie(REVIEWER_COOKIE)
    return response


async def post_status(request: Request) -> Response:
    """Change a resume's review status (409 if someone saved it since the page was loaded)."""
    form = await checked_form(request)
    sha256 = request.path_params["sha256"]
    status = _text(form, "status")
    if status not in REVIEW_STATUSES:
        raise HTTPException(400, f"Unknown review status {status!r}.")
    store: ReviewStore = request.app.state.rescorer.store
    if store.result(sha256) is None:
        raise HTTPException(404, "No resume with this hash in the latest batch.")
    store.set_status(sha256, status, base_version=_int(form, "version"), author=_author(request))
    return _back_to(sha256)


async def post_correction(request: Request) -> Response:
    """Mark a found skill as wrong, or add one the extractor missed; the score recomputes."""
    form = await checked_form(request)
    sha256 = request.path_params["sha256"]
    rescorer: Rescorer = request.app.state.rescorer
    if rescorer.store.result(sha256) is None:
        raise HTTPException(404, "No resume with this hash in the latest batch.")
    kind = _text(form, "kind")
    skill_id = _text(form, "skill")
    mention_start: int | None = None
    if kind == "remove":
        mention_start = _int(form, "start") if _text(form, "start") else None
    elif kind == "add":
        skill_id = resolve_skill(rescorer.skills(), skill_id) or ""
        if not skill_id:
            raise HTTPException(
                400, f"{_text(form, 'skill')!r} is not a lexicon skill. {PICK_SKILL}"
            )
    else:
        raise HTTPException(400, "A correction either removes or adds a skill.")
    rescorer.store.add_correction(
        sha256,
        kind=kind,
        skill_id=skill_id,
        mention_start=mention_start,
        quote=_text(form, "quote"),
        note=_text(form, "note"),
        base_version=_int(form, "version"),
        author=_author(request),
    )
    return _back_to(sha256, "#scores")


async def withdraw_correction(request: Request) -> Response:
    """Undo a correction; the score recomputes without it."""
    form = await checked_form(request)
    sha256 = request.path_params["sha256"]
    store: ReviewStore = request.app.state.rescorer.store
    try:
        store.withdraw_correction(
            sha256,
            int(request.path_params["correction_id"]),
            base_version=_int(form, "version"),
            author=_author(request),
        )
    except KeyError:
        raise HTTPException(404, "That correction was already undone.") from None
    return _back_to(sha256, "#scores")


async def post_comment(request: Request) -> Response:
    """Add a comment on the resume, or on one requirement of one role."""
    form = await checked_form(request)
    sha256 = request.path_params["sha256"]
    store: ReviewStore = request.app.state.rescorer.store
    if store.result(sha256) is None:
        raise HTTPException(404, "No resume with this hash in the latest batch.")
    body = _text(form, "body")
    if not body:
        raise HTTPException(400, "The comment is empty.")
    requirement = _text(form, "requirement", 200) or None
    store.add_comment(sha256, requirement_id=requirement, author=_author(request), body=body)
    return _back_to(sha256, "#comments")


# ---------------------------------------------------------------------------- errors


async def on_conflict(request: Request, exc: Exception) -> Response:
    """A stale version: say who saved and when, and never apply the change."""
    sha256 = request.path_params.get("sha256", "")
    back = f"/resume/{sha256}" if sha256 else "/"
    return _message(request, "Someone else saved this resume", str(exc), 409, back)


async def on_http_error(request: Request, exc: Exception) -> Response:
    """Render an HTTP error as a page that says what to do."""
    assert isinstance(exc, HTTPException)
    return _message(request, f"Error {exc.status_code}", exc.detail, exc.status_code)


@asynccontextmanager
async def _warm_up(app: Starlette) -> AsyncIterator[None]:
    """Load the lexicon and pipeline in the background while the app already serves pages."""
    rescorer: Rescorer = app.state.rescorer
    threading.Thread(target=rescorer.warm, name="resumefit-warm-up", daemon=True).start()
    yield


def create_app(
    outdir: Path,
    *,
    token: str | None = None,
    reviewer: str | None = None,
    allowed_hosts: Collection[str] | None = None,
    fit: FitFunction | None = None,
    skills: Mapping[str, SkillEntry] | None = None,
) -> Starlette:
    """Return the review app over the batch store in ``outdir``.

    ``token``: require it on every request. ``reviewer``: the name used until a reviewer sets
    one. ``allowed_hosts``: refuse other Host headers. ``fit`` and ``skills`` replace the
    pipeline's scorer and the lexicon (defaults: ``resumefit.pipeline.fit_profile`` and
    ``resumefit.lexicon.load_lexicon()``).
    """
    store = ReviewStore(outdir)
    routes = [
        Route("/", queue_page),
        Route("/cohort", cohort_page),
        Route("/export.csv", export_page),
        Route("/static/{name}", static_file),
        Route("/skills.json", skill_search),
        Route("/reviewer", set_reviewer, methods=["POST"]),
        Route("/resume/{sha256}", resume_page),
        Route("/resume/{sha256}/status", post_status, methods=["POST"]),
        Route("/resume/{sha256}/corrections", post_correction, methods=["POST"]),
        Route(
            "/resume/{sha256}/corrections/{correction_id:int}/withdraw",
            withdraw_correction,
            methods=["POST"],
        ),
        Route("/resume/{sha256}/comments", post_comment, methods=["POST"]),
    ]
    middleware = [Middleware(AccessGuard, token=token, allowed_hosts=allowed_hosts)]
    handlers = {ReviewConflict: on_conflict, HTTPException: on_http_error}
    app = Starlette(
        routes=routes, middleware=middleware, exception_handlers=handlers, lifespan=_warm_up
    )
    app.state.rescorer = Rescorer(store, fit=fit, skills=skills)
    app.state.templates = _templates()
    app.state.default_reviewer = reviewer
    return app
