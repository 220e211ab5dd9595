"""`sample`: (re)build the bundled sample dataset in the database."""

from __future__ import annotations

import argparse

from stance.cli.options import command, open_db
from stance.pipeline import build_sample


def add_parser(sub: argparse._SubParsersAction) -> None:
    command(sub, "sample", run, "rebuild the sample dataset from data/sample/",
            "Replace the 'sample' dataset with the briefs in data/sample/ (other datasets and "
            "corrections are kept).", database=True)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    print(f"{build_sample(db)} in {db.path}")
    return 0
