"""Tabular files of many articles for `ingest`: CSV and JSON Lines, one article per row.

Both go through the upload validator (stance.upload), so `python -m stance ingest FILE.csv`
and the Upload page accept the same columns and print the same `FILE:ROW:COLUMN: reason`
messages. A file with an invalid row yields nothing: the caller stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from stance.ingest import TABULAR_READERS
from stance.models import Article


def read_table(path: Path, dataset: str, skip_invalid: bool = False,
               on_skip: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Articles from a .csv/.tsv/.jsonl file (text column required; see docs/csv-formats.md).

    An invalid row raises (nothing is yielded) unless `skip_invalid`: then the valid rows are
    yielded and each problem goes to `on_skip` as a `FILE:ROW:COLUMN: reason` line.
    """
    import duckdb

    from stance.upload import STATEMENTS, UploadError, detect_kind, open_source
    from stance.upload.load import read_articles

    with open_source(path, str(path)) as source:
        if detect_kind(source.header) == STATEMENTS and source.frame is None:
            raise UploadError(str(path), "this is a CSV of coded statements (it has a stance "
                                         "column); load it with `python -m stance "
                                         f"load-statements {path}`")
        con = duckdb.connect()  # validation only: an in-memory database
        try:
            report, articles = read_articles(con, source, dataset)
        finally:
            con.close()
    if not report.ok:
        if not skip_invalid:
            raise report.error()
        for problem in report.problems:
            if on_skip:
                on_skip(problem.line(str(path)))
    yield from articles


for _suffix in (".csv", ".tsv", ".jsonl", ".ndjson"):
    TABULAR_READERS[_suffix] = read_table
