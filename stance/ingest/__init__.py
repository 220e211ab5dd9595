"""Read articles from documents: files, folders (with an optional metadata.csv), pasted text.

Every reader returns `Article`s whose `text` is exactly what later offsets point into.
Unreadable input raises `InputError` naming the file; nothing is half-read. Tables of many
articles (CSV, JSON Lines) are read and validated by `stance.upload`; `stance.pipeline.read_paths`
takes both kinds of path.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from stance.cells import has_markup, is_formula, is_web_address
from stance.dates import parse_date, parse_dated
from stance.encoding import UTF8_MULTIBYTE
from stance.errors import InputError
from stance.frontmatter import split_front_matter
from stance.gazetteer import read_outlets, to_iso3
from stance.html import html_to_text
from stance.ingest.links import Link
from stance.ingest.web import Page
from stance.models import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
METADATA_FILE = "metadata.csv"

# Column names in metadata files and front matter -> Article fields. First match wins.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("date", "published", "published_at", "pubdate"),
    "source": ("outlet", "source_name", "publisher", "site", "newspaper"),
    "url": ("url", "original_url", "source_url", "link"),
    "author": ("speaker", "author"),
    "author_country": ("iso3", "author_country", "speaker_country", "country"),
    "author_role": ("post", "role", "speaker_role", "title_of_speaker"),
}


MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # one article or speech; a bigger file is a corpus
_BINARY_CONTROL_SHARE = 0.01  # control characters a text file does not hold, as a share
UTF8, WINDOWS_1252 = "utf-8", "windows-1252"


def read_text_and_encoding(path: Path, limit: int | None = MAX_DOCUMENT_BYTES
                           ) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8, or Windows-1252 when no byte of
    it is UTF-8 beyond ASCII.

    Refused, naming the file: larger than MAX_DOCUMENT_BYTES, binary (a NUL byte anywhere, or
    many control characters), or a mix of UTF-8 and another encoding (the line is named).
    A byte-order mark is kept as the first character, so offsets match the file decoded as
    UTF-8 (the convention of the gold files); the extractor treats it as white space.
    """
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise InputError(path, f"the file is {size / 1024 / 1024:.1f} MB; one document may "
                                   f"be at most {limit // 1024 // 1024} MB (split it into "
                                   "several files)")
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from error
    return decode_text(raw, path)


def decode_text(raw: bytes, where: str | Path) -> tuple[str, str]:
    """Bytes of a text document as (text, encoding); see `read_text_and_encoding`."""
    if b"\x00" in raw:
        raise InputError(where, "this is a binary file, not text (it holds NUL bytes)")
    try:
        text, encoding = raw.decode(UTF8), UTF8
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        if UTF8_MULTIBYTE.search(raw):
            raise InputError(where, f"line {line} is not UTF-8 while other lines are: the file "
                                    "mixes encodings; save it again as UTF-8") from None
        text, encoding = raw.decode("cp1252", errors="replace"), WINDOWS_1252
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if text and controls / len(text) > _BINARY_CONTROL_SHARE:
        raise InputError(where, "this is a binary file, not text (it holds control characters)")
    return text, encoding


