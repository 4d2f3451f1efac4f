"""``resumefit batch``: the thin command over :func:`resumefit.batch.run.run_batch`.

Only typer and the standard library are imported at the top; the batch machinery, rich
and the pipeline are imported inside the command, so registering it in the CLI costs
``resumefit check`` nothing at start-up.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from resumefit.batch.run import BatchSummary
    from resumefit.types import Role

#: Exit code after Ctrl-C (the shell convention for SIGINT).
EXIT_INTERRUPTED = 130

#: Failures listed by name at the end of a run; the rest are counted (all are in the CSV).
SHOWN_FAILURES = 20

BATCH_HELP = """Score every resume under DIR (PDF, DOCX, TXT, Markdown; all subfolders).

Writes to OUTDIR: reports/ (an HTML and a JSON report per resume, mirroring DIR),
index.html (the cohort page), results.csv, results.jsonl, and resumefit.sqlite, the store
that makes re-runs incremental: unchanged files are skipped, and an interrupted run
(Ctrl-C, killed) resumes where it stopped with the same final outputs.

--redact writes reports without name, e-mail, phone or street address, and replaces file
names in every output by a pseudonym: candidate-<first 8 hex digits of the file's SHA-256>.

Exit codes: 0 every file scored; 3 some files failed (each listed with its reason in
results.csv and results.jsonl); 2 bad input or usage; 1 internal error.
"""


def _choose_roles(role_specs: list[str] | None, posting: Path | None) -> list[Role]:
    """Return the roles to score: --role and --posting, or every built-in role."""
    from resumefit.roles import load_builtin_roles, resolve_roles

    roles: list[Role] = list(resolve_roles(role_specs)) if role_specs else []
    if posting is not None:
        from resumefit.postings import import_posting

        roles.append(import_posting(posting))
    return roles or list(load_builtin_roles())


def _print_summary(console: Console, summary: BatchSummary) -> None:
    from rich.console import Console
    from rich.table import Table

    console.print(
        f"scored {summary.scored}, failed {summary.failed}, "
        f"skipped (unchanged) {summary.skipped_unchanged}, "
        f"same content as another file {summary.duplicates} "
        f"of {summary.files} files in {summary.seconds:.1f} s; "
        f"reports written: {summary.rendered}",
        highlight=False,
        soft_wrap=True,
    )
    for _relpath, error in summary.failures[:SHOWN_FAILURES]:
        console.print(f"  failed: {error}", highlight=False, markup=False, soft_wrap=True)
    if len(summary.failures) > SHOWN_FAILURES:
        more = len(summary.failures) - SHOWN_FAILURES
        console.print(f"  ... and {more} more failures (see results.csv)", highlight=False)
    for relpath, error in summary.render_failures:
        console.print(f"  report not written for {relpath}: {error}", markup=False)
    if summary.ranked_role is not None:
        table = Table(title=f"Ranking for {summary.ranked_role.title}", show_lines=False)
        for column in ("#", "file", "score", "top evidence", "top gaps"):
            table.add_column(column, overflow="fold")
        for candidate in summary.ranking:
            table.add_row(
                str(candidate.rank),
                candidate.name,
                f"{candidate.score:.1f}",
                "\n".join(candidate.evidence),
                "\n".join(candidate.gaps),
            )
        Console(markup=False, highlight=False).print(table)
    console.print(f"wrote {summary.out_dir / 'index.html'}", highlight=False)


def batch_command(
    input_dir: Annotated[
        Path, typer.Argument(metavar="DIR", help="Folder of resumes (searched recursively).")
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="OUTDIR", help="Output folder.")
    ],
    role: Annotated[
        list[str] | None,
        typer.Option("--role", metavar="ID|PATH", help="Role id or role file (repeatable)."),
    ] = None,
    posting: Annotated[
        Path | None, typer.Option("--posting", metavar="FILE", help="Score against a posting.")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: cores).")
    ] = None,
    rank: Annotated[
        bool,
        typer.Option("--rank", help="With one role or posting: rank candidates (ranking.html)."),
    ] = False,
    redact: Annotated[
        bool, typer.Option("--redact", help="No name/e-mail/phone/address; pseudonymous names.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, metavar="SECONDS", help="Per-file time limit.")
    ] = 60.0,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Score files that failed before again.")
    ] = False,
) -> None:
    # The docstring is the --help text; it is set from BATCH_HELP below.
    gc.enable()  # a long run: collect cycles as usual (``console_main`` turned it off)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    from resumefit.batch.run import ProgressEvent, run_batch

    class RateColumn(ProgressColumn):
        """Files per second, as rich measures it over the recent past."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:.1f} files/s")

    roles = _choose_roles(role, posting)
    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:
        bars: dict[str, TaskID] = {}

        def show(event: ProgressEvent) -> None:
            if event.phase not in bars:
                label = "scoring" if event.phase == "score" else "rendering reports"
                bars[event.phase] = bar.add_task(label, total=event.total)
            bar.update(bars[event.phase], completed=event.done)

        try:
            summary = run_batch(
                input_dir,
                output,
                roles,
                jobs=jobs,
                rank=rank,
                redact=redact,
                timeout=timeout,
                progress=show,
                retry_failed=retry_failed,
            )
        except KeyboardInterrupt:
            # Every finished file is already committed; the next run picks up from there.
            console.print("resumefit: interrupted; run the same command again to resume")
            raise typer.Exit(EXIT_INTERRUPTED) from None
    _print_summary(console, summary)
    raise typer.Exit(summary.exit_code)


batch_command.__doc__ = BATCH_HELP
