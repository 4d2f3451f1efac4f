"""Two reviewers saving the same resume: the second, stale save is refused with 409."""

from __future__ import annotations

from pathlib import Path

from review_batch import GO_SHA, SKILLS, csrf, form_client, share_scorer

from resumefit.serve.app import create_app
from resumefit.serve.store import ReviewStore


def test_stale_status_save_is_refused_and_names_who_saved(batch_dir: Path) -> None:
    app = create_app(batch_dir, fit=share_scorer, skills=SKILLS)
    dana, eli = form_client(app, "Dana"), form_client(app, "Eli")
    url = f"/resume/{GO_SHA}/status"
    # Both opened the page at version 0; Dana saves first.
    first = dana.post(url, data={"csrf": csrf(dana), "version": "0", "status": "approved"})
    assert first.status_code == 200  # followed the redirect back to the resume
    second = eli.post(url, data={"csrf": csrf(eli), "version": "0", "status": "changes_required"})
    assert second.status_code == 409
    assert "Dana saved this resume at" in second.text
    assert "reload to see their changes" in second.text
    review = ReviewStore(batch_dir).review(GO_SHA)
    assert (review.status, review.version, review.updated_by) == ("approved", 1, "Dana")


def test_stale_correction_is_refused_without_recording_it(batch_dir: Path) -> None:
    app = create_app(batch_dir, fit=share_scorer, skills=SKILLS)
    dana, eli = form_client(app, "Dana"), form_client(app, "Eli")
    approve = {"csrf": csrf(dana), "version": "0", "status": "approved"}
    dana.post(f"/resume/{GO_SHA}/status", data=approve)
    stale = eli.post(
        f"/resume/{GO_SHA}/corrections",
        data={"csrf": csrf(eli), "version": "0", "kind": "remove", "skill": "go", "start": "0"},
    )
    assert stale.status_code == 409
    assert ReviewStore(batch_dir).corrections(GO_SHA) == []


def test_save_based_on_current_version_succeeds(client) -> None:  # type: ignore[no-untyped-def]
    url = f"/resume/{GO_SHA}/status"
    client.post(url, data={"csrf": csrf(client), "version": "0", "status": "changes_suggested"})
    again = client.post(url, data={"csrf": csrf(client), "version": "1", "status": "approved"})
    assert again.status_code == 200
    assert 'id="review-status">Approved<' in again.text
