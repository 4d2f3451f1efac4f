"""Time `resumefit check`: one whole process (cold start), and the warmed in-process pipeline.

    python benchmarks/check_speed.py [--runs 7] [--limit N]

Prints the median wall time of one `resumefit check FILE --format json -o /dev/null` process
(run ``--runs`` times on one livecareer PDF), and the median in-process time of
``resumefit.pipeline.check`` per resume over the livecareer sample after one warm-up call,
next to the targets (cold start < 1.5 s, in-process < 60 ms per resume). The processes use a
fresh, empty user cache: the first one (as after installing resumefit, or after a lexicon
change) reads the shipped JSON and leaves the fast copies later ones load; it is timed and
printed on its own, the median is over the runs after it. Before timing, the package's
modules are byte-compiled, as ``pip install`` does: with PYTHONDONTWRITEBYTECODE set (as on
the development machines) an editable checkout would otherwise compile every one of them again
in every process (~0.1 s). Exits 0 with a "skipped" line when the shared data is absent.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Targets from the project brief, in seconds.
COLD_START_TARGET_S = 1.5
IN_PROCESS_TARGET_S = 0.060


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA, else ../shared/data)."""
    configured = os.environ.get("RESUMEFIT_SHARED_DATA")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def resumefit_command() -> list[str]:
    """Return the command that starts the CLI: this interpreter's console script, else PATH's.

    The script pip installed beside ``sys.executable`` comes first: a version manager's
    wrapper found on PATH first (a pyenv shim is a shell script that runs ``pyenv exec``,
    ~0.1 s here) is not part of resumefit's start-up. When PATH finds another one, it is
    timed as well and printed on its own line.
    """
    beside = Path(sys.executable).with_name("resumefit")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    script = shutil.which("resumefit")
    if script:
        return [script]
    entry = "import sys; from resumefit.cli import console_main; sys.exit(console_main())"
    return [sys.executable, "-c", entry]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_cold_start(
    start: list[str], pdf: Path, runs: int, cache: Path
) -> tuple[list[float], list[float]]:
    """Return the wall and CPU times of ``runs`` separate `resumefit check` processes.

    They use ``cache`` as the user cache directory.
    """
    command = [*start, "check", str(pdf), "--format", "json", "-o", os.devnull]
    env = {**os.environ, "RESUMEFIT_CACHE_DIR": str(cache)}
    walls, cpus = [], []
    for _ in range(runs):
        cpu_before = _children_cpu()
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu_before)
    return walls, cpus


def time_in_process(pdfs: list[Path]) -> tuple[list[float], list[float]]:
    """Return the wall and CPU time of ``pipeline.check`` per PDF, after one warm-up call."""
    from resumefit.pipeline import check

    check(pdfs[0])  # loads spaCy, the lexicon and the roles once, as a long-lived process would
    walls, cpus = [], []
    for pdf in pdfs:
        cpu_before = time.process_time()
        started = time.perf_counter()
        check(pdf)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_before)
    return walls, cpus


def main() -> None:
    """Print the cold-start and in-process medians, or a skipped line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs (default 7)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many PDFs in-process")
    args = parser.parse_args()

    sample = shared_data() / "resume-pdfs" / "livecareer"
    pdfs = sorted(sample.rglob("*.pdf"))
    if not pdfs:
        print(f"skipped: no livecareer PDFs found under {sample}")
        return
    if args.limit:
        pdfs = pdfs[: args.limit]

    import resumefit

    compileall.compile_dir(Path(resumefit.__file__).parent, quiet=1)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    starts = {"": resumefit_command()}
    on_path = shutil.which("resumefit")
    if on_path and [on_path] != starts[""]:
        starts[f" via PATH ({on_path})"] = [on_path]
    for label, start in starts.items():
        with tempfile.TemporaryDirectory(prefix="resumefit-cache-") as cache:
            first, _ = time_cold_start(start, pdfs[0], 1, Path(cache))
            cold, cold_cpu = time_cold_start(start, pdfs[0], args.runs, Path(cache))
        print(f"first run{label} (empty user cache, writes its fast copies): {first[0]:.3f} s wall")
        print(
            f"cold start{label}: median {statistics.median(cold):.3f} s wall, "
            f"{statistics.median(cold_cpu):.3f} s CPU over {len(cold)} runs of "
            f"`{Path(start[0]).name} check {pdfs[0].name} --format json` "
            f"(wall min {min(cold):.3f}, max {max(cold):.3f}; target < {COLD_START_TARGET_S} s)"
        )
    warm, warm_cpu = time_in_process(pdfs)
    print(
        f"in-process: median {statistics.median(warm) * 1000:.1f} ms wall, "
        f"{statistics.median(warm_cpu) * 1000:.1f} ms CPU per resume over {len(warm)} PDFs "
        f"(target < {IN_PROCESS_TARGET_S * 1000:.0f} ms)"
    )
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
