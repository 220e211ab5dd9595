"""`sample`: (re)build the bundled sample dataset in the database."""

from __future__ import annotations

import argparse

from stance.cli import add_db_option


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sample", help="rebuild the sample dataset from data/sample/",
        description="Replace the 'sample' dataset with the briefs in data/sample/ (other "
                    "datasets and corrections are kept).")
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from stance.store import open_database
    from stance.store.sample import build_sample

    db = open_database(args.db)
    print(f"{build_sample(db)} in {db.path}")
    return 0
