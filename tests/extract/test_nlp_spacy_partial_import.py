"""Extraction imports only the parts of spaCy it uses; the rest loads when asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PARTIAL = """
import sys
from pathlib import Path
from pathlib import Path
from resumefit import pipeline
report = pipeline.check(Path(sys.argv[1]))
assert report.skills, "nothing extracted"
assert "spacy.language" not in sys.modules, "spacy/__init__.py ran during a check"
assert "spacy.pipeline" not in sys.modules
import spacy
nlp = spacy.blank("en")  # the rest of the library loads on first use
assert [t.text for t in nlp("hello world")] == ["hello", "world"]
from spacy.lang.en import English
assert English.Defaults.stop_words
assert "spacy.cli" not in sys.modules
print("ok")
"""

FALLBACK = """
import sys
from pathlib import Path
failed = []
class FailOnce:
    # the first import of spacy.lookups fails, as if a spaCy release had reordered its modules
    def find_spec(self, name, path=None, target=None):
        if name == "spacy.lookups" and not failed:
            failed.append(name)
            raise ImportError("simulated")
        return None
sys.meta_path.insert(0, FailOnce())
from resumefit.extract.nlp import english_vocab, stop_words
assert failed, "the partial import was not attempted"
assert "spacy.language" in sys.modules, "the fallback did not import all of spaCy"
assert english_vocab()["Python"].lower_ == "python" and "the" in stop_words()
print("ok")
"""


def _run(code: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_check_runs_without_importing_all_of_spacy(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("Skills\nPython, SQL and PyTorch.\n", encoding="utf-8")
    assert _run(PARTIAL, str(resume)) == "ok"


def test_a_failing_partial_import_falls_back_to_the_whole_library() -> None:
    assert _run(FALLBACK) == "ok"
