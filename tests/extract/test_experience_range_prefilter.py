"""The first-character assertion in front of the date-range regex changes no match."""

from __future__ import annotations

import re

from resumefit.extract.experience import _DATE, _DATE_FIRST, _NOW, _RANGE

SAMPLES = [
    "Data Analyst, Acme, Jun 2021 - Present",
    "JANUARY 2019 to DECEMBER 2020; Summer '19 – Fall '20",
    "05/2018 - 06/2019 and 2015-2017, 2012.03 ~ 2014.11 till date",
    "Spring 2020 through Winter 2021, autumn 2010 until now",
    "ſpring 2020 - 2021",  # long s folds to s under IGNORECASE
    "Summary 2019-2020 FY2019-2020 x2018 to 2019 ongoing",
    "Sept. 2014 – Oct 2016 | Nov, 2016 — Current",
    "no dates here at all, just words and 12 numbers",
]


def test_the_assertion_keeps_every_match_the_plain_pattern_finds() -> None:
    plain = re.compile(_RANGE.pattern.removeprefix(_DATE_FIRST), re.IGNORECASE)
    assert _RANGE.pattern.startswith(_DATE_FIRST)
    for text in SAMPLES:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _RANGE.finditer(text)] == expected, text
    assert any(plain.search(text) for text in SAMPLES)


def test_a_date_starts_only_where_the_assertion_allows() -> None:
    starts = re.compile(_DATE, re.IGNORECASE)
    first = re.compile(_DATE_FIRST, re.IGNORECASE)
    for text in [*SAMPLES, _NOW]:
        for index in range(len(text)):
            if starts.match(text, index):
                assert first.match(text, index), (text, index)
