"""Command-line entry (`stance` or `python -m stance`): one module per command (see
stance.cli.options for what a command module holds).

Only the command that runs is imported: `load-statements` or `sql` start without spaCy or
scikit-learn (about a second instead of four), and a kill during a command's start-up hits
the command, not the imports.

User errors (`StanceError`) print one line naming the file and exit with status 2; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import sys

from stance import __version__
from stance.cli.options import Command, close_databases, declare
from stance.errors import StanceError

# Name -> the command's module in stance.cli (DESCRIPTION, arguments, run), its line in
# --help, whether it takes --db; in --help's order. Add a command by adding a module and a
# line here.
COMMANDS = {
    "ingest": Command("ingest", "read articles and store their statements", database=True),
    "extract": Command("extract", "print the statements found in articles (nothing is stored)"),
    "eval": Command("evaluate", "score extraction against gold files"),
    "train": Command("train", "train the learned side/topic decision on gold files"),
    "sample": Command("sample", "rebuild the sample dataset from data/sample/", database=True),
    "load-statements": Command("load_statements", "load a CSV of coded statements (speaker, "
                                                "country, stance)", database=True),
    "sql": Command("sql", "run a read-only SELECT on the database", database=True),
    "corrections": Command("corrections", "export or import researchers' corrections (CSV)",
                           database=True),
    "load-shards": Command("load_shards", "load the Parquet shards of a cluster run",
                           database=True),
    "people": Command("people", "list and decide merges of names that are one person",
                      database=True),
}


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """Every command's line in --help; the arguments of `chosen` only (its module is the one
    imported)."""
    parser = argparse.ArgumentParser(
        prog="python -m stance",
        description="Find who argues for tougher or looser sanctions in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in COMMANDS.items():
        declare(sub, name, command, full=name == chosen)
    return parser


def chosen_command(argv: list[str]) -> str | None:
    """The command named in `argv`: its first word that is not an option (the top level has
    no option that takes a value)."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(chosen_command(words))
    args = parser.parse_args(words)
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
    finally:
        close_databases()
