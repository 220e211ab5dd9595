"""What every command shares: how it is declared, `--db`, and opening the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from stance.store import Database, open_database


def command(sub: argparse._SubParsersAction, name: str, run: Callable[[argparse.Namespace], int],
            summary: str, description: str, database: bool = False) -> argparse.ArgumentParser:
    """Declare a command: `summary` for `--help`'s list, `description` for its own `--help`;
    with `database`, it takes `--db FILE`."""
    parser = sub.add_parser(name, help=summary, description=description)
    if database:
        parser.add_argument("--db", metavar="FILE",
                            help="database file (default: $STANCE_DB or data/stance.duckdb)")
    parser.set_defaults(handler=run)
    return parser


def open_db(args: argparse.Namespace, read_only: bool = False) -> Database:
    """The database a command's `--db` names (default: STANCE_DB or data/stance.duckdb)."""
    return open_database(args.db, read_only=read_only)
