"""Role profiles as data: load, validate, resolve and describe them.

A role is a TOML file (one per built-in role in ``roles/``; users may bring their own)
validated against ``resumefit.types.Role``. Any problem — TOML syntax, an unknown field,
a bad value, a skill id the lexicon does not know — fails with ``DataFileError`` naming the
file, the requirement (and its line) and the reason.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from resumefit.errors import NOT_FOUND, DataFileError, UsageError
from resumefit.resources import data_path
from resumefit.types import DegreeLevel, Requirement, Role

#: File suffix of role files (built-in and custom).
ROLE_SUFFIX = ".toml"
#: Table header that starts each requirement in a role file.
REQUIREMENT_HEADER = "[[requirements]]"
#: How ``format_role`` names degree levels.
DEGREE_NAMES = {
    DegreeLevel.NONE: "no degree",
    DegreeLevel.HIGH_SCHOOL: "high school",
    DegreeLevel.ASSOCIATE: "associate degree",
    DegreeLevel.BACHELOR: "bachelor's degree",
    DegreeLevel.MASTER: "master's degree",
    DegreeLevel.PHD: "PhD",
}

_TOML_LINE = re.compile(r"at line (\d+), column (\d+)")


def load_role(path: str | Path, *, known_skills: Collection[str] | None = None) -> Role:
    """Return the Role in the TOML file ``path``; raise DataFileError when it is invalid.

    ``known_skills`` are the skill ids requirements may name; by default the shipped
    lexicon's ids.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(path, "", NOT_FOUND) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        entry = f"line {found.group(1)}" if found else ""
        reason = _TOML_LINE.sub("", str(exc)).strip(" ()")
        raise DataFileError(path, entry, f"invalid TOML: {reason}") from exc
    try:
        role = Role.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(path, text, data, exc) from exc
    _check_requirements(path, text, role, known_skills)
    return role


