"""An upload opened and validated once, then loaded from what validation staged.

`open_upload()` reads the file as a whole once (size, encoding, delimiter, header: a `Source`).
`Upload.validate(kind, mapping)` stages it in temporary tables of a cursor of its own (every
one is listed in queries/store/upload.toml) and checks every row there; the report is kept,
and what is loaded afterwards is read from those tables, so nothing opens or validates the
file again. Coded statements are written here, in SQL, in one transaction; articles are
handed back (`Upload.articles`) for `stance.pipeline` to extract and store: an upload never
runs extraction.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from stance.html import fragment_text, html_to_text
from stance.models import Article
from stance.store import Database, Tx
from stance.store.quote_clusters import clustering_alongside
from stance.store.touched import touch
from stance.store.tx import memory_session
from stance.store.write import count_rows, record_dataset
from stance.upload.columns import ARTICLES, KIND_LABELS, STATEMENTS, Mapping, detect_kind
from stance.upload.datasets import check_dataset_name
from stance.upload.problems import UploadError
from stance.upload.source import Source, read_source, write_temporary
from stance.upload.validate import Report, validate

TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")  # files of many rows, not documents
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


def plain_text(text: str) -> tuple[str, bool]:
    """Article text without HTML markup (True when there was some to remove)."""
    if not _HTML_TAG.search(text):
        return text, False
    return html_to_text(text)[0] or fragment_text(text), True


class _Held:
    """What an Upload holds open: the source (and its copies) and the staging cursor. Kept
    apart from the Upload so that a forgotten upload is closed when it is collected."""

    def __init__(self, source: Source, owned: Path | None):
        self.source, self.owned = source, owned
        self.tx: Tx | None = None

    def fresh_tx(self, db: Database | None) -> Tx:
        """A new staging cursor (the old one, with its temporary tables, is closed)."""
        self.close_tx()
        self.tx = db.session() if db is not None else memory_session()
        return self.tx

    def close_tx(self) -> None:
        if self.tx is not None:
            self.tx.close()
            self.tx = None

    def close(self) -> None:
        self.close_tx()
        self.source.close()
        if self.owned is not None:
            self.owned.unlink(missing_ok=True)


class Upload:
    """One uploaded file for one database (None: validation only, on an in-memory database)."""

    def __init__(self, source: Source, db: Database | None, owned: Path | None = None):
        self.source, self.db = source, db
        self._held = _Held(source, owned)
        self._closer = weakref.finalize(self, self._held.close)
        self.kind: str | None = None
        self.mapping: Mapping | None = None
        self.report: Report | None = None

    # ---- the file -------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.source.name

    @property
    def sha256(self) -> str:
        return self.source.sha256

    @property
    def header(self) -> list[str]:
        return self.source.header

    def close(self) -> None:
        """Drop the staged tables and remove temporary copies (also done when collected)."""
        self._closer()

    def __enter__(self) -> Upload:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # ---- validation -----------------------------------------------------------------------
    def validate(self, kind: str, mapping: Mapping | None = None) -> Report:
        """Stage and check the file as `kind` with `mapping` (None: guessed from the header).
        The same kind and mapping again returns the report already made."""
        if (self.report is not None and kind == self.kind
                and (mapping is None or dict(mapping) == self.mapping)):
            return self.report
        self.kind = self.mapping = self.report = None
        tx = self._held.fresh_tx(self.db)
        report = validate(tx, self.source, kind, mapping)
        self.kind, self.mapping, self.report = kind, dict(report.mapping), report
        return report

    def _validated(self, kind: str) -> Report:
        if self.report is None or self.kind != kind:
            raise UploadError(self.name, f"validate the file as {KIND_LABELS[kind].lower()} "
                                         "before loading it")
        return self.report

    def require_valid(self, skip_invalid: bool) -> None:
        """Raise UploadInvalid (nothing loaded) unless every row is valid, or some are and the
        caller asked for the valid rows only."""
        if self.report is None:
            raise UploadError(self.name, "validate the file before loading it")
        if self.report.valid_rows == 0 or (self.report.invalid_rows and not skip_invalid):
            raise self.report.error()

    def already_loaded(self, tx: Tx | None = None) -> str | None:
        """The dataset that holds this very file (same bytes), if any."""
        if self.db is None:
            return None
        if tx is not None:
            return tx.run("store/upload_find_hash", sha256=self.sha256).scalar()
        with self.db.reading() as reading:
            return reading.run("store/upload_find_hash", sha256=self.sha256).scalar()

    def check_dataset(self, dataset: str, kind: str, tx: Tx | None = None) -> None:
        """A dataset holds one kind of upload: articles or coded statements, not both."""
        if self.db is None:
            return
        if tx is None:
            with self.db.reading() as reading:
                return self.check_dataset(dataset, kind, reading)
        held = tx.run("store/upload_dataset_kind", dataset=dataset).scalar()
        if held is not None and held != kind:
            raise UploadError("dataset", f"the dataset {dataset!r} holds {held}; load "
                                         f"{KIND_LABELS[kind].lower()} into another dataset")

    # ---- what a load takes ------------------------------------------------------------------
    def articles(self, dataset: str) -> list[Article]:
        """The valid rows of an articles file as Articles (HTML converted to plain text)."""
        self._validated(ARTICLES)
        rows = self._held.tx.run("store/upload_article_rows").rows()
        return [Article(name=f"{self.name} row {row}", text=plain_text(text)[0], title=title,
                        source=outlet, url=url, published=published, author=speaker,
                        author_country=country, author_role=role, dataset=dataset,
                        date_precision=precision)
                for row, text, title, published, outlet, url, speaker, country, role, precision
                in rows]

    def store_statements(self, dataset: str, *, skip_invalid: bool = False,
                         writing: Callable[[Report], None] | None = None) -> LoadResult:
        """Store a validated coded-statements file in one transaction (origin 'human').

        Raises UploadInvalid (nothing written) when a row is invalid and `skip_invalid` is
        false. `writing(report)` is called once, as the rows start to be written.
        """
        report = self._validated(STATEMENTS)
        if self.db is None:
            raise UploadError(self.name, "no database to load into")
        dataset = check_dataset_name(dataset)
        with self.db.transaction(self._held.tx) as tx:
            holder = self.already_loaded(tx)
            if holder:
                return LoadResult(dataset, None, already_loaded=holder)
            self.check_dataset(dataset, STATEMENTS, tx)
            self.require_valid(skip_invalid)
            if writing:
                writing(report)
            articles_before, statements_before = count_rows(tx)
            params = {"dataset": dataset, "name": self.name, "now": datetime.now()}
            tx.run("store/upload_norms")
            quotes = [row[0] for row in tx.run("store/upload_new_quote_norms").rows()]
            with clustering_alongside(tx, quotes):
                tx.run("store/upload_coded_groups", **params)
                touch(tx, "store/touch_upload")
                tx.run("store/upload_insert_coded_articles", **params)
                tx.run("store/upload_insert_coded_statements")
            articles_after, statements_after = count_rows(tx)
            added = statements_after - statements_before
            record_dataset(tx, dataset, STATEMENTS, added, self.name, self.sha256)
        return LoadResult(dataset, report, articles_after - articles_before, added)


def open_upload(path: Path, db: Database | None = None, name: str | None = None,
                limit_mb: int | None = None) -> Upload:
    """Read `path` as a whole once (UploadError when it cannot be used at all)."""
    return Upload(read_source(path, name, limit_mb), db)


def upload_bytes(data: bytes, name: str, db: Database | None = None,
                 limit_mb: int | None = None) -> Upload:
    """An uploaded file's bytes as an Upload that owns its copy on disk (removed on close)."""
    path = write_temporary(data, Path(name).suffix.lower() or ".csv")
    try:
        return Upload(read_source(path, name, limit_mb), db, owned=path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def read_article_table(path: Path, dataset: str, skip_invalid: bool = False,
                       on_skip: Callable[[str], None] | None = None) -> list[Article]:
    """Articles from a .csv/.tsv/.jsonl file of articles (text column required; see
    docs/csv-formats.md), validated on an in-memory database: the CLI's `ingest FILE.csv`
    accepts what the Upload page does, with the same `FILE:ROW:COLUMN: reason` messages.

    An invalid row raises (nothing is returned) unless `skip_invalid`: then the valid rows
    are returned and each problem goes to `on_skip`.
    """
    with open_upload(path, name=str(path)) as upload:
        if upload.source.frame is None and detect_kind(upload.header) == STATEMENTS:
            raise UploadError(str(path), "this is a CSV of coded statements (it has a stance "
                                         "column); load it with `python -m stance "
                                         f"load-statements {path}`")
        report = upload.validate(ARTICLES)
        articles = upload.articles(dataset)
    if not report.ok:
        if not skip_invalid:
            raise report.error()
        for problem in report.problems:
            if on_skip:
                on_skip(problem.line(str(path)))
    return articles
