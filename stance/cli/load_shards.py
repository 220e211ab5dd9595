"""`load-shards DIR --dataset X`: store the Parquet shards a cluster run wrote, in one
transaction (the same checks, ids and chart refresh as `ingest`)."""

from __future__ import annotations

import argparse

from stance import pipeline, scale
from stance.cli.options import open_db

DESCRIPTION = (
    "Load every finished shard under DIR (written by `ingest --workers/--scheduler`) as one "
    "dataset, in one transaction; unfinished shards (temporary folders) are left alone."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR",
                        help="the shards' folder, or an fsspec URL (s3://bucket/shards)")
    parser.add_argument("--dataset", required=True, help="the dataset the articles join")


def run(args: argparse.Namespace) -> int:
    dataset = pipeline.check_dataset_name(args.dataset)
    db = open_db(args)
    print(f"{scale.load_shards(db, args.folder, dataset)} in {db.path}")
    return 0
