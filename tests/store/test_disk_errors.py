"""A disk that is full, a file that may not grow and a read-only disk: every writing command
says so in one line, exits 2, and the database holds what it held before (row counts and
checksums compared), and opens.

A full disk is made two ways: a file-size limit on the command (RLIMIT_FSIZE, any user, any
machine: the kernel refuses the write that would pass it, as a full disk does) and, where this
process may mount file systems (root in the CI container), an 8 MB tmpfs (the fixture file is
about 6 MB) filled by the write.
The read-only disk is a tmpfs remounted read-only."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from stance.config import ROOT, SAMPLE_DIR
from stance.store import close_all
from tests.dbfiles import file_state

pytestmark = pytest.mark.slow


def _coded_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("speaker,country,stance,quote,title,date,outlet\n")
        for n in range(rows):
            out.write(f"Speaker {n % 300},USA,tighten,\"sanctions remark {n} on the embargo\","
                      f"Story {n % 200},2019-05-{1 + n % 28:02d},Wire {n % 5}\n")
    return path


def _run(args: list[str], db: Path, file_size_limit: int | None = None
         ) -> subprocess.CompletedProcess:
    def limit() -> None:  # runs in the child before it starts Python
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run([sys.executable, "-m", "stance", *args, "--db", str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          preexec_fn=limit if file_size_limit else None)


def _one_error_line(done: subprocess.CompletedProcess, cause: str) -> None:
    """Exit 2, and after the command's progress lines, one line: the error, with `cause`."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "leaked" not in done.stderr, done.stderr
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], done.stderr
    assert cause in errors[0], errors[0]


def test_a_file_that_may_not_grow_is_one_line_and_nothing_written(fixture_db_file, tmp_path):
    """The limit is the file's size: the load's log (20,000 rows) may not be written. (A limit
    below the file's size is not a full disk: DuckDB 2.0.0 then cuts a block short when it
    checkpoints at close and the file is corrupt; a full disk never did that in our trials.)"""
    coded = _coded_csv(tmp_path / "coded.csv", 20_000)
    command = ["load-statements", str(coded), "--dataset", "coded"]
    before = file_state(fixture_db_file, read_only=True)
    done = _run(command, fixture_db_file, file_size_limit=fixture_db_file.stat().st_size)
    _one_error_line(done, "the file may not grow any larger here")
    assert "nothing was written" in done.stderr
    assert file_state(fixture_db_file, read_only=True) == before
    # and the same command succeeds once the limit is gone: the file was left usable
    assert _run(command, fixture_db_file).returncode == 0
    assert file_state(fixture_db_file, read_only=True) != before


def test_the_sql_engine_without_room_for_its_copy_is_one_line(fixture_db_file):
    done = _run(["sql", "SELECT count(*) FROM statements"], fixture_db_file, file_size_limit=1024)
    _one_error_line(done, "could not write its copy of the data")
    assert "File too large" in done.stderr


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(where)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"this process may not mount a tmpfs ({mounted.stderr.strip()}); the "
                    "file-size-limit tests above cover a full disk")
    try:
        yield where
    finally:
        close_all()
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    """A file that takes all but `leave` bytes of the disk's free space."""
    stats = os.statvfs(disk)
    filler = disk / "filler"
    with filler.open("wb") as out:
        out.write(b"\0" * (stats.f_bavail * stats.f_frsize - leave))
    return filler


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
@pytest.mark.parametrize(("command", "leave"), [
    (lambda tmp: ["ingest", str(SAMPLE_DIR), "--dataset", "briefs"], 100_000),
    (lambda tmp: ["load-statements", str(_coded_csv(tmp / "coded.csv", 40_000)),
                  "--dataset", "coded"], 400_000),
], ids=["ingest", "load-statements"])
def test_a_full_disk_is_one_line_and_nothing_written(fixture_db_file, tmp_path, command, leave):
    with _tmpfs(tmp_path / "small", "8m") as disk:
        db = disk / "lab.duckdb"
        shutil.copy(fixture_db_file, db)
        before = file_state(db, read_only=True)
        filler = _fill(disk, leave)
        done = _run(command(tmp_path), db)
        filler.unlink()
        _one_error_line(done, "the disk is full")
        assert file_state(db, read_only=True) == before


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_a_read_only_disk_refuses_writes_in_one_line_and_still_reads(fixture_db_file, tmp_path):
    with _tmpfs(tmp_path / "ro", "20m") as disk:
        db = disk / "lab.duckdb"
        shutil.copy(fixture_db_file, db)
        before = file_state(db, read_only=True)
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode == 0
        for command in (["ingest", str(SAMPLE_DIR), "--dataset", "briefs"],
                        ["load-statements", str(_coded_csv(tmp_path / "c.csv", 10)),
                         "--dataset", "coded"]):
            _one_error_line(_run(command, db), "the disk is mounted read-only")
        assert file_state(db, read_only=True) == before
        read = _run(["sql", "SELECT count(*) AS n FROM statements"], db)
        assert read.returncode == 0 and "6" in read.stdout
