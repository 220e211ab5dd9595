"""kill -9 at ten points of an ingest, a coded-statements upload (`load-statements`), a
corrections import and a shard load (`load-shards`): the database opens afterwards and holds
exactly the state before the command or the state after it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from stance.config import ROOT, SAMPLE_DIR
from stance.corrections import correct
from stance.models import Article, Statement
from stance.scale import write_shard
from stance.store import close_all, frames_of
from tests.dbfiles import file_state

POINTS = 10

pytestmark = pytest.mark.slow


def _command(args: list[str], db: Path) -> list[str]:
    return [sys.executable, "-m", "stance", *args, "--db", str(db)]


def _matrix(base: Path, args: list[str], tmp_path: Path) -> dict[str, int]:
    """Run `args` once to the end (the 'after' state and its duration), then ten times on
    fresh copies, each killed at a later point of that duration."""
    before = file_state(base)
    runs = []
    for name in ("full1", "full2"):  # twice: tables that record when they were written differ
        full = tmp_path / f"{name}.duckdb"
        shutil.copy(base, full)
        started = time.monotonic()
        finished = subprocess.run(_command(args, full), cwd=ROOT, capture_output=True, text=True)
        duration = time.monotonic() - started
        assert finished.returncode == 0, finished.stderr
        runs.append(file_state(full))
    stamped = {table for table in runs[0] if runs[0][table] != runs[1][table]}
    # rows that record when they were loaded (articles, datasets) are compared by count; the
    # statements and corrections themselves must come out identical
    assert not stamped & {"statements", "corrections"}, stamped

    def comparable(state: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int | None]]:
        return {t: (rows, None if t in stamped else checksum)
                for t, (rows, checksum) in state.items()}

    before, after = comparable(before), comparable(runs[0])
    assert after != before, "the command changed nothing: the matrix would prove nothing"
    outcomes = {"before": 0, "after": 0}
    for point in range(POINTS):
        copy = tmp_path / f"killed{point}.duckdb"
        shutil.copy(base, copy)
        proc = subprocess.Popen(_command(args, copy), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(duration * (point + 0.5) / POINTS)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        state = comparable(file_state(copy))  # opens (replaying or discarding the log)
        assert state in (before, after), f"kill at point {point}: a half-written state"
        outcomes["before" if state == before else "after"] += 1
    print(f"{args[0]} killed at {POINTS} points over {duration:.1f} s: {outcomes}")
    return outcomes


def test_ingest_killed_at_ten_points_leaves_before_or_after(fixture_db_file, tmp_path):
    outcomes = _matrix(fixture_db_file, ["ingest", str(SAMPLE_DIR), "--dataset", "briefs"],
                       tmp_path)
    assert outcomes["before"] >= 1  # some kills did land before the commit


def test_corrections_import_killed_at_ten_points_leaves_before_or_after(
        build_fixture_db, fixture_db_file, statement_of, tmp_path):
    mine = build_fixture_db(tmp_path / "mine.duckdb")
    for speaker in ("Japan", "China", "Wang Yi"):
        correct(mine, statement_of(mine, speaker), {"stance": "tighten"}, coder="ann")
    exported = tmp_path / "corrections.csv"
    close_all()
    assert subprocess.run(_command(["corrections", "export", str(exported)], mine.path),
                          cwd=ROOT, capture_output=True).returncode == 0
    _matrix(fixture_db_file, ["corrections", "import", str(exported)], tmp_path)


def test_coded_statements_upload_killed_at_ten_points_leaves_before_or_after(
        fixture_db_file, tmp_path):
    """The upload's command-line form (`load-statements`, the same validation and one
    transaction as the Upload page) with 30,000 coded rows."""
    coded = tmp_path / "coded.csv"
    countries = ("RUS", "CHN", "USA", "IRN", "FRA", "GBR")
    stances = ("tighten", "ease", "neutral")
    with coded.open("w", encoding="utf-8") as out:
        out.write("speaker,country,stance,quote,title,date,outlet\n")
        for n in range(30_000):
            out.write(f"Speaker {n % 500},{countries[n % 6]},{stances[n % 3]},"
                      f"\"sanctions remark number {n}\",Story {n % 300},2019-05-{1 + n % 28:02d},"
                      f"Wire {n % 7}\n")
    outcomes = _matrix(fixture_db_file, ["load-statements", str(coded), "--dataset", "coded"],
                       tmp_path)
    assert outcomes["before"] >= 1


def _write_shards(out: Path, shards: int, articles_each: int) -> None:
    """Finished shards as a cluster run leaves them, written as a worker writes them (no
    spaCy: made-up statements)."""
    for shard in range(shards):
        items = []
        for n in range(articles_each):
            name = f"wire-{shard}-{n}.txt"
            text = (f"Minister {n % 40} urged tougher sanctions in item {shard}-{n}. "
                    f"Envoy {n % 25} called for easing the embargo on day {n}.")
            article = Article(name=name, source=f"Wire {n % 5}", published=date(2019, 1, 1),
                              title=f"Story {shard}-{n}", text=text)
            cut = text.index(" Envoy")
            items.append((article, [
                Statement(article=name, speaker=f"Minister {n % 40}", speaker_type="person",
                          country="USA", role="Minister", quote_type="indirect", quote=None,
                          sentence=text[:cut], start=0, end=cut, stance="tighten",
                          stance_cue="urged tougher", confidence=0.8, target="PRK"),
                Statement(article=name, speaker=f"Envoy {n % 25}", speaker_type="person",
                          country="RUS", role="Envoy", quote_type="indirect", quote=None,
                          sentence=text[cut + 1:], start=cut + 1, end=len(text),
                          stance="ease", stance_cue="called for easing", confidence=0.8,
                          target="PRK")]))
        write_shard(out, f"shard-{shard:03d}", frames_of(items, "sharded", "synthetic-1"))


def test_shard_load_killed_at_ten_points_leaves_before_or_after(fixture_db_file, tmp_path):
    """`load-shards` (the load step of a cluster run) of 8 shards, 6,000 articles."""
    shards = tmp_path / "shards"
    _write_shards(shards, shards=8, articles_each=750)
    outcomes = _matrix(fixture_db_file, ["load-shards", str(shards), "--dataset", "sharded"],
                       tmp_path)
    assert outcomes["before"] >= 1
