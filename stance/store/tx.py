"""`tx.run("name", **params)`: the one way to run a query file, on one DuckDB cursor.

A `Tx` wraps a cursor (a transaction from `Database.transaction()`, a read from
`Database.reading()`, an upload's staging cursor, or an in-memory scratch database) and runs
`queries/NAME.sql` with the named parameters the file uses. DuckDB's errors leave it as
`stance.errors.DatabaseError`, a sentence a user can act on, so no caller (and no page of the
dashboard) handles DuckDB's own exception types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from stance.config import memory_limit
from stance.errors import DatabaseError
from stance.store.queries import QUERIES, QueryFolder

OPENING = "open it"


def database_error(error: duckdb.Error, doing: str, path: Path | str | None = None
                   ) -> DatabaseError:
    """DuckDB's error as a sentence: what could not be done, why, and what to do about it."""
    message = str(error)
    first = message.splitlines()[0] if message else type(error).__name__
    where = f" {path}" if path else ""
    if "set lock" in message.lower() or "conflicting lock" in message.lower():
        pid = re.search(r"PID (\d+)", message)
        holder = f" (process {pid.group(1)})" if pid else ""
        return DatabaseError(
            f"the database{where} is in use by another program{holder}. Close it (another "
            "app or a running `python -m stance` command) or point STANCE_DB at another file.",
            first)
    disk = _disk_cause(message)
    if disk:
        return DatabaseError(f"the database file{where} could not be written while it tried to "
                             f"{doing}: {disk}; nothing was written ({first})", first)
    if doing == OPENING:
        if isinstance(error, duckdb.ParserException) and "memory" in message.lower():
            return DatabaseError(f"STANCE_MEMORY_LIMIT={memory_limit()!r} is not a size DuckDB "
                                 "reads: write it like 1GB or 800MB, or unset it", first)
        return DatabaseError(f"cannot open the database{where}: {first}", first)
    if isinstance(error, duckdb.OutOfMemoryException):
        return DatabaseError(f"the database ran out of memory while it tried to {doing}; close "
                             "other programs, or set STANCE_MEMORY_LIMIT (e.g. 1GB) to let it "
                             f"spill to disk ({first})", first)
    if isinstance(error, duckdb.IOException):
        return DatabaseError(f"the database file{where} could not be read or written while it "
                             f"tried to {doing} ({first})", first)
    if isinstance(error, duckdb.TransactionException):
        return DatabaseError(f"another change to the database got in the way while it tried to "
                             f"{doing}; nothing was written, try again ({first})", first)
    return DatabaseError(f"the database could not {doing} ({first})", first)


# What the operating system said about a write -> the cause in words, with what to do.
_DISK_CAUSES = (
    (("no space left", "disk quota"), "the disk is full; free some space and run it again"),
    (("file too large",), "the file may not grow any larger here (a file size limit); raise "
                          "the limit or use another disk"),
    (("read-only file system",), "the disk is mounted read-only; copy the database to a "
                                 "writable place or point STANCE_DB there"),
    (("permission denied",), "this user may not write the file or its folder; fix the "
                             "permissions or point STANCE_DB at a file you may write"),
)


def _disk_cause(message: str) -> str | None:
    lowered = message.lower()
    for marks, cause in _DISK_CAUSES:
        if any(mark in lowered for mark in marks):
            return cause
    return None


@contextmanager
def wrapped(doing: str, path: Path | str | None = None) -> Iterator[None]:
    """Run a block that talks to DuckDB; its errors come out as DatabaseError."""
    try:
        yield
    except duckdb.Error as error:
        raise database_error(error, doing, path) from error


