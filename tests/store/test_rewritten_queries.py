"""Queries rewritten for speed at 10M statements (bench/README.md item 24) give the rows of
their plain form (bench/sql/plain_*.sql): the list queries that pick rows on their sort keys
before reading them in full, the counts made before a join, and the corrections' queries that
read only the corrected statements."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest

from bench.generate import BENCH_SQL, generate_database
from stance.filters import Filters
from stance.store import Database, open_database
from stance.store.aggregates import answering, narrowed

FILTERS = [Filters(), Filters(corrected=False), Filters(all_topics=True),
           Filters(country=("RUS", "USA"), date_from=date(2014, 1, 1),
                   date_to=date(2019, 6, 30)),
           Filters(stance=("ease",), corrected=False), Filters(dataset=("nothing",))]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    """A synthetic database of 8,000 statements: datasets (one hidden), corrections, dates
    known to the day, month or year (read only here). About 1% of statements are corrected,
    a tenth of those on their target: at 3,000 statements a change of the generated countries
    left no coder's target correction to pair."""
    path = generate_database(tmp_path_factory.mktemp("rewritten") / "r.duckdb", 8000,
                             seed=11).path
    return open_database(path)


def assert_plain(db: Database, name: str, params: dict[str, Any]) -> int:
    """The query and its plain form give the same rows in the same order; how many."""
    with db.reading() as tx:
        fast = tx.run(name, **params).frame()
        plain = tx.using(BENCH_SQL).run(f"plain_{name}", **params).frame()
    pd.testing.assert_frame_equal(fast, plain, obj=f"{name} {params}")
    return len(fast)


@pytest.mark.parametrize("filters", FILTERS)
def test_the_download_reads_the_rows_it_picked(db, filters):
    for extra in ({"limit": 7, "search": "%", "min_confidence": 0.0},
                  {"limit": 100_000, "search": "%", "min_confidence": 0.0},
                  {"limit": 40, "search": "%sanction%", "min_confidence": 0.6}):
        assert_plain(db, "export_statements", filters.params(**extra))


@pytest.mark.parametrize("sort", ["date", "speaker", "country", "stance", "target", "outlet",
                                  "confidence"])
def test_a_page_of_statements_reads_the_rows_it_picked(db, sort):
    shown = 0
    for filters in FILTERS[:4]:
        for descending in (True, False):
            for limit, offset in ((25, 0), (10, 37)):
                shown += assert_plain(db, "statements_page", filters.params(
                    sort=sort, descending=descending, limit=limit, offset=offset,
                    search="%", min_confidence=0.0))
    assert shown > 0


def test_the_latest_corrections_find_their_statements(db):
    assert db.scalar("store/corrections_count") > 20
    for limit in (1, 15, 10_000):
        assert assert_plain(db, "corrections_recent", {"limit": limit}) > 0


@pytest.mark.parametrize("filters", FILTERS)
def test_provenance_counts_each_dataset_as_before(db, filters):
    for all_datasets in (True, False):
        assert_plain(db, "sql_provenance", filters.params(all_datasets=all_datasets))


@pytest.mark.parametrize("field", ["stance", "speaker", "country", "target", "not_statement"])
def test_agreement_pairs_read_only_the_corrected_statements(db, field):
    raters = db.query("corrections_raters")
    coders = sorted(raters[(raters["field"] == field) & (raters["rater"] != "machine")]["rater"])
    assert coders
    pairs = [("machine", coders[0]), (coders[-1], "machine"), (coders[0], coders[-1]),
             ("machine", "nobody")]
    paired = [assert_plain(db, "corrections_pairs", {"field": field, "rater_a": a, "rater_b": b})
              for a, b in pairs]
    assert paired[0] > 0 and paired[1] > 0 and paired[3] == 0


@pytest.mark.parametrize("filters", FILTERS[:4])
def test_a_quotes_reports_are_read_after_they_are_picked(db, filters):
    quotes = db.query("repeated_quotes", **filters.params(min_articles=1, limit=3))
    assert len(quotes) > 0
    for cluster in quotes["cluster"]:
        for limit in (2, 500):
            assert assert_plain(db, "quote_articles",
                                filters.params(cluster=cluster, limit=limit)) > 0


NEWEST_FIRST = [*FILTERS, Filters(target=("IRN",), date_from=date(2015, 1, 1)),
                Filters(country=("RUS",), stance=("tighten",), corrected=False)]


@pytest.mark.parametrize("filters", NEWEST_FIRST)
def test_a_list_newest_first_reads_only_the_months_of_its_page(db, filters):
    """The page read from the months the month tables place it in is the page of every
    statement, at every depth, up to past the last statement."""
    narrowed_pages = []
    for limit, offset in ((25, 0), (10, 37), (50, 180), (7, 1000), (25, 100_000)):
        params = filters.params(sort="date", descending=True, limit=limit, offset=offset,
                                search="%", min_confidence=0.0)
        with db.reading() as tx:
            cut = narrowed(tx, "statements_page", params)
            plain = tx.using(BENCH_SQL).run("plain_statements_page", **params).frame()
        narrowed_pages.append(cut["from"] != params["from"])
        pd.testing.assert_frame_equal(db.query("statements_page", **params), plain,
                                      obj=f"{filters} {limit} {offset}")
        download = {**params, "limit": offset + limit}
        with db.reading() as tx:
            plain = tx.using(BENCH_SQL).run("plain_export_statements", **download).frame()
        pd.testing.assert_frame_equal(db.query("export_statements", **download), plain)
    # the first page lies in the latest months; past the last statement nothing is narrowed
    assert narrowed_pages[0] == (filters != Filters(dataset=("nothing",))), filters
    assert not narrowed_pages[-1]


@pytest.mark.parametrize("extra", [
    {"search": "%sanction%"}, {"min_confidence": 0.5}, {"sort": "date", "descending": False},
    {"sort": "speaker"}, {"outlet": ["Reuters"]}, {"country": ["RUS"], "target": ["IRN"]},
    {"to": date(2019, 6, 15)}])
def test_a_list_the_month_tables_cannot_count_is_read_whole(db, extra):
    params = {**Filters().params(sort="date", descending=True, limit=10, offset=0, search="%",
                                 min_confidence=0.0), **extra}
    with db.reading() as tx:
        assert narrowed(tx, "statements_page", params) == params
        download = {key: params[key] for key in (*Filters().params(), "limit", "search",
                                                 "min_confidence")}
        if "sort" not in extra:  # the download is always newest first
            assert narrowed(tx, "export_statements", download) == download
    assert_plain(db, "statements_page", params)


@pytest.mark.parametrize("filters", FILTERS)
def test_the_most_repeated_quotes_read_their_first_report_from_its_row(db, filters):
    """The first report's outlet, article and date precision, read from its row, are those
    of the earliest statement of the cluster; the pre-aggregated twin ranks the same."""
    shown = 0
    for min_articles, limit in ((1, 5), (2, 40), (1, 10_000)):
        params = filters.params(min_articles=min_articles, limit=limit)
        shown += assert_plain(db, "repeated_quotes", params)
        with db.reading() as tx:
            twin = tx.run("agg/repeated_quotes", **params).frame()
            plain = tx.using(BENCH_SQL).run("plain_repeated_quotes", **params).frame()
        if answering("repeated_quotes", params) == "agg/repeated_quotes":
            pd.testing.assert_frame_equal(twin, plain)
    assert shown > 0 or filters == Filters(dataset=("nothing",))
