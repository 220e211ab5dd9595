"""The DuckDB store: schema, all-or-nothing loads, stable ids, friendly open errors."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from stance.config import memory_limit
from stance.errors import DatabaseError
from stance.models import Article, Statement
from stance.store import SCHEMA_VERSION, delete_dataset, open_database
from stance.store.db import _waiting_command, waiting_note

TABLES = {"articles", "statements", "officials", "countries", "datasets", "corrections",
          "schema_version"}


def counts(db) -> dict[str, int]:
    cur = db.con.cursor()
    return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def test_schema_has_every_table_and_version(empty_db):
    names = {r[0] for r in empty_db.con.cursor().execute("SHOW TABLES").fetchall()}
    assert names >= TABLES
    assert empty_db.scalar("store/schema_version") == SCHEMA_VERSION


def test_load_adds_articles_statements_and_dataset(fixture_db):
    assert counts(fixture_db)["articles"] == 3
    assert counts(fixture_db)["statements"] == 6
    rows = fixture_db.query("datasets")
    assert list(rows["dataset"]) == ["fixture"] and int(rows["rows"].iloc[0]) == 6


def test_reingest_adds_nothing_and_keeps_ids(fixture_items, store_items, fixture_db):
    before = fixture_db.con.cursor().execute(
        "SELECT statement_id FROM statements ORDER BY 1").fetchall()
    summary = store_items(fixture_db, fixture_items(), dataset="fixture")
    assert (summary.articles_added, summary.statements_added) == (0, 0)
    assert summary.skipped_articles == 3
    after = fixture_db.con.cursor().execute(
        "SELECT statement_id FROM statements ORDER BY 1").fetchall()
    assert before == after


def test_failing_load_leaves_database_unchanged(store_items, fixture_db):
    before = counts(fixture_db)
    new = Article(name="new.txt", text="Cuba called for lifting the embargo.")
    st = Statement("new.txt", "Cuba", "country", "CUB", None, "indirect", None, new.text, 0, 36,
                   "ease", "lifting", 0.9, "CUB")

    def items():
        yield new, [st]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store_items(fixture_db, items(), dataset="other")
    assert counts(fixture_db) == before


def test_error_inside_transaction_rolls_back_written_rows(fixture_db):
    before = counts(fixture_db)
    broken = pd.DataFrame({"statement_id": [None], "article_id": ["not stored"]}, dtype=object)
    with (pytest.raises(DatabaseError, match="could not run the query 'store/insert_statements'"),
          fixture_db.transaction() as tx, tx.registered(new_statements=broken)):
        delete_dataset(tx, "fixture")
        tx.run("store/insert_statements")  # statement_id NULL: NOT NULL violated
    assert counts(fixture_db) == before


def test_duckdb_errors_reach_callers_as_database_errors(fixture_db):
    with pytest.raises(DatabaseError) as caught, fixture_db.reading() as tx:
        tx.run("store/upload_article_rows")  # no upload staged on this cursor
    assert "upload_valid" in caught.value.detail
    assert isinstance(caught.value.__cause__, duckdb.Error)


def test_delete_dataset_removes_only_that_dataset(store_items, fixture_db):
    store_items(fixture_db, [(Article(name="c.txt", text="Cuba spoke."), [])], dataset="keep")
    with fixture_db.transaction() as tx:
        delete_dataset(tx, "fixture")
    assert counts(fixture_db)["statements"] == 0
    assert list(fixture_db.query("datasets")["dataset"]) == ["keep"]


@contextmanager
def _held_by_another_process(path: Path, seconds: float) -> Iterator[None]:
    """Another process holds the database file open for `seconds`, then lets it go."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('ok', flush=True); "
         f"time.sleep({seconds}); c.close()"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        yield
    finally:
        holder.kill()
        holder.wait()


def test_database_held_by_another_process_gives_a_friendly_message(tmp_path: Path,
                                                                   monkeypatch):
    monkeypatch.setenv("STANCE_LOCK_WAIT", "0.5")
    path = tmp_path / "held.duckdb"
    open_database(path).close()
    with _held_by_another_process(path, seconds=30), \
            pytest.raises(DatabaseError, match="in use by another program"):
        open_database(path)


