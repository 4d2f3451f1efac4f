"""The review app (``resumefit serve``): staff review a batch's results on their own machine."""

from resumefit.serve.app import create_app
from resumefit.serve.command import serve_command

__all__ = ["create_app", "serve_command"]
