"""Dependency files of a repository are read into package names."""

from __future__ import annotations

from resumefit.portfolio.signals import (
    parse_environment_yml,
    parse_package_json,
    parse_pyproject,
    parse_requirements_txt,
    parse_setup_py,
)


def test_requirements_txt_skips_options_urls_and_comments() -> None:
    text = "# base\ntorch>=2.1\n-r dev.txt\ngit+https://x.example/a.git\nnumpy==1.26  # pin\n"
    assert parse_requirements_txt(text) == ["torch", "numpy"]


def test_pyproject_project_dependencies() -> None:
    text = '[project]\nname = "x"\ndependencies = ["transformers>=4", "scikit-learn"]\n'
    assert parse_pyproject(text) == ["transformers", "scikit-learn"]


def test_pyproject_poetry_dependencies_without_python() -> None:
    text = '[tool.poetry.dependencies]\npython = "^3.11"\npandas = "^2"\nfastapi = "*"\n'
    assert parse_pyproject(text) == ["pandas", "fastapi"]


def test_package_json_dependencies_then_dev_dependencies() -> None:
    text = '{"dependencies": {"react": "18"}, "devDependencies": {"jest": "29"}}'
    assert parse_package_json(text) == ["react", "jest"]


def test_environment_yml_conda_and_pip_packages() -> None:
    text = (
        "name: ml\nchannels:\n  - pytorch\ndependencies:\n  - python=3.11\n"
        "  - pytorch::pytorch=2.1\n  - pip:\n    - opencv-python\nvariables:\n  - X\n"
    )
    assert parse_environment_yml(text) == ["python", "pytorch", "opencv-python"]


def test_setup_py_literal_install_requires() -> None:
    text = "from setuptools import setup\nsetup(name='x', install_requires=['keras>=2', 'h5py'])\n"
    assert parse_setup_py(text) == ["keras", "h5py"]


def test_setup_py_install_requires_through_a_module_name() -> None:
    text = "import setuptools\nDEPS = ['xgboost']\nsetuptools.setup(install_requires=DEPS)\n"
    assert parse_setup_py(text) == ["xgboost"]


def test_setup_py_computed_install_requires_is_skipped() -> None:
    text = "from setuptools import setup\nsetup(install_requires=open('r.txt').read().split())\n"
    assert parse_setup_py(text) == []
