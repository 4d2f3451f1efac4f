"""The skill lexicon: canonical skills, their surface forms and their hierarchy.

The data lives in ``skill_lexicon/`` as TOML (``core/`` is curated by hand, ``generated/``
is written by ``scripts/build_lexicon.py`` from ESCO and O*NET). Every file is validated on
load: a duplicate id, a surface form claimed by two skills, a parent or related id that does
not exist, or a cycle in the parents raises ``DataFileError`` naming the file and the entry.

Parsing ~15k TOML entries takes seconds, longer than a command should wait, so the validated
lexicon is stored as JSON (a safe format: nothing in it can run code) keyed by a hash of the
files' content. ``scripts/compile_lexicon.py`` writes it into ``skill_lexicon/compiled/`` so it
ships in the wheel and even the first run is fast; when the lexicon has changed since, it is
rebuilt once and kept, gzipped, in the user's cache directory. A stale, unreadable or
unwritable cache is simply skipped.

Parsing that JSON is still most of a cold start's data loading (~0.12 s), so the first read
of an entry also leaves a copy of the parsed value in ``marshal`` form in the user's cache
(``fast/``), which later processes load several times faster. A reader may ask for the value
already turned into the containers it keeps (the lexicon's rows and indexes split by id);
the copy then holds that form, labelled in its name. Either way it holds only strings,
numbers, lists, tuples and dicts: loading it runs no code, it is specific to the Python
version that wrote it (named by ``sys.implementation``), and an unreadable one is a miss
like any other.

Each write (rare: a new lexicon version, a first read) prunes the user cache of its own
files the code can no longer read and keeps a few of the newest of each kind, so versions
come and go without the folder growing for good; reads never pay for it.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import io
import json
import marshal
import os
import re
import sys
import time
import tomllib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext, suppress
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from resumefit.errors import DataFileError
from resumefit.resources import data_path

#: Folders of ``skill_lexicon/`` whose ``*.toml`` files hold ``[[skill]]`` tables.
SKILL_FOLDERS = ("core", "generated")
#: Bump when the cached layout changes, so old caches are ignored.
CACHE_FORMAT = 6
CACHE_ENV = "RESUMEFIT_CACHE_DIR"
#: Folder of ``skill_lexicon/`` holding the compiled data shipped with the package.
SHIPPED_CACHE = "compiled"
#: Folder of the user cache holding the ``marshal`` copies of cache entries.
FAST_FOLDER = "fast"
#: Name prefix and key length of the notes ``remembered_content_hash`` keeps.
HASH_NOTE = "hash"
HASH_NOTE_KEY = 16
HASH_NOTES_KEPT = 16
_HASH_TEXT = re.compile(r"[0-9a-f]{16}")
#: The form label of a fast copy that holds an entry's JSON value as it is.
JSON_FORM = "json"
#: Length of ``Lexicon.prepare``'s tuple; bump ``LEXICON_FORM`` when it changes.
PREPARED_LEXICON_FIELDS = 6
#: The form label of the lexicon's prepared fast copy (see ``Lexicon.prepare``).
LEXICON_FORM = "prepared1"
#: Entries (and fast copies) kept per kind's family (``_KIND``) when a write prunes the
#: user cache: a few, as installed versions sharing the folder (or a user's own roles
#: folder beside the shipped one) each need their current one, and every lexicon edit
#: leaves a new ~6 MB version.
CACHE_ENTRIES_KEPT = 3
#: A leftover temporary file older than this is a crashed writer's, not one being written.
STALE_TEMPORARY_SECONDS = 3600
#: The names of the user cache's own files, as patterns (compiled on the first prune, not
#: at import: a cold start pays ~1 ms for compiling them). ``cache_name``'s stem is
#: "{kind}-{format}-{version}", the version one or more 16-hex hashes (a roles entry joins
#: its folder's hash and the lexicon's).
_ENTRY_STEM = (
    r"(?P<kind>[a-z0-9_.]+)-(?P<format>[0-9]+)-(?P<version>[0-9a-f]{16}(?:-[0-9a-f]{16})*)"
)
#: Entry files in the user cache folder: the current gzipped JSON and the pickles of the
#: formats before 5 (``lexicon-4-*.pickle``, ``compiled7_spacy3_8_18-4-*.pickle``).
_ENTRY_FILE = _ENTRY_STEM + r"\.(?P<suffix>json\.gz|pickle)"
#: Fast copies in ``fast/`` (see ``fast_copy_path``).
_FAST_FILE = _ENTRY_STEM + r"\.(?P<form>[a-z0-9_]+)\.(?P<tag>[a-z0-9_-]+)\.marshal"
#: Hash notes in ``fast/`` (see ``remembered_content_hash``).
_HASH_NOTE_FILE = rf"{HASH_NOTE}-[0-9a-f]{{{HASH_NOTE_KEY}}}-[0-9a-f]{{{HASH_NOTE_KEY}}}\.txt"
#: A kind's family and the format number some kinds carry (``compiled10_lookups1.0.5``).
_KIND = r"(?P<family>[a-z]+)(?P<number>[0-9]*)(?:_[a-z0-9_.]*)?"
#: ``_replace_file``'s and ``write_json``'s temporary names: ".{name}.{pid}.tmp".
_TEMPORARY_FILE = r"\.(?P<name>.+)\.[0-9]+\.tmp"

_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Skill(BaseModel):
    """One canonical skill and the ways a resume may name it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    category: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()  # matched case-insensitively, like the name
    parents: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    esco_uri: str = ""
    onet: str = ""
    # Forms matched only with exactly this case ("AI", "ML"): safe once the case is right.
    cased: tuple[str, ...] = ()
    # Forms matched with exactly this case AND only with support: a skills section, a list of
    # other skills around it, or one of ``context`` in the same sentence ("R", "Go", "Excel").
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()  # lower-case words that confirm an ambiguous form
    # Ambiguous forms confirmed only by a context word, never by a Skills section or a list:
    # the word is also a trade's own ("Chef" in a cook's list of kitchen skills).
    needs_context: bool = False
    # Lower-case text that, right after / right before a form, shows it is not this skill
    # ("-level" after "C", "r&" is handled by the tokenizer).
    reject_after: tuple[str, ...] = ()
    reject_before: tuple[str, ...] = ()
    fuzzy: bool = True  # may be found from a misspelling of its name/aliases
    matchable: bool = True  # false for umbrella entries whose name is not evidence itself

    def forms(self) -> Iterator[str]:
        """Yield every surface form: name, aliases, cased and ambiguous forms."""
        if self.name not in self.cased and self.name not in self.ambiguous:
            yield self.name
        yield from self.aliases
        yield from self.cased
        yield from self.ambiguous


