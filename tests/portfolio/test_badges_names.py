"""Badge and icon images name the stack in their URL."""

from __future__ import annotations

from resumefit.portfolio.badges import badge_names


def test_shields_static_badge_label_and_message() -> None:
    assert badge_names("https://img.shields.io/badge/python-3.11-blue.svg", "") == ["python 3.11"]


def test_shields_badge_without_label_uses_message_and_logo() -> None:
    names = badge_names("https://img.shields.io/badge/-Scikit--learn-F7931E?logo=scikit-learn", "x")
    assert names == ["Scikit-learn"]


def test_shields_badge_escapes_underscores_and_percent_encoding() -> None:
    names = badge_names("https://img.shields.io/badge/made_with-C%2B%2B-red", "")
    assert names == ["made with C++"]


def test_shields_logo_adds_a_name_the_text_lacks() -> None:
    names = badge_names("https://img.shields.io/badge/framework-deep_learning-red?logo=pytorch", "")
    assert names == ["framework deep learning", "pytorch"]


def test_dynamic_badge_falls_back_to_alt_text() -> None:
    assert badge_names("https://img.shields.io/pypi/v/mypkg", "PyPI version") == ["PyPI version"]


def test_devicon_path_names_the_technology() -> None:
    url = "https://cdn.jsdelivr.net/gh/devicons/devicon/icons/cplusplus/cplusplus-original.svg"
    assert badge_names(url, "c++ logo") == ["C++"]


def test_skillicons_list_is_spelled_out() -> None:
    names = badge_names("https://skillicons.dev/icons?i=py,pytorch,docker", "")
    assert names == ["Python", "pytorch", "docker"]


def test_screenshot_is_not_a_badge() -> None:
    assert badge_names("https://example.com/screenshot.png", "Screenshot of the app") is None
