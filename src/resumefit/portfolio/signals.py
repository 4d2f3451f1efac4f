"""Light signals of what a cloned repository is built with, rendered as lines of text.

Beyond its README, a repository shows its stack in the languages of its files, in its
dependency files (requirements.txt, pyproject.toml, package.json, environment.yml,
setup.py) and in a Dockerfile or CI workflow. Each becomes one line ("Dependencies
(requirements.txt): torch, transformers") so the extractor finds them like any other text.
Reading is bounded: a file cap per repository and a byte cap per dependency file.
"""

from __future__ import annotations

import ast
import json
import os
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from resumefit.portfolio.assemble import Block
from resumefit.portfolio.packages import requirement_name, with_skill_name
from resumefit.types import SectionKind

#: Files looked at per repository when counting languages; bigger trees are sampled.
MAX_FILES_SCANNED = 5_000
#: Bytes read from one dependency file at most; larger files are skipped.
MAX_DEPENDENCY_FILE_BYTES = 256_000
#: Dependencies listed per file at most.
MAX_DEPENDENCIES_PER_FILE = 60
#: Languages under this share of the code are left out of the "Languages:" line.
MIN_LANGUAGE_SHARE = 0.01
MAX_LANGUAGES_SHOWN = 8
#: Folders that hold other people's code or build output, never counted.
SKIPPED_DIRS: frozenset[str] = frozenset(
    {
        "node_modules", "vendor", "vendors", "third_party", "thirdparty", "external",
        "venv", "env", "__pycache__", "build", "dist", "site-packages", "target",
        "bower_components", "Pods", "deps", "_build",
    }
)  # fmt: skip
#: File extension -> language name, as GitHub's language bar names them.
EXTENSION_LANGUAGES: dict[str, str] = {
    ".py": "Python", ".ipynb": "Jupyter Notebook", ".r": "R", ".rmd": "R",
    ".js": "JavaScript", ".jsx": "JavaScript", ".mjs": "JavaScript", ".ts": "TypeScript",
    ".tsx": "TypeScript", ".java": "Java", ".kt": "Kotlin", ".scala": "Scala", ".go": "Go",
    ".rs": "Rust", ".c": "C", ".h": "C", ".cpp": "C++", ".cc": "C++", ".cxx": "C++",
    ".hpp": "C++", ".cu": "CUDA", ".cs": "C#", ".rb": "Ruby", ".php": "PHP", ".swift": "Swift",
    ".jl": "Julia", ".sh": "Shell", ".bash": "Shell", ".ps1": "PowerShell", ".sql": "SQL",
    ".html": "HTML", ".css": "CSS", ".scss": "SCSS", ".vue": "Vue", ".dart": "Dart",
    ".lua": "Lua", ".pl": "Perl", ".hs": "Haskell", ".ex": "Elixir", ".exs": "Elixir",
    ".erl": "Erlang", ".clj": "Clojure", ".f90": "Fortran", ".ml": "OCaml", ".m": "MATLAB",
    ".sol": "Solidity", ".tex": "TeX",
}  # fmt: skip
#: The heading of the block of signal lines in a repository Document.
SIGNALS_HEADING = "Repository contents"
SIGNALS_KIND = SectionKind.PROJECTS


def count_language_bytes(root: Path) -> dict[str, int]:
    """Return bytes of code per language under ``root``, skipping vendored and hidden folders."""
    totals: Counter[str] = Counter()
    seen = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(names):
            if name.startswith(".") or name.endswith(".min.js"):
                continue
            language = EXTENSION_LANGUAGES.get(os.path.splitext(name)[1].lower())
            if language is None:
                continue
            seen += 1
            if seen > MAX_FILES_SCANNED:
                return dict(totals)
            try:
                totals[language] += os.stat(os.path.join(folder, name)).st_size
            except OSError:
                continue
    return dict(totals)


def languages_line(byte_counts: Mapping[str, int]) -> str | None:
    """Return "Languages: Python 82%, Shell 18%" for bytes per language, or None when empty."""
    total = sum(byte_counts.values())
    if total <= 0:
        return None
    shares = sorted(byte_counts.items(), key=lambda item: (-item[1], item[0]))
    shown = [
        f"{name} {round(100 * count / total)}%"
        for name, count in shares[:MAX_LANGUAGES_SHOWN]
        if count / total >= MIN_LANGUAGE_SHARE
    ]
    return f"Languages: {', '.join(shown)}" if shown else None


def _unique(names: Iterable[str | None]) -> list[str]:
    kept: list[str] = []
    for name in names:
        if name and name not in kept:
            kept.append(name)
    return kept[:MAX_DEPENDENCIES_PER_FILE]


def parse_requirements_txt(text: str) -> list[str]:
    """Return the package names of a requirements.txt (options, URLs and comments skipped)."""
    names: list[str | None] = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith(("#", "-")):
            names.append(requirement_name(line))
    return _unique(names)


def parse_pyproject(text: str) -> list[str]:
    """Return [project].dependencies, else [tool.poetry.dependencies] names (python excluded)."""
    data = tomllib.loads(text)
    project = data.get("project", {})
    specs = project.get("dependencies", []) if isinstance(project, dict) else []
    names: list[str | None] = [requirement_name(s) for s in specs if isinstance(s, str)]
    poetry = data.get("tool", {}).get("poetry", {})
    deps = poetry.get("dependencies", {}) if isinstance(poetry, dict) else {}
    if isinstance(deps, dict):
        names.extend(name for name in deps if name.lower() != "python")
    return _unique(names)


