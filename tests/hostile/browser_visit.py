"""Open a local HTML page in headless Chromium and record whatever it tried to do.

The page is loaded from a file:// URL with listeners on requests, dialogs and console
messages; every <details> is opened and the mouse swept over the page so that handlers
waiting for a toggle or a hover would fire. Requests that leave the file are recorded and
then aborted, so the test stays offline whatever the page asks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: How long to let the page settle after load and interaction, in milliseconds.
SETTLE_MS = 300
#: Mouse sweep grid over the viewport (columns x rows).
SWEEP_STEPS = 6


@dataclass
class Visit:
    """What a page did while it was open."""

    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    pwned: Any = None  # window.__pwned, which every payload sets
    title: str = ""

    @property
    def outside_requests(self) -> list[str]:
        """Requests for anything but the page itself."""
        return [url for url in self.requests if url != self.url]

    @property
    def csp_violations(self) -> list[str]:
        return [text for text in self.console if "Content Security Policy" in text]


def visit_page(browser: Any, path: Path) -> Visit:
    """Open ``path`` in a fresh browser context and return what the page did."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    visit = Visit(url=path.resolve().as_uri())
    page.on("request", lambda request: visit.requests.append(request.url))

    def on_dialog(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: visit.console.append(message.text))
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    try:
        page.goto(visit.url, wait_until="load")
        page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
        for step in range(SWEEP_STEPS * SWEEP_STEPS):
            column, row = divmod(step, SWEEP_STEPS)
            page.mouse.move(200 * column + 5, 150 * row + 5)
        page.wait_for_timeout(SETTLE_MS)
        visit.pwned = page.evaluate("() => window.__pwned ?? null")
        visit.title = page.title()
    finally:
        context.close()
    return visit
