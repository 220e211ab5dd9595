"""What every command shares: how it is declared, `--db`, and opening the database.

A command is a module of stance.cli with `DESCRIPTION` (for its own `--help`),
`arguments(parser)` and `run(args)`; stance.cli.COMMANDS names it, with its line in `--help`
and whether it takes `--db FILE`. The module is imported only for the command that runs.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from types import ModuleType

from stance.store import Database, close_all, open_database


@dataclass(frozen=True)
class Command:
    module_name: str  # in stance.cli
    summary: str
    database: bool = False

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(f"stance.cli.{self.module_name}")


def declare(sub: argparse._SubParsersAction, name: str, command: Command,
            full: bool = True) -> None:
    """Add one command to the subcommands: its --help line, and with `full` its arguments
    (which imports its module)."""
    if not full:
        sub.add_parser(name, help=command.summary)
        return
    parser = sub.add_parser(name, help=command.summary, description=command.module.DESCRIPTION)
    command.module.arguments(parser)
    if command.database:
        parser.add_argument("--db", metavar="FILE",
                            help="database file (default: $STANCE_DB or data/stance.duckdb)")
    parser.set_defaults(handler=command.module.run)


def open_db(args: argparse.Namespace, read_only: bool = False) -> Database:
    """The database a command's `--db` names (default: STANCE_DB or data/stance.duckdb)."""
    return open_database(args.db, read_only=read_only, release_when_idle=True)


def close_databases() -> None:
    """Close every database the command opened (at exit, on success or error alike)."""
    close_all()
