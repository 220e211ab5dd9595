"""Errors a user can act on. The CLI prints them as one line; the app shows them as a message."""

from __future__ import annotations


class StanceError(Exception):
    """Base class: `str(error)` is a complete, human-readable sentence."""


class InputError(StanceError):
    """A file or value the user gave cannot be read; names the file (and row/column if known)."""

    def __init__(self, path: object, reason: str, row: int | None = None,
                 column: str | None = None):
        self.path, self.reason, self.row, self.column = str(path), reason, row, column
        where = ":".join(str(p) for p in (self.path, row, column) if p not in (None, ""))
        super().__init__(f"{where}: {reason}")


class DatabaseError(StanceError):
    """The database cannot be used (missing, locked by another process, wrong version) or could
    not run a query. Every DuckDB error reaches callers as this: `str()` says what happened and
    what to do; `detail` keeps DuckDB's own first line (for messages that quote it)."""

    def __init__(self, message: str, detail: str | None = None):
        self.detail = detail or message
        super().__init__(message)