def article_from(name: str, text: str, meta: dict[str, str], dataset: str,
                 where: str | Path) -> Article:
    """Build an Article from text and a metadata mapping (front matter, metadata.csv row...)."""
    fields: dict[str, str | None] = {}
    for field_name, keys in _META_KEYS.items():
        fields[field_name] = next((meta[k].strip() for k in keys
                                   if not is_placeholder(meta.get(k))), None)
    try:
        published, precision = parse_dated(fields["published"])
    except ValueError:
        raise InputError(where, f"unreadable date {fields['published']!r}",
                         column="date") from None
    for field_name, column in (("title", "title"), ("source", "outlet"), ("author", "speaker"),
                               ("author_role", "role")):
        value = fields[field_name]
        if value and (is_formula(value) or has_markup(value)):
            raise InputError(where, f"{value[:60]!r} looks like a spreadsheet formula or markup, "
                                    "not a name or title", column=column)
    if fields["url"] and not is_web_address(fields["url"]):
        raise InputError(where, f"the url {fields['url'][:60]!r} is not an http(s) address",
                         column="url")
    author = fields["author"]
    source = fields["source"] or _venue(meta.get("source")) or _site(fields["url"])
    return Article(
        name=name, text=text, title=fields["title"] or _first_line_title(text),
        source=read_outlets().get((source or "").casefold(), source),
        url=fields["url"], published=published,
        author=author.title() if author and author.isupper() else author,
        author_country=to_iso3(fields["author_country"]),
        author_role=fields["author_role"], dataset=dataset,
        extra={k: v for k, v in meta.items() if v and k not in _ALL_META_KEYS},
        date_precision=precision,
    )


_ALL_META_KEYS = {key for keys in _META_KEYS.values() for key in keys}
_CITATION = re.compile(r"\s*[(\[].*$")
_CORPUS_WORD = re.compile(r"\s+(?:corpus|collection|dataset|archive)$", re.IGNORECASE)


def _venue(source: str | None) -> str | None:
    """Where a speech was given, from a corpus's `source` cell: "UN General Debate Corpus
    (Jankin et al., doi...)" -> "UN General Debate"."""
    if is_placeholder(source):
        return None
    venue = _CORPUS_WORD.sub("", _CITATION.sub("", source or "").strip())
    return venue if 0 < len(venue) <= 80 and not is_web_address(venue) else None


def _site(url: str | None) -> str | None:
    """The outlet a page's address names when nothing else does: its host without "www."
    (outlets.csv then names it: "whitehouse.gov" -> "The White House")."""
    if not url:
        return None
    return (urlsplit(url).hostname or "").removeprefix("www.") or None


_PLACEHOLDERS = frozenset({"", "unknown", "n/a", "na", "none", "null", "nan", "-", "--", "?",
                           "tbd", "anonymous", "not available"})


def is_placeholder(value: str | None) -> bool:
    """A metadata cell that holds no value: empty, 'n/a', or a note in brackets such as
    '(not in Speakers_by_session.xlsx)'; such a cell must never become a speaker's name."""
    text = (value or "").strip()
    lowered = text.lower()
    return lowered in _PLACEHOLDERS or (text.startswith(("(", "[")) and text.endswith((")", "]"))) \
        or any(ext in lowered for ext in (".xlsx", ".xls", ".csv"))


def _first_line_title(text: str) -> str | None:
    """Corpora often put the headline first, then a blank line."""
    body = text[split_front_matter(text)[1]:]
    first, _, rest = body.lstrip().partition("\n")
    if first.strip() and len(first) <= 200 and rest.startswith(("\n", "\r\n")):
        return first.strip()
    return None


def read_document(path: Path, meta: dict[str, str] | None = None,
                  dataset: str = "default") -> Article:
    """One .txt/.md/.html file; front matter fills metadata that `meta` does not give."""
    suffix = path.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(none)'}; expected one of "
                               f"{', '.join(sorted(DOCUMENT_SUFFIXES))}, .csv or .jsonl")
    raw, encoding = read_text_and_encoding(path)
    found: dict[str, str] = {}
    if suffix in HTML_SUFFIXES:
        text, found = html_to_text(raw)
        if not is_web_address(found.get("url")):
            found.pop("url", None)  # a page's own og:url may be javascript: or a path
        if raw.strip() and not text.strip():
            raise InputError(path, "the page holds no article text (only menus, links or "
                                   "scripts); save the article's own page")
    else:
        text = raw
        found = split_front_matter(raw)[0]
    if not text.strip():
        raise InputError(path, "the file is empty")
    article = article_from(path.name, text, {**_from_file_name(path.name), **found,
                                             **(meta or {})}, dataset, path)
    if encoding != UTF8:
        article.extra["encoding"] = encoding  # said by `ingest`: the reading is a guess
    return article


