"""The version of resumefit's own code, as a hash of its source files and templates.

``resumefit.__version__`` changes only at a release, but a batch's stored results depend on
the code that scored them: an edited checkout (or a development build) must not reuse
results an older code scored. The lexicon and the roles have their own versions in the
batch's configuration key; this covers the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import resumefit
from resumefit.resources import data_path

#: Which files of the package make its code version: the Python source and the templates.
SOURCE_PATTERN = "*.py"
TEMPLATES_FOLDER = "templates"


def tree_hash(roots: Iterable[tuple[str, Path, str]]) -> str:
    """Return the sha256 of the files under each (label, folder, glob pattern), by path.

    Files are taken in sorted relative-path order and each contributes its label, its
    relative path and its bytes, so a renamed, added, removed or edited file changes it.
    """
    digest = hashlib.sha256()
    for label, root, pattern in roots:
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            name = path.relative_to(root).as_posix()
            data = path.read_bytes()
            digest.update(f"{label}/{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


@cache
def code_version() -> str:
    """Return the hash of resumefit's Python source and report templates (see module doc)."""
    package = Path(resumefit.__file__).resolve().parent
    return tree_hash(
        [
            ("resumefit", package, SOURCE_PATTERN),
            (TEMPLATES_FOLDER, data_path(TEMPLATES_FOLDER), "*"),
        ]
    )
