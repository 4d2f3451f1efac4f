"""Points print as whole numbers when whole, else to one decimal, the same on every call."""

from __future__ import annotations

from resumefit.report.html import format_points


def test_points_print_whole_numbers_bare_and_others_to_one_decimal() -> None:
    assert [format_points(value) for value in (2.0, 1.5, 0.75, 2.4000000000000004)] == [
        "2",
        "1.5",
        "0.8",
        "2.4",
    ]


def test_remembered_points_keep_the_sign_of_zero() -> None:
    # 0.0 and -0.0 are equal (one cache key) but print differently.
    assert (format_points(0.0), format_points(-0.0), format_points(0.0)) == ("0", "-0", "0")
