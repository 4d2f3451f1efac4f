"""trusted_mention builds a Mention equal to the validated one, without validation."""

from __future__ import annotations

import pickle

from resumefit.extract.mentions import trusted_mention
from resumefit.types import EvidenceStrength, Mention, SectionKind


def _values() -> dict[str, object]:
    return {
        "skill": "python",
        "name": "Python",
        "category": "programming_language",
        "start": 10,
        "end": 16,
        "text": "Python",
        "section": SectionKind.SKILLS,
        "sentence": "Python, SQL",
        "sentence_start": 10,
        "strength": EvidenceStrength.CLAIM,
        "method": "exact",
        "source": "resume",
        "source_url": None,
        "page": 2,
    }


def test_trusted_mention_equals_validated_model() -> None:
    validated = Mention(**_values())  # type: ignore[arg-type]
    trusted = trusted_mention(_values())
    assert trusted == validated
    assert trusted.model_dump() == validated.model_dump()
    assert trusted.model_dump_json() == validated.model_dump_json()
    assert trusted.model_fields_set == validated.model_fields_set


def test_trusted_mention_survives_pickling() -> None:
    trusted = trusted_mention(_values())
    assert pickle.loads(pickle.dumps(trusted)) == Mention(**_values())  # type: ignore[arg-type]
