"""scripts/build_lexicon.py's ``set_field``: it edits one table, whatever the comments.

A comment line between two tables belongs to the one below it; the table above ends at the
blank line. The script once took the comment for part of the table above, so setting a
field there moved the next table's field instead.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from script_module import load_script

TWO_TABLES = """[[skill]]
id = "ab-initio"
name = "Ab Initio"
onet = "Ab Initio"

# Any spreadsheet program.
[[skill]]
id = "spreadsheets"
name = "Spreadsheets"
"""


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    """Return scripts/build_lexicon.py as a module."""
    return load_script("scripts/build_lexicon.py")


def test_setting_a_field_leaves_the_table_above_a_comment_alone(build_script: ModuleType) -> None:
    text = build_script.set_field(TWO_TABLES, "spreadsheets", "onet", "Spreadsheet software")
    assert 'name = "Ab Initio"\nonet = "Ab Initio"\n\n# Any spreadsheet program.' in text
    assert text.endswith('name = "Spreadsheets"\nonet = "Spreadsheet software"\n')


def test_setting_a_field_above_a_comment_stays_in_that_table(build_script: ModuleType) -> None:
    text = build_script.set_field(TWO_TABLES, "ab-initio", "onet", "Ab Initio")
    assert text == TWO_TABLES


def test_an_empty_value_removes_the_field(build_script: ModuleType) -> None:
    text = build_script.set_field(TWO_TABLES, "ab-initio", "onet", "")
    assert 'onet = "Ab Initio"' not in text
    assert "# Any spreadsheet program.\n[[skill]]" in text
