"""run_with_limits hands back the child's result, or the child's error, unchanged."""

from __future__ import annotations

import pytest

from resumefit.errors import InputError, UsageError
from resumefit.limits import run_with_limits
from resumefit.types import PageSpan


def make_span(page: int, *, end: int) -> PageSpan:
    return PageSpan(page=page, start=0, end=end)


def raise_input_error(path: str) -> None:
    raise InputError(path, "the file is empty", "try another")


def test_result_comes_back_from_the_child() -> None:
    span = run_with_limits(make_span, 3, end=9, timeout=30, memory_mb=None, path_for_errors="a")
    assert span == PageSpan(page=3, start=0, end=9)


def test_input_error_keeps_its_attributes() -> None:
    with pytest.raises(InputError) as caught:
        run_with_limits(raise_input_error, "cv.pdf", timeout=30, memory_mb=256, path_for_errors="x")
    assert caught.value.path == "cv.pdf"
    assert caught.value.reason == "the file is empty"
    assert str(caught.value) == "cv.pdf: the file is empty; try another"


def test_other_resumefit_errors_keep_their_class() -> None:
    def unknown_role() -> None:
        raise UsageError("unknown role 'x'")

    with pytest.raises(UsageError, match="unknown role 'x'"):
        run_with_limits(unknown_role, timeout=30, memory_mb=None, path_for_errors="cv.pdf")


def test_unexpected_exception_is_raised_with_the_child_traceback() -> None:
    def broken() -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError) as caught:
        run_with_limits(broken, timeout=30, memory_mb=None, path_for_errors="cv.pdf")
    notes = "".join(getattr(caught.value, "__notes__", []))
    assert "cv.pdf" in notes and "Traceback" in notes


def test_unpicklable_result_becomes_a_runtime_error() -> None:
    def unpicklable() -> object:
        return lambda: None

    with pytest.raises(RuntimeError):
        run_with_limits(unpicklable, timeout=30, memory_mb=None, path_for_errors="cv.pdf")


class UnpicklableError(Exception):
    """An exception that cannot cross a process boundary (lxml's errors are like this)."""

    def __init__(self) -> None:
        super().__init__("bad xml")
        self.log = lambda: None


def test_unpicklable_exception_arrives_as_text_naming_it() -> None:
    def broken() -> None:
        raise UnpicklableError

    with pytest.raises(RuntimeError, match="UnpicklableError: bad xml"):
        run_with_limits(broken, timeout=30, memory_mb=None, path_for_errors="cv.docx")
