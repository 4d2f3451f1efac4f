"""Named settings of batch scoring: limits, file names and chart sizes."""

from __future__ import annotations

#: File types a batch picks up (compared lower-cased).
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")

#: Per-file time limit (seconds) when ``--timeout`` is not given. Enforced by the parent
#: process, which kills and replaces a worker that overruns it.
DEFAULT_TIMEOUT_SECONDS = 60.0

#: Per-worker memory cap: address space (resource.RLIMIT_AS) a worker may add, in MB, on
#: top of what it maps once the pipeline is loaded; None = no cap. A file that needs more
#: fails alone (MemoryError, recorded) instead of starving the machine. Same figure as the
#: per-file cap of ``resumefit check`` (resumefit.limits.DEFAULT_MEMORY_MB).
WORKER_MEMORY_HEADROOM_MB = 1024

#: A worker is replaced (by a fresh fork of the warm fork server) after this many files, so
#: what a long-lived process accumulates (spaCy's string store grows with every new word,
#: the allocator fragments) cannot grow with the size of the batch.
WORKER_MAX_TASKS = 100

#: Files a busy worker may hold in its pipe beyond the one it is scoring: it starts the next
#: the moment it has sent an outcome, instead of waiting for the parent to read that outcome
#: and answer (a round trip of a few ms per file, more when the cores are busy). Only while
#: at least one unsent file per worker remains, so the last files are not queued behind
#: another while a worker idles.
WORKER_QUEUED_TASKS = 1

#: Kernel send buffer asked for a worker's end of its pipe: room for a few outcomes (a scored
#: file's is ~0.4 MB, its report and profile JSON), so the worker hands one over and starts
#: its queued file without waiting for the parent to read it. Capped by net.core.wmem_max.
WORKER_SEND_BUFFER_BYTES = 4 * 1024 * 1024

#: How long a new worker may take to import the pipeline and load the lexicon.
WORKER_START_TIMEOUT_SECONDS = 180.0

#: A worker that dies this many times in a row before it is ready stops the batch.
WORKER_START_ATTEMPTS = 3

#: Modules imported once by the fork server, so every worker starts from a warm copy
#: (pipeline imported, lexicon loaded, extractor built).
WORKER_PRELOAD_MODULES = ("resumefit.batch.preload",)

#: Output layout inside OUTDIR.
STORE_FILENAME = "resumefit.sqlite"
REPORTS_DIRNAME = "reports"
INDEX_FILENAME = "index.html"
CSV_FILENAME = "results.csv"
JSONL_FILENAME = "results.jsonl"
RANKING_HTML_FILENAME = "ranking.html"
RANKING_CSV_FILENAME = "ranking.csv"

#: With --redact, a file is named ``PSEUDONYM_PREFIX + sha256[:PSEUDONYM_HASH_CHARS]``.
PSEUDONYM_PREFIX = "candidate-"
PSEUDONYM_HASH_CHARS = 8

#: Cohort page charts.
HISTOGRAM_BINS = 10
TOP_MISSING_PER_ROLE = 10

#: Ranking: how much evidence and how many gaps to show per candidate.
RANK_TOP_EVIDENCE = 3
RANK_TOP_GAPS = 3
RANK_SNIPPET_CHARS = 140
