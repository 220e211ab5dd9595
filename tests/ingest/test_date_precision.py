"""Dates at the precision they are known: a speech dated only by its year is stored, filtered,
drawn and shown as that year, never as its 1 January; outlets come from metadata, the file
name, a corpus's source or the page's address, and stay unknown otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from stance.dates import format_date, parse_dated, sortable_date
from stance.filters import Filters
from stance.ingest import read_document, read_paths
from stance.models import Article, Statement
from stance.pipeline import load_file
from stance.store import frames_of, open_database, store_frames
from stance.upload import ARTICLES


@pytest.mark.parametrize(("value", "expected"), [
    ("2016", (date(2016, 1, 1), "year")),
    ("1990 (UNGA general debate, session 45)", (date(1990, 1, 1), "year")),
    ("March 2016", (date(2016, 3, 1), "month")),
    ("2016-03", (date(2016, 3, 1), "month")),
    ("2016-03-05", (date(2016, 3, 5), "day")),
    ("", (None, None)),
])
def test_parse_dated_says_the_precision(value, expected):
    assert parse_dated(value) == expected


def test_dates_are_written_at_their_precision():
    day = pd.Timestamp("2016-01-01")
    assert format_date(day, "year") == "2016" and sortable_date(day, "year") == "2016"
    assert format_date(day, "month", long=True) == "January 2016"
    assert format_date(day, "day") == "01 Jan 2016" and sortable_date(day) == "2016-01-01"
    assert format_date(pd.NaT, "day") == "" and sortable_date(None) == ""


def test_metadata_year_and_venue(tmp_path: Path):
    (tmp_path / "speech.txt").write_text("We oppose the embargo.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,date,speaker,source\nspeech.txt,\"1994 (UNGA general debate, session 49)\","
        "Ann Roe,\"UN General Debate Corpus (Jankin et al., doi:10.7910/DVN/0TJX8Y)\"\n",
        encoding="utf-8")
    [speech] = read_paths([tmp_path])
    assert (speech.published, speech.date_precision) == (date(1994, 1, 1), "year")
    assert speech.source == "UN General Debate"


@pytest.mark.parametrize(("name", "front", "outlet"), [
    ("nyt_2016-07-16_slug.txt", "", "The New York Times"),  # file name, outlets.csv
    ("a.txt", "---\nurl: https://www.whitehouse.gov/briefings/x/\n---\n", "The White House"),
    ("b.txt", "---\noutlet: nytimes.com\n---\n", "The New York Times"),
    ("c.txt", "---\nurl: https://example.org/x\n---\n", "example.org"),
    ("d.txt", "", None),  # nothing says: unknown, never invented
])
def test_outlet_in_order_of_trust(tmp_path: Path, name: str, front: str, outlet: str | None):
    path = tmp_path / name
    path.write_text(f"{front}Kim said so.", encoding="utf-8")
    assert read_document(path).source == outlet


def _store(db, when: date, precision: str, name: str) -> None:
    text = f"{name} demanded tougher sanctions on North Korea."
    article = Article(name=f"{name}.txt", text=text, published=when, date_precision=precision,
                      source="Wire")
    said = Statement(article=article.name, speaker=name, speaker_type="person", country="USA",
                     role=None, quote_type="indirect", quote=None, sentence=text, start=0,
                     end=len(text), stance="tighten", stance_cue="demanded", confidence=0.9,
                     target="PRK")
    store_frames(db, frames_of([(article, [said])], "mixed"))


def _count(db, filters: Filters) -> int:
    return int(db.query("statements_count", **filters.params(search="%", min_confidence=0.0))
               .iloc[0, 0])


def test_a_year_only_speech_is_drawn_filtered_and_listed_as_its_year(tmp_path: Path):
    db = open_database(tmp_path / "dates.duckdb")
    _store(db, date(2016, 1, 1), "year", "Ann Roe")
    _store(db, date(2016, 3, 9), "day", "Bo Lee")
    monthly = db.query("stance_over_time", **Filters().params(period="month", limit=50))
    assert monthly["total"].sum() == 1  # the speech has no month to stand in
    assert db.query("timeline_left_out", **Filters().params(period="month"))["left_out"][0] == 1
    yearly = db.query("stance_over_time", **Filters().params(period="year", limit=50))
    assert yearly["total"].tolist() == [2]
    assert db.query("timeline_left_out", **Filters().params(period="year"))["left_out"][0] == 0
    january = Filters(date_from=date(2016, 1, 1), date_to=date(2016, 1, 31))
    assert _count(db, january) == 0
    whole_year = Filters(date_from=date(2016, 1, 1), date_to=date(2016, 12, 31))
    assert _count(db, whole_year) == 2
    page = db.query("statements_page", **Filters().params(
        search="%", sort="date", descending=True, limit=10, offset=0, min_confidence=0.0))
    shown = dict(zip(page["speaker"], (sortable_date(d, p) for d, p in
                                       zip(page["date"], page["date_precision"], strict=True)),
                     strict=True))
    assert shown == {"Ann Roe": "2016", "Bo Lee": "2016-03-09"}
    officials = db.query("officials_table", **Filters().params(limit=10, offset=0, sort="name"))
    ann = officials.set_index("speaker").loc["Ann Roe"]
    assert format_date(ann["first_seen"], ann["first_precision"]) == "2016"


def test_an_uploaded_bare_year_is_a_year(tmp_path: Path):
    table = tmp_path / "articles.csv"
    table.write_text("text,date,outlet\n\"Kim demanded tougher sanctions.\",2015,Wire\n"
                     "\"Lee urged easing sanctions.\",2015-04-02,Wire\n", encoding="utf-8")
    db = open_database(tmp_path / "up.duckdb")
    load_file(db, table, ARTICLES, "uploaded")
    with db.reading() as tx:
        rows = sorted(tx.run("article_list", **Filters().params(search="%", limit=10)).rows())
    assert sorted(str(r[4]) for r in rows) == ["day", "year"]