def normalize_form(text: str) -> str:
    """Return the comparison key of a surface form: case-folded, single-spaced."""
    return " ".join(text.casefold().split())


_FIELDS = tuple(Skill.model_fields)


class Lexicon:
    """The validated skills with lookups by id and along the parent hierarchy.

    Skills are kept as plain rows and turned into ``Skill`` models on first use. Loaded from
    the cache, a row stays JSON text until then (a check looks at a few dozen of ~16k
    skills), and the parent and related ids, which the hierarchy needs for every skill,
    are kept apart as space-separated text (ids hold no spaces).
    """

    def __init__(self, skills: Iterable[Skill], version: str) -> None:
        self._rows: dict[str, tuple[Any, ...] | str] = {}
        self._links: tuple[dict[str, str], dict[str, str]] = ({}, {})  # parents, related
        for skill in skills:
            self._rows[skill.id] = tuple(getattr(skill, name) for name in _FIELDS)
            self._links[0][skill.id] = " ".join(skill.parents)
            self._links[1][skill.id] = " ".join(skill.related)
        self.version = version
        self._forget_derived()

    def _forget_derived(self) -> None:
        self._made: dict[str, Skill] = {}
        self._children: dict[str, list[str]] | None = None
        self._descendants: dict[str, tuple[str, ...]] = {}
        self._related_to: dict[str, list[str]] | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the lexicon as JSON-ready data: one line of text per skill and column.

        Ids, rows (JSON arrays), parents and related ids are each joined by newlines in
        the same order; JSON escapes any newline inside a row, so lines split cleanly.
        """
        rows = (
            row if isinstance(row, str) else json.dumps(row)  # ASCII: see ``write_json``
            for row in self._rows.values()
        )
        return {
            "fields": list(_FIELDS),
            "version": self.version,
            "ids": "\n".join(self._rows),
            "rows": "\n".join(rows),
            "parents": "\n".join(self._links[0].values()),
            "related": "\n".join(self._links[1].values()),
        }

    @classmethod
    def from_json(cls, data: Any) -> Lexicon | None:
        """Return the lexicon stored by ``to_json``, or None when ``data`` has another layout."""
        return cls.from_prepared(cls.prepare(data))

    @staticmethod
    def prepare(data: Any) -> tuple[Any, ...] | None:
        """Return ``to_json``'s data as the plain containers a Lexicon keeps, or None.

        That is (version, rows, parents, related, children, related_to): the four columns
        split into dicts by id, and both "pointing at" indexes built. The result holds only
        strings, lists, tuples and dicts, so ``read_cache`` can keep it as the fast copy
        and a later process loads it as it is (see ``from_prepared``).
        """
        if not isinstance(data, dict) or data.get("fields") != list(_FIELDS):
            return None
        version = data.get("version")
        columns = [data.get(key) for key in ("ids", "rows", "parents", "related")]
        if not isinstance(version, str) or not all(isinstance(c, str) for c in columns):
            return None
        # an empty lexicon is all "": one line per skill means no line at all
        ids, rows, parents, related = (
            str(column).split("\n") if columns[0] else [] for column in columns
        )
        if not len(ids) == len(rows) == len(parents) == len(related):
            return None
        parent_links = dict(zip(ids, parents, strict=True))
        related_links = dict(zip(ids, related, strict=True))
        return (
            version,
            dict(zip(ids, rows, strict=True)),
            parent_links,
            related_links,
            Lexicon._pointing_at(parent_links),
            Lexicon._pointing_at(related_links),
        )

    @classmethod
    def from_prepared(cls, prepared: Any) -> Lexicon | None:
        """Return the lexicon made by ``prepare``, or None when ``prepared`` is not its output."""
        if not isinstance(prepared, tuple) or len(prepared) != PREPARED_LEXICON_FIELDS:
            return None
        version, rows, parents, related, children, related_to = prepared
        if not isinstance(version, str) or not all(
            isinstance(part, dict) for part in (rows, parents, related, children, related_to)
        ):
            return None
        lexicon = cls((), version)
        lexicon._rows = rows
        lexicon._links = (parents, related)
        lexicon._children = children
        lexicon._related_to = related_to
        return lexicon

    def __getstate__(self) -> dict[str, Any]:
        return {"rows": self._rows, "links": self._links, "version": self.version}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._rows = state["rows"]
        self._links = state["links"]
        self.version = state["version"]
        self._forget_derived()

    @property
    def skills(self) -> tuple[Skill, ...]:
        """Return every skill, in file order."""
        return tuple(self.get(skill_id) for skill_id in self._rows)

    def related_to(self, skill_id: str) -> list[str]:
        """Return the ids of the skills that list ``skill_id`` among their related skills."""
        if self._related_to is None:
            self._related_to = self._pointing_at(self._links[1])
        return self._related_to.get(skill_id, [])

    @staticmethod
    def _pointing_at(links: dict[str, str]) -> dict[str, list[str]]:
        """Return {id: ids of the skills whose ``links`` (parents, related) list it}."""
        index: dict[str, list[str]] = {}
        for other, targets in links.items():
            for target in targets.split():
                index.setdefault(target, []).append(other)
        return index

    def ids(self) -> tuple[str, ...]:
        """Return every skill id, in file order (cheaper than building every Skill)."""
        return tuple(self._rows)

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, skill_id: str) -> Skill:
        """Return the skill ``skill_id``; raise KeyError when the lexicon has none."""
        made = self._made.get(skill_id)
        if made is None:
            stored = self._rows[skill_id]
            values = json.loads(stored) if isinstance(stored, str) else stored
            row = (tuple(v) if isinstance(v, list) else v for v in values)
            made = Skill.model_construct(**dict(zip(_FIELDS, row, strict=True)))  # type: ignore[arg-type]
            self._made[skill_id] = made
        return made

    def parents_of(self, skill_id: str) -> tuple[str, ...]:
        """Return the direct parent ids of ``skill_id``."""
        return tuple(self._links[0][skill_id].split())

    def ancestors(self, skill_id: str) -> list[str]:
        """Return the ids above ``skill_id`` (parents, their parents...), nearest first."""
        return self._walk(skill_id, self.parents_of)

    def descendants(self, skill_id: str) -> list[str]:
        """Return the ids below ``skill_id`` (children, grandchildren...), nearest first."""
        # remembered per id: an umbrella skill ("databases") has hundreds below it, and
        # extraction asks about the same few skills in every resume
        known = self._descendants.get(skill_id)
        if known is None:
            if self._children is None:
                self._children = self._pointing_at(self._links[0])
            found = self._children
            known = tuple(self._walk(skill_id, lambda sid: found.get(sid, ())))
            self._descendants[skill_id] = known
        return list(known)

    def _walk(self, start: str, step: Any) -> list[str]:
        if start not in self._rows:
            raise KeyError(start)
        seen = {start}
        order: list[str] = []
        queue = deque([start])
        while queue:
            for nxt in step(queue.popleft()):
                if nxt not in seen:
                    seen.add(nxt)
                    order.append(nxt)
                    queue.append(nxt)
        return order


# --------------------------------------------------------------------------- loading


def lexicon_files(directory: Path) -> list[Path]:
    """Return the skill TOML files under ``directory``, in a stable order."""
    found: list[Path] = []
    for folder in SKILL_FOLDERS:
        found.extend(sorted((directory / folder).glob("*.toml")))
    return found


def content_hash(paths: Iterable[Path], root: Path) -> str:
    """Return a short hash of the files' names and bytes (the lexicon's version)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def remembered_content_hash(paths: list[Path], root: Path) -> str:
    """Return ``content_hash(paths, root)``, remembered in the user cache by the files' stat.

    Reading and hashing the ~6 MB of lexicon TOML cost every cold start ~10 ms. A note in
    the user cache keeps the hash under a key made of the folder and each file's name, size,
    modification and change times (ns) and inode, as git's index does: editing or replacing
    a file changes its key (the change time even when the modification time is set back),
    so a note is never used for other content. A missing or unreadable note means hashing again.
    """
    try:
        stats = [(p.relative_to(root).as_posix(), p.stat()) for p in paths]
    except OSError:
        return content_hash(paths, root)
    facts = [(name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) for name, st in stats]
    folder_key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:HASH_NOTE_KEY]
    files_key = hashlib.sha256(repr(facts).encode()).hexdigest()[:HASH_NOTE_KEY]
    note = cache_dir() / FAST_FOLDER / f"{HASH_NOTE}-{folder_key}-{files_key}.txt"
    with suppress(OSError, UnicodeDecodeError):
        known = note.read_text(encoding="ascii")
        if _HASH_TEXT.fullmatch(known):
            return known
    digest = content_hash(paths, root)
    if not _replace_file(note, digest.encode("ascii")):
        return digest  # an unwritable cache: hash again next time
    for older in note.parent.glob(f"{HASH_NOTE}-{folder_key}-*.txt"):
        if older != note:
            with suppress(OSError):
                older.unlink()
    _keep_newest_notes(note.parent)
    return digest


