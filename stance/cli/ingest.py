"""`ingest PATH...`: read articles, extract statements, store both in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from stance import pipeline
from stance.cli.options import open_db

DESCRIPTION = (
    "Read .txt/.md/.html files or folders (a folder's metadata.csv gives each file's "
    "title, date, outlet, speaker...), extract statements and store them. All files load "
    "in one transaction: an error stores nothing."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--dataset", default="articles",
                        help="name of the dataset the articles join (default: articles)")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="in CSV/JSONL files, load the valid rows and report the others "
                             "(default: an invalid row loads nothing, exit status 2)")


def run(args: argparse.Namespace) -> int:
    def skipped(line: str) -> None:
        print(f"skipped {line}", file=sys.stderr)

    # a reserved or unreadable name is refused before any work: 'sample' is rebuilt by
    # `stance sample`, which would delete what was ingested under it
    args.dataset = pipeline.check_dataset_name(args.dataset)
    # read everything before extracting: an unreadable file stops the run before any work
    articles = pipeline.read_paths(args.paths, dataset=args.dataset,
                                   skip_invalid=args.skip_invalid, on_skip=skipped)
    for article in articles:
        if article.extra.get("encoding"):
            print(f"note: {article.name} is not UTF-8; read as {article.extra['encoding']}",
                  file=sys.stderr)
    total = len(articles)
    db = open_db(args)
    with tqdm(total=total, unit="article", file=sys.stderr, disable=total < 10,
              desc="extracting") as bar:
        summary = pipeline.ingest(db, articles, args.dataset,
                                  source_file=", ".join(str(p) for p in args.paths),
                                  progress=lambda _count: bar.update(1))
    print(f"{summary} in {db.path}")
    return 0
