"""Write responses.json: recorded GitHub REST API answers for the portfolio tests.

Run from anywhere: ``python tests/data/portfolio/github/make_github_fixtures.py``.
The answers follow the shapes GitHub documents for /users/{u}/repos, /repos/{o}/{r},
/repos/{o}/{r}/readme (base64 content) and /repos/{o}/{r}/languages, cut down to the
fields resumefit reads. Each entry maps a request path (query ignored) to the status,
headers and body the test server sends back.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
READMES = HERE.parent / "readmes"
USER = "octo-student"
RATE_LIMIT_RESET = 1_900_000_000  # 2030-03-17 17:46:40 UTC, so the message can be checked


def repo(name: str, pushed_at: str, **extra: object) -> dict[str, object]:
    full_name = f"{USER}/{name}"
    answer: dict[str, object] = {
        "name": name,
        "full_name": full_name,
        "owner": {"login": USER},
        "private": False,
        "fork": False,
        "html_url": f"https://github.com/{full_name}",
        "description": None,
        "pushed_at": pushed_at,
        "topics": [],
    }
    answer.update(extra)
    return answer


def readme_answer(name: str, text: str) -> dict[str, object]:
    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    lines = [encoded[i : i + 60] for i in range(0, len(encoded), 60)]  # GitHub wraps at 60
    return {"name": name, "encoding": "base64", "content": "\n".join(lines) + "\n"}


def ok(body: object) -> dict[str, object]:
    return {"status": 200, "body": json.dumps(body, indent=1)}


NOT_FOUND = {
    "status": 404,
    "body": json.dumps({"message": "Not Found", "documentation_url": "https://docs.github.com"}),
}


def main() -> None:
    classifier = repo(
        "digit-classifier",
        "2026-10-30T12:00:00Z",
        description="Handwritten digit recognition with a CNN",
        topics=["deep-learning", "computer-vision"],
    )
    dashboard = repo("sales-dashboard", "2026-09-01T08:00:00Z", description="Charts sales data")
    old_site = repo("old-site", "2021-01-01T00:00:00Z", description="My first web page")
    forked = repo("forked-lib", "2026-11-01T00:00:00Z", fork=True, description="A fork")
    profile = repo(USER, "2026-08-01T00:00:00Z")
    listing = [forked, classifier, profile, old_site, dashboard]  # not in pushed order on purpose
    responses: dict[str, dict[str, object]] = {
        f"/users/{USER}/repos": ok(listing),
        f"/repos/{USER}/digit-classifier": ok(classifier),
        f"/repos/{USER}/digit-classifier/readme": ok(
            readme_answer("README.md", (READMES / "digit-classifier.md").read_text())
        ),
        f"/repos/{USER}/digit-classifier/languages": ok({"Python": 9120, "Shell": 480}),
        f"/repos/{USER}/{USER}/readme": ok(
            readme_answer("README.md", (READMES / "profile.md").read_text())
        ),
        f"/repos/{USER}/sales-dashboard/readme": NOT_FOUND,
        f"/repos/{USER}/sales-dashboard/languages": ok({"TypeScript": 3000, "CSS": 100}),
        f"/repos/{USER}/old-site/readme": ok(readme_answer("README.rst", "Old site\n========\n")),
        f"/repos/{USER}/old-site/languages": ok({"HTML": 800}),
        "/users/ghost-user/repos": NOT_FOUND,
        "/repos/octo-student/no-such-repo": NOT_FOUND,
        "/users/limited-user/repos": {
            "status": 403,
            "headers": {
                "X-RateLimit-Limit": "60",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(RATE_LIMIT_RESET),
            },
            "body": json.dumps({"message": "API rate limit exceeded for 127.0.0.1."}),
        },
        "/users/busy-user/repos": {
            "status": 429,
            "headers": {"Retry-After": "30"},
            "body": json.dumps({"message": "You have exceeded a secondary rate limit."}),
        },
        "/users/forbidden-user/repos": {
            "status": 403,
            "headers": {"X-RateLimit-Remaining": "42"},
            "body": json.dumps({"message": "Resource not accessible"}),
        },
        "/users/broken-user/repos": {"status": 200, "body": '[{"name": "half-a-reply", '},
        "/users/token-user/repos": {
            "status": 401,
            "body": json.dumps({"message": "Bad credentials"}),
        },
    }
    target = HERE / "responses.json"
    target.write_text(json.dumps(responses, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target} ({len(responses)} answers)")


if __name__ == "__main__":
    main()
