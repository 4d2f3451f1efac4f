"""Find the resumes under a folder and hash their contents."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from resumefit.batch.settings import SUPPORTED_SUFFIXES
from resumefit.errors import NOT_READABLE, InputError

#: Read files in blocks of this size when hashing (bounded memory for huge files).
HASH_BLOCK_BYTES = 1 << 20

#: Names that are never resumes: hidden files and office lock files ("~$cv.docx").
SKIPPED_NAME_PREFIXES = (".", "~$")

#: Hashed before a file's bytes to make its result key (see ``result_key``).
RESULT_KEY_TAG = "resumefit-input:{suffix}\0"


@dataclass(frozen=True)
class InputFile:
    """A resume file found in the input folder."""

    path: Path  # absolute
    relpath: str  # POSIX path relative to the input folder: the file's name in every output
    sha256: str  # result key: sha256 of type tag + bytes (``result_key``), not of the bytes alone
    error: str | None = None  # set when the file cannot be read at all (then sha256 is of the path)


def find_resume_paths(input_dir: Path, *, exclude: Path | None = None) -> list[Path]:
    """Return every supported file under ``input_dir`` (recursive), sorted by relative path.

    Hidden files and folders are skipped, symlinked folders are not followed (no loops),
    and ``exclude`` (the output folder, when it lies inside the input) is left out.
    """
    root = input_dir.resolve()
    skip = exclude.resolve() if exclude is not None else None
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = [
            d for d in dirnames if not d.startswith(SKIPPED_NAME_PREFIXES) and here / d != skip
        ]
        for name in filenames:
            path = here / name
            if name.startswith(SKIPPED_NAME_PREFIXES) or not path.is_file():
                continue
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def result_key(path: Path) -> str:
    """Return the key of a file's result: the hex sha256 of its type tag and its bytes.

    The type (lower-case suffix) decides how the bytes are read: the same bytes are a
    scored resume as ``.txt`` and "not a readable PDF" as ``.pdf``, so files with equal
    bytes but different types must not share a result.
    """
    digest = hashlib.sha256(RESULT_KEY_TAG.format(suffix=path.suffix.lower()).encode("utf-8"))
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK_BYTES):
            digest.update(block)
    return digest.hexdigest()


def _input_file(root: Path, path: Path) -> InputFile:
    relpath = path.relative_to(root).as_posix()
    try:
        return InputFile(path, relpath, result_key(path))
    except OSError as error:
        # No content to key on: key the failure by path so it still gets a record.
        key = hashlib.sha256(f"unreadable:{relpath}".encode()).hexdigest()
        reason = NOT_READABLE if isinstance(error, PermissionError) else str(error.strerror)
        return InputFile(path, relpath, key, error=InputError(relpath, reason).message)


def discover_inputs(input_dir: Path, *, exclude: Path | None = None) -> list[InputFile]:
    """Return the resumes under ``input_dir`` with their relative paths and content hashes."""
    root = input_dir.resolve()
    return [_input_file(root, path) for path in find_resume_paths(root, exclude=exclude)]
