"""Package names a README's code and a repository's dependency files show in use.

``import torch`` or ``pip install transformers`` is strong evidence, but the package name
is not always the skill's name ("torch" is PyTorch; a lower-case "torch" is too ambiguous
for the lexicon to take on its own). So the code's imports and installs get a line of their
own, each package followed by the skill it stands for when that differs:
"Python imports: torch (PyTorch), numpy".
"""

from __future__ import annotations

from collections.abc import Iterable

#: Package or import name -> the name the skill lexicon knows it by, for packages whose
#: name alone does not say it (lower-case, abbreviated, or a common English word).
PACKAGE_SKILL_NAMES: dict[str, str] = {
    "torch": "PyTorch",
    "pytorch_lightning": "PyTorch Lightning",
    "pytorch-lightning": "PyTorch Lightning",
    "lightning": "PyTorch Lightning",
    "transformers": "Hugging Face Transformers",
    "datasets": "Hugging Face Datasets",
    "sklearn": "scikit-learn",
    "skimage": "scikit-image",
    "scikit-image": "scikit-image",
    "cv2": "OpenCV",
    "opencv-python": "OpenCV",
    "opencv-python-headless": "OpenCV",
    "tensorflow-gpu": "TensorFlow",
    "tensorflow-cpu": "TensorFlow",
    "tf-keras": "Keras",
    "bs4": "BeautifulSoup",
    "beautifulsoup4": "BeautifulSoup",
    "pil": "Pillow",
    "gym": "OpenAI Gym",
    "gymnasium": "Gymnasium",
    "psycopg2": "PostgreSQL",
    "psycopg2-binary": "PostgreSQL",
    "pymongo": "MongoDB",
    "boto3": "AWS",
    "pyspark": "Apache Spark",
}
#: Code fence languages whose ``import`` lines are Python imports.
PYTHON_FENCE_LANGUAGES: frozenset[str] = frozenset(
    {"python", "py", "python3", "py3", "ipython", "ipython3", "pycon", "jupyter"}
)
#: Commands whose arguments are packages being installed, by the word that precedes them.
INSTALL_COMMANDS: tuple[tuple[str, str], ...] = (
    ("pip", "install"),
    ("pip3", "install"),
    ("conda", "install"),
    ("mamba", "install"),
    ("poetry", "add"),
)
#: Install options whose next word is their value, not a package ("-c conda-forge").
OPTIONS_WITH_VALUE: frozenset[str] = frozenset(
    {"-c", "--channel", "-r", "--requirement", "-e", "--editable", "-i", "--index-url",
     "--extra-index-url", "-f", "--find-links", "-n", "--name", "-p", "--prefix", "--group"}
)  # fmt: skip
#: Interactive prompts stripped from the start of a code line.
PROMPTS: tuple[str, ...] = (">>> ", "... ", "$ ", "% ", "!", "%")
#: Packages listed per line at most.
MAX_PACKAGES_PER_LINE = 30


def with_skill_name(package: str) -> str:
    """Return "torch (PyTorch)" for a package known by another name, else the package."""
    skill = PACKAGE_SKILL_NAMES.get(package.lower())
    if skill is None or skill.lower() == package.lower():
        return package
    return skill if skill.startswith(f"{package} (") else f"{package} ({skill})"


def requirement_name(spec: str) -> str | None:
    """Return the package name at the start of a pip or conda requirement, or None."""
    spec = spec.strip()
    if "::" in spec:  # conda channel prefix: "pytorch::pytorch=2.1"
        spec = spec.split("::", 1)[1]
    name = ""
    for ch in spec:
        if not (ch.isalnum() or ch in "._-"):
            break
        name += ch
    if not name or not name[0].isalpha():
        return None
    if "://" in spec and not spec[len(name) :].lstrip().startswith("@"):
        return None  # a bare URL ("git+https://..."); "name @ https://..." keeps its name
    return name


def _strip_prompt(line: str) -> str:
    line = line.strip()
    for prompt in PROMPTS:
        if line.startswith(prompt):
            return line[len(prompt) :].strip()
    return line


def _unique(names: Iterable[str]) -> list[str]:
    kept: list[str] = []
    for name in names:
        if name and name not in kept:
            kept.append(name)
    return kept[:MAX_PACKAGES_PER_LINE]


def python_imports(code: str) -> list[str]:
    """Return the top-level modules a Python snippet imports (``import a.b``, ``from c import``)."""
    modules: list[str] = []
    for raw in code.splitlines():
        line = _strip_prompt(raw)
        if line.startswith("import "):
            targets = line[len("import ") :].split("#", 1)[0].split(",")
        elif line.startswith("from ") and " import " in line:
            targets = [line[len("from ") :].split(" import ", 1)[0]]
        else:
            continue
        for target in targets:
            module = target.strip().split(" as ", 1)[0].split(".", 1)[0].strip()
            if module.isidentifier():
                modules.append(module)
    return _unique(modules)


def installed_packages(code: str) -> list[str]:
    """Return the package names a shell snippet installs (pip/conda/mamba install, poetry add)."""
    packages: list[str] = []
    for raw in code.splitlines():
        words = _strip_prompt(raw).replace("\\", " ").split()
        for index in range(len(words) - 1):
            if (words[index].lower(), words[index + 1].lower()) not in INSTALL_COMMANDS:
                continue
            skip_next = False
            for word in words[index + 2 :]:
                if word in ("&&", "||", ";", "|"):
                    break
                if skip_next or word.startswith("-"):
                    skip_next = word in OPTIONS_WITH_VALUE
                    continue
                packages.append(requirement_name(word.strip("'\"")) or "")
    return _unique(packages)


def code_package_lines(code: str, language: str) -> list[str]:
    """Return the "Python imports: ..." and "Installs: ..." lines for one code fence."""
    lines: list[str] = []
    if language.lower() in PYTHON_FENCE_LANGUAGES:
        imports = python_imports(code)
        if imports:
            lines.append(f"Python imports: {', '.join(with_skill_name(m) for m in imports)}")
    installs = installed_packages(code)
    if installs:
        lines.append(f"Installs: {', '.join(with_skill_name(p) for p in installs)}")
    return lines