def _keep_newest_notes(folder: Path) -> None:
    """Delete all but the ``HASH_NOTES_KEPT`` newest hash notes in ``folder``.

    Each folder hashed leaves a note (role folders, test lexicons in temporary folders):
    without a bound they would pile up for good.
    """
    notes = []
    for path in folder.glob(f"{HASH_NOTE}-*.txt"):
        with suppress(OSError):
            notes.append((path.stat().st_mtime_ns, path))
    notes.sort(reverse=True)
    for _, path in notes[HASH_NOTES_KEPT:]:
        with suppress(OSError):
            path.unlink()


def read_skill_file(path: Path) -> list[Skill]:
    """Return the skills of one TOML file; raise DataFileError for any bad entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read as TOML: {exc}") from exc
    entries = data.get("skill", [])
    unknown = set(data) - {"skill"}
    if unknown:
        raise DataFileError(path, "", f"unknown top-level keys {sorted(unknown)}; use [[skill]]")
    if not isinstance(entries, list):
        raise DataFileError(path, "", "'skill' must be an array of tables ([[skill]])")
    skills: list[Skill] = []
    for index, entry in enumerate(entries):
        label = f"skill {entry.get('id', index)!r}" if isinstance(entry, dict) else f"#{index}"
        try:
            skills.append(Skill.model_validate(entry))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise DataFileError(path, label, f"{where}: {first['msg']}") from exc
    return skills


def validate_skills(by_file: list[tuple[Path, list[Skill]]]) -> list[Skill]:
    """Return all skills once the cross-file rules hold; raise DataFileError otherwise."""
    owner: dict[str, tuple[Path, Skill]] = {}
    form_owner: dict[str, str] = {}
    for path, skills in by_file:
        for skill in skills:
            if skill.id in owner:
                raise DataFileError(
                    path, f"skill {skill.id!r}", f"duplicate id (also in {owner[skill.id][0]})"
                )
            owner[skill.id] = (path, skill)
            for form in set(map(normalize_form, skill.forms())):
                if not form:
                    raise DataFileError(path, f"skill {skill.id!r}", "empty alias")
                other = form_owner.setdefault(form, skill.id)
                if other != skill.id:
                    raise DataFileError(
                        path, f"skill {skill.id!r}", f"alias {form!r} is also claimed by {other!r}"
                    )
    for skill_id, (path, skill) in owner.items():
        for field, targets in (("parent", skill.parents), ("related", skill.related)):
            for target in targets:
                if target not in owner:
                    raise DataFileError(
                        path, f"skill {skill_id!r}", f"{field} {target!r} does not exist"
                    )
                if target == skill_id:
                    raise DataFileError(path, f"skill {skill_id!r}", f"{field} is itself")
    _check_cycles(owner)
    return [skill for _, skills in by_file for skill in skills]


def _check_cycles(owner: dict[str, tuple[Path, Skill]]) -> None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in owner:
        if state.get(root):
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path_ids: list[str] = []
        while stack:
            node, index = stack.pop()
            parents = owner[node][1].parents
            if index == 0:
                state[node] = 1
                path_ids.append(node)
            if index < len(parents):
                stack.append((node, index + 1))
                nxt = parents[index]
                if state.get(nxt) == 1:
                    cycle = path_ids[path_ids.index(nxt) :] + [nxt]
                    raise DataFileError(
                        owner[node][0], f"skill {node!r}", "parent cycle " + " -> ".join(cycle)
                    )
                if not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path_ids.pop()


def build_lexicon(directory: Path) -> Lexicon:
    """Return the lexicon read and validated from ``directory`` (no cache)."""
    paths = lexicon_files(directory)
    if not paths:
        raise DataFileError(directory, "", "no skill files (expected core/*.toml)")
    by_file = [(path, read_skill_file(path)) for path in paths]
    return Lexicon(validate_skills(by_file), content_hash(paths, directory))


def cache_dir() -> Path:
    """Return the user cache directory for compiled data (not created here)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "resumefit"


