"""Extraction on a local Dask cluster of two worker processes: the same statements as one
process, shards skipped by a rerun, a worker killed mid-run survived, an unreachable scheduler
refused with nothing loaded, unfinished shards never loaded."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from distributed import Client

from stance import scale
from stance.config import SAMPLE_DIR
from stance.errors import InputError
from stance.models import Article
from stance.pipeline import ingest, read_paths
from stance.store import close_all, frames_of, open_database

pytestmark = pytest.mark.slow

COLUMNS = ('statement_id, speaker, speaker_type, country, role, stance, stance_cue, target, '
           'start, "end", quote, quote_norm, confidence, on_topic, official_id')


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with scale.dask_client(2, None) as started:
        yield started


@pytest.fixture(scope="module")
def single_process(tmp_path_factory) -> list[tuple]:
    path = tmp_path_factory.mktemp("single") / "one.duckdb"
    ingest(open_database(path), read_paths([SAMPLE_DIR], "briefs"), "briefs")
    return _rows(path)


def _rows(path: Path) -> list[tuple]:
    close_all()
    with duckdb.connect(str(path), read_only=True) as con:
        return con.sql(f"SELECT {COLUMNS} FROM statements ORDER BY statement_id").fetchall()


def _articles(path: Path) -> tuple[int, int]:
    close_all()
    with duckdb.connect(str(path), read_only=True) as con:
        return con.sql("SELECT count(*), count(DISTINCT sha256) FROM articles").fetchall()[0]


def test_the_cluster_finds_what_one_process_finds(client, single_process, tmp_path):
    articles = read_paths([SAMPLE_DIR], "briefs")
    out = tmp_path / "shards"
    seen: list[int] = []
    run = scale.extract_on_cluster(client, articles, "briefs", out, partition_size=6,
                                   progress=seen.append)
    assert run.written == len(scale.shard_folders(out)) == -(-len(articles) // 6)
    assert sum(seen) == len(articles) and run.skipped == 0
    db = tmp_path / "cluster.duckdb"
    summary = scale.load_shards(open_database(db), out, "briefs")
    assert summary.articles_added == len(articles)
    assert _rows(db) == single_process  # same ids, speakers, stances, offsets...
    again = scale.extract_on_cluster(client, articles, "briefs", out, partition_size=6)
    assert (again.written, again.skipped) == (0, run.written)  # a rerun skips finished shards


def test_a_worker_killed_mid_run_is_survived(client, single_process, tmp_path):
    articles = read_paths([SAMPLE_DIR], "briefs")
    pids = list(client.run(os.getpid).values())
    killed = threading.Event()

    def kill_one(_count: int) -> None:
        if not killed.is_set():
            killed.set()
            os.kill(pids[0], signal.SIGKILL)  # the nanny starts a new one; Dask reruns its task

    out = tmp_path / "shards"
    scale.extract_on_cluster(client, articles, "briefs", out, partition_size=3,
                             progress=kill_one)
    assert killed.is_set()
    db = tmp_path / "after_kill.duckdb"
    scale.load_shards(open_database(db), out, "briefs")
    assert _articles(db) == (len(articles), len(articles))  # every article exactly once
    assert _rows(db) == single_process


def test_unfinished_shards_are_never_loaded(client, tmp_path):
    articles = read_paths([SAMPLE_DIR], "briefs")[:4]
    out = tmp_path / "shards"
    scale.extract_on_cluster(client, articles, "briefs", out, partition_size=2)
    first = Path(scale.shard_folders(out)[0])
    shutil.copytree(first, out / f".{first.name}.dead.tmp")  # a worker killed while writing
    (out / "half").mkdir()  # a folder without its files
    assert len(scale.shard_folders(out)) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no finished shard"):
        scale.load_shards(open_database(tmp_path / "x.duckdb"), empty, "briefs")


def test_an_unreachable_scheduler_loads_nothing(run_cli, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "nothing.duckdb"
    done = run_cli("ingest", str(SAMPLE_DIR), "--dataset", "briefs", "--db", str(db),
                   "--scheduler", f"tcp://127.0.0.1:{port}", "--shards", str(tmp_path / "s"),
                   env={**os.environ, "STANCE_DASK_TIMEOUT": "2"})
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], done.stderr
    assert not db.exists() or _articles(db) == (0, 0)


def test_the_command_line_runs_a_local_cluster(run_cli, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in sorted(SAMPLE_DIR.glob("*.md"))[:4]:
        shutil.copy(path, folder / path.name)
    db = tmp_path / "cli.duckdb"
    done = run_cli("ingest", str(folder), "--dataset", "briefs", "--db", str(db),
                   "--workers", "2", "--partition-size", "2", "--shards", str(tmp_path / "s"))
    assert done.returncode == 0, done.stderr
    assert "Dask dashboard: http://127.0.0.1:" in done.stderr
    assert "shards: 2 written" in done.stderr and "4 article(s) added" in done.stdout


def test_shards_of_two_extractor_versions_are_refused(fixture_items, tmp_path):
    out = tmp_path / "shards"
    for version, items in (("v1", fixture_items()[:1]), ("v2", fixture_items()[1:])):
        scale.write_shard(out, version, frames_of(items, "mixed", version))
    with pytest.raises(InputError, match="2 extractor versions"):
        scale.load_shards(open_database(tmp_path / "x.duckdb"), out, "mixed")


def test_partitions_hold_every_article_once_with_even_text():
    """Ten long speeches and forty short notes in input order: every partition within the
    size, every article once, input order kept inside, and no partition with all the
    speeches (the most text in one partition at most twice the least)."""
    articles = [Article(name=f"speech{i}.txt", text="sanctions " * 2000) for i in range(10)]
    articles += [Article(name=f"note{i}.txt", text="sanctions " * 40) for i in range(40)]
    parts = scale.partitions(articles, 8)
    assert len(parts) == 7 and all(1 <= len(p) <= 8 for p in parts)
    names = [a.name for p in parts for a in p]
    assert sorted(names) == sorted(a.name for a in articles)
    order = {a.name: i for i, a in enumerate(articles)}
    assert all([order[a.name] for a in p] == sorted(order[a.name] for a in p) for p in parts)
    sizes = [sum(len(a.text) for a in p) for p in parts]
    assert max(sizes) <= 2 * min(sizes)
    assert [[a.name for a in p] for p in scale.partitions(articles, 8)] == \
        [[a.name for a in p] for p in parts]  # the same shards on a rerun


def test_shards_at_an_fsspec_url_are_written_whole_and_loaded(tmp_path):
    """An object store stands in as fsspec's in-memory file system: shards are moved there
    file by file, a shard with one file only (a move cut short) is not loaded, and the load
    equals a single-process ingest of the same articles."""
    articles = read_paths([SAMPLE_DIR], "briefs")[:3]
    out = f"memory://stance-{tmp_path.name}/shards"
    for part in scale.partitions(articles, 2):
        assert scale.extract_partition(part, "briefs", out)[1] is True
    assert scale.extract_partition(scale.partitions(articles, 2)[0], "briefs", out)[1] is False
    fs, root = scale.shard_location(out)
    first = scale.shard_folders(out)[0]
    fs.copy(f"{first}/{scale.ARTICLES_FILE}", f"{root}/cut-short/{scale.ARTICLES_FILE}")
    assert len(scale.shard_folders(out)) == 2  # the half one is not listed
    assert not any(".tmp" in path for path in fs.find(root))  # no temporary left behind
    by_url, by_ingest = tmp_path / "url.duckdb", tmp_path / "single.duckdb"
    summary = scale.load_shards(open_database(by_url), out, "briefs")
    assert summary.articles_added == 3
    ingest(open_database(by_ingest), articles, "briefs")
    close_all()
    assert _rows(by_url) == _rows(by_ingest)
    fs.rm(root, recursive=True)


def test_a_shards_url_without_its_file_system_is_one_line(run_cli, tmp_path):
    done = run_cli("load-shards", "nosuchfs://bucket/shards", "--dataset", "x",
                   "--db", str(tmp_path / "x.duckdb"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: nosuchfs://bucket/shards: cannot use this place "
                                  "for shards"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
