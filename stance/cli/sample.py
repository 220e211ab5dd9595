"""`sample`: (re)build the bundled sample dataset in the database."""

from __future__ import annotations

import argparse

from stance.cli.options import open_db
from stance.pipeline import build_sample

DESCRIPTION = ("Replace the 'sample' dataset with the briefs in data/sample/ (other datasets "
               "and corrections are kept).")


def arguments(parser: argparse.ArgumentParser) -> None:
    """Nothing beyond --db."""


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    print(f"{build_sample(db)} in {db.path}")
    return 0
