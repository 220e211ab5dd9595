"""Researchers' decisions on people: which stored names look like one person, and merging
them (or keeping them apart) in the database and in `data/people_merges.csv` at once, so the
decision also holds for every later load and a rebuilt database."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from stance.config import people_merges_path
from stance.errors import InputError
from stance.gazetteer import read_people_merges
from stance.people import display_name
from stance.store import Database
from stance.store.people import MergeSuggestion, merge_people, suggest_merges

__all__ = ["MergeSuggestion", "keep_apart", "merge", "suggestions"]


def suggestions(db: Database) -> list[MergeSuggestion]:
    """Pairs of shown names that may be one person, most alike first."""
    with db.reading() as tx:
        return suggest_merges(tx)


def _append_decision(path: Path, name: str, canonical: str, decision: str) -> None:
    """Add a row to the decisions file, replacing the file whole (never half-written)."""
    rows = [(d.name, d.canonical, "distinct" if d.distinct else "same")
            for d in read_people_merges(path) if {d.name, d.canonical} != {name, canonical}]
    rows.append((name, canonical, decision))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(("name", "canonical", "decision"))
            writer.writerows(rows)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _check(name: str, other: str) -> tuple[str, str]:
    name, other = display_name(name), display_name(other)
    if not name or not other:
        raise InputError("people", "both names are needed")
    if name == other:
        raise InputError("people", f"{name!r} is the same name twice")
    return name, other


def merge(db: Database, name: str, into: str, path: Path | None = None) -> int:
    """Show `name` as `into` everywhere, now and in later loads; returns the statements
    that changed."""
    name, into = _check(name, into)
    with db.transaction() as tx:
        changed = merge_people(tx, name, into)
        _append_decision(path or people_merges_path(), name, into, "same")
    return changed


def keep_apart(name: str, other: str, path: Path | None = None) -> None:
    """Never merge these two names automatically (two people who are spelt alike)."""
    name, other = _check(name, other)
    _append_decision(path or people_merges_path(), name, other, "distinct")