def test_wrong_schema_version_is_refused_with_advice(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    db = open_database(path)
    db.con.cursor().execute("UPDATE schema_version SET version = 0")
    db.close()
    with pytest.raises(DatabaseError, match="schema version 0"):
        open_database(path)


def test_missing_database_read_only_says_how_to_build(tmp_path: Path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nope.duckdb", read_only=True)


def test_stance_db_environment_variable_chooses_the_file(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("STANCE_DB", str(tmp_path / "env.duckdb"))
    assert open_database().path == (tmp_path / "env.duckdb").resolve()


def test_stance_memory_limit_caps_duckdb_and_a_bad_value_is_named(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("STANCE_MEMORY_LIMIT", "700MB")
    db = open_database(tmp_path / "capped.duckdb")
    setting = db.con.cursor().execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert setting == "667.5 MiB"  # 700 * 1000^2 bytes in DuckDB's binary units
    monkeypatch.setenv("STANCE_MEMORY_LIMIT", "lots")
    with pytest.raises(DatabaseError, match="STANCE_MEMORY_LIMIT='lots'.*like 1GB"):
        open_database(tmp_path / "other.duckdb")


def test_the_app_caps_duckdb_by_default_and_commands_do_not(tmp_path: Path, monkeypatch):
    """The app (the one caller that opens without announcing waits) holds DuckDB to 512 MiB
    or a quarter of the machine's memory when STANCE_MEMORY_LIMIT is unset; a command keeps
    DuckDB's own default (80% of the memory) for its bulk loads."""
    monkeypatch.delenv("STANCE_MEMORY_LIMIT", raising=False)

    def limit(db) -> str:
        return db.con.cursor().execute("SELECT current_setting('memory_limit')").fetchone()[0]

    command = open_database(tmp_path / "command.duckdb")
    assert float(limit(command).split()[0]) > 512 or "GiB" in limit(command)
    app = open_database(tmp_path / "app.duckdb", release_when_idle=True, announce_waits=False)
    assert limit(app) == memory_limit(app=True).replace("MiB", ".0 MiB")
    assert float(limit(app).split()[0]) <= 512
    monkeypatch.setenv("STANCE_MEMORY_LIMIT", "700MB")  # the variable wins
    assert memory_limit(app=True) == "700MB"


def test_opening_waits_for_a_file_another_program_releases(tmp_path: Path, monkeypatch, capsys):
    """A command started while the dashboard (or another command) holds the file waits its
    turn, says so once, and then works."""
    monkeypatch.setenv("STANCE_LOCK_WAIT", "20")
    path = tmp_path / "busy.duckdb"
    open_database(path).close()
    with _held_by_another_process(path, seconds=1.5):
        started = time.monotonic()
        db = open_database(path)
        assert db.scalar("store/schema_version") is not None
        assert time.monotonic() - started >= 0.5
        assert capsys.readouterr().err.count("waiting for") == 1


def test_an_idle_database_lets_go_of_the_file_between_leases(tmp_path: Path):
    path = tmp_path / "app.duckdb"
    db = open_database(path, release_when_idle=True)
    with db.lease():
        assert db.scalar("store/schema_version") is not None
        session = db.session()  # an upload staged across page loads keeps it open
    probe = [sys.executable, "-c", f"import duckdb; duckdb.connect({str(path)!r}).close()"]
    assert subprocess.run(probe, capture_output=True).returncode != 0  # still held
    session.close()
    assert subprocess.run(probe, capture_output=True).returncode == 0  # released
    assert db.scalar("store/schema_version") is not None  # and reopened on demand


def _busy_app(path: Path, stop: threading.Event, leases: list[float]) -> list[threading.Thread]:
    """Two 'visitors' whose page loads (0.4 s leases) overlap, so that the file is never
    free for longer than a few milliseconds unless the app yields."""
    db = open_database(path, release_when_idle=True, announce_waits=False)

    def visitor(offset: float) -> None:
        time.sleep(offset)
        while not stop.is_set():
            with db.lease():
                db.scalar("store/schema_version")
                time.sleep(0.4)
            leases.append(time.monotonic())

    threads = [threading.Thread(target=visitor, args=(offset,), daemon=True)
               for offset in (0.0, 0.2)]
    for thread in threads:
        thread.start()
    return threads


def test_a_command_gets_the_file_from_a_busy_app_and_the_app_goes_on(tmp_path, monkeypatch):
    """The command leaves FILE.waiting; the app starts no page load while it is there, the
    file falls free, the command writes, and the app's page loads resume."""
    monkeypatch.setenv("STANCE_LOCK_WAIT", "20")
    path = tmp_path / "lab.duckdb"
    open_database(path).close()
    stop, leases = threading.Event(), []
    threads = _busy_app(path, stop, leases)
    time.sleep(1.0)
    code = ("from datetime import datetime\nfrom stance.store import open_database\n"
            f"db = open_database({str(path)!r}, release_when_idle=True)\n"
            "with db.transaction() as tx:\n"
            "    tx.run('store/insert_schema_version', version=99, now=datetime.now())\n"
            "print('written')\n")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=60, env={**os.environ, "STANCE_LOCK_WAIT": "20"})
        assert done.returncode == 0 and "written" in done.stdout, done.stderr
        assert "waiting for" in done.stderr  # it did find the file held
        assert not waiting_note(path).exists()  # and took its note away
        after_command = time.monotonic()
        time.sleep(1.5)
        assert any(t > after_command for t in leases)  # the app went on
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM schema_version WHERE version = 99"
                           ).fetchone()[0] == 1
    finally:
        con.close()


def test_a_killed_commands_note_does_not_stop_the_app(tmp_path):
    path = tmp_path / "lab.duckdb"
    open_database(path).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    waiting_note(path).write_text(dead, encoding="ascii")
    assert not _waiting_command(path)  # a dead process's note is ignored
    waiting_note(path).write_text(str(os.getppid()), encoding="ascii")
    assert _waiting_command(path)  # a live one's is not
