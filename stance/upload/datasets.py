"""Datasets as people name, hide and delete them (the Upload page and the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

from stance.store import Database, delete_dataset
from stance.upload.problems import UploadError

RESERVED_DATASETS = {"sample", "pasted"}
# shown in the sidebar, URLs, file names and messages: plain words only (no markup)
_DATASET_NAME = re.compile(r"[^\W_][\w .\-]*")


def check_dataset_name(name: str) -> str:
    """A dataset name people can read and pick in the sidebar."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise UploadError("dataset", "give the dataset a name")
    if len(cleaned) > 80:
        raise UploadError("dataset", "the dataset name is longer than 80 characters")
    if cleaned.casefold() in RESERVED_DATASETS:
        raise UploadError("dataset", f"the name {cleaned!r} is reserved; choose another")
    if not _DATASET_NAME.fullmatch(cleaned):
        raise UploadError("dataset", "use letters, digits, spaces, dots, dashes or underscores "
                                     "in a dataset name, starting with a letter or digit (no "
                                     "commas, brackets, markup or leading '=')")
    return cleaned


def default_dataset_name(file_name: str) -> str:
    """'Coded statements 2019.csv' -> 'Coded statements 2019'."""
    stem = Path(file_name).stem
    cleaned = re.sub(r"[^\w .\-]+", " ", stem).strip(" .-_")
    cleaned = " ".join(cleaned.split())[:80]
    return cleaned if cleaned and cleaned.casefold() not in RESERVED_DATASETS else "upload"


def set_hidden(db: Database, dataset: str, hidden: bool) -> None:
    """Hide a dataset from every chart (it stays pickable in the sidebar), or show it."""
    with db.transaction() as tx:
        tx.run("store/upload_set_hidden", dataset=dataset, hidden=hidden)


def remove_dataset(db: Database, dataset: str) -> None:
    """Delete a dataset's articles, statements and row in one transaction."""
    with db.transaction() as tx:
        delete_dataset(tx, dataset)


def table_checksums(db: Database) -> dict[str, tuple[int, int]]:
    """Row count and checksum per table (queries/store/table_checksums.sql)."""
    return {table: (int(rows), int(checksum)) for table, rows, checksum in
            db.query("store/table_checksums").itertuples(index=False)}
