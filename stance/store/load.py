"""Loads into the database: one transaction per load, so a failure leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from stance.config import DATA_DIR
from stance.models import Article, Statement, statement_id
from stance.store.db import Database
from stance.store.queries import sql_text
from stance.store.quote_clusters import update_quote_clusters
from stance.store.quotes import normalise_quote

ARTICLE_COLUMNS = ["article_id", "dataset", "name", "source", "title", "url", "published",
                   "author", "author_country", "text", "sha256", "ingested_at"]
STATEMENT_COLUMNS = ["statement_id", "article_id", "speaker", "speaker_type", "official_id",
                     "country", "role", "quote_type", "quote", "quote_norm", "sentence", "start",
                     "end", "stance", "stance_cue", "confidence", "target", "extractor_version",
                     "origin"]


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


def extracted_frames(items: Iterable[tuple[Article, list[Statement]]], dataset: str,
                     extractor_version: str = "",
                     progress: Callable[[int], None] | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The article and statement rows of `items` as `insert_frames` takes them (an article
    repeated in `items` counts once); `progress(n)` after each item."""
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
    return _frame(article_rows, ARTICLE_COLUMNS), _frame(statement_rows, STATEMENT_COLUMNS)


def insert_frames(cur: duckdb.DuckDBPyConnection, articles: pd.DataFrame,
                  statements: pd.DataFrame) -> tuple[int, int]:
    """Insert new articles (by text hash) and new statements (by id) inside the caller's
    transaction; returns how many of each were really added."""
    before_a, before_s = _count(cur, "articles"), _count(cur, "statements")
    cur.register("new_articles", articles)
    cur.register("new_statements", statements)
    try:
        cur.execute(sql_text("store/insert_statements"))  # before articles: see the SQL
        cur.execute(sql_text("store/insert_articles"))
    finally:
        cur.unregister("new_articles")
        cur.unregister("new_statements")
    update_quote_clusters(cur)  # near-identical quotes across outlets count once
    return _count(cur, "articles") - before_a, _count(cur, "statements") - before_s


def _count(cur: duckdb.DuckDBPyConnection, table: str) -> int:
    return cur.execute(sql_text(f"store/count_{table}")).fetchall()[0][0]


def record_dataset(cur: duckdb.DuckDBPyConnection, dataset: str, kind: str, rows: int,
                   source_file: str | None = None, content_sha256: str | None = None) -> None:
    """Create the dataset row, or add to its row count when it already exists."""
    params = {"dataset": dataset, "kind": kind, "rows": rows, "source_file": source_file,
              "content_sha256": content_sha256, "now": datetime.now()}
    cur.execute(sql_text("store/update_dataset_rows"), {"dataset": dataset, "rows": rows})
    cur.execute(sql_text("store/insert_dataset"), params)


def delete_dataset(cur: duckdb.DuckDBPyConnection, dataset: str) -> None:
    """Remove a dataset's statements, articles and row (corrections stay: ids are stable)."""
    for name in ("delete_dataset_statements", "delete_dataset_articles", "delete_dataset_row"):
        cur.execute(sql_text(f"store/{name}"), {"dataset": dataset})


def load_extracted(
    db: Database,
    items: Iterable[tuple[Article, list[Statement]]],
    dataset: str,
    kind: str = "articles",
    extractor_version: str = "",
    source_file: str | None = None,
    content_sha256: str | None = None,
    progress: Callable[[int], None] | None = None,
    replace: bool = False,
) -> LoadSummary:
    """Store extracted articles and their statements in one transaction.

    `items` may be a lazy generator (extraction runs while we collect), but nothing is written
    until every item has been produced: an error half-way leaves the database as it was.
    With `replace`, the dataset's old rows are deleted in the same transaction.
    """
    articles, statements = extracted_frames(items, dataset, extractor_version, progress)
    summary = LoadSummary(dataset)
    with db.transaction() as cur:
        if replace:
            delete_dataset(cur, dataset)
        added_a, added_s = insert_frames(cur, articles, statements)
        record_dataset(cur, dataset, kind, added_s, source_file, content_sha256)
    summary.articles_added = added_a
    summary.skipped_articles = len(articles) - added_a
    summary.statements_added = added_s
    return summary


def refresh_reference_tables(db: Database, data_dir: Path = DATA_DIR) -> None:
    """Reload `countries` and `officials` from the editable CSVs in data/ (all-or-nothing).

    The extractor's validated readers parse them, so a bad row fails here with the same
    file/row/column message as in extraction.
    """
    from stance.extract.lexicons import read_countries, read_officials

    def frame(records: list) -> pd.DataFrame:
        rows = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(r).items()}
                for r in records]
        return pd.DataFrame(rows, dtype=object)

    countries = frame(read_countries(data_dir / "countries.csv"))
    officials = frame(read_officials(data_dir / "officials.csv"))
    with db.transaction() as cur:
        cur.register("new_countries", countries)
        cur.register("new_officials", officials)
        cur.execute(sql_text("store/replace_countries_delete"))
        cur.execute(sql_text("store/replace_countries_insert"))
        cur.execute(sql_text("store/replace_officials_delete"))
        cur.execute(sql_text("store/replace_officials_insert"))
        cur.unregister("new_countries")
        cur.unregister("new_officials")
