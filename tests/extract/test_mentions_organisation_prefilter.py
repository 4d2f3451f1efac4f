"""A mention continues an organisation's name exactly when the full pattern says so."""

from __future__ import annotations

from resumefit.extract.matching import Candidate
from resumefit.extract.mentions import _IN_ORGANISATION, _in_name

#: Names of organisations and venues, near misses (an organisation word without "of"),
#: and prose without any.
TEXTS = [
    "Department of Computer Science, University of Leeds",
    "Office for National Statistics; Journal of Machine Learning Research",
    "Institute of Electrical and Electronics Engineers, Society for Industrial and Applied Math",
    "Center for Data Science & Public Policy\nSchool of Public Health",
    "Worked in the Department. Led Python and SQL projects; Office Manager, Excel",
    "Board of the Red Cross, Academy of Nutrition and Dietetics, Club for Robotics",
]


def test_in_name_agrees_with_the_full_pattern_at_every_capital() -> None:
    named = 0
    for text in TEXTS:
        for start, char in enumerate(text):
            if not char.isupper():
                continue
            expected = _IN_ORGANISATION.search(text[max(0, start - 80) : start]) is not None
            assert _in_name(text, Candidate("x", 0, 1, start, start + 1, "exact")) == expected
            named += expected
    assert named > len(TEXTS)