def shipped_cache_dir() -> Path:
    """Return the folder of compiled data shipped with the package."""
    return data_path("skill_lexicon") / SHIPPED_CACHE


def shipped_name(name: str) -> str:
    """Return the file name under which cache entry ``name`` ships: plain JSON, not gzipped.

    Decompressing the ~13 MB of shipped JSON cost every cold start ~40 ms; the wheel (a zip)
    and git compress the files anyway, so only the installed copy is larger (13 vs 2 MB).
    """
    return name.removesuffix(".gz")


def read_cache(
    name: str, prepare: Callable[[Any], Any] | None = None, form: str = JSON_FORM
) -> Any | None:
    """Return cache entry ``name`` (shipped first, then the user's) made ready, or None.

    Ready means the entry's JSON value passed through ``prepare`` (default: the JSON value
    itself); ``prepare`` returns None for a value it cannot use, which is a miss. The user's
    fast copy of the ready value, labelled ``form`` (name a new label whenever ``prepare``
    changes what it returns), is read first when there is one; a value read from JSON
    leaves such a copy behind, so the next process skips the JSON parse and ``prepare``.
    """
    # Parsing creates ~150k lists and dicts, which would set off collections that walk every
    # object the process holds (spaCy, pydantic) for nothing: the data has no cycles.
    # Pausing the collector halves the load time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        fast = fast_copy_path(name, form)
        try:
            return marshal.loads(fast.read_bytes())
        except Exception:  # absent, truncated or from another Python: just a miss
            pass
        for path in (shipped_cache_dir() / shipped_name(name), cache_dir() / name):
            try:
                # whole-buffer decompress and parse: ~2x faster than json.load on a gzip stream
                raw = path.read_bytes()
                value = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
            except Exception:  # absent, truncated or foreign: just a miss
                continue
            ready = value if prepare is None else prepare(value)
            if ready is None:
                continue
            if _write_fast_copy(fast, ready):
                prune_cache(name, form)
            return ready
        return None
    finally:
        if enabled:
            gc.enable()


