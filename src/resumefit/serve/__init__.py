"""The review app (``resumefit serve``): staff review a batch's results on their own machine.

:func:`create_app` builds the Starlette app over ``OUTDIR/resumefit.sqlite``;
:func:`resumefit.serve.command.serve_command` is the CLI command that runs it with uvicorn.
Nothing heavy is imported here, so registering the command costs ``resumefit check``
no start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resumefit.serve.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """Return ``create_app`` on first use (lazy import of starlette and jinja2)."""
    if name == "create_app":
        from resumefit.serve.app import create_app

        return create_app
    raise AttributeError(name)
