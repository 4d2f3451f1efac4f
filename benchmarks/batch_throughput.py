"""Batch throughput and memory: resumes per second and peak memory of `resumefit batch`.

Runs three batches through the library entry point ``run_batch`` (all built-in roles,
all cores, a fresh output folder each, so every file is really scored):
1. the PDFs under ``shared/data/resume-pdfs/`` (54 files);
2. 50 and 3. 500 files made from them: copies, each with one comment line appended after
   the PDF's end, so every copy has its own sha256 and is scored, not skipped.

Memory is sampled every ``SAMPLE_SECONDS`` (0.5 s) from /proc over the benchmark process and all
its descendants (fork server + workers): the figure is the peak of the SUM of their PSS
(proportional set size: a page shared by k processes counts 1/k to each, so memory
the workers share copy-on-write with the fork server is not counted several times).
The peak of the summed RSS is printed too (an upper bound that double-counts shared pages).

Throughput is files / wall time of the whole ``run_batch`` call, which includes starting the
workers, scoring, writing every per-resume HTML/JSON report and the cohort outputs.
CPU per file is the CPU time (user + system) of that call over the files: the thread that
runs it (not the memory sampler's), plus the benchmark's children (the fork server, started
by the first run, and the workers it forks and reaps), read from /proc. It moves much less
than the wall time when other programs share the cores.
Run: ``python benchmarks/batch_throughput.py`` (set RESUMEFIT_SHARED_DATA to relocate data).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: Memory sampling period. Reading /proc/PID/smaps_rollup walks the process's page tables
#: and holds its memory-map lock, so sampling it often slows the very workers being measured
#: (at 20 Hz it cost about a core here); twice a second is enough for a batch of minutes.
SAMPLE_SECONDS = 0.5
REPEATS = 3  # runs of the 54-PDF batch; the median is reported
SCALE_SIZES = (50, 500)
TARGET_RATE = 25.0
TARGET_PEAK_MB = 600.0


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA or ../shared/data)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid = int(_stat_fields(int(entry))[1])
        except OSError:
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _stat_fields(pid: int) -> list[str]:
    """Return the fields of /proc/PID/stat after the command name (field 3 onwards)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _children_cpu_seconds() -> float:
    """Return the CPU seconds of this process's children and of the children they reaped."""
    ticks = 0
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = _stat_fields(int(entry))
        except OSError:
            continue
        if int(fields[1]) == me:  # utime, stime, cutime, cstime are fields 14-17
            ticks += sum(int(value) for value in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def _memory_kb(pid: int) -> tuple[int, int]:
    """Return (PSS, RSS) of ``pid`` in kB, (0, 0) if it is gone."""
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
            elif line.startswith("Rss:"):
                rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


class MemorySampler:
    """Samples the summed PSS and RSS of this process tree in a background thread."""

    def __init__(self) -> None:
        self.peak_pss_kb = 0
        self.peak_rss_kb = 0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _descendants(os.getpid())
            totals = [_memory_kb(pid) for pid in pids]
            self.peak_pss_kb = max(self.peak_pss_kb, sum(t[0] for t in totals))
            self.peak_rss_kb = max(self.peak_rss_kb, sum(t[1] for t in totals))
            self.peak_processes = max(self.peak_processes, len(pids))
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def make_copies(sources: list[Path], count: int, target: Path) -> None:
    """Write ``count`` distinct PDFs under ``target`` by cycling through ``sources``."""
    for index in range(count):
        source = sources[index % len(sources)]
        copy = target / f"batch-{index // 100:02d}" / f"{index:04d}-{source.name}"
        copy.parent.mkdir(parents=True, exist_ok=True)
        # Bytes after %%EOF are ignored by PDF readers; the comment makes the hash unique.
        copy.write_bytes(source.read_bytes() + f"\n% copy {index}\n".encode())


@dataclass
class Run:
    """One fresh batch: wall seconds, CPU seconds, files, failures and its memory."""

    seconds: float
    cpu_seconds: float
    files: int
    failed: int
    sampler: MemorySampler

    @property
    def rate(self) -> float:
        """Return resumes per second of wall time."""
        return self.files / self.seconds

    @property
    def cpu_ms_per_file(self) -> float:
        """Return the CPU milliseconds spent per file (parent, fork server and workers)."""
        return 1000 * self.cpu_seconds / self.files


def run_once(input_dir: Path, work: Path) -> Run:
    """Return the figures of one fresh batch over ``input_dir``."""
    from resumefit.batch.run import run_batch
    from resumefit.roles import load_builtin_roles

    out = Path(tempfile.mkdtemp(dir=work))
    roles = load_builtin_roles()
    with MemorySampler() as sampler:
        cpu_before = time.thread_time() + _children_cpu_seconds()
        started = time.perf_counter()
        summary = run_batch(input_dir, out, roles)
        seconds = time.perf_counter() - started
        cpu_seconds = time.thread_time() + _children_cpu_seconds() - cpu_before
    shutil.rmtree(out)
    return Run(seconds, cpu_seconds, summary.files, len(summary.failures), sampler)


def main() -> int:
    """Print throughput and memory figures; exit 0 (also when the data is absent)."""
    pdf_dir = shared_data() / "resume-pdfs"
    if not pdf_dir.is_dir():
        print(f"skipped: {pdf_dir} not found")
        return 0
    pdfs = sorted(pdf_dir.rglob("*.pdf"))
    cores = os.cpu_count()
    print(f"batch throughput: {len(pdfs)} PDFs from {pdf_dir}, {cores} cores, all built-in roles")
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        runs = [run_once(pdf_dir, work) for _ in range(REPEATS)]
        rates = [run.rate for run in runs]
        cpu = [run.cpu_ms_per_file for run in runs]
        peak_pss = max(run.sampler.peak_pss_kb for run in runs) / 1024
        peak_rss = max(run.sampler.peak_rss_kb for run in runs) / 1024
        rate = statistics.median(rates)
        print(
            f"  {len(pdfs)} PDFs: median {rate:.1f} resumes/s over {REPEATS} runs "
            f"({', '.join(f'{r:.1f}' for r in rates)}); failed {runs[0].failed}"
        )
        print(
            f"  CPU per file (parent + fork server + workers): median {statistics.median(cpu):.1f}"
            f" ms ({', '.join(f'{c:.1f}' for c in cpu)}; the first run starts the fork server)"
        )
        print(
            f"  peak memory (sum over parent + fork server + workers): "
            f"PSS {peak_pss:.0f} MB, RSS {peak_rss:.0f} MB"
        )
        rate_ok = "met" if rate >= TARGET_RATE else "NOT met"
        memory_ok = "met" if peak_pss < TARGET_PEAK_MB else "NOT met"
        print(
            f"  target >= {TARGET_RATE:g} resumes/s: {rate_ok}; "
            f"peak PSS < {TARGET_PEAK_MB:g} MB: {memory_ok}"
        )
        scaled: dict[int, float] = {}
        for size in SCALE_SIZES:
            folder = work / f"in-{size}"
            make_copies(pdfs, size, folder)
            run = run_once(folder, work)
            sampler = run.sampler
            scaled[size] = sampler.peak_pss_kb / 1024
            print(
                f"  {run.files} files: {run.rate:.1f} resumes/s, "
                f"CPU {run.cpu_ms_per_file:.1f} ms per file, failed {run.failed}, "
                f"peak PSS {sampler.peak_pss_kb / 1024:.0f} MB, "
                f"peak RSS {sampler.peak_rss_kb / 1024:.0f} MB, "
                f"{sampler.peak_processes} processes"
            )
            shutil.rmtree(folder)
        small, large = (scaled[size] for size in SCALE_SIZES)
        print(f"  memory {SCALE_SIZES[1]} vs {SCALE_SIZES[0]} files: x{large / small:.2f} (PSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
