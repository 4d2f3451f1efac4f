"""scripts/build_lexicon.py's ``build_esco``: an ESCO concept the curated core already has is
left out, instead of becoming a second skill from its leftover labels.

ESCO's "Adobe Photoshop" once became ``esco-adobe-photoshop`` holding "Adobe Photoshop CS6":
a mention of it never counted for the curated ``adobe-photoshop`` a role asks for.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from script_module import load_script


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    """Return scripts/build_lexicon.py as a module."""
    return load_script("scripts/build_lexicon.py")


def _esco_folder(tmp_path: Path, rows: list[tuple[str, list[str]]]) -> Path:
    """Write a two-file ESCO folder: ``rows`` (preferred label, alternative labels)."""
    lines = [
        json.dumps(
            {
                "uri": f"http://data.europa.eu/esco/skill/{index}",
                "preferredLabel": preferred,
                "altLabels": alternatives,
                "hierarchy_levels": "[['S', 'S5', 'S5.1', None]]",
            }
        )
        for index, (preferred, alternatives) in enumerate(rows)
    ]
    (tmp_path / "esco_skills_synonyms.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "esco_v_1_1_1_hier_mapper.json").write_text(
        json.dumps({"S5": "working with computers", "S5.1": "using digital tools"})
    )
    return tmp_path


def _built_ids(build_script: ModuleType, folder: Path, core_forms: list[str]) -> set[str]:
    """Return the ids of the ESCO skills built with ``core_forms`` claimed by a core skill."""
    claims = build_script.Claims()
    claims.add_skill("core-skill", core_forms)
    skills, _ = build_script.build_esco(folder, claims, {})  # no word is common English
    return {str(skill["id"]) for skill in skills}


def test_concept_the_core_has_is_left_out(build_script: ModuleType, tmp_path: Path) -> None:
    folder = _esco_folder(tmp_path, [("Zorblet Studio", ["Zorblet Studio CS6", "Zorblet CS5"])])
    assert "esco-zorblet-studio" not in _built_ids(build_script, folder, ["Zorblet Studio"])


def test_concept_the_core_lacks_is_built(build_script: ModuleType, tmp_path: Path) -> None:
    folder = _esco_folder(tmp_path, [("Zorblet Studio", ["Zorblet Studio CS6"])])
    assert "esco-zorblet-studio" in _built_ids(build_script, folder, ["Quuxware"])
