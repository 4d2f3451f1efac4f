"""``resumefit serve OUTDIR``: start the review app with uvicorn and print its URL."""

from __future__ import annotations

import ipaddress
import webbrowser
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from resumefit.errors import SERVE_NEEDS_TOKEN, UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


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
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    return f"{url}?token={quote(token, safe='')}" if token else url


def serve_command(
    outdir: Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    token: str | None = None,
    open_browser: bool = False,
    reviewer: str | None = None,
    echo: Callable[[str], None] = print,
) -> None:
    """Serve the review app for the batch in ``outdir`` until interrupted.

    Raises UsageError when ``host`` is reachable from other machines and no token is set,
    and InputError when ``outdir`` holds no batch store.
    """
    import uvicorn

    from resumefit.serve.app import create_app

    loopback = is_loopback(host)
    if not loopback and not token:
        raise UsageError(SERVE_NEEDS_TOKEN.format(host=host))
    allowed = LOOPBACK_NAMES | {"[::1]"} if loopback else None
    app = create_app(outdir, token=token, reviewer=reviewer, allowed_hosts=allowed)
    url = review_url(host, port, token)
    echo(f"Reviewing {outdir} at {url}  (Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(app, host=host, port=port, log_level="warning")
