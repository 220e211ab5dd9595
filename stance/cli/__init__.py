"""Command-line entry (`stance` or `python -m stance`): one module per command, each with
`add_parser(sub)` and `run(args)`.

User errors (`StanceError`) print one line naming the file and exit with status 2; a traceback
is a bug.
"""

from __future__ import annotations

import argparse
import sys

from stance import __version__
from stance.cli import corrections, evaluate, extract, ingest, load_statements, sample, sql
from stance.errors import StanceError

# Command name -> its module (add a command by adding a module and a line here).
COMMANDS = {
    "ingest": ingest,
    "extract": extract,
    "eval": evaluate,
    "sample": sample,
    "load-statements": load_statements,
    "sql": sql,
    "corrections": corrections,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m stance",
        description="Find who argues for tougher or looser sanctions in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


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
