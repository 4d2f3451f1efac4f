"""The ``resumefit`` command line: parse options, call the library, write the output.

Commands compute nothing themselves. A ``ResumefitError`` becomes one line on stderr,
``resumefit: <message>``, and its exit code (2); anything unexpected becomes
``resumefit: internal error: ... (please report)`` and exit code 1 (the traceback is shown
only with ``--debug``). Heavy modules (the pipeline, spaCy, PDF readers, jinja2) are imported
inside the command functions, so ``resumefit --help`` and the start of every command stay fast.
"""

from __future__ import annotations

import gc
import json
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from resumefit import __version__
from resumefit.errors import (
    CANNOT_WRITE,
    CANNOT_WRITE_ADVICE,
    InputError,
    ResumefitError,
    UsageError,
    one_line,
)

if TYPE_CHECKING:
    from resumefit.postings import PostingImport
    from resumefit.types import Document, FitReport, Role

T = TypeVar("T")

#: Exit codes (also listed in the README).
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_BATCH_FAILURES = 3

#: Per-file time limit of ``check`` and ``extract`` unless --timeout says otherwise.
DEFAULT_TIMEOUT_S = 60.0

#: Suffix of the HTML report written next to the current directory when -o is not given.
HTML_REPORT_SUFFIX = ".report.html"

#: Given as OUT, writes to standard output.
STDOUT_PATH = "-"

