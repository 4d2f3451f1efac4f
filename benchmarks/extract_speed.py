"""Extraction speed on the dotin resume texts, and how long the lexicon takes to load.

Prints, as medians over a few runs:
- lexicon load: ``load_lexicon()`` in a fresh process with a warm user cache (target < 0.5 s);
- first extraction in a fresh process (imports, cached compiled lexicon, matcher build);
- extraction alone: resumes per second on one core over all texts (target >= 150/s),
  as wall time and as this process's CPU time (the machine may be shared);
- the part of that spent in spaCy's tokenizer.

    python3 benchmarks/extract_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

FRESH_LOAD = """
import time
started = time.perf_counter()
from resumefit.lexicon import load_lexicon
imported = time.perf_counter()
load_lexicon()
print(time.perf_counter() - imported, imported - started)
"""
FRESH_FIRST = """
import time
started = time.perf_counter()
from resumefit.extract import extract_mentions
from resumefit.types import Document
extract_mentions(Document(source="x", format="txt", sha256="0", text="Python and SQL"))
print(time.perf_counter() - started)
"""


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA overrides)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def fresh(code: str) -> list[float]:
    """Run ``code`` in a new interpreter and return the numbers it prints."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    ).stdout
    return [float(x) for x in out.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = shared_data() / "resumes-annotated" / "dotin-train.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0

    fresh(FRESH_FIRST)  # make sure the user cache is warm
    loads = [fresh(FRESH_LOAD) for _ in range(args.runs)]
    firsts = [fresh(FRESH_FIRST)[0] for _ in range(args.runs)]
    load = statistics.median(run[0] for run in loads)
    imports = statistics.median(run[1] for run in loads)
    print(
        f"lexicon load (fresh process, warm cache): median {load:.3f} s (+ import {imports:.3f} s)"
    )
    print(f"first extraction in a fresh process: median {statistics.median(firsts):.2f} s")

    from resumefit.extract import extract_mentions
    from resumefit.extract.nlp import blank_english
    from resumefit.types import Document

    texts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    docs = [Document(source="d", format="txt", sha256=str(i), text=t) for i, t in enumerate(texts)]
    extract_mentions(docs[0])
    walls, cpus, tokenizer = [], [], []
    for _ in range(args.runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            extract_mentions(doc)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        cpu = time.process_time()
        for text in texts:
            blank_english().make_doc(text)
        tokenizer.append(time.process_time() - cpu)
    n = len(docs)
    print(
        f"extraction alone ({n} resumes, {sum(map(len, texts)) / n:.0f} chars each): "
        f"median {n / statistics.median(walls):.0f} resumes/s wall, "
        f"{n / statistics.median(cpus):.0f} resumes/s CPU "
        f"({1000 * statistics.median(cpus) / n:.1f} ms CPU per resume, of which spaCy's "
        f"tokenizer {1000 * statistics.median(tokenizer) / n:.1f} ms)"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
