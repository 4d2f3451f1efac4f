"""Imports and installs in README code name the packages (and the skills) they show in use."""

from __future__ import annotations

from resumefit.portfolio import readme_document
from resumefit.portfolio.packages import installed_packages, python_imports, with_skill_name
from resumefit.types import SectionKind


def test_python_imports_top_level_modules() -> None:
    code = ">>> import torch.nn as nn, numpy\nfrom sklearn.svm import SVC\nfrom . import x\n"
    assert python_imports(code) == ["torch", "numpy", "sklearn"]


def test_pip_and_conda_installs() -> None:
    code = (
        "$ pip install -U torch transformers>=4 && echo ok\nconda install -c conda-forge opencv\n"
    )
    assert installed_packages(code) == ["torch", "transformers", "opencv"]


def test_package_known_by_another_name_gets_it_in_brackets() -> None:
    assert with_skill_name("torch") == "torch (PyTorch)"
    assert with_skill_name("numpy") == "numpy"


def test_python_fence_gets_an_imports_line_in_a_projects_section() -> None:
    doc = readme_document(b"```python\nimport torch\n```\n", source="s")
    assert doc.text == "Code (python):\nimport torch\nPython imports: torch (PyTorch)"
    assert doc.section_at(doc.text.index("Python imports")) is SectionKind.PROJECTS


def test_javascript_import_is_not_read_as_python() -> None:
    doc = readme_document(b"```js\nimport React from 'react'\n```\n", source="s")
    assert "Python imports" not in doc.text
