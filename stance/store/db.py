"""One DuckDB connection per database file, shared by every caller in the process.

Streamlit runs each browser session in its own thread: they share the connection and each
query gets its own cursor (a DuckDB connection is not safe to use from two threads at once).
Writes go through `transaction()`, which is all-or-nothing and serialised within the process.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from stance.config import database_path, memory_limit
from stance.errors import DatabaseError
from stance.store.queries import bind, sql_text
from stance.store.wide import refresh_statements_wide

SCHEMA_VERSION = 1

_open: dict[Path, Database] = {}
_open_lock = threading.Lock()


def _friendly(error: duckdb.Error, path: Path) -> DatabaseError:
    """Turn DuckDB's open errors into a sentence that says what to do."""
    message = str(error)
    if "lock" in message.lower():
        pid = re.search(r"PID (\d+)", message)
        holder = f" (process {pid.group(1)})" if pid else ""
        return DatabaseError(
            f"the database {path} is in use by another program{holder}. Close it (another "
            "app or a running `python -m stance` command) or point STANCE_DB at another file."
        )
    if isinstance(error, duckdb.ParserException) and "memory" in message.lower():
        return DatabaseError(f"STANCE_MEMORY_LIMIT={memory_limit()!r} is not a size DuckDB "
                             "reads: write it like 1GB or 800MB, or unset it")
    return DatabaseError(f"cannot open the database {path}: {message.splitlines()[0]}")


class Database:
    """A DuckDB file with the project's schema; use `open_database()` rather than this directly."""

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        self._write_lock = threading.RLock()
        if read_only and not path.exists():
            raise DatabaseError(f"the database {path} does not exist; build it with "
                                "`python -m stance sample` or `python -m stance ingest`")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            limit = memory_limit()
            self.con = duckdb.connect(str(path), read_only=read_only,
                                      config={"memory_limit": limit} if limit else {})
        except duckdb.Error as error:
            raise _friendly(error, path) from error
        if not read_only:
            self._apply_schema()
        self._check_version()

    def _apply_schema(self) -> None:
        with self.transaction() as cur:
            cur.execute(sql_text("store/schema"))
            if cur.execute(sql_text("store/schema_version")).fetchall()[0][0] is None:
                cur.execute(sql_text("store/insert_schema_version"),
                            {"version": SCHEMA_VERSION, "now": datetime.now()})

    def _check_version(self) -> None:
        cur = self.cursor()
        try:
            version = cur.execute(sql_text("store/schema_version")).fetchall()[0][0]
        finally:
            cur.close()
        if version != SCHEMA_VERSION:
            raise DatabaseError(
                f"the database {self.path} has schema version {version}, this program needs "
                f"{SCHEMA_VERSION}; rebuild it with `python -m stance sample --db {self.path}`"
            )

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one query: safe to use from the calling thread."""
        return self.con.cursor()

    def query(self, name: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run `queries/NAME.sql` with the named parameters it uses; a small result as a frame."""
        cur = self.cursor()
        try:
            return cur.execute(sql_text(name), bind(name, params)).df()
        finally:
            cur.close()

    def scalar(self, name: str, params: dict[str, Any] | None = None) -> Any:
        cur = self.cursor()
        try:
            rows = cur.execute(sql_text(name), bind(name, params)).fetchall()
            return rows[0][0] if rows else None
        finally:
            cur.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: commit when the block ends, roll back on any exception."""
        if self.read_only:
            raise DatabaseError(f"the database {self.path} is open read-only")
        with self._write_lock:
            cur = self.cursor()
            cur.begin()
            try:
                yield cur
            except BaseException:
                cur.rollback()
                raise
            else:
                refresh_statements_wide(cur)  # the chart table follows every write, atomically
                cur.commit()
            finally:
                cur.close()

    def close(self) -> None:
        with _open_lock:
            _open.pop(self.path, None)
        self.con.close()


def open_database(path: str | Path | None = None, read_only: bool = False) -> Database:
    """The shared Database for `path` (default: --db / STANCE_DB / data/stance.duckdb)."""
    resolved = database_path(path)
    with _open_lock:
        db = _open.get(resolved)
        if db is None or (db.read_only and not read_only):
            if db is not None:
                db.con.close()
            db = Database(resolved, read_only=read_only)
            _open[resolved] = db
        return db


def close_all() -> None:
    """Close every open database (tests and CLI exit)."""
    with _open_lock:
        dbs = list(_open.values())
        _open.clear()
    for db in dbs:
        db.con.close()
