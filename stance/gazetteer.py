"""The editable gazetteers: `data/countries.csv` and `data/officials.csv`, and country lookups.

`data/countries.csv` is the one list of country names. Its columns: `iso3`, `name`, `aliases`,
`demonyms` and `capital` (what the extractor looks for in article text, case-sensitively, so
"US" is never "us"); `short_name` (what charts show where `name` is long); `other_names`
(spellings people type in metadata, uploads, URL filters and corrections, matched without
case, never looked for in text: "Cape Verde", "USSR"); `in_text` (`no` for codes people may
type that the extractor never reports: the EU, historical states). Lists are `;`-separated.

Storage (the `countries` and `officials` tables), extraction and every place where people
type a country read these files through this module. A bad row raises `LexiconError` naming
the file, row and column.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry

from stance.config import DATA_DIR, people_merges_path
from stance.errors import StanceError

COUNTRIES_CSV = DATA_DIR / "countries.csv"
OFFICIALS_CSV = DATA_DIR / "officials.csv"
OUTLETS_CSV = DATA_DIR / "outlets.csv"
UNKNOWN_COUNTRY = "International / unknown"


class LexiconError(StanceError, ValueError):
    """A lexicon file is missing or malformed; the message names file, row and column."""


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    short_name: str | None = None  # the name charts show, when shorter than `name`
    other_names: tuple[str, ...] = ()  # typed by people, never searched for in text
    in_text: bool = True  # False: a code people type that the extractor never reports

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class Official:
    official_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str | None
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, when: date | None) -> bool:
        """True when the official held the post on `when` (always true for an unknown date)."""
        if when is None:
            return True
        if self.valid_from and when < self.valid_from:
            return False
        return not (self.valid_to and when > self.valid_to)


# ---- reading the CSV files (shared with the lexicon readers of stance.extract) --------------
def split_list(value: str | None) -> tuple[str, ...]:
    """`a;b; c` -> ("a", "b", "c")."""
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def read_date(value: str | None, where: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{where}: '{value}' is not a date (use YYYY-MM-DD)") from exc


def csv_rows(path: Path, required: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    """Rows of a CSV with a `file row N` label each; checks the header first."""
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise LexiconError(f"{path}: missing column(s) {', '.join(missing)}")
        return [(f"{path.name} row {i}", row) for i, row in enumerate(reader, start=2)]


def required(row: dict[str, str], column: str, where: str) -> str:
    value = (row.get(column) or "").strip()
    if not value:
        raise LexiconError(f"{where}, column '{column}': value required")
    return value


@lru_cache(maxsize=1)
def read_outlets(path: Path = OUTLETS_CSV) -> dict[str, str]:
    """outlets.csv: the slugs corpora put in file names (`wash-post`) and the hosts or short
    names metadata give (`nytimes.com`), case-folded -> the outlet's one name."""
    return {required(row, "slug", where).casefold(): required(row, "name", where)
            for where, row in csv_rows(path, ("slug", "name"))}


@dataclass(frozen=True)
class PersonDecision:
    """A researcher's decision on two names: the same person (`name` is shown as `canonical`)
    or two people (`distinct`: never merged automatically)."""

    name: str
    canonical: str
    distinct: bool


def read_people_merges(path: Path | None = None) -> list[PersonDecision]:
    """people_merges.csv (name, canonical, decision = same | distinct; `config.
    people_merges_path()` by default); a missing file holds no decisions."""
    path = path or people_merges_path()
    if not path.is_file():
        return []
    out = []
    for where, row in csv_rows(path, ("name", "canonical", "decision")):
        decision = (row["decision"] or "same").strip().lower()
        if decision not in ("same", "distinct"):
            raise LexiconError(f"{where}, column 'decision': '{decision}' is not same or "
                               "distinct")
        out.append(PersonDecision(required(row, "name", where), required(row, "canonical", where),
                                  decision == "distinct"))
    return out


def _in_text(value: str | None, where: str) -> bool:
    flag = (value or "").strip().lower()
    if flag not in ("", "yes", "no"):
        raise LexiconError(f"{where}, column 'in_text': '{flag}' is not yes or no")
    return flag != "no"


def read_countries(path: Path = COUNTRIES_CSV) -> list[Country]:
    out = []
    for where, row in csv_rows(path, ("iso3", "name", "aliases", "demonyms", "capital")):
        iso3 = required(row, "iso3", where).upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise LexiconError(f"{where}, column 'iso3': '{iso3}' is not an ISO3 code")
        out.append(Country(iso3, required(row, "name", where), split_list(row["aliases"]),
                           split_list(row["demonyms"]), (row["capital"] or "").strip() or None,
                           (row.get("short_name") or "").strip() or None,
                           split_list(row.get("other_names")),
                           _in_text(row.get("in_text"), where)))
    return out


def read_officials(path: Path = OFFICIALS_CSV) -> list[Official]:
    cols = ("official_id", "name", "aliases", "country", "role", "valid_from", "valid_to")
    return [
        Official(required(row, "official_id", where), required(row, "name", where),
                 split_list(row["aliases"]), (row["country"] or "").strip().upper() or None,
                 (row["role"] or "").strip() or None,
                 read_date(row["valid_from"], f"{where}, column 'valid_from'"),
                 read_date(row["valid_to"], f"{where}, column 'valid_to'"))
        for where, row in csv_rows(path, cols)
    ]


# ---- what people type: names and codes to ISO3, ISO3 to a readable name ---------------------
@dataclass(frozen=True)
class _Lookup:
    by_iso3: dict[str, Country]
    names: dict[str, str]  # case-folded name -> ISO3


@lru_cache(maxsize=1)
def _lookup() -> _Lookup:
    """data/countries.csv indexed for typed input: other names first (they settle clashes such
    as "Zaire", the historical state, not an alias of DR Congo), then names and aliases."""
    countries = read_countries(COUNTRIES_CSV) if COUNTRIES_CSV.exists() else []
    names: dict[str, str] = {}
    for country in countries:
        for name in country.other_names:
            names.setdefault(name.casefold(), country.iso3)
    for country in countries:
        for name in (country.name, *country.aliases):
            names.setdefault(name.casefold(), country.iso3)
    return _Lookup({c.iso3: c for c in countries}, names)


def known_iso3(code: str) -> bool:
    """An ISO 3166 alpha-3 code, or one of data/countries.csv (EUU, SUN...)."""
    code = code.upper()
    return pycountry.countries.get(alpha_3=code) is not None or code in _lookup().by_iso3


@lru_cache(maxsize=4096)
def to_iso3(value: str | None) -> str | None:
    """ISO3 for a code (ISO3 or ISO2) or a name in English; None when nothing fits."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    key = text.casefold().removeprefix("the ")
    if len(text) == 3 and text.isalpha() and known_iso3(text):
        return text.upper()
    if key in _lookup().names:
        return _lookup().names[key]
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        return found.alpha_3 if found else None
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    bare = re.sub(r"\s*\(.*?\)", "", text).strip()  # "Iran (Islamic Republic of)" -> "Iran"
    return to_iso3(bare) if bare and bare != text else None


@lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str:
    """A readable name for charts: "North Korea" rather than the UN's long form."""
    if not iso3:
        return UNKNOWN_COUNTRY
    country = _lookup().by_iso3.get(iso3)
    if country is not None:
        return country.display_name
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3
    return getattr(found, "common_name", None) or found.name