app = typer.Typer(
    name="resumefit",
    help="Explainable resume-to-role fit: which roles fit, what is missing, and the evidence.",
    epilog="Exit codes: 0 success, 2 bad input or usage, 1 internal error, "
    "3 batch finished with some failures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
roles_app = typer.Typer(
    help="List the built-in roles, show one, or print the role file schema.",
    invoke_without_command=True,
    add_completion=False,
    rich_markup_mode=None,
)
role_app = typer.Typer(
    help="Make a role file from a job posting.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(roles_app, name="roles")
app.add_typer(role_app, name="role")


#: Options shared by the commands that read one resume.
ResumeArgument = Annotated[
    Path, typer.Argument(metavar="FILE", help="The resume: PDF, DOCX, TXT or Markdown.")
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        metavar="SECONDS",
        help="Stop when reading the file, or analysing it, takes longer than this.",
        min=0.1,
    ),
]


class ReportFormat(StrEnum):
    """Output formats of ``resumefit check``."""

    HTML = "html"
    JSON = "json"
    TEXT = "text"


class ExtractFormat(StrEnum):
    """Output formats of ``resumefit extract``."""

    JSON = "json"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"resumefit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an internal error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version_callback, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Explainable resume-to-role fit: which roles fit, what is missing, and the evidence."""
    # --debug is read by main() before parsing (it may appear anywhere on the line);
    # it is declared here so that it shows in --help.


def _write_output(text: str, output: Path | None) -> None:
    """Write ``text`` to ``output`` (a file) or to standard output when it is None or '-'."""
    if output is None or str(output) == STDOUT_PATH:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        detail = error.strerror or type(error).__name__
        message = CANNOT_WRITE.format(path=output, detail=detail)
        raise UsageError(f"{message}; {CANNOT_WRITE_ADVICE}") from error
    typer.echo(f"wrote {output}", err=True)


def _limited(
    func: Callable[..., T],
    *args: Any,
    path: Path,
    timeout: float,
    while_waiting: Callable[[], object] | None = None,
    **kwargs: Any,
) -> T:
    """Return ``func(*args, **kwargs)`` run in a child under the per-file time/memory limits.

    ``while_waiting`` runs in this process while the child works (see ``run_with_limits``).
    """
    from resumefit.limits import DEFAULT_MEMORY_MB, run_with_limits

    return run_with_limits(
        func,
        *args,
        timeout=timeout,
        memory_mb=DEFAULT_MEMORY_MB,
        path_for_errors=path,
        while_waiting=while_waiting,
        **kwargs,
    )


def _chosen_roles(
    role_specs: list[str] | None, posting: Path | None, timeout: float
) -> list[Role] | None:
    """Return the roles to score (None = all built-in roles)."""
    roles: list[Role] = []
    if role_specs:
        from resumefit.roles import resolve_roles

        roles.extend(resolve_roles(role_specs))
    if posting is not None:
        roles.append(_read_posting(posting, timeout).role)
    return roles or None


def _read_posting(posting: Path, timeout: float) -> PostingImport:
    """Return the role made from a job posting, read under the per-file limits."""
    from resumefit.postings import read_posting

    return _limited(read_posting, posting, path=posting, timeout=timeout)


def _portfolio(
    resume: Document,
    *,
    readmes: list[Path] | None,
    repos: Path | None,
    github: str | None,
    offline: bool,
) -> list[Document]:
    """Return the README documents the portfolio options ask for (none when none given)."""
    if not readmes and repos is None and github is None:
        return []
    from resumefit.portfolio import collect_portfolio

    notes: list[str] = []  # a repository skipped for a malformed GitHub answer, say
    documents = collect_portfolio(
        readmes=readmes or (),
        repos_dir=repos,
        github=github,
        offline=offline,
        resume=resume,
        notes=notes,
    )
    notes += [f"{doc.source}: {warning}" for doc in documents for warning in doc.warnings]
    for note in notes:
        typer.echo(f"resumefit: note: {one_line(note)}", err=True)
    return documents


def _draw_layout(file: Path, png: Path, timeout: float) -> None:
    """Write the parser's view of the PDF ``file`` to ``png``, under the per-file limits."""
    from resumefit.ingest.debug_layout import DEBUG_ONLY_PDF, render_layout_image

    try:
        _limited(render_layout_image, file, png, path=file, timeout=timeout)
    except ResumefitError as error:
        if isinstance(error, InputError) and error.reason == DEBUG_ONLY_PDF:
            raise  # a usage mistake (not a PDF), not a failed drawing
        # The image is a debugging aid: its failure must not cost the user the report.
        typer.echo(f"resumefit: warning: debug image not written: {error.message}", err=True)
        return
    typer.echo(f"wrote {png}", err=True)


def _read_resume(file: Path, timeout: float) -> Document:
    """Return the Document read from ``file`` in a child under the per-file limits.

    Meanwhile the parent imports the pipeline (spaCy, ~1 s), so reading the file and
    starting up run side by side on two cores instead of one after the other.
    """
    return _limited(_read_file, file, path=file, timeout=timeout, while_waiting=_import_pipeline)


def _read_file(file: Path) -> Document:
    """Return ``read_document(file)``, importing the ingest stage in the child, not here."""
    from resumefit.ingest import read_document

    return read_document(file)


def _import_pipeline() -> None:
    """Import the pipeline (spaCy, the extractors), while a child reads the file."""
    import resumefit.pipeline  # noqa: F401


def _check_document(
    file: Path,
    document: Document,
    roles: list[Role] | None,
    portfolio: list[Document],
    timeout: float,
    *,
    html: bool,
) -> FitReport:
    """Return the FitReport of ``document``, computed under the per-file limits.

    Meanwhile this process prepares the renderer (``html``: the HTML page's template too).
    """
    from resumefit import pipeline

    return _limited(
        pipeline.check_document,
        document,
        roles,
        portfolio=portfolio,
        path=file,
        timeout=timeout,
        while_waiting=_prepare_html_report if html else _import_report,
    )


def _import_report() -> None:
    """Import the report renderers (~0.1 s: jinja2 and the view), while the child works."""
    import resumefit.report  # noqa: F401


def _prepare_html_report() -> None:
    """Import the renderers and compile the HTML report's template, while the child works."""
    from resumefit.report.html import load_report_template

    load_report_template()


@app.command()
def check(
    file: ResumeArgument,
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role",
            "-r",
            metavar="ID|PATH",
            help="A built-in role id or a role .toml file; repeat for more. "
            "Default: every built-in role, best fits first.",
        ),
    ] = None,
    posting: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="A job posting (TXT, MD or PDF) to import as a role and score."
        ),
    ] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.HTML,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="Where to write the report ('-' for standard output). Default: JSON and "
            "text go to standard output; HTML goes to <input stem>.report.html in the "
            "current directory.",
        ),
    ] = None,
    readme: Annotated[
        list[Path] | None,
        typer.Option(
            metavar="PATH", help="A README file to read as portfolio evidence; repeatable."
        ),
    ] = None,
    repos: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            help="A folder of cloned repositories: their READMEs and dependency files "
            "become portfolio evidence.",
        ),
    ] = None,
    github: Annotated[
        str | None,
        typer.Option(
            metavar="USER[/REPO]",
            help="Read a GitHub user's (or one repository's) READMEs as portfolio evidence; "
            "token from GITHUB_TOKEN, answers cached on disk.",
        ),
    ] = None,
    github_from_resume: Annotated[
        bool,
        typer.Option(
            "--github-from-resume",
            help="Like --github, for the GitHub profile the resume links to.",
        ),
    ] = False,
    offline: Annotated[
        bool,
        typer.Option(
            "--offline", help="Never use the network: GitHub answers come from the cache only."
        ),
    ] = False,
    debug_layout: Annotated[
        Path | None,
        typer.Option(
            metavar="PNG",
            help="Also draw what the parser saw (words, headings, column gutter) on the "
            "first pages of a PDF, as a PNG image.",
        ),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Scrub e-mails, phone numbers, links and addresses from the quoted "
            "sentences and name the file by a hash of its content, for sharing a report.",
        ),
    ] = False,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
) -> None:
    """Score a resume against roles and write an explainable fit report.

    Without -o, the HTML report goes to <input stem>.report.html in the current directory;
    JSON and text go to standard output.
    """
    if debug_layout is not None:
        _draw_layout(file, debug_layout, timeout)
    roles = _chosen_roles(role, posting, timeout)
    if github_from_resume:
        if github is not None:
            raise UsageError("use either --github USER or --github-from-resume, not both")
        github = ""  # collect_portfolio's way of saying "the profile the resume links to"
    document = _read_resume(file, timeout)
    portfolio = _portfolio(document, readmes=readme, repos=repos, github=github, offline=offline)
    html = output_format is ReportFormat.HTML
    report = _check_document(file, document, roles, portfolio, timeout, html=html)
    from resumefit.report import render_html, render_json, render_text  # imported by now

    if html:
        target = output if output is not None else Path.cwd() / f"{file.stem}{HTML_REPORT_SUFFIX}"
        _write_output(render_html(report, redact=redact), target)
        return
    if output_format is ReportFormat.JSON:
        _write_output(render_json(report, redact=redact), output)
    else:
        _write_output(render_text(report, redact=redact), output)


