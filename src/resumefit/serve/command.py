"""``resumefit serve OUTDIR``: the thin command that runs the review app with uvicorn.

Only typer and the standard library are imported at the top; starlette, uvicorn and the
app are imported inside the command, so registering it costs ``resumefit check`` nothing.
"""

from __future__ import annotations

import gc
import ipaddress
import webbrowser
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import typer

from resumefit.errors import SERVE_NEEDS_TOKEN, UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

SERVE_HELP = """Review a batch in the browser: the queue, each resume, the cohort.

OUTDIR is a `resumefit batch` output folder (it holds resumefit.sqlite). Reviews,
corrections and comments are stored there too, keyed by each file's content hash, so they
survive re-running the batch. The app listens on 127.0.0.1 only; --host with any other
address needs --token, and then every request must carry it (the printed URL does).
"""


def is_loopback(host: str) -> bool:
    """Return whether ``host`` only accepts connections from this machine."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def review_url(host: str, port: int, token: str | None) -> str:
    """Return the URL a reviewer opens (with the token, which the app moves into a cookie)."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    url = f"http://{shown}:{port}/"
    return f"{url}?token={quote(token, safe='')}" if token else url


def serve_command(
    outdir: Annotated[Path, typer.Argument(help="A `resumefit batch` output folder.")],
    port: Annotated[int, typer.Option(help="Port to listen on.")] = DEFAULT_PORT,
    host: Annotated[
        str, typer.Option(help="Address to listen on; other than loopback needs --token.")
    ] = DEFAULT_HOST,
    token: Annotated[str | None, typer.Option(help="Require this secret on every request.")] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the review page in a browser.")
    ] = False,
    reviewer: Annotated[
        str | None, typer.Option(help="Your name, recorded with each change (default: ask).")
    ] = None,
) -> None:
    """Review a batch in the browser: the queue, each resume, the cohort."""
    gc.enable()  # a long run: collect cycles as usual (``console_main`` turned it off)
    loopback = is_loopback(host)
    if not loopback and not token:
        raise UsageError(SERVE_NEEDS_TOKEN.format(host=host))
    import uvicorn

    from resumefit.serve.app import create_app

    allowed = LOOPBACK_NAMES if loopback else None
    app = create_app(outdir, token=token, reviewer=reviewer, allowed_hosts=allowed)
    url = review_url(host, port, token)
    typer.echo(f"Reviewing {outdir} at {url}  (Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(app, host=host, port=port, log_level="warning")


serve_command.__doc__ = SERVE_HELP
