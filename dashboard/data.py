"""The app's only way to the database: the shared connection and cached query results.

Results are small aggregates (never whole tables), cached per query and parameters, and so are
the figures drawn from them and the coders' agreement; any write made through the app calls
`invalidate()` so every session sees the new data. The file is held only while a page loads
(`page_lease()`), so commands can use it in between; what they write changes the file's
version (`data_version()`), which is part of every cache key, so the next page load shows it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from stance import agreement as agreement_stats
from stance.config import database_path
from stance.filters import Filters
from stance.pipeline import ensure_sample
from stance.store import Database, open_database


@st.cache_resource(show_spinner=False)
def _database(path: str) -> Database:
    return open_database(path, release_when_idle=True, announce_waits=False)


@contextmanager
def page_lease() -> Iterator[None]:
    """Hold the database file for one page load (waiting, up to STANCE_LOCK_WAIT seconds,
    while a command writes to it); raises DatabaseError when it cannot be had."""
    with _database(str(database_path())).lease():
        yield


def data_version(path: str) -> tuple[int, ...]:
    """Changes whenever any program writes the file (size and time of the file and its WAL)."""
    out: list[int] = []
    for file in (Path(path), Path(path + ".wal")):
        try:
            stat = os.stat(file)
            out += [stat.st_mtime_ns, stat.st_size]
        except FileNotFoundError:
            out += [0, 0]
    return tuple(out)


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
def _cached(path: str, name: str, frozen: tuple, version: tuple = ()) -> pd.DataFrame:
    params = {k: list(v) if isinstance(v, tuple) else v for k, v in frozen}
    return _database(path).query(name, **params)


def run(name: str, filters: Filters | None = None, **extra: Any) -> pd.DataFrame:
    """Result of `queries/NAME.sql` under the filters (plus extra parameters such as limit)."""
    params = (filters or Filters()).params(**extra)
    path = str(database().path)
    return _cached(path, name, _freeze(params), data_version(path))


@st.cache_resource(show_spinner=False, max_entries=256, ttl=3600)  # ~100 kB each in memory
def _figure(path: str, name: str, frozen: tuple, builder: str, args: tuple,
            _build: Callable[..., go.Figure], version: tuple = ()) -> go.Figure:
    return _build(_cached(path, name, frozen, version), *args)


def figure(build: Callable[..., go.Figure], name: str, filters: Filters | None = None, *,
           args: tuple = (), **extra: Any) -> go.Figure:
    """`build(run(name, filters, **extra), *args)`, built once per result and shared by every
    session: building a Plotly figure costs 10-30 ms of CPU, more than the rest of a page's
    rerun once its queries are cached. Sessions only read it (st.plotly_chart copies it)."""
    params = (filters or Filters()).params(**extra)
    path = str(database().path)
    return _figure(path, name, _freeze(params), f"{build.__module__}.{build.__qualname__}",
                   args, build, data_version(path))


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _agreement(path: str, field: str, rater_a: str, rater_b: str,
               version: tuple = ()) -> agreement_stats.Agreement:
    return agreement_stats.compare(_database(path), field, rater_a, rater_b)


def agreement(field: str, rater_a: str, rater_b: str) -> agreement_stats.Agreement:
    """Two raters' agreement on a label (stance.agreement.compare), cached like a query."""
    path = str(database().path)
    return _agreement(path, field, rater_a, rater_b, data_version(path))


def invalidate() -> None:
    """Forget cached results, and what was computed from them, after a write (upload,
    correction, saved article)."""
    _cached.clear()
    _figure.clear()
    _agreement.clear()
