"""Load a validated upload: coded statements in SQL, articles through the extractor.

Every load is one transaction into a named dataset: a file with invalid rows loads nothing
unless the caller asks for the valid rows only, and a file whose content was loaded before
(same sha256) adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from stance.models import Article
from stance.store import Database
from stance.store.load import delete_dataset, record_dataset
from stance.store.queries import bind, sql_text
from stance.store.quote_clusters import clustering_alongside
from stance.upload.columns import ARTICLES, KIND_LABELS, STATEMENTS, Mapping
from stance.upload.problems import UploadError
from stance.upload.source import Source, open_source
from stance.upload.validate import Report, validate

RESERVED_DATASETS = {"sample", "pasted"}
_HTML_TAG = re.compile(r"<\s*/?\s*(a|b|i|u|p|br|hr|div|span|em|strong|h[1-6]|ul|ol|li|table|tr|"
                       r"td|th|img|font|html|body|head|title|style|meta|link|article|section|"
                       r"blockquote)\b[^>]*>", re.I)  # as upload_html_tag() in the SQL


@dataclass
class LoadResult:
    """What a load did; `already_loaded` names the dataset that holds the same file."""

    dataset: str
    report: Report | None
    articles_added: int = 0
    statements_added: int = 0
    already_loaded: str | None = None

    def __str__(self) -> str:
        if self.already_loaded:
            return (f"this file was already loaded as dataset {self.already_loaded!r}; nothing "
                    "was added")
        skipped = ""
        if self.report and self.report.invalid_rows:
            skipped = f" ({self.report.invalid_rows:,} invalid row(s) skipped)"
        return (f"dataset {self.dataset!r}: {self.articles_added:,} article(s) and "
                f"{self.statements_added:,} statement(s) added{skipped}")


def _run(cur: duckdb.DuckDBPyConnection, name: str, params: dict | None = None):
    return cur.execute(sql_text(name), bind(name, params))


def check_dataset_name(name: str) -> str:
    """A dataset name people can read and pick in the sidebar."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise UploadError("dataset", "give the dataset a name")
    if len(cleaned) > 80:
        raise UploadError("dataset", "the dataset name is longer than 80 characters")
    if cleaned.casefold() in RESERVED_DATASETS:
        raise UploadError("dataset", f"the name {cleaned!r} is reserved; choose another")
    if re.match(r"^[=+\-@]", cleaned) or "<" in cleaned or "," in cleaned:
        raise UploadError("dataset", "use letters, digits, spaces, dots, dashes or underscores "
                                     "in a dataset name (no commas, '<' or leading '=')")
    return cleaned


def default_dataset_name(file_name: str) -> str:
    """'Coded statements 2019.csv' -> 'Coded statements 2019'."""
    stem = Path(file_name).stem
    cleaned = re.sub(r"[^\w .\-]+", " ", stem).strip(" .-_")
    cleaned = " ".join(cleaned.split())[:80]
    return cleaned if cleaned and cleaned.casefold() not in RESERVED_DATASETS else "upload"


def already_loaded(cur: duckdb.DuckDBPyConnection, sha256: str) -> str | None:
    rows = _run(cur, "store/upload_find_hash", {"sha256": sha256}).fetchall()
    return rows[0][0] if rows else None


def _check_kind(cur: duckdb.DuckDBPyConnection, dataset: str, kind: str) -> None:
    rows = _run(cur, "store/upload_dataset_kind", {"dataset": dataset}).fetchall()
    if rows and rows[0][0] != kind:
        raise UploadError("dataset", f"the dataset {dataset!r} holds {rows[0][0]}; load "
                                     f"{KIND_LABELS[kind].lower()} into another dataset")