class Result:
    """A query's result, fetched once in the form the caller needs."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, name: str):
        self._cursor, self._name = cursor, name

    def _doing(self) -> str:
        return f"read the result of the query {self._name!r}"

    def rows(self) -> list[tuple]:
        with wrapped(self._doing()):
            return self._cursor.fetchall()

    def one(self) -> tuple | None:
        """The first row, or None when there is none (the result is read to its end: a cursor
        with a half-read result takes no other work)."""
        rows = self.rows()
        return rows[0] if rows else None

    def scalar(self) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.one()
        return row[0] if row else None

    def frame(self) -> pd.DataFrame:
        with wrapped(self._doing()):
            return self._cursor.df()


class Tx:
    """One cursor of a database (or of a scratch connection) and the query folder it reads."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection, queries: QueryFolder = QUERIES,
                 where: Path | str | None = None, on_close: Callable[[], None] | None = None):
        self._cursor, self.queries, self.where = cursor, queries, where
        self._on_close = on_close  # the Database's count of users of its connection

    def run(self, name: str, /, **params: Any) -> Result:
        """Run `NAME.sql` with the parameters it mentions (others are ignored)."""
        text = self.queries.text(name)
        bound = self.queries.bind(name, params)
        with wrapped(f"run the query {name!r}", self.where):
            self._cursor.execute(text, bound)
        return Result(self._cursor, name)

    def stream(self, name: str, batch_rows: int, /, **params: Any) -> pa.RecordBatchReader:
        """`NAME.sql`'s rows as a stream of Arrow batches (exports that never hold a whole
        table in memory)."""
        text = self.queries.text(name)
        bound = self.queries.bind(name, params)
        with wrapped(f"run the query {name!r}", self.where):
            return self._cursor.sql(text, params=bound or None).to_arrow_reader(batch_rows)

    def copy_table(self, table: str, into: str) -> None:
        """A table of this cursor's database, written whole into the attached database `into`
        (the SQL page's copy of the data): DuckDB streams it from file to file under its own
        memory limit, so the app never holds a table."""
        with wrapped(f"copy the table {table!r}", self.where):
            self._cursor.table(table).create(f"{into}.{table}")

    @contextmanager
    def registered(self, **frames: pd.DataFrame) -> Iterator[None]:
        """Frames the queries of the block read by name (`new_articles`...), then forgotten."""
        with wrapped("take in the rows to write", self.where):
            for name, frame in frames.items():
                self._cursor.register(name, frame)
        try:
            yield
        finally:
            for name in frames:
                with suppress(duckdb.Error):  # an aborted transaction refuses; rollback drops it
                    self._cursor.unregister(name)

    def register(self, name: str, frame: pd.DataFrame) -> None:
        """A frame the following queries read by name, for as long as the cursor lives."""
        with wrapped("take in the rows to check", self.where):
            self._cursor.register(name, frame)

    def function(self, name: str, function: Callable[..., Any], parameters: list[str],
                 returns: str) -> None:
        """A Python function SQL may call (the benchmark data use `statement_id`)."""
        with wrapped(f"register the function {name!r}", self.where):
            self._cursor.create_function(name, function, parameters, returns)

    def using(self, queries: QueryFolder) -> Tx:
        """The same cursor, running the files of another folder (the benchmarks' SQL)."""
        return Tx(self._cursor, queries, self.where)

    def begin(self) -> None:
        with wrapped("start a transaction", self.where):
            self._cursor.begin()

    def commit(self) -> None:
        with wrapped("save the changes", self.where):
            self._cursor.commit()

    def rollback(self) -> None:
        with wrapped("undo the changes", self.where):
            self._cursor.rollback()

    def close(self) -> None:
        self._cursor.close()
        release, self._on_close = self._on_close, None
        if release is not None:  # once, however often close() is called
            release()


def memory_session() -> Tx:
    """A Tx on a private in-memory database (checks that store nothing); `close()` ends it."""
    with wrapped("open an in-memory database"):
        return Tx(duckdb.connect(":memory:", config=_memory_config()))


def _memory_config() -> dict[str, str]:
    limit = memory_limit()
    return {"memory_limit": limit} if limit else {}
