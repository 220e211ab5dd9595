"""The two CSV kinds, their fields, and how a file's header maps onto them.

A mapping is `{field: column index or None}`. Common synonyms map themselves (official -> speaker,
iso3 -> country, position -> stance, published -> date...); the app lets the user fix the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ARTICLES = "articles"
STATEMENTS = "coded_statements"
KINDS = (ARTICLES, STATEMENTS)
KIND_LABELS = {ARTICLES: "Articles to analyse", STATEMENTS: "Coded statements"}


@dataclass(frozen=True)
class Field:
    name: str  # the staging column (queries/store/upload_create_raw.sql)
    label: str
    required: bool
    synonyms: tuple[str, ...]  # normalised header names, best first
    help: str


_DATE = ("date", "published", "published_at", "publication_date", "pubdate", "day",
         "date_published")
_OUTLET = ("outlet", "source", "publisher", "newspaper", "media", "source_name", "site")

FIELDS: dict[str, tuple[Field, ...]] = {
    ARTICLES: (
        Field("text", "Text", True, ("text", "body", "content", "article", "article_text",
                                     "full_text", "fulltext", "story"),
              "the article's full text (plain text or HTML)"),
        Field("title", "Title", False, ("title", "headline", "article_title"), "headline"),
        Field("date", "Date", False, _DATE, "publication date, e.g. 2019-04-22"),
        Field("outlet", "Outlet", False, _OUTLET, "newspaper, agency or site"),
        Field("url", "URL", False, ("url", "link", "article_url", "source_url", "original_url"),
              "address of the article"),
        Field("speaker", "Speaker", False, ("speaker", "speaker_name", "official"),
              "for first-person documents (speeches, statements): who says 'I' / 'we'"),
        Field("country", "Speaker country", False,
              ("country", "iso3", "nation", "speaker_country", "author_country", "iso"),
              "the speaker's country (ISO3, ISO2 or name)"),
        Field("role", "Speaker role", False, ("role", "speaker_role", "post", "office"),
              "the speaker's office, e.g. Foreign Minister"),
    ),
    STATEMENTS: (
        Field("speaker", "Speaker", True, ("speaker", "official", "name", "speaker_name",
                                           "person", "who"),
              "who said it; empty means the country itself"),
        Field("country", "Country", True, ("country", "iso3", "nation", "speaker_country",
                                           "country_code", "iso", "state"),
              "the speaker's country (ISO3, ISO2 or name)"),
        Field("stance", "Stance", True, ("stance", "position", "label", "stance_label",
                                         "coding", "code"),
              "tighten, ease or neutral (synonyms such as tougher, lift, +1, -1 work)"),
        Field("role", "Role", False, ("role", "speaker_role", "post", "office", "function"),
              "the speaker's office"),
        Field("quote", "Quote", False, ("quote", "statement", "quotation", "text", "claim",
                                        "evidence"),
              "the words said (direct quote) or the claim (empty: none recorded)"),
        Field("date", "Date", False, _DATE, "date of the statement or article"),
        Field("outlet", "Outlet", False, _OUTLET, "where it was reported"),
        Field("target", "Target", False, ("target", "sanctions_target", "target_country",
                                          "sanctioned", "target_iso3"),
              "the sanctioned country (ISO3, ISO2 or name)"),
        Field("title", "Article title", False, ("article_title", "title", "headline"),
              "title of the article it comes from"),
        Field("url", "Article URL", False, ("article_url", "url", "link", "source_url"),
              "address of the article it comes from"),
        Field("speaker_type", "Speaker type", False, ("speaker_type", "type", "actor_type"),
              "person, country or organization (default: guessed)"),
    ),
}

Mapping = dict[str, int | None]


def normalise_header(name: str) -> str:
    """'Published At ' -> 'published_at'; 'ISO-3' -> 'iso_3'."""
    return re.sub(r"[^0-9a-z]+", "_", name.strip().casefold()).strip("_")


def fields(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def field_labels(kind: str) -> dict[str, str]:
    return {f.name: f.label for f in FIELDS[kind]}


def detect_kind(header: list[str]) -> str | None:
    """ARTICLES when a text-like column is there and no stance; STATEMENTS when a stance-like
    column is; None when the header says neither (the user chooses)."""
    names = {normalise_header(h) for h in header}
    has_stance = bool(names & set(FIELDS[STATEMENTS][2].synonyms))
    has_text = bool(names & set(FIELDS[ARTICLES][0].synonyms))
    if has_stance:
        return STATEMENTS
    if has_text:
        return ARTICLES
    return None


def auto_mapping(header: list[str], kind: str) -> Mapping:
    """Each field -> the first column whose name is one of its synonyms; a column serves one
    field only (fields earlier in the list choose first, then better synonyms win)."""
    names = [normalise_header(h) for h in header]
    taken: set[int] = set()
    mapping: Mapping = {}
    for field in FIELDS[kind]:
        mapping[field.name] = None
        for synonym in field.synonyms:
            index = next((i for i, n in enumerate(names) if n == synonym and i not in taken),
                         None)
            if index is not None:
                mapping[field.name] = index
                taken.add(index)
                break
    return mapping


def mapping_problems(header: list[str], kind: str, mapping: Mapping) -> list[str]:
    """What is wrong with a mapping: required fields without a column, a column used twice."""
    problems = []
    missing = [field for field in FIELDS[kind]
               if field.required and mapping.get(field.name) is None]
    if missing:
        wanted = "; ".join(f"{field.label.lower()!r} (looked for {', '.join(field.synonyms[:4])})"
                           for field in missing)
        problems.append(f"no column for {wanted}. The header is: {', '.join(header)}")
    used: dict[int, str] = {}
    for name, index in mapping.items():
        if index is None:
            continue
        if not 0 <= index < len(header):
            problems.append(f"field {name!r} points at column {index + 1}, which does not exist")
        elif index in used:
            problems.append(f"column {header[index]!r} is mapped to both {used[index]!r} and "
                            f"{name!r}")
        else:
            used[index] = name
    return problems


def read_columns(header: list[str], mapping: Mapping) -> dict[str, str]:
    """The `columns` argument of read_csv: each file column named by its field (or
    ignored_N), all read as text so that every value is checked, not guessed."""
    by_index = {index: name for name, index in mapping.items() if index is not None}
    return {by_index.get(i, f"ignored_{i}"): "VARCHAR" for i in range(len(header))}


def column_names(header: list[str], mapping: Mapping) -> dict[str, str]:
    """field -> the column's name in the user's file (what problem reports show)."""
    return {name: header[index] for name, index in mapping.items()
            if index is not None and 0 <= index < len(header)}
