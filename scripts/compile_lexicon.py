"""Compile the shipped skill lexicon into ``skill_lexicon/compiled/`` (plain JSON).

    python scripts/compile_lexicon.py

Run it after changing anything under ``skill_lexicon/core`` or ``skill_lexicon/generated``
(and commit the result): the files ship in the wheel, so a user's first ``resumefit check``
loads the lexicon in a fraction of a second instead of compiling it for 10-20 s. Files
that do not match the current lexicon are ignored at run time (each name holds the
lexicon's content hash), so a stale folder only costs speed, never correctness.
"""

from __future__ import annotations

import sys
import time

from resumefit.extract.patterns import compile_lexicon, compiled_cache_name
from resumefit.lexicon import build_lexicon, cache_name, shipped_cache_dir, shipped_name, write_json
from resumefit.resources import data_path


def main() -> int:
    """Write the compiled lexicon files and remove stale ones; print what was written."""
    started = time.perf_counter()
    lexicon = build_lexicon(data_path("skill_lexicon"))
    compiled = compile_lexicon(lexicon)
    folder = shipped_cache_dir()
    folder.mkdir(exist_ok=True)
    wanted = {
        shipped_name(cache_name("lexicon", lexicon.version)): lexicon.to_json(),
        shipped_name(compiled_cache_name(lexicon.version)): compiled.to_json(),
    }
    # earlier builds shipped .json.gz files
    for stale in [*folder.glob("*.json"), *folder.glob("*.json.gz")]:
        if stale.name not in wanted:
            stale.unlink()
    for name, value in wanted.items():
        write_json(folder / name, value)  # plain JSON: see ``shipped_name``
        print(f"wrote {folder / name} ({(folder / name).stat().st_size / 1e6:.1f} MB)")
    print(
        f"lexicon {lexicon.version}: {len(lexicon)} skills in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
