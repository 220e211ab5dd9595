"""`python -m stance people ...` on a database file."""

from __future__ import annotations

import os
from pathlib import Path

from stance.store import open_database
from tests.people.test_resolution import _items


def test_suggest_merge_then_merge(store_items, run_cli, tmp_path: Path) -> None:
    path = tmp_path / "lab.duckdb"
    decisions = tmp_path / "decisions.csv"
    env = {**os.environ, "STANCE_PEOPLE_MERGES": str(decisions)}
    db = open_database(path)
    store_items(db, _items(("John Kerry", "USA", None), ("John Kerry", "USA", None),
                           ("John Kirby", "USA", None)), "news")
    db.close()
    listed = run_cli("people", "suggest-merges", "--db", str(path), env=env)
    assert listed.returncode == 0, listed.stderr
    assert "John Kerry (2, USA)" in listed.stdout and "John Kirby (1, USA)" in listed.stdout
    merged = run_cli("people", "merge", "John Kirby", "John Kerry", "--db", str(path), env=env)
    assert merged.returncode == 0, merged.stderr
    assert "(1 statement(s))" in merged.stdout
    assert "John Kirby,John Kerry,same" in decisions.read_text(encoding="utf-8")
    assert "no candidate merges" in run_cli("people", "suggest-merges", "--db", str(path),
                                            env=env).stdout


def test_merge_needs_two_names(run_cli, tmp_path: Path) -> None:
    done = run_cli("people", "merge", "John Kirby", "--db", str(tmp_path / "x.duckdb"))
    assert done.returncode == 2 and "takes two names" in done.stderr