def _replace_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and rename; return False on failure.

    Readers never see half a file; a failed write leaves no temporary file behind.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True


def fast_copy_path(name: str, form: str = JSON_FORM) -> Path:
    """Return where the user's ``marshal`` copy of cache entry ``name`` in ``form`` is kept."""
    stem = name.removesuffix(".gz").removesuffix(".json")
    return cache_dir() / FAST_FOLDER / f"{stem}.{form}.{sys.implementation.cache_tag}.marshal"


def _write_fast_copy(path: Path, value: Any) -> bool:
    """Store ``value`` in ``marshal`` form at ``path`` atomically; return False on failure."""
    try:
        data = marshal.dumps(value)
    except ValueError:  # a value marshal cannot hold
        return False
    return _replace_file(path, data)


def prune_cache(name: str, form: str = JSON_FORM) -> None:
    """Delete the user cache files the current code cannot read and the surplus old ones.

    Called after writing entry ``name`` (``cache_name``'s form) and its fast copy labelled
    ``form``: writes are rare, so reads never pay for it. Deleted are, in the cache folder
    and ``fast/``: entries of an older ``CACHE_FORMAT``, the pickles of the formats before
    JSON, kinds of the same family with a lower format number (``compiled8_*`` once
    ``compiled10_*`` is written), fast copies of this entry in another form, and temporary
    files a crashed writer left; then of each family of kinds all but the
    ``CACHE_ENTRIES_KEPT`` newest (the ones just written count first). Each is ~1-6 MB,
    and every new lexicon version (an upgrade, an edit) would otherwise leave its files
    behind for good. Only names of the cache's own scheme are touched, and a failure (a
    read-only folder, a file deleted meanwhile) only leaves a file in place.
    """
    written = re.fullmatch(_ENTRY_FILE, name)
    if written is None:
        return  # not a cache_name: nothing to tell older entries by
    family, number = _kind_format(written["kind"])
    entry = written.group("kind", "format", "version")

    def unreadable(match: re.Match[str]) -> bool:
        """Return whether the current code would never read the file ``match`` names."""
        other_family, other_number = _kind_format(match["kind"])
        found = match.groupdict()
        return (
            int(match["format"]) < CACHE_FORMAT
            or found.get("suffix") == "pickle"
            or (other_family == family and other_number < number)
            # this entry's fast copy in another form (the one just written is kept)
            or (
                found.get("tag") == sys.implementation.cache_tag
                and match.group("kind", "format", "version") == entry
            )
        )

    fast = fast_copy_path(name, form)
    _prune_folder(cache_dir(), _ENTRY_FILE, name, unreadable)
    _prune_folder(fast.parent, _FAST_FILE, fast.name, unreadable)


