"""The shipped lexicon: the ids roles rely on, its size, hierarchy and the on-disk cache."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from resumefit.lexicon import build_lexicon, load_lexicon
from resumefit.resources import data_path

CORE_IDS = [
    "python",
    "r",
    "java",
    "c",
    "cpp",
    "scala",
    "julia",
    "sql",
    "go",
    "javascript",
    "pytorch",
    "tensorflow",
    "keras",
    "scikit-learn",
    "jax",
    "xgboost",
    "numpy",
    "pandas",
    "matplotlib",
    "hugging-face-transformers",
    "opencv",
    "spacy",
    "nltk",
    "machine-learning",
    "deep-learning",
    "deep-learning-framework",
    "ml-library",
    "neural-networks",
    "cnn",
    "rnn",
    "transformers-architecture",
    "natural-language-processing",
    "computer-vision",
    "reinforcement-learning",
    "supervised-learning",
    "unsupervised-learning",
    "linear-algebra",
    "calculus",
    "probability",
    "statistics",
    "optimization",
    "data-structures",
    "algorithms",
    "git",
    "github",
    "docker",
    "kubernetes",
    "aws",
    "gcp",
    "azure",
    "cloud-computing",
    "mlops",
    "model-deployment",
    "model-monitoring",
    "ci-cd",
    "rest-api",
    "spark",
    "hadoop",
    "data-visualization",
    "data-analysis",
    "data-preprocessing",
    "feature-engineering",
    "a-b-testing",
    "big-data",
    "linux",
    "communication",
    "teamwork",
    "problem-solving",
    "leadership",
    "critical-thinking",
    "time-management",
    "adaptability",
    "collaboration",
    "presentation-skills",
]


def test_core_ids_that_roles_use_exist() -> None:
    lexicon = load_lexicon()
    assert [skill_id for skill_id in CORE_IDS if skill_id not in lexicon] == []


def test_curated_core_has_at_least_2000_skills() -> None:
    core = data_path("skill_lexicon") / "core"
    generated = data_path("skill_lexicon") / "generated"
    curated = sum(len(tomllib.loads(p.read_text())["skill"]) for p in core.glob("*.toml"))
    onet = len(tomllib.loads((generated / "onet_technology.toml").read_text())["skill"])
    assert curated >= 1500 and curated + onet >= 2000


def test_soft_skills_use_the_soft_skill_category() -> None:
    lexicon = load_lexicon()
    assert {lexicon.get(s).category for s in ("communication", "teamwork", "leadership")} == {
        "soft_skill"
    }


def test_pytorch_sits_under_deep_learning_and_machine_learning() -> None:
    lexicon = load_lexicon()
    assert lexicon.ancestors("pytorch")[:3] == [
        "deep-learning-framework",
        "deep-learning",
        "ml-library",
    ]
    assert "machine-learning" in lexicon.ancestors("pytorch")
    assert "pytorch" in lexicon.descendants("deep-learning")


def test_unknown_id_raises_key_error() -> None:
    with pytest.raises(KeyError):
        load_lexicon().get("no-such-skill")


def test_version_is_the_content_hash() -> None:
    assert load_lexicon().version == build_lexicon(data_path("skill_lexicon")).version


def test_unwritable_cache_falls_back_to_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    code = "from resumefit.lexicon import load_lexicon; print(len(load_lexicon()))"
    env = {"RESUMEFIT_CACHE_DIR": str(blocker / "cache"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10000


def test_no_form_is_a_fragment_or_an_education_level() -> None:
    lexicon = load_lexicon()
    fragments = [
        (skill.id, form)
        for skill in lexicon.skills
        for form in skill.forms()
        if form.lower().split()[0] in {"and", "or", "&", "nor", "but"}
    ]
    assert fragments == []
    teaching = {form.lower() for form in lexicon.get("education").forms()}
    assert not teaching & {"higher education", "special education", "physical education"}
