"""`load-statements FILE.csv`: load statements someone already coded (origin 'human').

Every row is validated first; any invalid row prints `FILE:ROW:COLUMN: reason` and nothing is
loaded (exit status 2), unless --skip-invalid loads the valid rows alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from stance.cli.options import open_db
from stance.pipeline import load_file
from stance.upload import STATEMENTS, UploadInvalid, default_dataset_name

DESCRIPTION = (
    "Validate a CSV of coded statements (columns speaker, country, stance; optional role, "
    "quote, date, outlet, target, article_title, article_url; see docs/csv-formats.md) and "
    "store it as one dataset in one transaction. An invalid row loads nothing unless "
    "--skip-invalid is given."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.csv")
    parser.add_argument("--dataset", help="dataset name (default: the file name without .csv)")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="load the valid rows and report the invalid ones")


def run(args: argparse.Namespace) -> int:
    dataset = args.dataset or default_dataset_name(args.file.name)
    db = open_db(args)
    print(f"validating {args.file} ...", file=sys.stderr, flush=True)
    try:
        result = load_file(
            db, args.file, STATEMENTS, dataset, name=str(args.file),
            skip_invalid=args.skip_invalid,
            writing=lambda report: print(f"writing {report.valid_rows:,} statement(s) to "
                                         f"{db.path} ...", file=sys.stderr, flush=True))
    except UploadInvalid as error:
        for problem in error.problems:
            print(problem.line(str(args.file)), file=sys.stderr)
        print(f"error: {error.summary()}", file=sys.stderr)
        if error.valid_rows:
            print("       (use --skip-invalid to load the valid rows only)", file=sys.stderr)
        return 2
    if result.report is not None:
        for problem in result.report.problems:
            print(f"skipped {problem.line(str(args.file))}", file=sys.stderr)
        for note in result.report.notes:
            print(f"note: {note}", file=sys.stderr)
    print(f"{args.file}: {result} in {db.path}")
    return 0
