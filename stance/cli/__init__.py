"""Command-line entry: one module per command, each with `add_parser(sub)` and `run(args)`.

User errors (`StanceError`) print one line naming the file and exit with status 2; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from stance import __version__
from stance.errors import StanceError

# Command name -> module under stance.cli (add a command by adding a module and a line here).
COMMANDS = {
    "ingest": "ingest",
    "extract": "extract",
    "eval": "evaluate",
    "train": "train",
    "sample": "sample",
    "load-statements": "load_statements",
    "sql": "sql",
    "corrections": "corrections",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m stance",
        description="Find who argues for tougher or looser sanctions in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMANDS.values():
        importlib.import_module(f"stance.cli.{module_name}").add_parser(sub)
    return parser


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Every command that touches the database takes --db (default: STANCE_DB or data/)."""
    parser.add_argument("--db", metavar="FILE",
                        help="database file (default: $STANCE_DB or data/stance.duckdb)")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except StanceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
