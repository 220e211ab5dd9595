"""End-to-end fixtures: a sample database built once, the real app serving it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from stance.store import close_all, open_database
from stance.store.sample import build_sample
from tests.browser import chromium_path, running_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory) -> Path:
    """The sample database, built once per test session (extraction of data/sample/)."""
    chromium_path()  # skip (or fail under CI) before paying for the build
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    build_sample(open_database(path))
    close_all()
    return path


@pytest.fixture
def app_db(sample_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample database, so a test may write to it."""
    path = tmp_path / "app.duckdb"
    shutil.copy(sample_db_template, path)
    return path


@pytest.fixture
def app_url(app_db: Path) -> Iterator[str]:
    """The real app, started on a free port against a copy of the sample database."""
    close_all()
    with running_app(app_db) as url:
        yield url


@pytest.fixture(scope="session")
def shared_app_url(sample_db_template: Path, tmp_path_factory) -> Iterator[str]:
    """One app for the whole session, for tests that only read (faster than one per test)."""
    path = tmp_path_factory.mktemp("shared_app") / "app.duckdb"
    shutil.copy(sample_db_template, path)
    close_all()
    with running_app(path) as url:
        yield url
