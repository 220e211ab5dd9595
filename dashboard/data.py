"""The app's only way to the database: the shared connection and cached query results.

Results are small aggregates (never whole tables), cached per query and parameters; any
write made through the app calls `invalidate()` so every session sees the new data.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from stance.config import database_path
from stance.filters import Filters
from stance.store import Database, open_database
from stance.store.sample import ensure_sample


@st.cache_resource(show_spinner=False)
def _database(path: str) -> Database:
    return open_database(path)


def database() -> Database:
    """The shared database; on first start with no data it builds the sample (with a spinner).

    Raises stance.errors.DatabaseError with a friendly sentence when the file can't be used.
    """
    db = _database(str(database_path()))
    if not st.session_state.get("_sample_checked"):
        with st.spinner("First start: building the sample database from data/sample/ ..."):
            if ensure_sample(db) is not None:
                invalidate()
        st.session_state["_sample_checked"] = True
    return db


def _freeze(params: dict[str, Any]) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))


@st.cache_data(show_spinner=False, max_entries=512, ttl=3600)
def _cached(path: str, name: str, frozen: tuple) -> pd.DataFrame:
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in frozen}
    return _database(path).query(name, params)


def run(name: str, filters: Filters | None = None, **extra: Any) -> pd.DataFrame:
    """Result of `queries/NAME.sql` under the filters (plus extra parameters such as limit)."""
    params = (filters or Filters()).params(**extra)
    return _cached(str(database().path), name, _freeze(params))


def invalidate() -> None:
    """Forget cached results after a write (upload, correction, saved article)."""
    _cached.clear()
