"""`ingest SOURCE...`: read articles (files, folders, tables, links, feeds), extract statements
and store both in one transaction."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tqdm import tqdm

from stance import pipeline, scale
from stance.cli.options import open_db
from stance.config import DATA_DIR
from stance.errors import InputError
from stance.scale import DEFAULT_PARTITION

DESCRIPTION = (
    "Read .txt/.md/.html files or folders (a folder's metadata.csv gives each file's "
    "title, date, outlet, speaker...), CSV/JSONL tables of articles, and links: page or feed "
    "addresses (http/https), link lists (CSV/JSONL with a url column, e.g. Media Cloud or GDELT "
    "exports; .urls files or .txt files of addresses) and RSS/Atom feed files. Pages are "
    "fetched politely and cached; links that fail are listed and the rest load. Statements are "
    "extracted and stored with their articles in one transaction: an unreadable file stores "
    "nothing."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="file, folder, table, link list, feed file or http(s) address")
    parser.add_argument("--dataset", default="articles",
                        help="name of the dataset the articles join (default: articles)")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="in CSV/JSONL files, load the valid rows and report the others "
                             "(default: an invalid row loads nothing, exit status 2)")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="where fetched pages are kept (default: data/cache/pages); a "
                             "page in the cache is never fetched again")
    parser.add_argument("--delay", type=float, metavar="SECONDS",
                        help="pause between two requests to one site (default: 1)")
    parser.add_argument("--refetch-failed", action="store_true",
                        help="ask again for links that failed in an earlier run")
    cluster = parser.add_argument_group(
        "on a Dask cluster", "extraction in parallel, as Parquet shards, loaded in one "
        "transaction at the end (docs/scale-out.md)")
    cluster.add_argument("--workers", type=int, metavar="N",
                         help="extract on a local cluster of N worker processes")
    cluster.add_argument("--scheduler", metavar="ADDRESS",
                         default=os.environ.get("STANCE_DASK_SCHEDULER"),
                         help="extract on an existing Dask cluster (tcp://host:8786; default "
                              "$STANCE_DASK_SCHEDULER)")
    cluster.add_argument("--shards", metavar="DIR",
                         help="where the shards go: a folder every worker can reach, or an "
                              "fsspec URL such as s3://bucket/shards where its package is "
                              "installed (default data/shards/DATASET); finished shards are "
                              "skipped by a rerun")
    cluster.add_argument("--partition-size", type=int, default=DEFAULT_PARTITION, metavar="N",
                         help=f"articles per task (default {DEFAULT_PARTITION})")


def _bar(total: int, desc: str, unit: str) -> tqdm:
    """A progress bar with items per second and time left (hidden for a handful)."""
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=total < 10, desc=desc)


def _fetched(args: argparse.Namespace, sources: list[str]) -> list:
    """The articles of the link sources; failed links are listed on stderr."""
    links = pipeline.links_in(sources)
    if args.delay is not None and args.delay < 0:
        raise InputError("--delay", "a pause cannot be negative")
    with pipeline.open_fetcher(args.cache, args.delay, args.refetch_failed) as fetcher, \
            _bar(len(links), "fetching", "link") as bar:
        done = pipeline.fetch_links(links, fetcher, args.dataset, progress=lambda: bar.update(1))
    for link, reason in done.failed:
        print(f"failed {link.url}: {reason}", file=sys.stderr)
    print(f"links: {len(done.articles)} article(s) read, {len(done.failed)} failed, "
          f"{fetcher.requests} request(s) sent (the rest from the cache)", file=sys.stderr)
    return done.articles


def run(args: argparse.Namespace) -> int:
    def skipped(line: str) -> None:
        print(f"skipped {line}", file=sys.stderr)

    # a reserved or unreadable name is refused before any work: 'sample' is rebuilt by
    # `stance sample`, which would delete what was ingested under it
    args.dataset = pipeline.check_dataset_name(args.dataset)
    links = [s for s in args.sources if pipeline.is_link_source(s)]
    # read every file before fetching or extracting: an unreadable one stops the run first
    articles = pipeline.read_paths([Path(s) for s in args.sources if s not in links],
                                   dataset=args.dataset, skip_invalid=args.skip_invalid,
                                   on_skip=skipped)
    for article in articles:
        if article.extra.get("encoding"):
            print(f"note: {article.name} is not UTF-8; read as {article.extra['encoding']}",
                  file=sys.stderr)
    if links:
        articles += _fetched(args, links)
        if not articles:
            raise InputError(", ".join(links), "no link gave an article; nothing was stored")
    if args.workers is not None or args.scheduler:
        summary, where = _on_cluster(args, articles)
    else:
        db = open_db(args)
        with _bar(len(articles), "extracting", "article") as bar:
            summary = pipeline.ingest(db, articles, args.dataset,
                                      source_file=", ".join(args.sources),
                                      progress=lambda _count: bar.update(1))
        where = db.path
    print(f"{summary} in {where}")
    return 0


def _on_cluster(args: argparse.Namespace, articles: list) -> tuple:
    """Extract on Dask into shards, then load them in one transaction."""
    if args.workers is not None and args.workers < 1:
        raise InputError("--workers", "at least one worker")
    out = args.shards or str(DATA_DIR / "shards" / args.dataset)
    with scale.dask_client(args.workers, args.scheduler) as client:
        print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        with _bar(len(articles), "extracting on the cluster", "article") as bar:
            run = scale.extract_on_cluster(client, articles, args.dataset, out,
                                           args.partition_size, progress=bar.update)
    print(f"shards: {run.written} written, {run.skipped} already there, in {out}",
          file=sys.stderr)
    db = open_db(args)
    return scale.load_shards(db, out, args.dataset), db.path
