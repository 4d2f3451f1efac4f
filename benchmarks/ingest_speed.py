"""Median time to read one resume PDF with read_document (in process, warm).

    python3 benchmarks/ingest_speed.py [--repeat N] [--family livecareer]

Prints the median milliseconds per file per family over the shared resume PDFs, and the
same for pdfplumber's extract_text on a few files for comparison. Target: about 15 ms for a
two-page livecareer resume on one core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PLUMBER_SAMPLE = 3  # pdfplumber is slow; time only a few files for the comparison


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA, else ../shared/data)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def time_call(call: object, repeat: int, clock: str = "wall") -> float:
    """Return the best-of-``repeat`` time of ``call()`` in milliseconds.

    ``clock="cpu"`` measures this process's CPU time, which a busy shared machine inflates
    far less than wall time.
    """
    assert callable(call)
    timer = time.process_time if clock == "cpu" else time.perf_counter
    best = float("inf")
    for _ in range(repeat):
        start = timer()
        call()
        best = min(best, timer() - start)
    return best * 1000


def pdfium_floor(path: Path) -> None:
    """Load every page and its text page with pypdfium2: the cost no reader on it avoids."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            page.get_textpage().close()
            page.close()
    finally:
        pdf.close()


def main(argv: list[str] | None = None) -> int:
    """Print median ms per file per family; exit 0 (skips if the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per file (best is kept)")
    parser.add_argument("--family", default=None, help="only this family folder")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    args = parser.parse_args(argv)
    root = shared_data() / "resume-pdfs"
    pdfs = sorted(root.rglob("*.pdf")) if root.is_dir() else []
    if args.family:
        pdfs = [p for p in pdfs if p.relative_to(root).parts[0] == args.family]
    if not pdfs:
        print(f"skipped: {root} not found")
        return 0
    from resumefit.ingest import read_document

    read_document(pdfs[0])  # import and first-call costs are not what we measure
    families: dict[str, list[float]] = {}
    pages: dict[str, list[int]] = {}
    for path in pdfs:
        family = path.relative_to(root).parts[0]
        ms = time_call(lambda path=path: read_document(path), args.repeat, args.clock)
        families.setdefault(family, []).append(ms)
        pages.setdefault(family, []).append(len(read_document(path).pages))
    floor: dict[str, list[float]] = {}
    for path in pdfs:
        family = path.relative_to(root).parts[0]
        floor.setdefault(family, []).append(
            time_call(lambda p=path: pdfium_floor(p), args.repeat, args.clock)
        )
    print(f"read_document ({args.clock} time), best of {args.repeat} per file, median over files:")
    for family, times in sorted(families.items()):
        print(
            f"  {family:16s} files={len(times):3d} median={statistics.median(times):6.1f} ms "
            f"max={max(times):6.1f} ms median pages={statistics.median(pages[family]):.0f} "
            f"(pdfium page+text load alone: {statistics.median(floor[family]):.1f} ms)"
        )
    import pdfplumber

    def plumber(path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text(x_tolerance=1)

    sample = pdfs[:PLUMBER_SAMPLE]
    plumber_ms = [time_call(lambda p=p: plumber(p), 1) for p in sample]
    print(
        f"  pdfplumber extract_text on {len(sample)} files: median "
        f"{statistics.median(plumber_ms):.0f} ms (reference)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
