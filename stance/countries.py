"""Country names, ISO2 and ISO3 codes to ISO3, with pycountry plus the project's gazetteer.

Used wherever people type countries: metadata files, CSV uploads, URL filters.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from stance.config import DATA_DIR

# Everyday names pycountry does not know (it says "Korea, Democratic People's Republic of").
_COMMON = {
    "us": "USA", "u.s.": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
    "united states": "USA", "united states of america": "USA",
    "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR",
    "united kingdom": "GBR", "north korea": "PRK", "dprk": "PRK", "south korea": "KOR",
    "republic of korea": "KOR", "rok": "KOR", "russia": "RUS", "iran": "IRN", "syria": "SYR",
    "venezuela": "VEN", "bolivia": "BOL", "vietnam": "VNM", "viet nam": "VNM", "laos": "LAO",
    "taiwan": "TWN", "moldova": "MDA", "tanzania": "TZA", "czech republic": "CZE",
    "turkey": "TUR", "turkiye": "TUR", "burma": "MMR", "ivory coast": "CIV",
    "democratic republic of the congo": "COD", "dr congo": "COD", "drc": "COD",
    "republic of the congo": "COG", "palestine": "PSE", "vatican": "VAT", "holy see": "VAT",
    "micronesia": "FSM", "brunei": "BRN", "cape verde": "CPV", "swaziland": "SWZ",
    "macedonia": "MKD", "east timor": "TLS", "yugoslavia": "YUG", "soviet union": "SUN",
    "ussr": "SUN", "zaire": "ZAR", "european union": "EUU", "eu": "EUU",
}


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Names and aliases from data/countries.csv (editable by researchers), lower-cased."""
    from stance.extract.lexicons import read_countries  # imported late: it brings in spaCy

    names: dict[str, str] = {}
    path = DATA_DIR / "countries.csv"
    if path.exists():
        for country in read_countries(path):
            for name in (country.name, *country.aliases):
                names.setdefault(name.casefold(), country.iso3)
    return names


def known_iso3(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code.upper()) is not None or code.upper() in (
        "EUU", "YUG", "SUN", "ZAR", "XKX")


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
    if key in _COMMON:
        return _COMMON[key]
    if key in _gazetteer():
        return _gazetteer()[key]
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        return found.alpha_3 if found else None
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    bare = re.sub(r"\s*\(.*?\)", "", text).strip()  # "Iran (Islamic Republic of)" -> "Iran"
    return to_iso3(bare) if bare and bare != text else None


_DISPLAY = {
    "USA": "United States", "GBR": "United Kingdom", "PRK": "North Korea",
    "KOR": "South Korea", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "VEN": "Venezuela",
    "BOL": "Bolivia", "TWN": "Taiwan", "VNM": "Vietnam", "LAO": "Laos", "MDA": "Moldova",
    "TZA": "Tanzania", "COD": "DR Congo", "PSE": "Palestine", "EUU": "European Union",
    "SUN": "Soviet Union", "YUG": "Yugoslavia", "TUR": "Turkey",
}


@lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str:
    """A readable name for charts: "North Korea" rather than the UN's long form."""
    if not iso3:
        return "International / unknown"
    if iso3 in _DISPLAY:
        return _DISPLAY[iso3]
    found = pycountry.countries.get(alpha_3=iso3)
    if found is None:
        return iso3
    return getattr(found, "common_name", None) or found.name
