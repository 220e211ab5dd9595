"""The application layer: the one place that runs read -> extract -> store.

The CLI, the dashboard's Analyze and Upload pages and the sample build call these functions;
below them reading (`stance.ingest` for documents, `stance.upload` for tables), extraction
(`stance.extract`) and storage (`stance.store`) never call each other. `ingest()` is the
sequence itself. It is made of two halves that also stand alone: `extract_frames()` turns
articles into the rows storage writes without touching a database (a worker process can run
it), and `store_frames()` writes such rows in one transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stance.cells import is_web_address
from stance.config import SAMPLE_DIR, page_cache_path
from stance.errors import InputError
from stance.extract import Extractor, get_extractor
from stance.ingest import read_document, read_page, read_pasted
from stance.ingest import read_paths as read_documents
from stance.ingest.links import (
    FEED_SUFFIXES,
    Fetched,
    Link,
    fetch_articles,
    is_url_list,
    link_table_columns,
    read_link_file,
    read_link_text,
)
from stance.ingest.web import Fetcher, Politeness
from stance.models import Article, Statement
from stance.store import (
    Database,
    Frames,
    LoadSummary,
    frames_of,
    refresh_reference_tables,
    store_frames,
)
from stance.upload import (
    ARTICLES,
    STATEMENTS,
    TABLE_SUFFIXES,
    LoadResult,
    Report,
    Upload,
    check_dataset_name,
    open_upload,
    read_article_table,
)
from stance.upload.columns import Mapping

SAMPLE_DATASET = "sample"
PASTED_DATASET = "pasted"


# ---- the sequence ---------------------------------------------------------------------------
def extract_frames(articles: Iterable[Article], dataset: str, *,
                   extractor: Extractor | None = None,
                   progress: Callable[[int], None] | None = None) -> Frames:
    """The statements of `articles` as the rows storage writes (no database involved);
    `progress(n)` after each article."""
    extractor = extractor or get_extractor()
    return frames_of(extractor.extract_many(articles), dataset, extractor.version, progress)


def ingest(db: Database, articles: Iterable[Article], dataset: str, *, kind: str = ARTICLES,
           source_file: str | None = None, content_sha256: str | None = None,
           progress: Callable[[int], None] | None = None, replace: bool = False,
           extractor: Extractor | None = None) -> LoadSummary:
    """Extract the statements of `articles` and store both in one transaction. Nothing is
    written before every article is extracted, so an error half-way leaves the database as it
    was; with `replace`, the dataset's old rows go in the same transaction."""
    frames = extract_frames(articles, dataset, extractor=extractor, progress=progress)
    return store_frames(db, frames, kind, source_file, content_sha256, replace)


# ---- reading --------------------------------------------------------------------------------
def read_paths(paths: list[Path], dataset: str = "default", skip_invalid: bool = False,
               on_skip: Callable[[str], None] | None = None) -> list[Article]:
    """Articles from document files and folders (`stance.ingest`) and from CSV/JSON Lines
    files of articles (`stance.upload`'s validator), in the order given. An invalid table row
    raises unless `skip_invalid` (each problem then goes to `on_skip`)."""
    articles: list[Article] = []
    for path in paths:
        if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
            articles.extend(read_article_table(path, dataset, skip_invalid, on_skip))
        else:
            articles.extend(read_documents([path], dataset))
    return articles


# ---- links: addresses, link lists, feeds -------------------------------------------------------
def is_link_source(source: str | Path) -> bool:
    """An address, a link list (CSV/JSONL with a url column and no text, .urls, a .txt of
    addresses) or a feed file: what `fetch_links` reads, not `read_paths`."""
    text = str(source)
    if is_web_address(text):
        return True
    path = Path(text)
    if not path.is_file():
        return False
    suffix = path.suffix.lower()
    return suffix in FEED_SUFFIXES or is_url_list(path) or (
        suffix in TABLE_SUFFIXES and link_table_columns(path))


def links_in(sources: list[str | Path]) -> list[Link]:
    """Every link the link sources hold, in order (an address is one link)."""
    links: list[Link] = []
    for source in sources:
        text = str(source)
        links.extend([Link(text.strip(), where=text)] if is_web_address(text)
                     else read_link_file(Path(text)))
    return links


def open_fetcher(cache: Path | None = None, delay: float | None = None,
                 refetch_failed: bool = False) -> Fetcher:
    """The polite, caching fetcher (use it in a `with` block)."""
    polite = Politeness() if delay is None else Politeness(delay=delay)
    return Fetcher(cache=cache or page_cache_path(), polite=polite,
                   refetch_failed=refetch_failed)


def fetch_links(links: list[Link], fetcher: Fetcher, dataset: str,
                progress: Callable[[], None] | None = None) -> Fetched:
    """Fetch and read every link (feeds open into their items); failures are listed, the
    rest are articles."""
    return fetch_articles(links, fetcher, lambda link, page: read_page(link, page, dataset),
                          progress)


def links_in_upload(text: str, name: str) -> list[Link]:
    """The links of a link list or feed uploaded in the browser (or addresses pasted, one per
    line, with `name` "pasted")."""
    links = read_link_text(text, name)
    if not links:
        raise InputError(name, "holds no link")
    return links


@dataclass
class LinksLoaded:
    """What loading a link list stored, and the links that failed with their reasons."""

    summary: LoadSummary | None
    failed: list[tuple[Link, str]]
    requests: int


