"""The built wheel carries its data: installed alone in a fresh venv, `resumefit check` works.

The venv sees the machine's site-packages (for the dependencies, so nothing is downloaded)
but gets resumefit only from the wheel; the test checks that the resumefit it runs is the
wheel's, so a lexicon, role or template file missing from the wheel fails here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ml-intern-student.pdf"


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    # A PYTHONPATH pointing at a source tree would shadow the wheel inside the venv.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    return subprocess.run(
        [str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, timeout=600, env=env
    )


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_checks_an_example(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # Build with the machine's hatchling when it has one (no download); else pip fetches it.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", dist, ROOT],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("resumefit-*.whl")

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr

    where = _run(
        [
            python,
            "-c",
            "import resumefit.resources as r; print(r.__file__); "
            "print(r.data_path('roles')); print(r.data_path('templates'))",
        ],
        cwd=tmp_path,
    )
    assert where.returncode == 0, where.stderr
    module_file, roles_dir, templates_dir = where.stdout.split()
    assert Path(module_file).is_relative_to(env_dir)
    assert Path(roles_dir).is_relative_to(env_dir)
    assert Path(templates_dir).is_relative_to(env_dir)

    checked = _run(
        [env_dir / "bin" / "resumefit", "check", EXAMPLE, "--format", "json"], cwd=tmp_path
    )
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["fits"], "no role was scored"
    assert report["skills"], "no skill was found in the example"
