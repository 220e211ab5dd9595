"""Articles that are links: link lists (CSV/JSON Lines from Media Cloud, GDELT or a
spreadsheet; plain files of URLs), RSS/Atom feeds (a file or an address), single page
addresses. Each link is fetched (`stance.ingest.web`), its article read by trafilatura, and the
link list's own title, date and outlet win over what the page says.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import feedparser

from stance.cells import is_web_address
from stance.errors import InputError
from stance.ingest.web import Fetcher, FetchError, Page
from stance.models import Article

URL_LIST_SUFFIXES = (".urls",)
FEED_SUFFIXES = (".rss", ".atom", ".xml")

# Column names of link exports -> link fields; first match wins (names compared lower-case)
_LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "documentidentifier", "sourceurl", "source_url", "original_url",
            "guid_url"),
    "title": ("title", "headline"),
    "date": ("publish_date", "published", "date", "sqldate", "pubdate", "publication_date"),
    "outlet": ("media_name", "sourcecommonname", "outlet", "source", "domain", "site",
               "publisher"),
}
_TEXT_COLUMNS = ("text", "body", "content", "article_text", "full_text")


@dataclass(frozen=True)
class Link:
    """One article to fetch, with what the list says about it."""

    url: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    where: str = ""  # the file and row it came from, for messages


@dataclass
class Fetched:
    """What fetching a set of links gave: articles, and the links that failed with why."""

    articles: list[Article] = field(default_factory=list)
    failed: list[tuple[Link, str]] = field(default_factory=list)


def _gdelt_date(value: str | None) -> str | None:
    """GDELT writes 20160726 or 20160726143000; other exports write ISO dates."""
    value = (value or "").strip()
    if value.isdigit() and len(value) in (8, 14):
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    return value or None


def _link_from(row: dict[str, str], where: str) -> Link | None:
    lowered = {str(k).strip().lower(): (str(v).strip() if v is not None else "")
               for k, v in row.items() if k is not None}
    values = {name: next((lowered[c] for c in columns if lowered.get(c)), None)
              for name, columns in _LINK_COLUMNS.items()}
    url = values["url"]
    if not url:
        return None
    if not is_web_address(url):
        raise InputError(where, f"{url[:80]!r} is not an http(s) address", column="url")
    return Link(url, values["title"], _gdelt_date(values["date"]), values["outlet"], where)


def link_table_columns(path: Path) -> bool:
    """A CSV/TSV/JSON Lines file whose columns name links (a url column, no text column):
    a link list, not a table of articles."""
    head = path.read_text(encoding="utf-8-sig", errors="replace")[:65536]
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        first = next((line for line in head.splitlines() if line.strip()), "")
        try:
            columns = {str(k).lower() for k in json.loads(first)}
        except (json.JSONDecodeError, TypeError, AttributeError):
            return False
    else:
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        columns = {c.strip().lower() for c in next(csv.reader(io.StringIO(head),
                                                              delimiter=delimiter), [])}
    return bool(columns & set(_LINK_COLUMNS["url"])) and not columns & set(_TEXT_COLUMNS)


def _listed(text: str) -> list[tuple[int, str]]:
    """(line number, text) of the lines of a list of addresses, blank lines and # comments
    left out."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.strip().startswith("#")]


def _is_address(line: str) -> bool:
    return is_web_address(line) and " " not in line


def is_url_list(path: Path) -> bool:
    """A .urls file, or a .txt file whose every line is an http(s) address (an article
    never is)."""
    if path.suffix.lower() in URL_LIST_SUFFIXES:
        return True
    if path.suffix.lower() != ".txt":
        return False
    lines = _listed(path.read_text(encoding="utf-8-sig", errors="replace"))
    return bool(lines) and all(_is_address(line) for _, line in lines)


def read_link_file(path: Path) -> list[Link]:
    """The links of a link list (CSV/TSV/JSON Lines, .urls/.txt) or a feed file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read the link list ({error})") from None
    return read_link_text(text, path.name, str(path))


def read_link_text(text: str, name: str, where: str | None = None) -> list[Link]:
    """The links of a link list or feed held in `text`; `name`'s suffix says its format
    (a name without one: addresses, one per line)."""
    path = where or name
    suffix = Path(name).suffix.lower() or ".urls"
    if suffix in FEED_SUFFIXES:
        return feed_links(text.encode("utf-8"), str(path))
    if suffix in (".urls", ".txt"):
        links = [Link(line, where=f"{path} line {number}") for number, line in _listed(text)]
        for link in links:
            if not _is_address(link.url):
                raise InputError(link.where, f"{link.url[:80]!r} is not an http(s) address")
        return links
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    rows.append((json.loads(line), f"{path} line {number}"))
                except json.JSONDecodeError:
                    raise InputError(path, "is not JSON Lines", row=number) from None
    else:
        reader = csv.DictReader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ",")
        rows = [(row, f"{path} row {number}") for number, row in enumerate(reader, start=2)]
    links = [_link_from(row, where) for row, where in rows]
    return [link for link in links if link is not None]


def feed_links(body: bytes, where: str) -> list[Link]:
    """The items of an RSS or Atom feed as links (title and date from the feed)."""
    feed = feedparser.parse(body)
    if not feed.entries and (feed.bozo or not feed.get("feed")):
        raise InputError(where, "is not an RSS or Atom feed")
    links = []
    for number, entry in enumerate(feed.entries, start=1):
        url = entry.get("link") or ""
        if not is_web_address(url):
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
        links.append(Link(url, entry.get("title"), date,
                          feed.feed.get("title") if feed.get("feed") else None,
                          f"{where} item {number}"))
    return links


def looks_like_feed(page: Page) -> bool:
    kind = page.content_type.lower()
    start = page.body[:512].lstrip().lower()
    return any(k in kind for k in ("rss", "atom", "xml")) and b"<html" not in start \
        or start.startswith((b"<?xml", b"<rss", b"<feed"))


def fetch_articles(links: Iterable[Link], fetcher: Fetcher,
                   to_article: Callable[[Link, Page], Article],
                   progress: Callable[[], None] | None = None) -> Fetched:
    """Fetch every link (feeds given as addresses open into their items); a link that fails
    is listed with its reason and the rest load."""
    done = Fetched()
    for link in links:
        try:
            page = fetcher.fetch(link.url)
            if looks_like_feed(page):
                inner = fetch_articles(feed_links(page.body, link.url), fetcher, to_article)
                done.articles.extend(inner.articles)
                done.failed.extend(inner.failed)
            else:
                done.articles.append(to_article(link, page))
        except (FetchError, InputError) as error:
            reason = error.reason if isinstance(error, InputError) else str(error)
            done.failed.append((link, reason))
        if progress:
            progress()
    return done
