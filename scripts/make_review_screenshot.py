"""Make docs/review.png: the review app's queue above one resume's view, from a real batch.

Builds a small cohort in a temporary folder (the example PDFs plus two short text resumes),
scores it with ``run_batch``, serves the review app on a free loopback port, makes a few
reviews through the browser (a status, a correction, a comment), and screenshots the queue
and a resume with headless Debian chromium. Run from the repository root:

    python3 scripts/make_review_screenshot.py [--out docs/review.png]
"""

from __future__ import annotations

import argparse
import base64
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "serve"))

from live_server import CHROMIUM, CHROMIUM_ARGS, served  # noqa: E402
from playwright.sync_api import Locator, Page, sync_playwright  # noqa: E402

WIDTH, HEIGHT = 1400, 1000
TEXT_RESUMES = {
    "class-2026/priya-shah.txt": """Priya Shah
priya.shah@example.edu

Education
B.S. Statistics, State University, expected 2026

Skills
Python, R, SQL, pandas, scikit-learn, Git

Experience
Marketing Analytics Intern, Brightline, Jun 2025 - Aug 2025
- Built the Go-to-market dashboard in SQL and Python for the spring launch
- Ran A/B tests on onboarding emails and presented results to the team

Projects
- Churn prediction with scikit-learn and XGBoost on 40k customer records
""",
    "class-2026/omar-haddad.txt": """Omar Haddad
omar.h@example.edu

Education
B.S. Computer Science, State University, expected 2026

Skills
Java, C++, Linux, Docker

Experience
Teaching Assistant, Data Structures, Sep 2024 - May 2025
- Led weekly labs on algorithms and data structures for 60 students
""",
}


def build_cohort(folder: Path) -> None:
    """Write the screenshot's cohort: example PDFs in two folders, plus the text resumes."""
    examples = sorted((REPO / "examples").glob("*.pdf"))
    for index, pdf in enumerate(examples):
        target = folder / ("class-2026" if index % 2 else "alumni") / pdf.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, target)
    for relpath, text in TEXT_RESUMES.items():
        (folder / relpath).parent.mkdir(parents=True, exist_ok=True)
        (folder / relpath).write_text(text, encoding="utf-8")


def submit(page: Page, button: Locator) -> None:
    """Click a form's button and wait for the page it redirects to."""
    with page.expect_navigation():
        button.click()


def review_some(page: Page, base_url: str) -> str:
    """Review a few resumes through the UI; return the URL of the one to show."""
    page.goto(base_url + "/?q=Priya")
    with page.expect_navigation():
        page.click("text=class-2026/priya-shah.txt")
    url = page.url
    # "onboarding emails" is not an onboarding skill: mark that match wrong, add a missed one.
    wrong = page.locator("tr.mention", has=page.locator("mark", has_text="onboarding"))
    if wrong.count():
        wrong.first.locator("input[name=note]").fill("onboarding emails, not the skill")
        submit(page, wrong.first.locator("button", has_text="Mark wrong"))
    page.fill(".add-skill input[name=skill]", "data-visualization")
    page.fill(".add-skill input[name=quote]", "dashboard")
    page.fill(".add-skill input[name=note]", "built the launch dashboard")
    submit(page, page.locator(".add-skill button"))
    page.fill("#comments textarea[name=body]", "Quantify the dashboard: who used it?")
    submit(page, page.locator("#comments button", has_text="Add comment"))
    submit(page, page.locator("button.status-button.changes_suggested"))
    page.goto(base_url + "/?sort=score&dir=desc")
    with page.expect_navigation():
        page.locator("table.queue tbody tr a").first.click()
    submit(page, page.locator("button.status-button.approved"))
    return url


def main(argv: list[str] | None = None) -> int:
    """Build the cohort, serve it, review a little, write the screenshot; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "review.png")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"skipped: {CHROMIUM} not found")
        return 0
    from resumefit.batch import run_batch
    from resumefit.roles import load_builtin_roles
    from resumefit.serve import create_app

    with tempfile.TemporaryDirectory() as tmp:
        cohort, outdir = Path(tmp) / "cohort", Path(tmp) / "out"
        build_cohort(cohort)
        run_batch(cohort, outdir, load_builtin_roles(), jobs=1)
        app = create_app(outdir, reviewer="Dana")
        with served(app) as base_url, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            resume_url = review_some(page, base_url)
            page.goto(base_url + "/?sort=score&dir=desc")
            table = page.locator("table.queue").bounding_box()
            height = int(table["y"] + table["height"] + 16) if table else HEIGHT
            queue_png = page.screenshot(clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
            page.goto(resume_url)
            resume_png = page.screenshot(clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
            # Stack the two shots on one page and screenshot that: no image library needed.
            images = "".join(
                f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}">'
                for png in (queue_png, resume_png)
            )
            page.set_content(
                "<style>body{margin:0;background:#1d2430;overflow:hidden}img{display:block;width:1400px;"
                f"margin-bottom:6px}}</style>{images}"
            )
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out), full_page=True)
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
