"""The DuckDB store: schema, all-or-nothing loads, stable ids, friendly open errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from stance.errors import DatabaseError
from stance.models import Article, Statement
from stance.store import SCHEMA_VERSION, delete_dataset, load_extracted, open_database
from tests.fixtures import fixture_items

TABLES = {"articles", "statements", "officials", "countries", "datasets", "corrections",
          "schema_version"}


def counts(db) -> dict[str, int]:
    cur = db.cursor()
    return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def test_schema_has_every_table_and_version(empty_db):
    names = {r[0] for r in empty_db.cursor().execute("SHOW TABLES").fetchall()}
    assert names >= TABLES
    assert empty_db.scalar("store/schema_version") == SCHEMA_VERSION


def test_load_adds_articles_statements_and_dataset(fixture_db):
    assert counts(fixture_db)["articles"] == 3
    assert counts(fixture_db)["statements"] == 6
    rows = fixture_db.query("datasets")
    assert list(rows["dataset"]) == ["fixture"] and int(rows["rows"].iloc[0]) == 6


def test_reingest_adds_nothing_and_keeps_ids(fixture_db):
    before = fixture_db.cursor().execute(
        "SELECT statement_id FROM statements ORDER BY 1").fetchall()
    summary = load_extracted(fixture_db, fixture_items(), dataset="fixture")
    assert (summary.articles_added, summary.statements_added) == (0, 0)
    assert summary.skipped_articles == 3
    after = fixture_db.cursor().execute("SELECT statement_id FROM statements ORDER BY 1").fetchall()
    assert before == after


def _failing_items():
    yield from fixture_items()[:1]
    raise RuntimeError("extractor crashed on the second article")


def test_failing_load_leaves_database_unchanged(fixture_db):
    before = counts(fixture_db)
    new = Article(name="new.txt", text="Cuba called for lifting the embargo.")
    st = Statement("new.txt", "Cuba", "country", "CUB", None, "indirect", None, new.text, 0, 36,
                   "ease", "lifting", 0.9, "CUB")

    def items():
        yield new, [st]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        load_extracted(fixture_db, items(), dataset="other")
    assert counts(fixture_db) == before


def test_error_inside_transaction_rolls_back_written_rows(fixture_db):
    before = counts(fixture_db)
    with pytest.raises(duckdb.Error), fixture_db.transaction() as cur:
        delete_dataset(cur, "fixture")
        cur.execute("INSERT INTO statements (statement_id) VALUES ('x')")  # NOT NULL violated
    assert counts(fixture_db) == before


def test_delete_dataset_removes_only_that_dataset(fixture_db):
    load_extracted(fixture_db, [(Article(name="c.txt", text="Cuba spoke."), [])], dataset="keep")
    with fixture_db.transaction() as cur:
        delete_dataset(cur, "fixture")
    assert counts(fixture_db)["statements"] == 0
    assert list(fixture_db.query("datasets")["dataset"]) == ["keep"]


def test_database_held_by_another_process_gives_a_friendly_message(tmp_path: Path):
    path = tmp_path / "held.duckdb"
    open_database(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('ok', flush=True); "
         "time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(DatabaseError, match="in use by another program"):
            open_database(path)
    finally:
        holder.kill()
        holder.wait()


def test_wrong_schema_version_is_refused_with_advice(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    db = open_database(path)
    db.cursor().execute("UPDATE schema_version SET version = 0")
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
    setting = db.cursor().execute("SELECT current_setting('memory_limit')").fetchone()[0]
    assert setting == "667.5 MiB"  # 700 * 1000^2 bytes in DuckDB's binary units
    monkeypatch.setenv("STANCE_MEMORY_LIMIT", "lots")
    with pytest.raises(DatabaseError, match="STANCE_MEMORY_LIMIT='lots'.*like 1GB"):
        open_database(tmp_path / "other.duckdb")
