"""Every error resumefit reports to a user, in one place.

A ``ResumefitError`` carries a one-line message that names the file and says what to do.
The CLI prints ``resumefit: <message>`` and exits with ``exit_code``; nothing else about
it is shown (no traceback). Raise these from library code; never print from it.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Characters that would break a one-line message or act on the terminal showing it: C0/C1
#: controls (line breaks, ESC sequences) and the bidi controls that reorder what follows.
#: File names and resume text can carry them; a message shows them as escapes instead.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """Return ``text`` with control and bidi characters written as escapes (``\\n``, ``\\x1b``)."""
    return _UNPRINTABLE.sub(lambda found: found.group().encode("unicode_escape").decode(), text)


class ResumefitError(Exception):
    """A known failure with a one-line, user-facing message."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        message = one_line(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ResumefitError):
    """The input file cannot be read as a resume (empty, corrupt, encrypted, no text...)."""

    def __init__(self, path: str | Path, reason: str, advice: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        text = f"{self.path}: {reason}"
        if advice:
            text += f"; {advice}"
        super().__init__(text)


class DataFileError(ResumefitError):
    """A lexicon, role or settings file is invalid: names the file, the entry and why."""

    def __init__(self, path: str | Path, entry: str, reason: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.reason = reason
        where = f"{self.path} ({entry})" if entry else self.path
        super().__init__(f"{where}: {reason}")


class UsageError(ResumefitError):
    """The command line asks for something that does not exist (unknown role id, ...)."""


class FileTimeoutError(InputError):
    """Processing one file took longer than the per-file limit."""


class FileMemoryError(InputError):
    """Processing one file needed more memory than the per-file limit."""


# Reasons and advice used by more than one stage, so their wording stays the same.
EMPTY_FILE = "the file is empty"
NOT_FOUND = "no such file"
NOT_A_FILE = "not a regular file"
IS_A_FOLDER = "is a folder, not a resume file"
IS_A_FOLDER_ADVICE = "to score every resume in a folder, use resumefit batch FOLDER -o OUTDIR"
NOT_READABLE = "the file cannot be read (permission denied)"
UNSUPPORTED_FORMAT = "unsupported file type {suffix!r}"
UNSUPPORTED_ADVICE = "use a PDF, DOCX, TXT or Markdown file"
NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?)"
NO_TEXT_ADVICE = "export the resume as a text PDF, or run OCR on it first"
ENCRYPTED_PDF = "the PDF is encrypted with a password"
ENCRYPTED_ADVICE = "save an unprotected copy and try again"
CORRUPT_PDF = "the file is not a readable PDF ({detail})"
CORRUPT_ADVICE = "re-export it from the original document"
CORRUPT_DOCX = "the file is not a readable DOCX ({detail})"
PDF_TOO_COMPLEX = "the PDF is too complex to read as a resume ({detail})"
EMPTY_DOCUMENT = "the document contains no text"
TOO_LARGE = "the file is larger than the {limit} limit"
TOO_LARGE_ADVICE = "a resume is rarely over a few MB; check that this is the right file"
TIMED_OUT = "processing took longer than {seconds:g} s and was stopped"
TIMED_OUT_ADVICE = "check the file, or raise the limit with --timeout"
OUT_OF_MEMORY = "processing needed more than {limit} MB of extra memory and was stopped"
OUT_OF_MEMORY_ADVICE = "check that this is a resume; a few-page PDF needs far less"
CRASHED = "the file made the reader stop unexpectedly ({detail})"
CRASHED_ADVICE = "re-export it from the original document"

# resumefit serve
NO_BATCH_STORE = "no batch results here (resumefit.sqlite is missing)"
NO_BATCH_ADVICE = "run `resumefit batch DIR -o OUTDIR` first, then serve OUTDIR"
SERVE_NEEDS_TOKEN = (
    "--host {host} lets other machines reach the review app; "
    "add --token SECRET so only people with the token can open it"
)

# Report output (CLI)
CANNOT_WRITE = "cannot write {path} ({detail})"
CANNOT_WRITE_ADVICE = "check that the folder exists and is writable, or choose another path with -o"


# Portfolio: GitHub API (issue 5)
class GitHubError(ResumefitError):
    """Fetching READMEs through the GitHub API failed; the message says what to do."""


class GitHubRateLimitError(GitHubError):
    """The GitHub API refused further requests until its rate limit resets."""


class GitHubNotFoundError(GitHubError):
    """The GitHub user or repository asked for does not exist (HTTP 404)."""


class GitHubResponseError(GitHubError):
    """The GitHub API answered with something that is not the JSON expected."""


class GitHubUnreachableError(GitHubError):
    """The GitHub API could not be reached (no network, DNS, timeout)."""


class GitHubOfflineError(GitHubError):
    """--offline was given and the cache holds no answer for a request."""


GITHUB_RATE_LIMITED = "GitHub API rate limit reached{reset}"
GITHUB_TOKEN_ADVICE = "set GITHUB_TOKEN to a personal access token for a higher limit"
GITHUB_NOT_FOUND = "GitHub has no {what}"
GITHUB_NOT_FOUND_ADVICE = "check the spelling of --github USER or USER/REPO"
GITHUB_BAD_TOKEN = "GitHub rejected the token in GITHUB_TOKEN (HTTP {status}); check it or unset it"
GITHUB_HTTP_ERROR = "GitHub API answered HTTP {status} for {url}"
GITHUB_MALFORMED = "GitHub API returned malformed JSON for {url} ({detail})"
GITHUB_UNREACHABLE = "cannot reach the GitHub API at {base} ({detail})"
GITHUB_UNREACHABLE_ADVICE = "check the network, or use --offline to read cached answers"
GITHUB_NOT_CACHED = "--offline: no cached GitHub answer for {what} in {cache}"
GITHUB_NOT_CACHED_ADVICE = "run once without --offline to fill the cache"
GITHUB_BAD_SPEC = "--github {spec!r}: expected USER, USER/REPO or a github.com URL"
GITHUB_NO_DEFAULT = "--github was given without a user and the resume links to no GitHub profile"
GITHUB_NO_DEFAULT_ADVICE = "pass --github USER"
