"""Benchmark: skills extracted from real GitHub READMEs through the portfolio parser.

Reads every README under ``<shared data>/readmes/profiles/`` (profile READMEs, parsed as
claims) and ``<shared data>/readmes/repos/`` (repository READMEs), renders each with
``resumefit.portfolio.readme_document`` and extracts with ``resumefit.extract.extract_mentions``.
Prints, per folder: how many READMEs yielded at least one skill, the share of use vs claim
mentions, READMEs per second (parse + extract, after a warm-up) and the median per README;
then the 20 skills found in the most READMEs.

Usage: python benchmarks/readme_skills.py [--repeat N]
Data: $RESUMEFIT_SHARED_DATA or ../shared/data next to the repository; skipped when absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from resumefit.extract import extract_mentions
from resumefit.portfolio import readme_document
from resumefit.types import EvidenceStrength

FOLDERS: dict[str, bool] = {"profiles": True, "repos": False}  # folder -> parse as profile
README_SUFFIXES = (".md", ".markdown", ".rst", ".txt")
TOP_SKILLS = 20


def shared_data() -> Path:
    """Return the shared data folder ($RESUMEFIT_SHARED_DATA or ../shared/data)."""
    configured = os.environ.get("RESUMEFIT_SHARED_DATA")
    return (
        Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "data"
    )


def run_folder(
    folder: Path, *, profile: bool, repeat: int, skills: Counter[str]
) -> tuple[int, int, Counter[str], list[float], float]:
    """Return (READMEs, with a skill, mentions by strength, wall seconds each, CPU seconds)."""
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in README_SUFFIXES)
    with_skill = 0
    strengths: Counter[str] = Counter()
    seconds: list[float] = []
    cpu_started = time.process_time()
    for path in files:
        raw = path.read_bytes()
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            doc = readme_document(raw, source=f"readme:{path.name}", profile=profile)
            mentions = extract_mentions(doc)
            timings.append(time.perf_counter() - started)
        seconds.append(statistics.median(timings))
        found = {mention.skill for mention in mentions}
        if found:
            with_skill += 1
        skills.update(found)
        strengths.update(str(mention.strength) for mention in mentions)
    cpu = (time.process_time() - cpu_started) / repeat
    return len(files), with_skill, strengths, seconds, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per README (median)")
    options = parser.parse_args(argv)
    root = shared_data() / "readmes"
    folders = {name: profile for name, profile in FOLDERS.items() if (root / name).is_dir()}
    if not folders:
        print(f"skipped: {root} (profiles/ or repos/) not found")
        return 0
    started = time.perf_counter()
    extract_mentions(readme_document(b"# Warm-up\n\nUses Python.\n", source="readme:warm-up"))
    print(f"warm-up (lexicon + matcher load): {time.perf_counter() - started:.2f} s")
    skills: Counter[str] = Counter()
    total_files = total_seconds = 0.0
    for name, profile in folders.items():
        count, with_skill, strengths, seconds, cpu = run_folder(
            root / name, profile=profile, repeat=options.repeat, skills=skills
        )
        elapsed = sum(seconds)
        total_files += count
        total_seconds += elapsed
        share = 100 * with_skill / count if count else 0.0
        use = strengths[str(EvidenceStrength.USE)]
        claim = strengths[str(EvidenceStrength.CLAIM)]
        print(
            f"{name}: {with_skill}/{count} READMEs yielded >=1 skill ({share:.1f}%); "
            f"mentions use={use} claim={claim}; "
            f"{count / elapsed if elapsed else 0:.1f} READMEs/s wall "
            f"({count / cpu if cpu else 0:.1f}/s of CPU time), "
            f"median {1000 * statistics.median(seconds) if seconds else 0:.1f} ms/README"
        )
    if total_seconds:
        print(f"all: {total_files / total_seconds:.1f} READMEs/s over {int(total_files)} READMEs")
    print(f"top {TOP_SKILLS} skills (READMEs mentioning them):")
    for skill, count in skills.most_common(TOP_SKILLS):
        print(f"  {skill:32s} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
