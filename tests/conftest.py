"""Shared fixtures: temporary databases, the fixture database, the shared corpus (or a skip)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stance.store import Database, close_all, open_database
from tests.fixtures import SHARED_CORPUS, build_fixture_db


@pytest.fixture(autouse=True)
def _close_databases() -> Iterator[None]:
    """Each test gets fresh connections and caches: nothing leaks from one test to the next."""
    yield
    close_all()
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def empty_db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "empty.duckdb")


@pytest.fixture
def fixture_db(tmp_path: Path) -> Database:
    return build_fixture_db(tmp_path / "fixture.duckdb")


@pytest.fixture(scope="session")
def extractor():
    """The real spaCy extractor, loaded once per test session."""
    from stance.extract import get_extractor

    return get_extractor()


@pytest.fixture
def shared_corpus() -> Path:
    """../shared/corpus, or a clean skip where it is absent (a clone outside this workplace)."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED_CORPUS
