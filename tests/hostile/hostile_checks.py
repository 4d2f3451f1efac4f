"""Shared helpers of the hostile-input tests: the CLI run record and the clean-failure check."""

from __future__ import annotations

from dataclasses import dataclass
from types import FrameType

#: Longest a single CLI run may take in these tests before it counts as a hang.
HANG_LIMIT_S = 120
#: The same for a whole batch over the corpus.
BATCH_HANG_LIMIT_S = 300
#: A resume file whose name is an injection (file names reach the cohort index and reports).
HOSTILE_FILE_NAME = 'cv"><img src=x onerror="window.__pwned=50">.txt'

#: File in the corpus -> words the one-line error must contain.
UNREADABLE_REASONS = {
    "empty.pdf": "empty",
    "empty.txt": "empty",
    "truncated.pdf": "not a readable PDF",
    "corrupt.pdf": "not a readable PDF",
    "text-renamed.pdf": "not a readable PDF",
    "encrypted-password.pdf": "encrypted",
    "image-only.pdf": "no text layer",
    "text-renamed.docx": "not a readable DOCX",
    "malformed-xml.docx": "not a readable DOCX",
    "billion-laughs.docx": "not a readable DOCX",
    "zip-bomb.docx": "larger than",
}

#: The glyph bomb fails fast one way or another: ingest refuses it as too complex, or a
#: per-file limit (time, or memory, under which pdfium aborts) stops it, whichever is first.
GLYPH_BOMB_REASONS = ("too complex", "took longer than", "memory", "stop unexpectedly")


@dataclass
class CliRun:
    """What one ``resumefit`` invocation did."""

    code: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


class HangError(Exception):
    """A CLI run took longer than HANG_LIMIT_S."""


def on_alarm(signum: int, frame: FrameType | None) -> None:
    """Signal handler: turn the watchdog alarm into a HangError."""
    raise HangError("resumefit did not finish within the hang limit")


def assert_clean_failure(run: CliRun, name: str, reason: str) -> None:
    """Assert exit 2 and exactly one stderr line naming the file and the reason."""
    assert "Traceback" not in run.stderr + run.stdout, run.stderr
    assert run.code == 2, run.stderr
    assert len(run.stderr_lines) == 1, run.stderr
    line = run.stderr_lines[0]
    assert line.startswith("resumefit: "), line
    assert name in line, line
    assert reason in line, line
