"""Writes: extracted rows, datasets, deletions and the reference tables, one transaction each.

Storage never runs extraction: `stance.pipeline` extracts and hands the result over as
`Frames`, the rows as they are stored (a worker process can build them as well). A failure
anywhere in a write leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd

from stance.config import DATA_DIR
from stance.dates import DAY
from stance.gazetteer import read_countries, read_officials
from stance.models import Article, Statement, statement_id
from stance.store.db import Database
from stance.store.quote_clusters import update_quote_clusters
from stance.store.quotes import normalise_quote
from stance.store.touched import touch
from stance.store.tx import Tx

ARTICLE_COLUMNS = ["article_id", "dataset", "name", "source", "title", "url", "published",
                   "author", "author_country", "text", "sha256", "ingested_at",
                   "date_precision"]
STATEMENT_COLUMNS = ["statement_id", "article_id", "speaker", "speaker_type", "official_id",
                     "country", "role", "quote_type", "quote", "quote_norm", "sentence", "start",
                     "end", "stance", "stance_cue", "confidence", "target", "extractor_version",
                     "origin", "on_topic"]
COUNTRY_COLUMNS = ["iso3", "name", "aliases", "demonyms", "capital"]
OFFICIAL_COLUMNS = ["official_id", "name", "aliases", "country", "role", "valid_from",
                    "valid_to"]


@dataclass
class Frames:
    """A dataset's articles and statements as the rows `store_frames` writes."""

    dataset: str
    articles: pd.DataFrame
    statements: pd.DataFrame


@dataclass
class LoadSummary:
    """What a load added; `skipped_articles` were already in the database (same text)."""

    dataset: str
    articles_added: int = 0
    skipped_articles: int = 0
    statements_added: int = 0

    def __str__(self) -> str:
        skipped = f", {self.skipped_articles} already present" if self.skipped_articles else ""
        return (f"dataset {self.dataset!r}: {self.articles_added} article(s) added{skipped}, "
                f"{self.statements_added} statement(s) added")


def article_row(article: Article, now: datetime) -> dict:
    return {
        "article_id": article.article_id, "dataset": article.dataset, "name": article.name,
        "source": article.source, "title": article.title, "url": article.url,
        "published": article.published, "author": article.author,
        "author_country": article.author_country, "text": article.text,
        "sha256": article.sha256, "ingested_at": now,
        "date_precision": article.date_precision or (DAY if article.published else None),
    }


def statement_row(article: Article, st: Statement, version: str, origin: str = "machine") -> dict:
    row = {
        "statement_id": statement_id(article.sha256, st.start, st.end, st.speaker),
        "article_id": article.article_id, "quote_norm": normalise_quote(st.quote),
        "extractor_version": version, "origin": origin,
    }
    for column in STATEMENT_COLUMNS:
        if column not in row:
            row[column] = getattr(st, column)
    return row


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows as an object frame, so None stays NULL and dates stay dates in DuckDB."""
    return pd.DataFrame(rows, columns=columns, dtype=object)


def frames_of(items: Iterable[tuple[Article, list[Statement]]], dataset: str,
              extractor_version: str = "", progress: Callable[[int], None] | None = None
              ) -> Frames:
    """The rows of `items` (an article repeated in `items` counts once), joined to `dataset`;
    `items` may be lazy (extraction running as they are taken), `progress(n)` after each."""
    now = datetime.now()
    article_rows: list[dict] = []
    statement_rows: list[dict] = []
    seen: set[str] = set()
    for count, (article, statements) in enumerate(items, start=1):
        article.dataset = dataset
        if article.sha256 not in seen:
            seen.add(article.sha256)
            article_rows.append(article_row(article, now))
            statement_rows.extend(statement_row(article, st, extractor_version)
                                  for st in statements)
        if progress:
            progress(count)
    return Frames(dataset, _frame(article_rows, ARTICLE_COLUMNS),
                  _frame(statement_rows, STATEMENT_COLUMNS))


def count_rows(tx: Tx) -> tuple[int, int]:
    """How many articles and statements the database holds (loads report the difference)."""
    return (tx.run("store/count_articles").scalar(),
            tx.run("store/count_statements").scalar())


def insert_frames(tx: Tx, frames: Frames) -> tuple[int, int]:
    """Insert new articles (by text hash) and new statements (by id) inside the caller's
    transaction; returns how many of each were really added."""
    before_a, before_s = count_rows(tx)
    with tx.registered(new_articles=frames.articles, new_statements=frames.statements):
        touch(tx, "store/touch_new_frames")
        tx.run("store/insert_statements")  # before articles: see the SQL
        tx.run("store/insert_articles")
    update_quote_clusters(tx)  # near-identical quotes across outlets count once
    after_a, after_s = count_rows(tx)
    return after_a - before_a, after_s - before_s


def record_dataset(tx: Tx, dataset: str, kind: str, rows: int, source_file: str | None = None,
                   content_sha256: str | None = None) -> None:
    """Create the dataset row, or add to its row count when it already exists."""
    tx.run("store/update_dataset_rows", dataset=dataset, rows=rows)
    tx.run("store/insert_dataset", dataset=dataset, kind=kind, rows=rows,
           source_file=source_file, content_sha256=content_sha256, now=datetime.now())


def delete_dataset(tx: Tx, dataset: str) -> None:
    """Remove a dataset's statements, articles and row (corrections stay: ids are stable)."""
    touch(tx, "store/touch_dataset", dataset=dataset)
    tx.run("store/delete_dataset_statements", dataset=dataset)
    tx.run("store/delete_dataset_articles", dataset=dataset)
    tx.run("store/delete_dataset_row", dataset=dataset)


def store_frames(db: Database, frames: Frames, kind: str = "articles",
                 source_file: str | None = None, content_sha256: str | None = None,
                 replace: bool = False) -> LoadSummary:
    """Store a dataset's rows in one transaction; with `replace`, its old rows are deleted in
    the same transaction."""
    with db.transaction() as tx:
        if replace:
            delete_dataset(tx, frames.dataset)
        added_a, added_s = insert_frames(tx, frames)
        record_dataset(tx, frames.dataset, kind, added_s, source_file, content_sha256)
    return LoadSummary(frames.dataset, articles_added=added_a,
                       skipped_articles=len(frames.articles) - added_a,
                       statements_added=added_s)


def _records(records: list, columns: list[str]) -> pd.DataFrame:
    rows = [{column: list(value) if isinstance(value, tuple) else value
             for column, value in ((c, getattr(record, c)) for c in columns)}
            for record in records]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def refresh_reference_tables(db: Database, data_dir: Path = DATA_DIR) -> None:
    """Reload `countries` and `officials` from the editable CSVs in data/ (all-or-nothing).

    stance.gazetteer's validated readers parse them, so a bad row fails here with the same
    file/row/column message as in extraction.
    """
    countries = [c for c in read_countries(data_dir / "countries.csv") if c.in_text]
    new_countries = _records(countries, COUNTRY_COLUMNS)
    new_officials = _records(read_officials(data_dir / "officials.csv"), OFFICIAL_COLUMNS)
    with db.transaction() as tx, tx.registered(new_countries=new_countries,
                                               new_officials=new_officials):
        tx.run("store/replace_countries_delete")
        tx.run("store/replace_countries_insert")
        tx.run("store/replace_officials_delete")
        tx.run("store/replace_officials_insert")