@contextmanager
def _scratch(db: Database) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor whose temporary tables vanish afterwards: validation writes nothing."""
    cur = db.cursor()
    cur.begin()
    try:
        yield cur
    finally:
        cur.rollback()
        cur.close()


def inspect(db: Database, path: Path, kind: str, mapping: Mapping | None = None,
            name: str | None = None, limit_mb: int | None = None) -> tuple[Report, str | None]:
    """Validate without writing: the report, and the dataset that already holds this file."""
    with open_source(path, name, limit_mb) as source, _scratch(db) as cur:
        report = validate(cur, source, kind, mapping)
        return report, already_loaded(cur, source.sha256)


def load_statements(db: Database, path: Path, dataset: str, *, mapping: Mapping | None = None,
                    name: str | None = None, skip_invalid: bool = False,
                    limit_mb: int | None = None,
                    writing: Callable[[Report], None] | None = None) -> LoadResult:
    """Validate and store a coded-statements file in one transaction (origin 'human').

    Raises UploadInvalid (nothing written) when a row is invalid and `skip_invalid` is false.
    `writing(report)` is called once validation passed, as the rows start to be written.
    """
    dataset = check_dataset_name(dataset)
    with open_source(path, name, limit_mb) as source, db.transaction() as cur:
        holder = already_loaded(cur, source.sha256)
        if holder:
            return LoadResult(dataset, None, already_loaded=holder)
        _check_kind(cur, dataset, STATEMENTS)
        report = validate(cur, source, STATEMENTS, mapping)
        _require_valid(report, skip_invalid)
        if writing:
            writing(report)
        articles_before, statements_before = _counts(cur)
        params = {"dataset": dataset, "name": source.name, "now": datetime.now()}
        _run(cur, "store/upload_norms")
        quotes = [row[0] for row in _run(cur, "store/upload_new_quote_norms").fetchall()]
        with clustering_alongside(cur, quotes):
            _run(cur, "store/upload_coded_groups", params)
            _run(cur, "store/upload_insert_coded_articles", params)
            _run(cur, "store/upload_insert_coded_statements")
        articles_after, statements_after = _counts(cur)
        added = statements_after - statements_before
        record_dataset(cur, dataset, STATEMENTS, added, source.name, source.sha256)
    return LoadResult(dataset, report, articles_after - articles_before, added)


def _require_valid(report: Report, skip_invalid: bool) -> None:
    if report.valid_rows == 0 or (report.invalid_rows and not skip_invalid):
        raise report.error()


def _counts(cur: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    return (_run(cur, "store/count_articles").fetchall()[0][0],
            _run(cur, "store/count_statements").fetchall()[0][0])


def plain_text(text: str) -> tuple[str, bool]:
    """Article text without HTML markup (True when there was some to remove)."""
    if not _HTML_TAG.search(text):
        return text, False
    from stance.ingest.html import html_to_text

    return html_to_text(text)[0], True


def articles_from(cur: duckdb.DuckDBPyConnection, source: Source, dataset: str
                  ) -> list[Article]:
    """The valid rows of an articles upload as Articles (HTML converted to plain text)."""
    articles: list[Article] = []
    for row, text, title, published, outlet, url, speaker, country, role in _run(
            cur, "store/upload_article_rows").fetchall():
        articles.append(Article(
            name=f"{source.name} row {row}", text=plain_text(text)[0], title=title,
            source=outlet, url=url, published=published, author=speaker,
            author_country=country, author_role=role, dataset=dataset))
    return articles


def read_articles(cur: duckdb.DuckDBPyConnection, source: Source, dataset: str,
                  mapping: Mapping | None = None) -> tuple[Report, list[Article]]:
    """Validate an articles file and return its valid rows as Articles (nothing is stored)."""
    report = validate(cur, source, ARTICLES, mapping)
    return report, articles_from(cur, source, dataset)


def load_articles(db: Database, path: Path, dataset: str, *, mapping: Mapping | None = None,
                  name: str | None = None, skip_invalid: bool = False,
                  limit_mb: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> LoadResult:
    """Validate an articles file, extract statements from every valid row (progress(done,
    total) after each article) and store both in one transaction."""
    from stance.extract import EXTRACTOR_VERSION, get_extractor
    from stance.store import load_extracted

    dataset = check_dataset_name(dataset)
    with open_source(path, name, limit_mb) as source, _scratch(db) as cur:
        holder = already_loaded(cur, source.sha256)
        if holder:
            return LoadResult(dataset, None, already_loaded=holder)
        _check_kind(cur, dataset, ARTICLES)
        report, articles = read_articles(cur, source, dataset, mapping)
        _require_valid(report, skip_invalid)
        file_name, sha256 = source.name, source.sha256
    total = len(articles)
    summary = load_extracted(
        db, get_extractor().extract_many(articles), dataset=dataset, kind=ARTICLES,
        extractor_version=EXTRACTOR_VERSION, source_file=file_name, content_sha256=sha256,
        progress=(lambda done: progress(done, total)) if progress else None)
    return LoadResult(dataset, report, summary.articles_added, summary.statements_added)


def set_hidden(db: Database, dataset: str, hidden: bool) -> None:
    """Hide a dataset from every chart (it stays pickable in the sidebar), or show it."""
    with db.transaction() as cur:
        _run(cur, "store/upload_set_hidden", {"dataset": dataset, "hidden": hidden})


def remove_dataset(db: Database, dataset: str) -> None:
    """Delete a dataset's articles, statements and row in one transaction."""
    with db.transaction() as cur:
        delete_dataset(cur, dataset)


def table_checksums(db: Database) -> dict[str, tuple[int, int]]:
    """Row count and checksum per table (queries/store/table_checksums.sql)."""
    return {table: (int(rows), int(checksum)) for table, rows, checksum in
            db.query("store/table_checksums").itertuples(index=False)}
