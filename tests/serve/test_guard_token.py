"""With --token, every request needs the token (header, or the cookie a ?token= visit sets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_batch import SKILLS, share_scorer
from starlette.testclient import TestClient

from resumefit.serve.app import create_app
from resumefit.serve.guard import TOKEN_COOKIE

TOKEN = "s3cret-token"


@pytest.fixture
def guarded(batch_dir: Path) -> TestClient:
    app = create_app(batch_dir, token=TOKEN, fit=share_scorer, skills=SKILLS)
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.mark.parametrize("path", ["/", "/cohort", "/export.csv", "/static/review.css"])
def test_request_without_token_is_refused(guarded: TestClient, path: str) -> None:
    response = guarded.get(path)
    assert response.status_code == 401
    assert "access token" in response.text


def test_wrong_token_is_refused(guarded: TestClient) -> None:
    assert guarded.get("/", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert guarded.get("/?token=nope").status_code == 401


def test_bearer_header_is_accepted(guarded: TestClient) -> None:
    response = guarded.get("/cohort", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200


def test_token_in_url_sets_cookie_and_leaves_the_url(guarded: TestClient) -> None:
    first = guarded.get(f"/?token={TOKEN}&folder=cs", follow_redirects=False)
    assert first.status_code == 303
    assert first.headers["location"] == "/?folder=cs"
    assert guarded.cookies.get(TOKEN_COOKIE) == TOKEN
    assert guarded.get("/cohort").status_code == 200


def test_post_without_token_is_refused_before_csrf(guarded: TestClient) -> None:
    response = guarded.post("/reviewer", data={"name": "Mallory"})
    assert response.status_code == 401


def test_unknown_host_is_refused_when_hosts_are_pinned(batch_dir: Path) -> None:
    app = create_app(batch_dir, allowed_hosts={"127.0.0.1"}, fit=share_scorer, skills=SKILLS)
    assert TestClient(app, base_url="http://127.0.0.1").get("/").status_code == 200
    assert TestClient(app, base_url="http://evil.example").get("/").status_code == 400
