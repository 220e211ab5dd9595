"""Scale-out figures (issue 14): extraction with 1 and 2 local Dask workers against one process
on the same real documents, the engine's overhead per task, `load-shards` of 1M statements
against DuckDB's bare `read_parquet` copy of the same shards, and a projection to 8, 64 and
512 workers. Prints one JSON line per figure and appends a section to bench/RESULTS.md.

    python -m bench.scale                # ~7 min on 2 cores: 200 documents, 1M statements
    python -m bench.scale --docs 40 --no-load   # a quick look
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

import duckdb

from bench.generate import generate_database
from stance import scale
from stance.config import SHARED_CORPUS
from stance.models import Article
from stance.pipeline import extract_frames, read_paths
from stance.store import close_all, open_database

RESULTS = Path(__file__).with_name("RESULTS.md")
CORPORA = ("ungdc", "whitehouse")


def documents(count: int) -> list[Article]:
    """`count` real documents, half UN speeches and half White House statements."""
    half = []
    for name in CORPORA:
        folder = SHARED_CORPUS / name
        paths = sorted(p for p in folder.glob("*.txt"))[: count // len(CORPORA)]
        half.extend(read_paths(paths, "bench"))
    return half


def _emit(rows: list[dict], name: str, value: float, unit: str, baseline: str | None = None,
          base: float | None = None) -> None:
    row = {"name": name, "value": round(value, 4), "unit": unit, "baseline": baseline,
           "baseline_value": None if base is None else round(base, 4),
           "ratio": None if not base else round(value / base, 4)}
    rows.append(row)
    print(json.dumps(row), flush=True)


def extraction(rows: list[dict], articles: list[Article], work: Path) -> dict[str, float]:
    """Articles per second: one process (the extractor warm), then 1 and 2 workers (each
    with the model loaded first, as a long run amortises the model load)."""
    warm = articles[:2]
    extract_frames(warm, "bench")
    started = time.perf_counter()
    extract_frames(articles, "bench")
    single = len(articles) / (time.perf_counter() - started)
    _emit(rows, "scale.extract.single", single, "articles/s")
    rates = {"single": single}
    for workers in (1, 2):
        with scale.dask_client(workers, None) as client:
            scale.warm_workers(client)
            started = time.perf_counter()
            # 25 tasks a worker (balanced by text): the last task ends soon after the others,
            # as in a long run, where the idle tail is a small share of the whole
            scale.extract_on_cluster(client, articles, "bench", work / f"w{workers}",
                                     partition_size=max(1, len(articles) // (25 * workers)))
            rate = len(articles) / (time.perf_counter() - started)
            if workers == 2:
                rates["overhead"] = task_overhead(client)
        rates[f"w{workers}"] = rate
        _emit(rows, f"scale.extract.workers{workers}", rate, "articles/s", "single process",
              single)
    _emit(rows, "scale.task_overhead", rates["overhead"] * 1000, "ms/task")
    return rates


def _nothing(value: int) -> int:
    return value


def task_overhead(client: object, tasks: int = 200) -> float:
    """Seconds of scheduling per task: a batch of tasks that do nothing, timed end to end."""
    started = time.perf_counter()
    client.gather(client.map(_nothing, range(tasks), pure=False))
    return (time.perf_counter() - started) / tasks


def loading(rows: list[dict], work: Path, statements: int) -> float:
    """load-shards of `statements` rows (shards cut from the bench's synthetic database)
    against a bare CREATE TABLE ... AS SELECT * FROM read_parquet of the same files."""
    cached = sorted(Path(__file__).with_name("out").glob(f"bench-{statements}-s7-*.duckdb"))
    source = cached[-1] if cached else work / "source.duckdb"
    if not cached:
        generate_database(source, statements)
    shards = work / "shards"
    shards.mkdir(exist_ok=True)
    con = duckdb.connect(str(source), read_only=True)
    parts = 10
    for part in range(parts):
        folder = shards / f"part{part:02d}"
        folder.mkdir(exist_ok=True)
        where = f"hash(article_id) % {parts} = {part}"
        con.execute(f"COPY (SELECT * FROM articles WHERE {where}) TO "
                    f"'{folder / scale.ARTICLES_FILE}' (FORMAT parquet)")
        con.execute(f"COPY (SELECT s.* FROM statements s WHERE {where}) TO "
                    f"'{folder / scale.STATEMENTS_FILE}' (FORMAT parquet)")
    con.close()
    bare = duckdb.connect(str(work / "bare.duckdb"))
    started = time.perf_counter()
    bare.execute(f"CREATE TABLE s AS SELECT * FROM read_parquet('{shards}/*/statements.parquet')")
    bare.execute(f"CREATE TABLE a AS SELECT * FROM read_parquet('{shards}/*/articles.parquet')")
    bare_seconds = time.perf_counter() - started
    bare.close()
    target = work / "loaded.duckdb"
    started = time.perf_counter()
    summary = scale.load_shards(open_database(target), shards, "bench")
    ours = time.perf_counter() - started
    close_all()
    _emit(rows, "scale.load_shards", summary.statements_added / ours, "rows/s",
          "read_parquet copy", summary.statements_added / bare_seconds)
    return summary.statements_added / ours


def projection(rates: dict[str, float], load_rate: float, corpus: int = 300_000,
               per_article: float = 10.0) -> list[str]:
    """Hours for a corpus of `corpus` articles at 8, 64 and 512 workers, from the measured
    per-article cost, per-task overhead and load rate; which step stops scaling."""
    seconds_per_article = 1 / rates["w1"]
    partition = scale.DEFAULT_PARTITION
    tasks = corpus / partition
    lines = ["| workers | extraction | scheduling | load | total | the step that bounds it |",
             "|---|---|---|---|---|---|"]
    load = corpus * per_article / load_rate
    for workers in (8, 64, 512):
        extract = corpus * seconds_per_article / workers
        scheduling = tasks * rates["overhead"]  # the scheduler hands tasks out one by one
        total = extract + scheduling + load
        bound = max((extract, "extraction"), (scheduling, "scheduler"), (load, "one load"))[1]
        lines.append(f"| {workers} | {extract / 3600:.2f} h | {scheduling:.0f} s | "
                     f"{load / 60:.0f} min | {total / 3600:.2f} h | {bound} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--no-load", action="store_true")
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.is_dir():
        raise SystemExit("../shared/corpus is needed (real documents)")
    rows: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        articles = documents(args.docs)
        rates = extraction(rows, articles, work)
        load_rate = loading(rows, work, args.statements) if not args.no_load else None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = ["", f"## Scale-out (`python -m bench.scale`, {datetime.now():%Y-%m-%d %H:%M})", "",
             f"{len(articles)} real documents ({' + '.join(CORPORA)}), one process against a "
             "local Dask cluster of 1 and 2 worker processes (one thread each) on this 2-core "
             "machine, in one run:", "",
             "| figure | value | unit | baseline | baseline value | ratio |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r['name']} | {r['value']:,} | {r['unit']} | {r['baseline'] or '–'} | "
              f"{r['baseline_value'] if r['baseline_value'] is not None else '–'} | "
              f"{r['ratio'] if r['ratio'] is not None else '–'} |" for r in rows]
    if load_rate:
        lines += ["", "Projection for 300,000 articles (about 10 statements each; tasks of "
                  f"{scale.DEFAULT_PARTITION} articles), from the figures above:", "",
                  *projection(rates, load_rate)]
    RESULTS.open("a", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"# median per-article cost: {1 / statistics.mean([rates['w1']]):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