# Corpora that keep outlet and date in the file name: `wash-post_2016-07-16_slug.txt`
_OUTLET_DATE_NAME = re.compile(r"^(?P<outlet>[a-z][a-z0-9-]*)_(?P<date>\d{4}-\d{2}-\d{2})_")


def _from_file_name(name: str) -> dict[str, str]:
    """Date and outlet a file name carries (the lowest-priority metadata)."""
    match = _OUTLET_DATE_NAME.match(name)
    if not match:
        return {}
    slug = match["outlet"]
    try:
        parse_date(match["date"])
    except ValueError:
        return {}  # not a date after all: the name says nothing we can use
    return {"date": match["date"],
            "outlet": read_outlets().get(slug, slug.replace("-", " ").title())}


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """metadata.csv rows keyed by their `file` column (missing file: no metadata)."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    rows: dict[str, dict[str, str]] = {}
    text, _ = read_text_and_encoding(path, limit=None)  # the documents' encoding check
    with io.StringIO(text.removeprefix("\ufeff"), newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise InputError(path, "metadata.csv needs a 'file' column naming each document",
                             row=1, column="file")
        for row in reader:
            key = (row.get("file") or "").strip()
            if key:
                rows[key] = {k.strip().lower(): (v or "") for k, v in row.items() if k}
    return rows


def count_documents(paths: list[Path]) -> int:
    """How many documents `read_paths` will yield for folders and files (for progress bars)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            total += 1
    return total


def read_paths(paths: list[Path], dataset: str = "default") -> Iterator[Article]:
    """Articles from document files and folders (recursively). A folder's metadata.csv
    describes its files. Raises InputError for a missing path or an unreadable file, naming it.
    """
    for path in paths:
        if not path.exists():
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            yield from _read_folder(path, dataset)
        else:
            yield read_document(path, read_metadata(path.parent).get(path.name), dataset)


def _read_folder(folder: Path, dataset: str) -> Iterator[Article]:
    files = sorted(p for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                   and not p.name.startswith(".") and p.name.lower() != "readme.md")
    if not files:
        raise InputError(folder, "holds no documents (.txt, .md, .markdown, .text, .html, .htm)")
    inside = folder.resolve()
    for path in files:
        if not path.resolve().is_relative_to(inside):
            raise InputError(path, f"is a link to {path.resolve()}, outside the folder "
                                   f"{folder}: copy the file into the folder to read it")
    metadata: dict[Path, dict[str, dict[str, str]]] = {}
    for path in files:
        if path.parent not in metadata:
            metadata[path.parent] = read_metadata(path.parent)
        yield read_document(path, metadata[path.parent].get(path.name), dataset)


def read_page(link: Link, page: Page, dataset: str = "default") -> Article:
    """The article of a fetched page (trafilatura); the link list's title, date and outlet win
    over the page's own. InputError (naming the address) for a page with no article."""
    charset = re.search(r"charset=([\w-]+)", page.content_type or "", re.IGNORECASE)
    try:
        raw = page.body.decode(charset.group(1)) if charset else decode_text(page.body,
                                                                             link.url)[0]
    except (LookupError, UnicodeDecodeError):
        raw = decode_text(page.body, link.url)[0]
    text, found = html_to_text(raw)
    if not text.strip():
        raise InputError(link.url, "the page holds no article text")
    if not is_web_address(found.get("url")):
        found.pop("url", None)
    listed = {"title": link.title, "date": link.date, "outlet": link.outlet}
    meta = {**found, "url": page.url, **{k: v for k, v in listed.items() if v}}
    return article_from(page.url, text, meta, dataset, link.where or link.url)


def read_pasted(text: str, name: str = "pasted text", dataset: str = "pasted",
                **meta: str) -> Article:
    """Text typed or pasted in the app."""
    if not text.strip():
        raise InputError(name, "the text is empty")
    return article_from(name, text, {k: v for k, v in meta.items() if v}, dataset, name)
