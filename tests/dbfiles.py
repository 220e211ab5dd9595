"""What a database file holds, read the way a new process would: for tests that run commands
on a file and compare it before and after."""

from __future__ import annotations

from pathlib import Path

from stance.store import close_all, open_database
from stance.upload import table_checksums


def file_state(path: Path, read_only: bool = False) -> dict[str, tuple[int, int]]:
    """Every table's row count and checksum, the file opened on its own (and closed)."""
    close_all()
    try:
        return table_checksums(open_database(path, read_only=read_only))
    finally:
        close_all()
