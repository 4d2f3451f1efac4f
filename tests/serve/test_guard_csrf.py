"""Every POST needs the per-browser CSRF token in its form, and a same-origin request."""

from __future__ import annotations

import pytest
from review_batch import GO_SHA, csrf
from starlette.testclient import TestClient

from resumefit.serve.store import ReviewStore

POSTS = [
    ("/reviewer", {"name": "Mallory"}),
    (f"/resume/{GO_SHA}/status", {"version": "0", "status": "approved"}),
    (f"/resume/{GO_SHA}/corrections", {"version": "0", "kind": "remove", "skill": "go"}),
    (f"/resume/{GO_SHA}/corrections/1/withdraw", {"version": "0"}),
    (f"/resume/{GO_SHA}/comments", {"body": "hello"}),
]


@pytest.mark.parametrize(("path", "data"), POSTS)
def test_post_without_csrf_field_is_403(
    client: TestClient, path: str, data: dict[str, str]
) -> None:
    response = client.post(path, data=data)
    assert response.status_code == 403
    assert "reload the page" in response.text


@pytest.mark.parametrize(("path", "data"), POSTS)
def test_post_with_wrong_csrf_is_403(client: TestClient, path: str, data: dict[str, str]) -> None:
    assert client.post(path, data={**data, "csrf": "forged"}).status_code == 403


def test_post_without_csrf_cookie_is_403(client: TestClient) -> None:
    token = csrf(client)
    client.cookies.delete("resumefit_csrf")
    response = client.post(f"/resume/{GO_SHA}/comments", data={"csrf": token, "body": "x"})
    assert response.status_code == 403


def test_cross_origin_post_is_403_even_with_token(client: TestClient) -> None:
    response = client.post(
        f"/resume/{GO_SHA}/status",
        data={"csrf": csrf(client), "version": "0", "status": "approved"},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403


def test_refused_post_changes_nothing(client: TestClient, batch_dir) -> None:  # type: ignore[no-untyped-def]
    client.post(f"/resume/{GO_SHA}/status", data={"version": "0", "status": "approved"})
    assert ReviewStore(batch_dir).review(GO_SHA).version == 0


def test_pages_set_security_headers(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_every_post_route_checks_csrf(client: TestClient) -> None:
    from starlette.routing import Route

    app = client.app
    posts = [r for r in app.routes if isinstance(r, Route) and "POST" in (r.methods or ())]  # type: ignore[attr-defined]
    assert len(posts) == len(POSTS)
    for route in posts:
        path = route.path.replace("{sha256}", GO_SHA).replace("{correction_id:int}", "1")
        assert client.post(path, data={"version": "0"}).status_code == 403, path
