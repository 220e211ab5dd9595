"""`ingest SOURCE...`: read articles (files, folders, tables, links, feeds), extract statements
and store both in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from stance import pipeline
from stance.cli.options import open_db
from stance.errors import InputError

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
    db = open_db(args)
    with _bar(len(articles), "extracting", "article") as bar:
        summary = pipeline.ingest(db, articles, args.dataset,
                                  source_file=", ".join(args.sources),
                                  progress=lambda _count: bar.update(1))
    print(f"{summary} in {db.path}")
    return 0
