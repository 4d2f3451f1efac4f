"""Word fidelity of resumefit's PDF text against pdfplumber's words (x_tolerance=1).

For each PDF under the shared resume-pdfs folder: the share of pdfplumber's words that also
appear as words in ``read_document(...).text`` (counted as a multiset, after the same
ligature/bullet normalisation). Prints the figure per family and the worst files.

    python3 benchmarks/word_fidelity.py [--worst N] [--show-missing]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

PLUMBER_X_TOLERANCE = 1
TARGET = 0.98


def shared_data() -> Path:
    """Return the shared data folder (env RESUMEFIT_SHARED_DATA, else ../shared/data)."""
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def reference_words(path: Path) -> list[str]:
    """Return pdfplumber's words for the PDF, normalised like resumefit's text."""
    import pdfplumber

    from resumefit.ingest.normalise import normalise_glyph_text

    words: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for word in page.extract_words(x_tolerance=PLUMBER_X_TOLERANCE):
                words.extend(normalise_glyph_text(word["text"]).replace("•", " • ").split())
    return words


def fidelity(reference: list[str], text: str) -> tuple[float, list[str]]:
    """Return the share of ``reference`` words found among ``text``'s words, and the misses.

    A reference pair split by a line-end hyphen ("devel-", "opment") counts as found when
    the text has the rejoined word ("development" or "self-motivated").
    """
    if not reference:
        return 1.0, []
    available = Counter(text.split())
    missing = []
    found = 0
    i = 0
    while i < len(reference):
        word = reference[i]
        if available[word] > 0:
            available[word] -= 1
            found += 1
        elif word.endswith("-") and i + 1 < len(reference):
            joined = [
                j
                for j in (word[:-1] + reference[i + 1], word + reference[i + 1])
                if available[j] > 0
            ]
            if joined:
                available[joined[0]] -= 1
                found += 2
                i += 2
                continue
            missing.append(word)
        else:
            missing.append(word)
        i += 1
    return found / len(reference), missing


def main(argv: list[str] | None = None) -> int:
    """Print word fidelity per family and the worst files; exit 0 (skips if data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--show-missing", action="store_true")
    args = parser.parse_args(argv)
    root = shared_data() / "resume-pdfs"
    pdfs = sorted(root.rglob("*.pdf")) if root.is_dir() else []
    if not pdfs:
        print(f"skipped: {root} not found")
        return 0
    from resumefit.ingest import read_document

    families: dict[str, list[tuple[int, int]]] = {}
    results = []
    for path in pdfs:
        family = path.relative_to(root).parts[0]
        reference = reference_words(path)
        share, missing = fidelity(reference, read_document(path).text)
        families.setdefault(family, []).append((len(reference) - len(missing), len(reference)))
        results.append((share, path.relative_to(root), missing))
    print(f"word fidelity vs pdfplumber extract_words(x_tolerance={PLUMBER_X_TOLERANCE})")
    for family, counts in sorted(families.items()):
        found = sum(f for f, _ in counts)
        total = sum(t for _, t in counts)
        shares = sorted(f / t if t else 1.0 for f, t in counts)
        status = "ok" if found / total >= TARGET else "BELOW TARGET"
        print(
            f"  {family:16s} files={len(counts):3d} words={total:6d} "
            f"pooled={found / total:.2%} worst-file={shares[0]:.2%} [{status}]"
        )
    print(f"worst {args.worst} files:")
    for share, rel, missing in sorted(results, key=lambda r: r[0])[: args.worst]:
        print(f"  {share:.2%}  {rel}  missing e.g. {missing[:8]}")
        if args.show_missing:
            print("     ", missing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
