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
import heapq
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import dask
import pandas as pd
from distributed import Client, LocalCluster, as_completed
from fsspec import AbstractFileSystem
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from stance.errors import InputError
from stance.extract import get_extractor
from stance.models import Article
from stance.store import Database, Frames, LoadSummary, frames_of, store_frames

ARTICLES_FILE, STATEMENTS_FILE = "articles.parquet", "statements.parquet"
DEFAULT_PARTITION = 200  # articles per task: seconds of work each, few enough tasks to plan
# Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536 (memory handed back to the system
# quickly, for dataframe work); it also fixes glibc's mmap threshold, and spaCy's many
# mid-sized arrays are then mapped and unmapped over and over: extraction ran 10% slower
# (1.58 against 1.77 articles/s, one thread each). Unset for our workers; numpy's threads stay
# at one per worker (OMP_NUM_THREADS=1: one worker per core).
WORKER_ENVIRONMENT = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


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
    """At most `size` articles each, as few partitions as that allows, and about the same
    amount of text in each (a long speech costs fifty short statements: cut in input order,
    one task could hold all the speeches and finish long after the others). Longest first,
    each article goes to the partition with the least text that has room; within a partition
    the input order is kept. The same input always gives the same partitions (shard names)."""
    if size < 1:
        raise InputError("--partition-size", "a partition holds at least one article")
    count = -(-len(articles) // size)
    if count <= 1:
        return [list(articles)] if articles else []
    members: list[list[int]] = [[] for _ in range(count)]
    heap = [(0, part) for part in range(count)]  # (characters so far, partition)
    order = sorted(range(len(articles)), key=lambda i: (-len(articles[i].text), i))
    for index in order:
        full = []
        chars, part = heapq.heappop(heap)
        while len(members[part]) >= size:
            full.append((chars, part))
            chars, part = heapq.heappop(heap)
        members[part].append(index)
        heapq.heappush(heap, (chars + len(articles[index].text), part))
        for item in full:
            heapq.heappush(heap, item)
    return [[articles[i] for i in sorted(part)] for part in members]


def _load_extractor() -> str:
    return get_extractor().version


def warm_workers(client: Client) -> None:
    """Load the spaCy pipeline on every worker now, not in its first task (so a short run
    and a benchmark see the steady rate)."""
    client.run(_load_extractor)


def shard_location(out: str | os.PathLike[str]) -> tuple[AbstractFileSystem, str]:
    """The file system and path of a shards folder: a local folder, or an fsspec URL
    (s3://bucket/shards, gs://..., where the file system's package is installed)."""
    try:
        fs, root = url_to_fs(str(out))
    except (ImportError, ValueError) as error:
        raise InputError(out, f"cannot use this place for shards ({error})") from None
    return fs, root.rstrip("/") or "/"


def _finished(fs: AbstractFileSystem, folder: str) -> bool:
    # each file is written whole (local rename, or one object each on a store), so a shard
    # with both files is complete
    return fs.isfile(f"{folder}/{ARTICLES_FILE}") and fs.isfile(f"{folder}/{STATEMENTS_FILE}")


def write_shard(out: str | os.PathLike[str], name: str, frames: Frames) -> bool:
    """Write `frames` as the shard `name` under `out`, whole or not at all: both files go to a
    temporary folder, which is then renamed (locally: atomic) or moved file by file (object
    stores: each object appears whole). False when a finished shard of that name is there."""
    fs, root = shard_location(out)
    final = f"{root}/{name}"
    if _finished(fs, final):
        return False
    temporary = f"{root}/.{name}.{uuid.uuid4().hex}.tmp"
    fs.makedirs(temporary, exist_ok=True)
    try:
        for file, frame in ((ARTICLES_FILE, frames.articles),
                            (STATEMENTS_FILE, frames.statements)):
            with fs.open(f"{temporary}/{file}", "wb") as sink:
                frame.to_parquet(sink, index=False)
        if isinstance(fs, LocalFileSystem):
            try:
                os.rename(temporary, final)
            except OSError:
                if not _finished(fs, final):  # not another worker finishing the same one
                    raise
        else:
            fs.mv(temporary, final, recursive=True)
    finally:
        if fs.exists(temporary):
            fs.rm(temporary, recursive=True)
    return True


def extract_partition(articles: list[Article], dataset: str, out: str) -> tuple[str, bool]:
    """Run on a worker: extract one partition and write its shard, unless a finished shard of
    the same articles is there; returns (shard name, whether it was written now)."""
    extractor = get_extractor()
    name = shard_name(articles, extractor.version)
    fs, root = shard_location(out)
    if _finished(fs, f"{root}/{name}"):
        return name, False
    frames = frames_of(extractor.extract_many(articles), dataset, extractor.version)
    return name, write_shard(out, name, frames)


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
    with dask.config.set(WORKER_ENVIRONMENT):
        cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                               dashboard_address="127.0.0.1:0", silence_logs=50)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def extract_on_cluster(client: Client, articles: list[Article], dataset: str,
                       out: str | os.PathLike[str],
                       partition_size: int = DEFAULT_PARTITION,
                       progress: Callable[[int], None] | None = None) -> ClusterRun:
    """Extract `articles` into shards under `out`, one Dask task per partition; `progress(n)`
    with each finished partition's article count."""
    fs, root = shard_location(out)
    fs.makedirs(root, exist_ok=True)
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


def shard_folders(out: str | os.PathLike[str]) -> list[str]:
    """The finished shards under `out` (temporary folders of unfinished ones are not)."""
    fs, root = shard_location(out)
    if not fs.isdir(root):
        raise InputError(out, "no such folder of shards")
    return sorted(path for path in fs.ls(root, detail=False)
                  if not path.rstrip("/").rsplit("/", 1)[-1].startswith(".")
                  and fs.isdir(path) and _finished(fs, path))


def _read(fs: AbstractFileSystem, path: str) -> pd.DataFrame:
    with fs.open(path, "rb") as source:
        frame = pd.read_parquet(source)
    return frame.astype(object).where(frame.notna(), None)


def load_shards(db: Database, out: str | os.PathLike[str], dataset: str,
                kind: str = "articles") -> LoadSummary:
    """Every finished shard under `out` (a folder or an fsspec URL), stored in one transaction
    as `dataset`."""
    found = shard_folders(out)
    if not found:
        raise InputError(out, "holds no finished shard")
    fs, _ = shard_location(out)
    articles = pd.concat([_read(fs, f"{p}/{ARTICLES_FILE}") for p in found], ignore_index=True)
    statements = pd.concat([_read(fs, f"{p}/{STATEMENTS_FILE}") for p in found],
                           ignore_index=True)
    versions = sorted({v for v in statements["extractor_version"] if v})
    if len(versions) > 1:
        raise InputError(out, f"holds shards of {len(versions)} extractor versions "
                              f"({', '.join(versions)}): load one version per dataset")
    articles["dataset"] = dataset
    articles = articles.drop_duplicates("sha256")
    statements = statements.drop_duplicates("statement_id")
    return store_frames(db, Frames(dataset, articles, statements), kind,
                        source_file=str(out))
