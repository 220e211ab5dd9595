"""`sql "QUERY"`: run one read-only SELECT on the database, with the SQL page's safety rules."""

from __future__ import annotations

import argparse
import math
import sys

import pandas as pd

from stance.cli.options import open_db
from stance.errors import StanceError
from stance.provenance import table_bytes
from stance.sandbox import MAX_RESULT_BYTES, available_parameters, close_sandboxes, run_sql

DESCRIPTION = (
    "Run one SELECT (or WITH ... SELECT) on the database, as on the dashboard's SQL page: "
    "no writes, files, extensions or settings, a time limit and a row cap. $country, "
    "$target, $stance, $outlet, $dataset ([] = all), $from, $to (NULL), $corrected (true) "
    "and $limit are bound. A refused query exits with status 2 and says why."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help="the SQL text (quote it for the shell)")
    parser.add_argument("--csv", action="store_true",
                        help="print CSV (cells starting with = + - @ made safe for "
                             "spreadsheets) instead of a table")
    parser.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS",
                        help="stop the query after this many seconds (default: 10)")
    parser.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                        help="print at most N rows (default: 10000)")
    parser.add_argument("--limit", type=int, default=100, metavar="N",
                        help="the value of $limit in the query (default: 100)")


def run(args: argparse.Namespace) -> int:
    if not math.isfinite(args.time_limit) or args.time_limit <= 0 or args.max_rows <= 0:
        raise StanceError("--time-limit must be a positive number of seconds and --max-rows "
                          f"a positive count (got {args.time_limit:g} and {args.max_rows})")
    db = open_db(args, read_only=True)
    try:
        result = run_sql(db, args.query, available_parameters(limit=args.limit),
                         time_limit=args.time_limit, row_cap=args.max_rows)
    finally:
        close_sandboxes()  # the copy is done with, error or not
    if args.csv:
        sys.stdout.flush()
        sys.stdout.buffer.write(table_bytes(result.table, "csv"))
        sys.stdout.buffer.flush()
    else:
        with pd.option_context("display.max_colwidth", 80, "display.width", 200,
                               "display.max_columns", 50):
            frame = result.frame
            print(frame.to_string(index=False) if len(frame) else "  ".join(frame.columns))
        rows = len(result.frame)
        print(f"({rows:,} row{'s' if rows != 1 else ''}, {result.seconds:.2f} s)",
              file=sys.stderr)
    if result.truncated:
        shown = len(result.frame)
        why = "--max-rows" if shown >= result.row_cap else \
            f"the result is larger than {MAX_RESULT_BYTES // 1024 // 1024} MB"
        print(f"note: only the first {shown:,} rows are shown ({why})", file=sys.stderr)
    return 0
