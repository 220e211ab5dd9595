"""Extraction on a Dask cluster, shards in Parquet, one atomic load.

A corpus bigger than one machine is cut into partitions of a few hundred articles. Each Dask
task extracts one partition on a worker (which loads the spaCy pipeline once, `get_extractor`
is cached per process) and writes its rows as a shard: a folder named by the content hash of
its articles and the extractor version, holding `articles.parquet` and `statements.parquet`,
written under a temporary name and renamed when complete. So a rerun skips finished
partitions, a killed worker never leaves half a shard (Dask reruns its task elsewhere), and
`load_shards` reads every complete shard and stores it in one transaction through the same
path as `ingest` (checks, ids, people, quote clusters, the chart table).

The same code runs on a laptop (`LocalCluster`), a Slurm or PBS cluster (dask-jobqueue), or
Kubernetes: only the scheduler's address changes. docs/scale-out.md says how.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from distributed import Client, LocalCluster, as_completed

from stance.errors import InputError
from stance.extract import get_extractor
from stance.models import Article
from stance.store import Database, Frames, LoadSummary, frames_of, store_frames

ARTICLES_FILE, STATEMENTS_FILE = "articles.parquet", "statements.parquet"
DEFAULT_PARTITION = 200  # articles per task: seconds of work each, few enough tasks to plan
def connect_timeout() -> str:
    """How long to try reaching a scheduler: STANCE_DASK_TIMEOUT seconds, else 10."""
    return f"{float(os.environ.get('STANCE_DASK_TIMEOUT') or 10):g}s"


def shard_name(articles: list[Article], version: str) -> str:
    """The shard's name: what it holds (its articles' text hashes) and how it was made."""
    digest = hashlib.sha256(version.encode("utf-8"))
    for sha in sorted(a.sha256 for a in articles):
        digest.update(sha.encode("ascii"))
    return digest.hexdigest()[:24]


def partitions(articles: list[Article], size: int) -> list[list[Article]]:
    if size < 1:
        raise InputError("--partition-size", "a partition holds at least one article")
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def extract_partition(articles: list[Article], dataset: str, out: str) -> tuple[str, bool]:
    """Run on a worker: extract one partition and write its shard, unless a finished shard of
    the same articles is there; returns (shard name, whether it was written now)."""
    extractor = get_extractor()
    name = shard_name(articles, extractor.version)
    final = Path(out) / name
    if final.is_dir():
        return name, False
    frames = frames_of(extractor.extract_many(articles), dataset, extractor.version)
    temporary = Path(out) / f".{name}.{uuid.uuid4().hex}.tmp"
    temporary.mkdir(parents=True)
    try:
        frames.articles.to_parquet(temporary / ARTICLES_FILE, index=False)
        frames.statements.to_parquet(temporary / STATEMENTS_FILE, index=False)
        try:
            os.rename(temporary, final)  # atomic: the shard is there whole or not at all
        except OSError:
            if not final.is_dir():  # not another worker finishing the same partition
                raise
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return name, True


@dataclass
class ClusterRun:
    """What a cluster run did: shards written and skipped, and the dashboard's address."""

    written: int = 0
    skipped: int = 0
    dashboard: str | None = None


@contextmanager
def dask_client(workers: int | None, scheduler: str | None) -> Iterator[Client]:
    """A client on `scheduler`, or on a local cluster of `workers` processes (one thread
    each: spaCy is not thread-parallel). An unreachable scheduler is a one-line InputError."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout())
        except (OSError, TimeoutError) as error:
            raise InputError("--scheduler", f"cannot reach the Dask scheduler at {scheduler} "
                                            f"({type(error).__name__}); nothing was loaded, "
                                            "finished shards are kept") from None
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                           dashboard_address="127.0.0.1:0", silence_logs=50)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def extract_on_cluster(client: Client, articles: list[Article], dataset: str, out: Path,
                       partition_size: int = DEFAULT_PARTITION,
                       progress: Callable[[int], None] | None = None) -> ClusterRun:
    """Extract `articles` into shards under `out`, one Dask task per partition; `progress(n)`
    with each finished partition's article count."""
    out.mkdir(parents=True, exist_ok=True)
    run = ClusterRun(dashboard=getattr(client, "dashboard_link", None))
    parts = partitions(articles, partition_size)
    futures = {client.submit(extract_partition, part, dataset, str(out), pure=False): len(part)
               for part in parts}
    for future in as_completed(futures):
        _, written = future.result()
        run.written += written
        run.skipped += not written
        if progress:
            progress(futures[future])
    return run


def shard_folders(out: Path) -> list[Path]:
    """The finished shards under `out` (temporary folders of unfinished ones are not)."""
    if not out.is_dir():
        raise InputError(out, "no such folder of shards")
    return sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")
                  and (p / ARTICLES_FILE).is_file() and (p / STATEMENTS_FILE).is_file())


def _read(path: Path) -> pd.DataFrame:
    frame = pd.read_parquet(path)
    return frame.astype(object).where(frame.notna(), None)


def load_shards(db: Database, out: Path, dataset: str, kind: str = "articles") -> LoadSummary:
    """Every finished shard under `out`, stored in one transaction as `dataset`."""
    found = shard_folders(out)
    if not found:
        raise InputError(out, "holds no finished shard")
    articles = pd.concat([_read(p / ARTICLES_FILE) for p in found], ignore_index=True)
    statements = pd.concat([_read(p / STATEMENTS_FILE) for p in found], ignore_index=True)
    versions = sorted({v for v in statements["extractor_version"] if v})
    if len(versions) > 1:
        raise InputError(out, f"holds shards of {len(versions)} extractor versions "
                              f"({', '.join(versions)}): load one version per dataset")
    articles["dataset"] = dataset
    articles = articles.drop_duplicates("sha256")
    statements = statements.drop_duplicates("statement_id")
    return store_frames(db, Frames(dataset, articles, statements), kind,
                        source_file=str(out))
