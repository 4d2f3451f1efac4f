"""Corrections re-score at once, are shown, and are re-applied on every view."""

from __future__ import annotations

import re

from review_batch import GO_SHA, GO_START, RESUMES, SKILLS, csrf
from starlette.testclient import TestClient

from resumefit.serve.corrections import REVIEWER_SOURCE, apply_corrections
from resumefit.serve.store import Correction


def _score(page: str, role_id: str) -> float:
    match = re.search(rf'data-role="{role_id}">.*?</meter> ([\d.]+)', page, re.S)
    assert match, f"no score for {role_id}"
    return float(match.group(1))


def _correct(client: TestClient, version: int, **fields: str) -> str:
    data = {"csrf": csrf(client), "version": str(version), **fields}
    response = client.post(f"/resume/{GO_SHA}/corrections", data=data)
    assert response.status_code == 200, response.text
    return response.text


def test_marking_a_match_wrong_lowers_the_score(client: TestClient) -> None:
    before = client.get(f"/resume/{GO_SHA}").text
    assert _score(before, "backend") == 100.0
    after = _correct(client, 0, kind="remove", skill="go", start=str(GO_START), note="go-to-market")
    assert _score(after, "backend") == 50.0
    assert "recomputed with 1 correction" in after
    assert "marked wrong by Dana" in after


def test_adding_a_missed_skill_raises_the_score(client: TestClient) -> None:
    after = _correct(client, 0, kind="add", skill="python", quote="SQL reports", note="scripts")
    assert _score(after, "analyst") == round(100 * 2 / 3, 1)
    assert "added by Dana" in after


def test_withdrawn_correction_restores_the_score(client: TestClient) -> None:
    lowered = _correct(client, 0, kind="remove", skill="go", start=str(GO_START))
    assert _score(lowered, "backend") == 50.0
    page = client.post(
        f"/resume/{GO_SHA}/corrections/1/withdraw", data={"csrf": csrf(client), "version": "1"}
    ).text
    assert _score(page, "backend") == 100.0
    assert "recomputed with" not in page


def test_corrected_score_shows_in_the_queue(client: TestClient) -> None:
    _correct(client, 0, kind="remove", skill="go", start=str(GO_START))
    queue = client.get("/?folder=marketing").text
    row = queue[queue.index("marketing/ana.txt") :]
    assert re.search(r"</meter> 50<", row)


def test_unknown_skill_cannot_be_added(client: TestClient) -> None:
    data = {"csrf": csrf(client), "version": "0", "kind": "add", "skill": "no-such-skill"}
    response = client.post(f"/resume/{GO_SHA}/corrections", data=data)
    assert response.status_code == 400


def test_added_mention_is_anchored_at_the_quote_and_marked_as_reviewer() -> None:
    profile = RESUMES[GO_SHA][1]
    assert profile is not None
    added = Correction(1, GO_SHA, "add", "python", None, "sql reports", "", "Dana", "")
    corrected = apply_corrections(profile, [added], SKILLS)  # type: ignore[arg-type]
    mention = corrected.mentions[-1]
    assert mention.source == REVIEWER_SOURCE
    assert mention.text == "SQL reports"
    assert profile.document.text[mention.start : mention.end] == "SQL reports"


def test_removal_without_position_drops_every_mention_of_the_skill() -> None:
    profile = RESUMES[GO_SHA][1]
    assert profile is not None
    removal = Correction(1, GO_SHA, "remove", "go", None, "", "", "Dana", "")
    corrected = apply_corrections(profile, [removal], SKILLS)  # type: ignore[arg-type]
    assert [m.skill for m in corrected.mentions] == ["sql"]


def test_removed_match_stays_listed_for_undo(client: TestClient) -> None:
    _correct(client, 0, kind="remove", skill="go", start=str(GO_START))
    page = client.get(f"/resume/{GO_SHA}").text
    # The mention still lists (struck through) so it can be undone.
    assert 'class="mention removed" data-skill="go"' in page


def test_skill_search_suggests_lexicon_skills_best_first(client: TestClient) -> None:
    assert client.get("/skills.json?q=stat").json() == [["statistics", "Statistics"]]
    assert client.get("/skills.json?q=").json() == []


def test_added_skill_may_be_named_instead_of_id(client: TestClient) -> None:
    page = _correct(client, 0, kind="add", skill="python")
    assert "recomputed with 1 correction" in page
    by_name = {"csrf": csrf(client), "version": "1", "kind": "add", "skill": "STATISTICS"}
    response = client.post(f"/resume/{GO_SHA}/corrections", data=by_name)
    assert response.status_code == 200
    assert _score(response.text, "analyst") == 100.0