def _validation_error(
    path: Path, text: str, data: dict[str, Any], exc: ValidationError
) -> DataFileError:
    """Return a DataFileError naming the first invalid requirement/field of a role file."""
    first = exc.errors()[0]
    loc = list(first["loc"])
    reason = first["msg"]
    if first["type"] == "extra_forbidden":
        reason = f"unknown field {loc[-1]!r}"
    elif first["type"] == "literal_error" and loc and loc[-1] == "importance":
        reason = f"importance must be 'required' or 'preferred', not {first.get('input')!r}"
    if len(loc) >= 2 and loc[0] == "requirements" and isinstance(loc[1], int):
        index = loc[1]
        entries = data.get("requirements") or []
        entry = entries[index] if index < len(entries) else {}
        req_id = entry.get("id", f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
        where = f"requirement {req_id!r}{_requirement_line(text, index)}"
        field = ".".join(str(part) for part in loc[2:])
        if field:
            where += f", field {field!r}"
        return DataFileError(path, where, reason)
    field = ".".join(str(part) for part in loc)
    return DataFileError(path, f"field {field!r}" if field else "", reason)


def _requirement_line(text: str, index: int) -> str:
    """Return ' (line N)' for the ``index``-th requirement table of a role file, or ''."""
    seen = -1
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == REQUIREMENT_HEADER:
            seen += 1
            if seen == index:
                return f" (line {number})"
    return ""


def _check_requirements(
    path: Path, text: str, role: Role, known_skills: Collection[str] | None
) -> None:
    """Raise DataFileError for duplicate ids, empty requirements or unknown skill ids."""
    if not role.requirements:
        raise DataFileError(path, "", "a role needs at least one [[requirements]] table")
    known = known_skills if known_skills is not None else _lexicon_ids()
    seen: set[str] = set()
    for index, requirement in enumerate(role.requirements):
        reason = _requirement_problem(requirement, seen, known)
        if reason:
            # the line number is looked up only for the message: it costs a scan of the file
            where = f"requirement {requirement.id!r}{_requirement_line(text, index)}"
            raise DataFileError(path, where, reason)
        seen.add(requirement.id)


def _requirement_problem(requirement: Requirement, seen: set[str], known: Collection[str]) -> str:
    """Return why ``requirement`` is invalid ("" when it is valid)."""
    if requirement.id in seen:
        return "duplicate requirement id"
    if not requirement.any_of and requirement.degree is None:
        return "needs 'any_of' skill ids or a 'degree' table"
    unknown = [skill for skill in requirement.any_of if skill not in known]
    if unknown:
        return f"unknown skill id {unknown[0]!r}; use an id from the skill lexicon"
    if requirement.any_of and requirement.min_count > len(set(requirement.any_of)):
        return f"min_count {requirement.min_count} exceeds the any_of skills"
    return ""


def _lexicon_ids() -> frozenset[str]:
    # Imported here so that reading roles does not load the lexicon unless ids are checked.
    from resumefit.lexicon import load_lexicon

    return frozenset(load_lexicon().ids())


def load_role_folder(folder: Path) -> tuple[Role, ...]:
    """Return the roles of every role file in ``folder``, sorted by id.

    Validated roles are kept in the user cache, keyed by the files' content and the
    lexicon's version (the skill ids they were checked against): parsing the TOML again
    costs more than the rest of a first check's role handling.
    """
    from resumefit.lexicon import (
        cache_name,
        load_lexicon,
        read_cache,
        remembered_content_hash,
        write_cache,
    )

    paths = sorted(folder.glob(f"*{ROLE_SUFFIX}"))
    if not paths:
        raise DataFileError(folder, "", "no role files")
    lexicon = load_lexicon()
    name = cache_name("roles", f"{remembered_content_hash(paths, folder)}-{lexicon.version}")
    roles = _roles_from_cache(read_cache(name), len(paths))
    if roles is None:
        known = frozenset(lexicon.ids())
        roles = tuple(load_role(path, known_skills=known) for path in paths)
        write_cache(name, [role.model_dump(mode="json") for role in roles])
    ids = [role.id for role in roles]
    for role, path in zip(roles, paths, strict=True):
        if ids.count(role.id) > 1:
            raise DataFileError(path, f"role {role.id!r}", "duplicate role id")
    return tuple(sorted(roles, key=lambda role: role.id))


def _roles_from_cache(data: Any, count: int) -> tuple[Role, ...] | None:
    """Return the ``count`` roles stored by ``load_role_folder``, or None for anything else."""
    if not isinstance(data, list) or len(data) != count:
        return None
    try:
        return tuple(Role.model_validate(entry) for entry in data)
    except ValidationError:
        return None


@cache
def _builtin_roles() -> tuple[Role, ...]:
    return load_role_folder(data_path("roles"))


def load_builtin_roles() -> list[Role]:
    """Return the built-in roles, sorted by id (read and validated once per process)."""
    return list(_builtin_roles())


def builtin_role_ids() -> list[str]:
    """Return the ids of the built-in roles, sorted."""
    return [role.id for role in _builtin_roles()]


def resolve_roles(specs: Sequence[str]) -> list[Role]:
    """Return the roles named by ``specs``: built-in ids or paths to role TOML files."""
    builtin = {role.id: role for role in _builtin_roles()}
    resolved: list[Role] = []
    for spec in specs:
        if spec in builtin:
            resolved.append(builtin[spec])
        elif spec.endswith(ROLE_SUFFIX) or "/" in spec or Path(spec).is_file():
            resolved.append(load_role(spec))
        else:
            valid = ", ".join(sorted(builtin))
            raise UsageError(
                f"unknown role {spec!r}; use one of {valid}, or a path to a role .toml file"
            )
    return resolved


def describe_requirement(requirement: Requirement) -> str:
    """Return what a requirement asks for in words: skills, counts, years or degree."""
    parts: list[str] = []
    if requirement.degree is not None:
        degree = requirement.degree
        text = f"{DEGREE_NAMES[degree.min_level]} or higher"
        text += " (studying toward it counts)" if degree.pursuing_ok else " (completed)"
        if degree.fields:
            text += " in " + ", ".join(degree.fields)
        parts.append(text)
    if requirement.any_of:
        count = requirement.min_count
        lead = "any of" if count == 1 else f"at least {count} of"
        parts.append(f"{lead}: {', '.join(requirement.any_of)}")
    if requirement.min_years is not None:
        parts.append(f"at least {requirement.min_years:g} years")
    return "; ".join(parts)


def format_role(role: Role) -> str:
    """Return a readable description of ``role`` for ``resumefit roles show``."""
    lines = [f"{role.title} ({role.id}) - {role.seniority}"]
    if role.summary:
        lines.append(role.summary)
    if role.sources:
        lines.append("Sources: " + "; ".join(role.sources))
    for importance in ("required", "preferred"):
        chosen = [req for req in role.requirements if req.importance == importance]
        if not chosen:
            continue
        lines.append("")
        lines.append(f"{importance.capitalize()} ({len(chosen)}):")
        for req in sorted(chosen, key=lambda r: (-r.weight, r.category, r.id)):
            lines.append(f"  - {req.label}  [{req.category}, weight {req.weight:g}, id {req.id}]")
            lines.append(f"      asks for: {describe_requirement(req)}")
            if req.source:
                lines.append(f"      source:   {req.source}")
            if req.suggestion:
                lines.append(f"      if missing: {req.suggestion}")
    return "\n".join(lines) + "\n"


def role_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a role file (for ``resumefit roles schema``)."""
    return Role.model_json_schema()