def _extract_payload(file: Path) -> dict[str, object]:
    """Return the text of ``file`` and the skill mentions found in it, as plain data."""
    from resumefit import pipeline

    profile = pipeline.analyze(file)
    return {
        "text": profile.document.text,
        "mentions": [
            {
                "skill": mention.skill,
                "name": mention.name,
                "category": mention.category,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "section": str(mention.section),
                "strength": str(mention.strength),
            }
            for mention in profile.mentions
        ],
    }


@app.command()
def extract(
    file: ResumeArgument,
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.JSON,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="OUT", help="Write here instead of standard output."
        ),
    ] = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
) -> None:
    """Print the text resumefit read from a resume and every skill mention in it (JSON).

    Offsets (start, end) point into "text"; for a .txt file that is the file's content as read.
    """
    payload = _limited(_extract_payload, file, path=file, timeout=timeout)
    _write_output(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", output)


@roles_app.callback()
def roles_list(ctx: typer.Context) -> None:
    """List the built-in role ids and titles (or: roles show ID, roles schema)."""
    if ctx.invoked_subcommand is not None:
        return
    from resumefit.roles import load_builtin_roles

    roles = load_builtin_roles()
    width = max((len(role.id) for role in roles), default=0)
    for role in roles:
        typer.echo(f"{role.id:<{width}}  {role.title}")


@roles_app.command("show")
def roles_show(
    role: Annotated[
        str, typer.Argument(metavar="ID|PATH", help="A built-in role id or a role .toml file.")
    ],
) -> None:
    """Print one role readably: each requirement, its weight and where it comes from."""
    from resumefit.roles import format_role, resolve_roles

    typer.echo(format_role(resolve_roles([role])[0]), nl=False)


@roles_app.command("schema")
def roles_schema() -> None:
    """Print the JSON Schema of a role file."""
    from resumefit.roles import role_json_schema

    typer.echo(json.dumps(role_json_schema(), indent=2))


@role_app.command("import")
def role_import(
    posting: Annotated[
        Path, typer.Argument(metavar="POSTING", help="The job posting: TXT, MD or PDF.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="The role file to write (default: standard output).",
        ),
    ] = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
) -> None:
    """Turn a job posting into an editable role file (TOML, a comment per requirement)."""
    from resumefit.postings import role_toml

    imported = _read_posting(posting, timeout)
    _write_output(role_toml(imported.role, imported.notes), output)


# ---------------------------------------------------------------- commands other stages own
# BATCH and SERVE register their commands here, one line each. The module named must
# import only typer and the standard library at its top (heavy imports go inside the
# command function), so that registering it costs `resumefit check` no start-up time;
# tests/cli/test_cli_cold_start.py checks that. For example:
#   from resumefit.batch.command import batch_command; app.command("batch")(batch_command)
# ------------------------------------------------------------------------------------------
from resumefit.batch.command import batch_command  # noqa: E402
from resumefit.serve.command import serve_command  # noqa: E402

app.command("batch")(batch_command)
app.command("serve")(serve_command)


def _pop_debug(args: list[str]) -> bool:
    """Remove every --debug before a '--' from ``args``; return whether there was one."""
    end = args.index("--") if "--" in args else len(args)
    found = "--debug" in args[:end]
    args[:end] = [arg for arg in args[:end] if arg != "--debug"]
    return found


def _exit_code(code: object) -> int:
    """Return the integer exit code a SystemExit carries (None is success)."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    typer.echo(str(code), err=True)  # sys.exit("message") convention
    return EXIT_INTERNAL


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code (the ``resumefit`` console script)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = _pop_debug(args)
    try:
        # Standalone mode: typer reports bad options itself (exit 2) and ends with SystemExit;
        # our own errors and any bug propagate to the handlers below.
        app(args=args, prog_name="resumefit")
    except SystemExit as done:
        return _exit_code(done.code)
    except ResumefitError as error:
        if debug:
            traceback.print_exc()
        typer.echo(f"resumefit: {error.message}", err=True)
        return error.exit_code
    except Exception as error:  # the last line of defence: no traceback for users
        if debug:
            traceback.print_exc()
        detail = str(error).splitlines()[0] if str(error) else ""
        typer.echo(
            f"resumefit: internal error: {type(error).__name__}"
            f"{': ' + detail if detail else ''} (please report)",
            err=True,
        )
        return EXIT_INTERNAL
    return EXIT_OK


def console_main() -> int:
    """Return ``main()``'s exit code, with the cyclic garbage collector off for its run.

    The ``resumefit`` console script. A ``check`` is one short process (and its forked
    children) that allocates a few million objects while importing spaCy, pydantic and
    jinja2 and while reading one resume, and leaves only ~1,000 in reference cycles: the
    ~170 collections the allocations set off found next to nothing and took ~20% of a
    cold start's CPU. So collection is off from the start; the long-running commands
    (``batch``, ``serve``) turn it back on. At the end every object moves to the
    generation collections skip (``gc.freeze``), so shutdown does not run the final full
    collections over spaCy, pydantic's schemas and the lexicon (0.2-0.4 s after a report was
    already written); exit handlers and buffered output are flushed as usual.
    """
    gc.disable()
    code = main()
    gc.freeze()
    return code
