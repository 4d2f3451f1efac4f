"""Imported once by the batch fork server: load the pipeline and build the extractor.

Every worker is forked from the fork server, so it starts with spaCy imported, the lexicon
loaded and the extractor's matchers built (shared copy-on-write, not rebuilt per worker or
per replacement after a timeout). Loading here is a side effect of the import on purpose:
``multiprocessing`` preloads modules by importing them.
"""

from __future__ import annotations

import gc

#: True once this module has warmed the pipeline up in this process (the fork server), so
#: the workers forked from it need not warm up again.
WARMED = False


def _prepare() -> None:
    """Import the worker module and warm the extractor; failures are left to the workers.

    Then freeze what is loaded: the lexicon, spaCy and the matchers live as long as the
    process, so the garbage collector need not walk them again. Each full collection
    walked some 240,000 objects (~100 ms) and, in a forked worker, copied every page it
    touched; frozen objects are skipped, and the workers inherit the freeze.
    """
    global WARMED
    try:
        from resumefit.batch.worker import warm_up

        warm_up()
    except Exception:  # each worker repeats this and reports the error properly
        return
    gc.freeze()
    WARMED = True


_prepare()
