"""Resume text, file names and comments are escaped on every page."""

from __future__ import annotations

from review_batch import csrf
from starlette.testclient import TestClient

BEN = "b" * 64


def test_resume_text_is_escaped_in_the_parser_view(client: TestClient) -> None:
    page = client.get(f"/resume/{BEN}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_comment_body_is_escaped(client: TestClient) -> None:
    body = '<img src=x onerror="alert(2)">'
    page = client.post(f"/resume/{BEN}/comments", data={"csrf": csrf(client), "body": body}).text
    assert body not in page
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in page


def test_reviewer_name_is_escaped(client: TestClient) -> None:
    client.cookies.set("resumefit_reviewer", '"><b>x</b>')
    page = client.get("/").text
    assert "<b>x</b>" not in page
