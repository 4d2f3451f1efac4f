"""Skill recall of the extractor on job postings (SkillSpan dev), as used by role import.

    python benchmarks/posting_import.py [--limit N]

SkillSpan tags job-posting sentences with BIO spans of two kinds, ``skill`` (mostly abilities
and soft skills) and ``knowledge`` (mostly tools, languages, fields). The sentences are joined
into one text (one sentence per line, tokens separated by spaces) and run through
``resumefit.extract.extract_mentions``. A gold span counts as recalled when an extracted
mention overlaps it. Prints the recall per tag kind and overall, and the share of mentions that
overlap some gold span (a rough precision: SkillSpan does not tag every skill). Exits 0 with a
"skipped" line when the shared data is absent.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

DEV_FILE = Path("job-postings") / "dev.json"
TAG_KINDS = ("skill", "knowledge")


def data_root() -> Path:
    """Return the shared data folder: env RESUMEFIT_SHARED_DATA, else ../shared/data."""
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    return Path(os.environ.get("RESUMEFIT_SHARED_DATA", default))


def bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Return (first token, end token) of each B/I run in a BIO tag list."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O":
            if start is not None:
                spans.append((start, index))
                start = None
            if tag.startswith("B"):
                start = index
        elif start is None:  # an I without a B still opens a span
            start = index
    return spans


def build_corpus(rows: list[dict[str, Any]]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Return the joined text and, per tag kind, the character spans of the gold tags."""
    lines: list[str] = []
    gold: dict[str, list[tuple[int, int]]] = {kind: [] for kind in TAG_KINDS}
    offset = 0
    for row in rows:
        tokens = [str(token) for token in row["tokens"]]
        starts = []
        position = offset
        for token in tokens:
            starts.append(position)
            position += len(token) + 1
        for kind in TAG_KINDS:
            for first, end in bio_spans(list(row[f"tags_{kind}"])):
                last = end - 1
                gold[kind].append((starts[first], starts[last] + len(tokens[last])))
        line = " ".join(tokens)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines) + "\n", gold


def overlapped(span: tuple[int, int], starts: list[int], ends: list[int]) -> bool:
    """Return whether any mention (sorted by start) overlaps ``span``."""
    index = bisect.bisect_left(starts, span[1])  # mentions starting before the span ends
    return any(ends[i] > span[0] for i in range(max(0, index - 8), index))


def main(argv: list[str] | None = None) -> int:
    """Run the extractor on SkillSpan dev and print recall; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    args = parser.parse_args(argv)
    path = data_root() / DEV_FILE
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    from resumefit.extract import extract_mentions
    from resumefit.types import Document

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        rows = rows[: args.limit]
    text, gold = build_corpus(rows)
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = Document(source=DEV_FILE.name, format="txt", sha256=digest, text=text)
    mentions = sorted(extract_mentions(document), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    print(f"SkillSpan dev: {len(rows)} sentences, {len(mentions)} mentions extracted")
    total_hit = total = 0
    for kind in TAG_KINDS:
        hits = sum(overlapped(span, starts, ends) for span in gold[kind])
        total_hit += hits
        total += len(gold[kind])
        print(f"  {kind:<9} recall {hits / max(len(gold[kind]), 1):.3f} ({hits}/{len(gold[kind])})")
    print(f"  overall   recall {total_hit / max(total, 1):.3f} ({total_hit}/{total})")
    all_gold = sorted(span for kind in TAG_KINDS for span in gold[kind])
    gold_starts = [span[0] for span in all_gold]
    gold_ends = [span[1] for span in all_gold]
    inside = sum(overlapped((m.start, m.end), gold_starts, gold_ends) for m in mentions)
    share = inside / max(len(mentions), 1)
    print(f"  mentions inside a gold span: {share:.3f} ({inside}/{len(mentions)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
