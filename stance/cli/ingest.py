"""`ingest PATH...`: read articles, extract statements, store both in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from stance.cli import add_db_option
from stance.ingest import count_documents, read_paths


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ingest", help="read articles and store their statements",
        description="Read .txt/.md/.html files or folders (a folder's metadata.csv gives each "
                    "file's title, date, outlet, speaker...), extract statements and store "
                    "them. All files load in one transaction: an error stores nothing.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--dataset", default="articles",
                        help="name of the dataset the articles join (default: articles)")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="in CSV/JSONL files, load the valid rows and report the others "
                             "(default: an invalid row loads nothing, exit status 2)")
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from stance.extract import EXTRACTOR_VERSION, get_extractor
    from stance.store import load_extracted, open_database

    def skipped(line: str) -> None:
        print(f"skipped {line}", file=sys.stderr)

    # read everything before extracting: an unreadable file stops the run before any work
    articles = list(read_paths(args.paths, dataset=args.dataset,
                               skip_invalid=args.skip_invalid, on_skip=skipped))
    total = len(articles) or count_documents(args.paths)
    db = open_database(args.db)
    with tqdm(total=total, unit="article", file=sys.stderr, disable=total < 10,
              desc="extracting") as bar:
        summary = load_extracted(
            db, get_extractor().extract_many(articles), dataset=args.dataset,
            extractor_version=EXTRACTOR_VERSION,
            source_file=", ".join(str(p) for p in args.paths),
            progress=lambda _count: bar.update(1),
        )
    print(f"{summary} in {db.path}")
    return 0
