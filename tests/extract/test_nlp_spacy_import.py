"""spaCy is imported without its CLI, and the real spacy.cli still loads when asked for."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from resumefit.extract.nlp import blank_english
assert "spacy.cli" not in sys.modules, "spacy.cli was imported"
assert "weasel" not in sys.modules and "httpx" not in sys.modules
nlp = blank_english()
assert [t.text for t in nlp("C++/Java, Node.js")] == ["C++", "/", "Java", ",", "Node.js"]
from spacy.matcher import Matcher, PhraseMatcher
Matcher(nlp.vocab); PhraseMatcher(nlp.vocab, attr="LOWER")
import spacy.cli
assert hasattr(spacy.cli, "download"), "the placeholder leaked"
print("ok")
"""


def test_spacy_cli_is_kept_out_of_the_import_and_still_loadable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