def load_links(db: Database, links: list[Link], dataset: str, *,
               fetched: Callable[[int, int], None] | None = None,
               analysed: Callable[[int, int], None] | None = None) -> LinksLoaded:
    """Fetch `links` (through the page cache), extract the statements of the pages that
    gave an article and store them in one transaction; `fetched(done, total)` and
    `analysed(done, total)` report progress. Nothing is stored when no link gave an article."""
    dataset = check_dataset_name(dataset)
    count = iter(range(1, len(links) + 1))
    with open_fetcher() as fetcher:
        done = fetch_links(links, fetcher, dataset,
                           progress=(lambda: fetched(next(count), len(links))) if fetched
                           else None)
    if not done.articles:
        return LinksLoaded(None, done.failed, fetcher.requests)
    total = len(done.articles)
    summary = ingest(db, done.articles, dataset, source_file=f"{len(links)} link(s)",
                     progress=(lambda n: analysed(n, total)) if analysed else None)
    return LinksLoaded(summary, done.failed, fetcher.requests)


def extract_paths(paths: list[Path]) -> Iterator[tuple[Article, list[Statement]]]:
    """The statements of every article in `paths`, stored nowhere (the CLI's `extract`)."""
    return get_extractor().extract_many(read_paths(paths))


# ---- the sample -----------------------------------------------------------------------------
def build_sample(db: Database, folder: Path = SAMPLE_DIR) -> LoadSummary:
    """Replace the sample dataset with a fresh extraction of the briefs (one transaction)."""
    articles = read_paths([folder], dataset=SAMPLE_DATASET)
    refresh_reference_tables(db)
    return ingest(db, articles, SAMPLE_DATASET, kind="sample", source_file=str(folder),
                  replace=True)


def ensure_sample(db: Database) -> LoadSummary | None:
    """Build the sample when the database holds no articles at all (first start)."""
    if db.scalar("store/count_articles"):
        return None
    return build_sample(db)


# ---- the Analyze page -----------------------------------------------------------------------
@dataclass
class Analysis:
    """One article's statements, found before anything is stored."""

    article: Article
    statements: list[Statement]
    seconds: float
    saved: str | None = field(default=None)  # the saved article's id


def pasted_article(text: str, name: str = "pasted text", **meta: str) -> Article:
    """Text typed or pasted in the app, as an article of the `pasted` dataset."""
    return read_pasted(text, name=name, dataset=PASTED_DATASET, **meta)


def document_article(path: Path) -> Article:
    """A dropped .txt/.md/.html file, read as `ingest` reads it (front matter too)."""
    return read_document(path, dataset=PASTED_DATASET)


def analyze(article: Article) -> Analysis:
    """The statements of one article, timed; nothing is stored."""
    started = time.perf_counter()
    statements = get_extractor().extract(article)
    return Analysis(article, statements, time.perf_counter() - started)


def save_analysis(db: Database, analysis: Analysis) -> LoadSummary:
    """Store an analysed article and the statements shown for it (one transaction)."""
    frames = frames_of([(analysis.article, analysis.statements)], PASTED_DATASET,
                       get_extractor().version)
    summary = store_frames(db, frames, kind="pasted", source_file=analysis.article.name)
    analysis.saved = analysis.article.article_id
    return summary


# ---- uploads --------------------------------------------------------------------------------
def load_upload(db: Database, upload: Upload, dataset: str, *, skip_invalid: bool = False,
                progress: Callable[[int, int], None] | None = None,
                writing: Callable[[Report], None] | None = None) -> LoadResult:
    """Load a validated upload into `dataset`: coded statements as they are, articles through
    `ingest` (extract, then store in one transaction). `progress(done, total)` after each
    article; `writing(report)` as coded statements start to be written."""
    dataset = check_dataset_name(dataset)
    if upload.kind == STATEMENTS:
        return upload.store_statements(dataset, skip_invalid=skip_invalid, writing=writing)
    holder = upload.already_loaded()
    if holder:
        return LoadResult(dataset, None, already_loaded=holder)
    upload.check_dataset(dataset, ARTICLES)
    upload.require_valid(skip_invalid)
    articles = upload.articles(dataset)
    total = len(articles)
    summary = ingest(db, articles, dataset, kind=ARTICLES, source_file=upload.name,
                     content_sha256=upload.sha256,
                     progress=(lambda done: progress(done, total)) if progress else None)
    return LoadResult(dataset, upload.report, summary.articles_added, summary.statements_added)


def load_file(db: Database, path: Path, kind: str, dataset: str, *,
              mapping: Mapping | None = None, name: str | None = None,
              skip_invalid: bool = False, limit_mb: int | None = None,
              progress: Callable[[int, int], None] | None = None,
              writing: Callable[[Report], None] | None = None) -> LoadResult:
    """Open, validate and load a CSV/JSON Lines file of `kind` (the CLI's `load-statements`).
    A file already loaded (same bytes) adds nothing and is not validated again."""
    dataset = check_dataset_name(dataset)
    with open_upload(path, db, name, limit_mb) as upload:
        holder = upload.already_loaded()
        if holder:
            return LoadResult(dataset, None, already_loaded=holder)
        upload.check_dataset(dataset, kind)
        upload.validate(kind, mapping)
        return load_upload(db, upload, dataset, skip_invalid=skip_invalid, progress=progress,
                           writing=writing)
