"""`resumefit serve` binds loopback by default and needs --token for any other host."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from resumefit.errors import InputError, UsageError
from resumefit.serve.command import is_loopback, review_url, serve_command


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org", "::"])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_other_host_without_token_is_a_usage_error(batch_dir: Path) -> None:
    with pytest.raises(UsageError, match="--token"):
        serve_command(batch_dir, host="0.0.0.0")


def test_folder_without_store_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="resumefit batch"):
        serve_command(tmp_path)


def test_url_carries_the_token_quoted() -> None:
    assert review_url("0.0.0.0", 8000, "a b") == "http://0.0.0.0:8000/?token=a%20b"
    assert review_url("::1", 8000, None) == "http://[::1]:8000/"


def test_file_that_is_not_a_batch_store_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "resumefit.sqlite").write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match="not a resumefit batch store"):
        serve_command(tmp_path)


def test_database_without_batch_tables_is_an_input_error(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "resumefit.sqlite").execute("CREATE TABLE other (x)").close()
    with pytest.raises(InputError, match="no table files, meta, results"):
        serve_command(tmp_path)
