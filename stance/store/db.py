"""One DuckDB connection per database file, shared by every caller in the process.

Streamlit runs each browser session in its own thread: they share the connection and each
query gets its own cursor (a DuckDB connection is not safe to use from two threads at once).
Reads go through `reading()`, writes through `transaction()` (all-or-nothing, serialised within
the process); both hand out a `Tx`, whose `run("name", **params)` runs a query file.

Sharing a file between processes: DuckDB lets one process at a time open a file for writing.
The dashboard opens its `Database` with `release_when_idle`: the connection is opened when a
page load (`lease()`) or a cursor needs it and closed when none does, so between page loads a
command (`ingest`, `sql`, ...) can open the file. Opening waits while another program holds
the file, up to STANCE_LOCK_WAIT seconds (30 by default), and says once that it waits.

A busy app (a class of 30 clicking) may have a page load running at every moment, so a
command could wait for a gap that never comes. A command that finds the file held therefore
leaves a note beside it (`FILE.waiting`, holding its process id) until it gets in; while a
live command's note is there, the app starts no new page load (those under way finish), so
the file falls free within one page load and the command takes it. Commands open their
database with `release_when_idle` too: `ingest` holds the file only while it reads what is
stored and while it writes, not while it extracts.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from stance.config import database_path, lock_wait, memory_limit
from stance.errors import DatabaseError
from stance.store.aggregates import routed
from stance.store.people import resolve_people
from stance.store.touched import reset_touched
from stance.store.tx import OPENING, Tx, database_error, wrapped
from stance.store.wide import refresh_statements_wide

SCHEMA_VERSION = 1
_TABLE_BATCH_ROWS = 100_000  # Arrow batches of `Database.table`, gathered into one table

_open: dict[Path, Database] = {}
_open_lock = threading.Lock()


class Database:
    """A DuckDB file with the project's schema; use `open_database()` rather than this directly."""

    def __init__(self, path: Path, read_only: bool = False, release_when_idle: bool = False,
                 announce_waits: bool = True):
        self.path = path
        self.read_only = read_only
        self.release_when_idle = release_when_idle
        self.announce_waits = announce_waits  # leave FILE.waiting while waiting for the file
        self._write_lock = threading.RLock()
        self._users_lock = threading.Lock()
        self._users = 0  # page loads and cursors using the connection now
        self._held_here = threading.local()  # per thread: how many of those it holds
        self._con: duckdb.DuckDBPyConnection | None = None
        # the first write transaction also verifies statements_wide against the source tables
        # (stance/store/wide.py): it finds what programs that record nothing changed
        self._verified = False
        if read_only and not path.exists():
            raise DatabaseError(f"the database {path} does not exist; build it with "
                                "`python -m stance sample` or `python -m stance ingest`")
        path.parent.mkdir(parents=True, exist_ok=True)
        with self.lease():
            if not read_only:
                self._apply_schema()
            self._check_version()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open connection (opened now if the database was released while idle)."""
        with self._users_lock:
            if self._con is None:
                self._con = _connect(self.path, self.read_only, self.announce_waits)
                if not self.announce_waits:  # the app alone opens without announcing waits
                    _cap_app_memory(self._con, self.path)
            return self._con

    @contextmanager
    def lease(self) -> Iterator[Database]:
        """Keep the connection open for a block (a page load); with `release_when_idle` it is
        closed when the last lease or cursor ends, so another program may open the file."""
        self._acquire()
        try:
            self.con  # noqa: B018 - open (or wait for) the file now, not mid-page
            yield self
        finally:
            self._release()

    def _acquire(self) -> None:
        depth = getattr(self._held_here, "depth", 0)
        if depth == 0 and self.release_when_idle and not self.announce_waits:
            _yield_to_waiting_command(self.path)
        with self._users_lock:
            self._users += 1
        self._held_here.depth = depth + 1

    def _release(self) -> None:
        self._held_here.depth = max(0, getattr(self._held_here, "depth", 1) - 1)
        with self._users_lock:
            self._users -= 1
            if self._users == 0 and self.release_when_idle:
                self._drop_connection()

    def _drop_connection(self) -> None:
        """Close the connection (the caller holds `_users_lock`)."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def _apply_schema(self) -> None:
        with self.transaction() as tx:
            tx.run("store/schema")
            if tx.run("store/schema_version").scalar() is None:
                tx.run("store/insert_schema_version", version=SCHEMA_VERSION,
                       now=datetime.now())
        # after the refresh that ended the block, which rebuilds a table of an older shape;
        # not in the schema, which the SQL page's copy runs too
        with self.transaction() as tx:
            tx.run("store/indexes")

    def _check_version(self) -> None:
        version = self.scalar("store/schema_version")
        if version != SCHEMA_VERSION:
            raise DatabaseError(
                f"the database {self.path} has schema version {version}, this program needs "
                f"{SCHEMA_VERSION}; rebuild it with `python -m stance sample --db {self.path}`"
            )

    def session(self) -> Tx:
        """A cursor of its own that the caller closes: its temporary tables live as long as it
        does (an upload staged for validation, then loaded); the connection stays open until
        then."""
        self._acquire()
        try:
            with wrapped("open a cursor", self.path):
                return Tx(self.con.cursor(), where=self.path, on_close=self._release)
        except BaseException:
            self._release()
            raise

    @contextmanager
    def reading(self) -> Iterator[Tx]:
        """A cursor for several reads that must see one consistent snapshot of the data (a
        transaction that writes nothing); closed afterwards."""
        tx = self.session()
        try:
            tx.begin()
            yield tx
        finally:
            tx.close()  # a read-only transaction ends with its cursor

    @contextmanager
    def cursor(self) -> Iterator[Tx]:
        """A cursor of its own for a block, closed afterwards; outside any transaction unless
        the block begins one (each of a page's queries reads a consistent state on its own, and
        a BEGIN would cost them a tenth more; the SQL page's copy attaches a file first)."""
        tx = self.session()
        try:
            yield tx
        finally:
            tx.close()

    def query(self, name: str, /, **params: Any) -> pd.DataFrame:
        """`queries/NAME.sql` under `params` as a frame (small results: aggregates, pages); a
        view with a pre-aggregated twin that answers `params` reads that instead
        (stance/store/aggregates.py), and a list newest first reads only the months its page
        lies in (`narrowed`)."""
        with self.cursor() as tx:
            query, params = routed(tx, name, params)
            return tx.run(query, **params).frame()

    def table(self, name: str, /, **params: Any) -> pa.Table:
        """`queries/NAME.sql` under `params` as one Arrow table, routed as `query` routes it:
        for downloads, which go from the database to a file with no pandas frame between (a
        frame of 106k corrections took 137 ms to make, and was turned back into Arrow to be
        written; the table takes 56 ms)."""
        with self.cursor() as tx:
            query, params = routed(tx, name, params)
            return tx.stream(query, _TABLE_BATCH_ROWS, **params).read_all()

    def scalar(self, name: str, /, **params: Any) -> Any:
        """The first value of `queries/NAME.sql`'s first row (None when there is no row)."""
        with self.cursor() as tx:
            return tx.run(name, **params).scalar()

    @contextmanager
    def transaction(self, tx: Tx | None = None) -> Iterator[Tx]:
        """All-or-nothing: commit when the block ends, roll back on any exception. On `tx` (a
        cursor from `session()`, which stays open) or on a cursor of its own."""
        if self.read_only:
            raise DatabaseError(f"the database {self.path} is open read-only")
        with self._write_lock:
            current = tx or self.session()
            try:
                current.begin()
                try:
                    reset_touched(current)
                    yield current
                    # one person, one name, across articles
                    resolve_people(current, everywhere=not self._verified)
                    # the chart table and the aggregates follow every write
                    refresh_statements_wide(current, verify=not self._verified)
                    current.commit()
                    self._verified = True
                except BaseException:
                    with suppress(DatabaseError):  # a failed commit has ended it already
                        current.rollback()
                    raise
            finally:
                if tx is None:
                    current.close()

    def close(self) -> None:
        with _open_lock:
            _open.pop(self.path, None)
        self._shut()

    def _shut(self) -> None:
        with self._users_lock:
            self._drop_connection()


