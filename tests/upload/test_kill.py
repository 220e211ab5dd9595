"""A load killed with SIGKILL while it writes leaves the database openable and unchanged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stance.config import ROOT
from stance.store import close_all, open_database
from stance.upload import table_checksums

ROWS = 200_000  # more than one DuckDB row group (122,880), so rows reach the file before commit


def _big_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write("speaker,country,stance,quote,date,outlet\n")
        for i in range(ROWS):
            out.write(f"Official {i % 997},{('USA', 'RUS', 'CHN')[i % 3]},"
                      f"{('tighten', 'ease', 'neutral')[i % 3]},Statement number {i},"
                      f"2017-{1 + i % 12:02d}-{1 + i % 28:02d},Wire {i % 13}\n")


def _sizes(db_path: Path) -> tuple[int, int]:
    wal = db_path.with_name(db_path.name + ".wal")
    return (db_path.stat().st_size, wal.stat().st_size if wal.exists() else 0)


@pytest.mark.slow
def test_sigkill_while_writing_leaves_the_database_unchanged(build_fixture_db, tmp_path):
    db_path = tmp_path / "killed.duckdb"
    build_fixture_db(db_path)
    before = table_checksums(open_database(db_path))
    close_all()
    csv_path = tmp_path / "big.csv"
    _big_csv(csv_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "stance", "load-statements", str(csv_path), "--db", str(db_path)],
        cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:  # validation runs first, then this line, then the inserts
            if line.startswith("writing "):
                break
        else:
            pytest.fail("the load never reached the writing stage")
        started = _sizes(db_path)
        deadline = time.monotonic() + 300
        while proc.poll() is None and _sizes(db_path) == started:
            assert time.monotonic() < deadline, "the load never wrote to the file"
            time.sleep(0.002)
        # rows are reaching the file (or its log) and the transaction has not committed
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    db = open_database(db_path)  # opens (replaying or discarding the log) without error
    assert table_checksums(db) == before
    assert db.con.cursor().execute("SELECT count(*) FROM datasets WHERE kind = 'coded_statements'"
                               ).fetchall() == [(0,)]
