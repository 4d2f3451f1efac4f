"""The queue filters by folder, role, score band, status and text, and sorts server-side."""

from __future__ import annotations

import re

from review_batch import GO_SHA, csrf
from starlette.testclient import TestClient


def _files(page: str) -> list[str]:
    return re.findall(r'<a href="/resume/[0-9a-f]{64}">([^<]+)</a>', page)


def test_queue_lists_every_current_file_including_failures(client: TestClient) -> None:
    page = client.get("/").text
    assert _files(page) == ["cs/ben.txt", "cs/broken.pdf", "marketing/ana.txt"]
    assert "Failed to score" in page
    assert "the PDF is encrypted" in page


def test_filter_by_folder(client: TestClient) -> None:
    assert _files(client.get("/?folder=cs").text) == ["cs/ben.txt", "cs/broken.pdf"]


def test_filter_by_best_role(client: TestClient) -> None:
    assert _files(client.get("/?role=analyst").text) == ["cs/ben.txt"]


def test_filter_by_score_band(client: TestClient) -> None:
    assert _files(client.get("/?band=strong").text) == ["cs/ben.txt", "marketing/ana.txt"]
    assert _files(client.get("/?band=weak").text) == []


def test_filter_by_review_status(client: TestClient) -> None:
    data = {"csrf": csrf(client), "version": "0", "status": "approved"}
    client.post(f"/resume/{GO_SHA}/status", data=data)
    assert _files(client.get("/?status=approved").text) == ["marketing/ana.txt"]
    assert _files(client.get("/?status=to_review").text) == ["cs/ben.txt"]


def test_free_text_search_reads_the_resume_text(client: TestClient) -> None:
    assert _files(client.get("/?q=go-to-market").text) == ["marketing/ana.txt"]
    assert _files(client.get("/?q=100%25").text) == []  # % is literal, not a wildcard


def test_sort_by_role_score_descending(client: TestClient) -> None:
    page = client.get("/?sort=score:backend&dir=desc").text
    assert _files(page) == ["marketing/ana.txt", "cs/ben.txt", "cs/broken.pdf"]


def test_sort_header_link_flips_direction(client: TestClient) -> None:
    page = client.get("/?sort=score&dir=asc").text
    assert 'href="?sort=score&amp;dir=desc"' in page
