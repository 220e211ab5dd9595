"""`people suggest-merges | merge NAME INTO | keep-apart NAME OTHER`: one person, one name."""

from __future__ import annotations

import argparse
import sys

from stance import merges
from stance.cli.options import open_db

DESCRIPTION = (
    "Names of one person are merged automatically when loaded (gazetteer, then spelling). "
    "`suggest-merges` lists stored names that may still be one person, with their statement "
    "counts; `merge NAME INTO` shows NAME as INTO from now on; `keep-apart NAME OTHER` keeps "
    "two names apart. Decisions go to data/people_merges.csv and hold for every later load."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("suggest-merges", "merge", "keep-apart"))
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="merge: NAME INTO; keep-apart: NAME OTHER")
    parser.add_argument("--limit", type=int, default=50,
                        help="suggest-merges: at most this many pairs (default 50)")


def run(args: argparse.Namespace) -> int:
    if args.action == "suggest-merges":
        found = merges.suggestions(open_db(args, read_only=True))
        if not found:
            print("no candidate merges")
        for s in found[:args.limit]:
            print(f"{s.score:5.1f}  {s.name} ({s.statements}, {s.country or '?'})  <->  "
                  f"{s.other} ({s.other_statements}, {s.other_country or '?'})  [{s.reason}]")
        if len(found) > args.limit:
            print(f"... {len(found) - args.limit} more (--limit)")
        return 0
    if len(args.names) != 2:
        print(f"error: {args.action} takes two names", file=sys.stderr)
        return 2
    if args.action == "merge":
        changed = merges.merge(open_db(args), *args.names)
        print(f"{args.names[0]!r} is now shown as {args.names[1]!r} ({changed} statement(s)); "
              "recorded in data/people_merges.csv")
    else:
        merges.keep_apart(*args.names)
        print(f"{args.names[0]!r} and {args.names[1]!r} will not be merged automatically in "
              "later loads (recorded in data/people_merges.csv); statements merged already "
              "are split when their dataset is loaded again")
    return 0