def parse_package_json(text: str) -> list[str]:
    """Return the dependencies then devDependencies names of a package.json."""
    data = json.loads(text)
    names: list[str | None] = []
    if isinstance(data, dict):
        for key in ("dependencies", "devDependencies"):
            if isinstance(data.get(key), dict):
                names.extend(str(name) for name in data[key])
    return _unique(names)


def parse_environment_yml(text: str) -> list[str]:
    """Return the conda and pip package names under ``dependencies:`` of an environment.yml."""
    names: list[str | None] = []
    inside = False
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() and not line.startswith("-"):
            inside = line.split(":", 1)[0].strip() == "dependencies"
            continue
        item = line.strip()
        if inside and item.startswith("- "):
            item = item[2:].strip()
            if not item.endswith(":"):  # "- pip:" opens the nested pip list
                names.append(requirement_name(item))
    return _unique(names)


def parse_setup_py(text: str) -> list[str]:
    """Return setup(install_requires=[...]) names when the list is a literal (or a literal name)."""
    tree = ast.parse(text)
    assigned: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                assigned[target.id] = node.value
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if called != "setup":
            continue
        for keyword in call.keywords:
            if keyword.arg != "install_requires":
                continue
            value = keyword.value
            if isinstance(value, ast.Name):
                value = assigned.get(value.id, value)
            try:
                specs = ast.literal_eval(value)
            except ValueError:
                return []
            if isinstance(specs, list | tuple):
                return _unique(requirement_name(s) for s in specs if isinstance(s, str))
    return []


#: Dependency file name -> parser. requirements*.txt files are matched by prefix.
DEPENDENCY_PARSERS = {
    "pyproject.toml": parse_pyproject,
    "package.json": parse_package_json,
    "environment.yml": parse_environment_yml,
    "environment.yaml": parse_environment_yml,
    "setup.py": parse_setup_py,
}


#: The ecosystem a dependency file belongs to, named on its line ("Python dependencies (...)")
#: because the file itself shows that language in use.
DEPENDENCY_ECOSYSTEMS: dict[str, str] = {
    "requirements": "Python",
    "pyproject.toml": "Python",
    "setup.py": "Python",
    "environment.yml": "Conda",
    "environment.yaml": "Conda",
    "package.json": "JavaScript",
}


def dependency_line(file_name: str, names: list[str]) -> str:
    """Return "Python dependencies (requirements.txt): torch, numpy" for one dependency file."""
    lowered = file_name.lower()
    key = "requirements" if lowered.startswith("requirements") else lowered
    ecosystem = DEPENDENCY_ECOSYSTEMS.get(key)
    label = f"{ecosystem} dependencies" if ecosystem else "Dependencies"
    return f"{label} ({file_name}): {', '.join(with_skill_name(name) for name in names)}"


def read_dependencies(root: Path) -> list[tuple[str, list[str]]]:
    """Return (file name, package names) for each readable dependency file at ``root``."""
    found: list[tuple[str, list[str]]] = []
    for path in sorted(root.iterdir()) if root.is_dir() else []:
        name = path.name
        lowered = name.lower()
        if lowered.startswith("requirements") and lowered.endswith(".txt"):
            parser = parse_requirements_txt
        elif lowered in DEPENDENCY_PARSERS:
            parser = DEPENDENCY_PARSERS[lowered]
        else:
            continue
        try:
            if not path.is_file() or path.stat().st_size > MAX_DEPENDENCY_FILE_BYTES:
                continue
            names = parser(path.read_text(encoding="utf-8", errors="replace"))
        except (OSError, ValueError, SyntaxError, tomllib.TOMLDecodeError):
            continue  # a dependency file we cannot parse is no evidence, not an error
        if names:
            found.append((name, names))
    return found


def signal_lines(root: Path) -> list[str]:
    """Return the signal lines (languages, dependencies, Docker, CI) of the repository at root."""
    lines: list[str] = []
    languages = languages_line(count_language_bytes(root))
    if languages:
        lines.append(languages)
    for file_name, names in read_dependencies(root):
        lines.append(dependency_line(file_name, names))
    dockerfiles = [
        p.name for p in sorted(root.glob("Dockerfile*")) + sorted(root.glob("*.dockerfile"))
    ]
    compose = [
        p.name
        for p in sorted(root.glob("docker-compose*.y*ml")) + sorted(root.glob("compose.y*ml"))
    ]
    if dockerfiles or compose:
        lines.append(f"Docker: builds containers with {', '.join(dockerfiles + compose)}")
    workflows = sorted((root / ".github" / "workflows").glob("*.y*ml"))
    if workflows:
        lines.append(f"CI/CD: {len(workflows)} GitHub Actions workflow(s)")
    return lines


def signal_blocks(lines: Iterable[str], heading: str = SIGNALS_HEADING) -> list[Block]:
    """Return ``lines`` as Blocks of a PROJECTS part under ``heading`` (nothing when empty)."""
    body = list(lines)
    if not body:
        return []
    blocks = [Block(heading, SIGNALS_KIND, heading, heading_level=2)]
    blocks.extend(Block(line, SIGNALS_KIND, heading) for line in body)
    return blocks