def _say_on_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# Told once when opening waits for a file another program holds.
wait_notice: Callable[[str], None] = _say_on_stderr


def waiting_note(path: Path) -> Path:
    """Where a command waiting for `path` says so (see the module docstring)."""
    return path.with_name(path.name + ".waiting")


def _waiting_command(path: Path) -> bool:
    """A live process has left a note that it waits for `path`."""
    try:
        pid = int(waiting_note(path).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return False
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a killed command's note: ignored
    except PermissionError:
        return True  # alive, another user's
    return True


def _yield_to_waiting_command(path: Path) -> None:
    """Before a page load: while a command waits for the file, wait (at most the lock wait)."""
    deadline = time.monotonic() + lock_wait()
    while _waiting_command(path) and time.monotonic() < deadline:
        time.sleep(0.05)


@contextmanager
def _announced(path: Path) -> Iterator[None]:
    """Leave the note while the block waits; take it away (if still ours) afterwards."""
    note = waiting_note(path)
    mine = str(os.getpid())
    try:
        note.write_text(mine, encoding="ascii")
    except OSError:  # a folder we may not write: wait unannounced
        yield
        return
    try:
        yield
    finally:
        with suppress(OSError):
            if note.read_text(encoding="ascii").strip() == mine:
                note.unlink()


def _cap_app_memory(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """The app's default memory cap when STANCE_MEMORY_LIMIT does not set one."""
    limit = memory_limit(app=True)
    if limit and limit != memory_limit():
        cursor = Tx(con.cursor(), where=path)
        try:
            cursor.run("store/set_memory_limit", limit=limit)
        finally:
            cursor.close()


def _connect(path: Path, read_only: bool, announce: bool = True
             ) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to STANCE_LOCK_WAIT seconds while another program holds it
    (and, with `announce`, saying so beside the file, so that the app lets go of it)."""
    limit = memory_limit()
    config = {"memory_limit": limit} if limit else {}
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.Error as error:
        failure = database_error(error, OPENING, path)
        if "in use by another program" not in str(failure) or lock_wait() <= 0:
            raise failure from error
    wait_notice(f"waiting for {path}: another program is using it (up to {lock_wait():g} s; "
                "STANCE_LOCK_WAIT sets how long)")
    deadline = time.monotonic() + lock_wait()
    with _announced(path) if announce else nullcontext():
        while True:
            time.sleep(0.05 if announce else 0.2)
            try:
                return duckdb.connect(str(path), read_only=read_only, config=config)
            except duckdb.Error as error:
                failure = database_error(error, OPENING, path)
                held = "in use by another program" in str(failure)
                if not held or time.monotonic() >= deadline:
                    raise failure from error


def open_database(path: str | Path | None = None, read_only: bool = False,
                  release_when_idle: bool = False, announce_waits: bool = True) -> Database:
    """The shared Database for `path` (default: --db / STANCE_DB / data/stance.duckdb).
    The app passes `announce_waits=False`: it yields to commands, not they to it."""
    resolved = database_path(path)
    with _open_lock:
        db = _open.get(resolved)
        if db is None or (db.read_only and not read_only) or (
                release_when_idle and not db.release_when_idle) or (
                db.announce_waits != announce_waits):
            if db is not None:
                db._shut()
            db = Database(resolved, read_only=read_only, release_when_idle=release_when_idle,
                          announce_waits=announce_waits)
            _open[resolved] = db
        return db


def close_all() -> None:
    """Close every open database (tests and CLI exit)."""
    with _open_lock:
        dbs = list(_open.values())
        _open.clear()
    for db in dbs:
        db._shut()
