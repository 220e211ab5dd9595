"""data/countries.csv is the one list of country names: the extractor, storage and every
place people type a country read it through stance.gazetteer."""

from __future__ import annotations

import ast
import re

import pytest

from stance.config import DATA_DIR, ROOT
from stance.extract.lexicons import load_lexicons, read_disputes, read_national_titles
from stance.gazetteer import (
    LexiconError,
    country_name,
    known_iso3,
    read_countries,
    to_iso3,
)


@pytest.mark.parametrize(("typed", "iso3"), [
    ("US", "USA"), ("u.s.", "USA"), ("the United States", "USA"), ("Britain", "GBR"),
    ("DPRK", "PRK"), ("north korea", "PRK"), ("RU", "RUS"), ("Iran (Islamic Republic of)", "IRN"),
    ("Cape Verde", "CPV"), ("Holy See", "VAT"), ("USSR", "SUN"), ("Soviet Union", "SUN"),
    ("EU", "EUU"),
    ("Zaire", "ZAR"), ("DR Congo", "COD"), ("Narnia", None), ("", None),
])
def test_typed_names_and_codes_become_iso3(typed, iso3):
    assert to_iso3(typed) == iso3


def test_chart_names_come_from_the_gazetteer():
    assert [country_name(c) for c in ("PRK", "COD", "CZE", "SUN", "EUU", "FRA", None)] == [
        "North Korea", "DR Congo", "Czechia", "Soviet Union", "European Union", "France",
        "International / unknown"]
    assert known_iso3("EUU") and known_iso3("yug") and not known_iso3("XYZ")


def test_codes_people_type_are_not_looked_for_in_articles():
    typed_only = {c.iso3 for c in read_countries() if not c.in_text}
    assert {"EUU", "SUN", "ZAR", "YUG"} <= typed_only
    assert typed_only.isdisjoint(load_lexicons(DATA_DIR).by_iso3)
    spelled = {name for c in load_lexicons(DATA_DIR).countries for name in (c.name, *c.aliases)}
    assert "Cape Verde" not in spelled and "USSR" not in spelled  # other_names stay out of text


def test_no_code_keeps_its_own_list_of_country_names():
    """Country names are data: no module holds a table of them (a dict of ten or more
    English names mapped to ISO3 codes would be a second gazetteer)."""
    iso3 = re.compile(r"^[A-Z]{3}$")
    for path in [*(ROOT / "stance").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                codes = [v for v in (*node.keys, *node.values) if isinstance(v, ast.Constant)
                         and isinstance(v.value, str) and iso3.match(v.value)]
                assert len(codes) < 10, f"{path.relative_to(ROOT)}:{node.lineno}"


@pytest.mark.parametrize(("name", "text", "read", "where"), [
    ("countries.csv", "iso3,name,aliases,demonyms,capital,in_text\nFRA,France,,,,maybe\n",
     read_countries, "row 2, column 'in_text'"),
    ("national_titles.csv", "title,country\nsenator,USA\nchancellor,Germany\n",
     read_national_titles, "row 3, column 'country'"),
    ("disputes.csv", "place,words,target\nUKR,war;invasion,RUS\nTWN,blockade,China\n",
     read_disputes, "row 3, column 'target'"),
])
def test_a_bad_gazetteer_cell_is_refused_with_its_row(tmp_path, name, text, read, where):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=f"{name} {where}"):
        read(path)


def test_disputes_are_read_with_their_words(tmp_path):
    path = tmp_path / "disputes.csv"
    path.write_text("place,words,target\nukr, War ; invasion ,rus\n", encoding="utf-8")
    [dispute] = read_disputes(path)
    assert (dispute.place, dispute.words, dispute.target) == (
        "UKR", frozenset({"war", "invasion"}), "RUS")
    assert read_disputes(tmp_path / "absent.csv") == []
