"""How fast the review app's pages answer over a real batch (median milliseconds per page).

Scores ``../shared/data/resume-pdfs/`` with ``run_batch`` (the store is the input the app
reads), then times the queue, a filtered queue, a resume view before and after a correction
(the first corrected view re-scores the resume; later views are served from the cache),
the cohort page and the CSV export, in process through Starlette's TestClient.

    python3 benchmarks/serve_pages.py [--repeat 7] [--copies 1] [--outdir OUT]

``--copies N`` repeats the folder N times (as subfolders) to make a larger queue;
``--outdir OUT`` times a copy of an existing batch output instead of scoring a new one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA overrides)."""
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    return Path(os.environ.get("RESUMEFIT_SHARED_DATA", default))


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per page; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--outdir", type=Path, default=None)
    args = parser.parse_args(argv)
    source = shared_data() / "resume-pdfs"
    if args.outdir is None and not source.is_dir():
        print(f"skipped: {source} not found")
        return 0
    warnings.simplefilter("ignore")  # starlette's TestClient deprecation notice
    from starlette.testclient import TestClient

    from resumefit.batch import run_batch
    from resumefit.roles import load_builtin_roles
    from resumefit.serve import create_app
    from resumefit.serve.guard import CSRF_COOKIE

    with tempfile.TemporaryDirectory() as tmp:
        cohort, outdir = Path(tmp) / "cohort", Path(tmp) / "out"
        if args.outdir is not None:
            shutil.copytree(args.outdir, outdir)
            with sqlite3.connect(outdir / "resumefit.sqlite") as conn:  # start without caches
                conn.execute("DROP TABLE IF EXISTS review_report_facts")
        else:
            for copy in range(args.copies):
                shutil.copytree(source, cohort / f"copy-{copy}")
            started = time.perf_counter()
            summary = run_batch(cohort, outdir, load_builtin_roles())
            print(f"batch: {summary.files} files scored in {time.perf_counter() - started:.1f} s")
        app = create_app(outdir, reviewer="bench")
        client = TestClient(app, base_url="http://127.0.0.1")
        started = time.perf_counter()
        queue = client.get("/").text
        first = (time.perf_counter() - started) * 1000
        print(f"{'first queue (reads reports)':28s} {first:8.1f} ms")
        sha = queue.split('href="/resume/', 1)[1][:64]
        pages = {
            "queue": "/",
            "queue, text search": "/?q=python&sort=score&dir=desc",
            "resume view": f"/resume/{sha}",
            "cohort": "/cohort",
            "CSV export": "/export.csv",
        }
        for name, url in pages.items():
            print(f"{name:28s} {median_ms(lambda url=url: client.get(url), args.repeat):8.1f} ms")
        app.state.rescorer.warm()  # what `resumefit serve` does at start-up
        for version, (attempt, skill) in enumerate((("first", "python"), ("second", "sql"))):
            form = {"csrf": client.cookies.get(CSRF_COOKIE), "version": str(version),
                    "kind": "add", "skill": skill, "note": "bench"}  # fmt: skip
            started = time.perf_counter()
            client.post(f"/resume/{sha}/corrections", data=form)  # redirects to the new view
            elapsed = (time.perf_counter() - started) * 1000
            print(f"{attempt + ' correction + re-score':28s} {elapsed:8.1f} ms")
        cached = median_ms(lambda: client.get(f"/resume/{sha}"), args.repeat)
        print(f"{'corrected view (cached)':28s} {cached:8.1f} ms")
        corrected_queue = median_ms(lambda: client.get("/"), args.repeat)
        print(f"{'queue with a correction':28s} {corrected_queue:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
