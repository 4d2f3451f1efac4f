"""Small cohorts made on the fly for the batch tests: good resumes and broken files."""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from resumefit.batch.protocol import TaskOutcome, WorkerReady
from resumefit.batch.run import BatchSummary

#: Text resumes of the test cohort: (relative path, text).
GOOD_TEXTS: list[tuple[str, str]] = [
    (
        "ada.txt",
        "Ada Example\nada@example.org | +1 555 010 1234\n\nSkills\n"
        "Python, PyTorch, SQL, Docker, Git, statistics\n\nExperience\n"
        "Machine Learning Intern, Acme Corp, Jun 2024 - Aug 2024\n"
        "- Trained PyTorch models and served them with Docker\n\n"
        "Education\nB.Sc. Computer Science, State University, 2025\n",
    ),
    (
        "cs/bob.md",
        "# Bob Sample\n\n## Skills\n- Java, SQL, Linux, teamwork\n\n## Projects\n"
        "- Built a REST API in Java with a PostgreSQL database\n\n## Education\n"
        "B.A. Mathematics, 2024\n",
    ),
    (
        "=formula.txt",
        '=HYPERLINK("http://example.invalid")\n\nSkills\nPython, pandas, NumPy, scikit-learn\n\n'
        "Projects\n- Analysed data with pandas and scikit-learn\n",
    ),
]

#: Broken files: (relative path, bytes).
BROKEN_FILES: list[tuple[str, bytes]] = [
    ("broken/empty.txt", b""),
    ("broken/truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"),
    ("broken/text-renamed.pdf", b"This is plain text, not a PDF at all.\n"),
]


def make_pdf(path: Path, lines: list[str]) -> None:
    """Write a one-page text PDF with ``lines`` (reportlab)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    y = 740
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 16
    pdf.save()


def write_cohort(root: Path, *, with_broken: bool = True, copies: int = 0) -> Path:
    """Write the test cohort under ``root``: good texts, two PDFs, broken files, copies."""
    for relpath, text in GOOD_TEXTS:
        target = root / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    make_pdf(
        root / "pdf" / "carol.pdf",
        ["Carol Person", "Skills", "Python, TensorFlow, Keras, SQL", "Experience",
         "Data Science Intern, Beta Inc, 2023 - 2024", "- Built TensorFlow models"],
    )  # fmt: skip
    make_pdf(root / "pdf" / "dan.pdf", ["Dan Person", "Skills", "R, statistics, Excel"])
    if with_broken:
        for relpath, data in BROKEN_FILES:
            target = root / relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    base = GOOD_TEXTS[0][1]
    for index in range(copies):
        # A changed line makes each copy a distinct file (distinct sha256), so each is scored.
        target = root / "copies" / f"copy-{index:03d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(base + f"\nReference {index}\n", encoding="utf-8")
    return root


def tree_digest(root: Path, *, skip: tuple[str, ...] = ("resumefit.sqlite",)) -> dict[str, str]:
    """Return relative path -> sha256 of every file under ``root`` (store files excluded)."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.startswith(skip)
    }


def batch_argv(*args: str) -> list[str]:
    """Return a command line that runs ``resumefit`` with ``args`` in a fresh interpreter."""
    code = "import sys; from resumefit.cli import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, *args]


@dataclass(frozen=True)
class CohortRun:
    """One batch over ``cohort_dir`` with all built-in roles, shared by read-only tests."""

    out: Path
    summary: BatchSummary


def scripted_worker(conn: Connection, roles_json: str, memory_mb: int | None) -> None:
    """A stand-in pool worker whose behaviour depends on the file name.

    "hang": never answers (like a parser stuck in C code: no alarm can interrupt it);
    "crash": dies of a segfault; "fatal": answers with a fatal outcome and exits (like a
    MemoryError); any other name: answers ok.
    """
    conn.send(WorkerReady("test-lexicon"))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        if "hang" in task.relpath:
            time.sleep(3600)
        if "crash" in task.relpath:
            os.kill(os.getpid(), signal.SIGSEGV)
        if "fatal" in task.relpath:
            conn.send(TaskOutcome(task.relpath, task.sha256, ok=False, error="x", fatal=True))
            return
        conn.send(TaskOutcome(task.relpath, task.sha256, ok=True))