def _kind_format(kind: str) -> tuple[str, int]:
    """Return a kind's family and the format number it carries (0 without one)."""
    match = re.fullmatch(_KIND, kind)
    if match is None:
        return kind, 0
    return match["family"], int(match["number"] or 0)


def _prune_folder(
    folder: Path,
    pattern: str,
    written: str,
    unreadable: Callable[[re.Match[str]], bool],
) -> None:
    """Delete ``folder``'s files named by ``pattern`` that are unreadable or surplus.

    ``written`` (just written) stays and counts as the newest of its family; the kinds of
    one family (``compiled10_lookups1.0.5``, ``compiled10_lookups1.0.6``) share the bound,
    so new data versions in a kind's name do not each keep their own few. See ``prune_cache``.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    stale_before = time.time() - STALE_TEMPORARY_SECONDS
    by_family: dict[str, list[tuple[int, str]]] = {}
    for entry in entries:
        match = re.fullmatch(pattern, entry.name)
        with suppress(OSError):
            if match is None:
                if _is_temporary(entry.name) and entry.stat().st_mtime < stale_before:
                    os.unlink(entry.path)
            elif entry.name != written and entry.is_file(follow_symlinks=False):
                if unreadable(match):
                    os.unlink(entry.path)
                else:
                    age = entry.stat().st_mtime_ns
                    family = _kind_format(match["kind"])[0]
                    by_family.setdefault(family, []).append((age, entry.name))
    written_match = re.fullmatch(pattern, written)
    written_family = _kind_format(written_match["kind"])[0] if written_match else None
    for family, files in by_family.items():
        files.sort(reverse=True)
        room = CACHE_ENTRIES_KEPT - (family == written_family)
        for _, surplus in files[room:]:
            with suppress(OSError):
                os.unlink(folder / surplus)


def _is_temporary(name: str) -> bool:
    """Return whether ``name`` is a temporary file of one of the cache's own files."""
    match = re.fullmatch(_TEMPORARY_FILE, name)
    return match is not None and any(
        re.fullmatch(own, match["name"]) for own in (_ENTRY_FILE, _FAST_FILE, _HASH_NOTE_FILE)
    )


def write_json(path: Path, value: Any, *, level: int = 1) -> None:
    """Write ``value`` as JSON to ``path`` atomically (a temporary file, then rename).

    The JSON is gzipped at ``level`` when ``path`` ends in ``.gz``, else written plain.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # no name or time in the gzip header: the same data always makes the same bytes
    with (
        tmp.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=level, mtime=0)
        if path.suffix == ".gz"
        else nullcontext(raw) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as handle,
    ):
        # ASCII only (the few accented names escaped): a text with a single wider character
        # is stored and scanned at 2-4 bytes per character, and parsing ~13 MB of compiled
        # lexicon on a cold start takes ~25 ms longer
        json.dump(value, handle, ensure_ascii=True, separators=(",", ":"))
    tmp.replace(path)


def write_cache(
    name: str, value: Any, prepare: Callable[[Any], Any] | None = None, form: str = JSON_FORM
) -> None:
    """Store JSON ``value`` as user cache entry ``name``; do nothing when that fails.

    The fast copy holds ``prepare(value)`` labelled ``form``, as ``read_cache`` expects.
    """
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_json(folder / name, value)
    except OSError:
        return
    ready = value if prepare is None else prepare(value)
    if ready is not None:
        _write_fast_copy(fast_copy_path(name, form), ready)
    prune_cache(name, form)


def cache_name(kind: str, version: str) -> str:
    """Return a cache file name for ``kind`` data derived from lexicon ``version``."""
    safe = re.sub(r"[^a-z0-9_.]", "_", kind)
    return f"{safe}-{CACHE_FORMAT}-{version}.json.gz"


@cache
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Return the validated lexicon (shipped one by default), cached per process and on disk."""
    root = directory or data_path("skill_lexicon")
    paths = lexicon_files(root)
    if not paths:
        raise DataFileError(root, "", "no skill files (expected core/*.toml)")
    version = remembered_content_hash(paths, root)
    name = cache_name("lexicon", version)
    cached = Lexicon.from_prepared(read_cache(name, Lexicon.prepare, LEXICON_FORM))
    if cached is not None and cached.version == version:
        return cached
    lexicon = Lexicon(validate_skills([(p, read_skill_file(p)) for p in paths]), version)
    write_cache(name, lexicon.to_json(), Lexicon.prepare, LEXICON_FORM)
    return lexicon
