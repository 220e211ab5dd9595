"""statements_wide (the materialised statements_full that chart queries scan) stays exact after
every kind of write: loads, corrections, deletions, re-extraction, and legacy databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from bench.generate import BENCH_SQL
from stance.corrections import correct
from stance.filters import Filters
from stance.store import delete_dataset, open_database
from stance.store.touched import touch
from stance.store.wide import refresh_statements_wide
from stance.upload import set_hidden


def out_of_step(db) -> tuple[int, int]:
    with db.reading() as tx:
        return tuple(tx.using(BENCH_SQL).run("wide_out_of_step").one())


def stances(db, **filters) -> dict[str, int]:
    row = db.query("overview_counts", **Filters(**filters).params()).iloc[0]
    return {s: int(row[s]) for s in ("tighten", "ease", "neutral")}


def test_a_load_fills_the_wide_table(fixture_db):
    assert out_of_step(fixture_db) == (0, 0)
    assert stances(fixture_db) == {"tighten": 3, "ease": 2, "neutral": 1}


def order_breaks(db, from_row: int = 0) -> tuple[int, int]:
    with db.reading() as tx:
        return tuple(tx.using(BENCH_SQL).run("wide_order_breaks", from_row=from_row).one())


def test_the_wide_table_is_stored_by_country_then_date(fixture_items, store_items, fixture_db):
    """A filter on a country or dates skips the row groups whose bounds miss it only when rows
    lie in that order: a first build sorts them, and a later write adds its own rows sorted."""
    assert order_breaks(fixture_db) == (0, 6)
    article, found = fixture_items()[0]
    later = replace(article, name="later.txt", published=date(2015, 5, 5),
                    text="Many capitals spoke on sanctions. " * 20)
    # 40 statements of eight countries, stored against the table's order
    countries = ["USA", "RUS", "PRK", "JPN", "IRN", "GBR", "FRA", "CHN"] * 5
    added = [replace(found[0], article="later.txt", country=country, start=start,
                     end=start + 5, sentence=later.text[start:start + 5],
                     speaker=f"Speaker {start}")
             for start, country in zip(range(0, 400, 10), countries, strict=True)]
    store_items(fixture_db, [(later, added)], dataset="later")
    assert out_of_step(fixture_db) == (0, 0)
    assert order_breaks(fixture_db, from_row=6) == (0, 40)


def test_a_table_in_an_earlier_versions_order_is_rebuilt_in_order(fixture_db):
    with fixture_db.transaction() as tx:
        tx.using(BENCH_SQL).run("wide_unordered")
        assert refresh_statements_wide(tx) == "rebuilt"
        assert refresh_statements_wide(tx) == "unchanged"
    assert order_breaks(fixture_db) == (0, 6)
    assert out_of_step(fixture_db) == (0, 0)


def test_a_correction_shows_at_once_and_machine_labels_stay(fixture_db):
    haley = fixture_db.query("statements_page", **Filters(stance=("tighten",)).params(
        search="%Haley%", sort="date", descending=True, limit=5, offset=0, min_confidence=0.0))
    correct(fixture_db, haley["statement_id"].iloc[0], {"stance": "ease"}, coder="t")
    assert out_of_step(fixture_db) == (0, 0)
    assert stances(fixture_db) == {"tighten": 2, "ease": 3, "neutral": 1}
    assert stances(fixture_db, corrected=False) == {"tighten": 3, "ease": 2, "neutral": 1}


def test_a_rejected_statement_leaves_the_corrected_view(fixture_db):
    japan = fixture_db.query("statements_page", **Filters(country=("JPN",)).params(
        search="%", sort="date", descending=True, limit=5, offset=0, min_confidence=0.0))
    correct(fixture_db, japan["statement_id"].iloc[0], {"not_statement": "true"}, coder="t")
    assert stances(fixture_db)["neutral"] == 0
    assert stances(fixture_db, corrected=False)["neutral"] == 1


def test_deleting_a_dataset_removes_its_rows(fixture_db):
    with fixture_db.transaction() as tx:
        delete_dataset(tx, "fixture")
    assert out_of_step(fixture_db) == (0, 0)
    assert stances(fixture_db) == {"tighten": 0, "ease": 0, "neutral": 0}


def test_re_extraction_with_other_labels_rewrites_the_article(fixture_items, store_items,
                                                              fixture_db):
    items = fixture_items()
    article, found = items[0]
    changed = [replace(st, stance="neutral") for st in found]
    store_items(fixture_db, [(article, changed)] + items[1:], dataset="fixture", replace=True)
    assert out_of_step(fixture_db) == (0, 0)
    assert stances(fixture_db) == {"tighten": 2, "ease": 1, "neutral": 3}


def test_hiding_a_dataset_needs_no_refresh(fixture_db):
    set_hidden(fixture_db, "fixture", True)
    assert stances(fixture_db) == {"tighten": 0, "ease": 0, "neutral": 0}
    assert stances(fixture_db, dataset=("fixture",))["tighten"] == 3


def _indexes_in(tx) -> tuple[int, ...]:
    """How many indexes statements_wide, articles, statements and quote_clusters have, as
    `tx` sees them."""
    return tuple(tx.using(BENCH_SQL).run("indexes").one())


def _indexes(db) -> tuple[int, ...]:
    with db.reading() as tx:
        return _indexes_in(tx)


@pytest.mark.parametrize("older", ["drop_indexes", "wide_before_keys"])
def test_the_indexes_are_made_after_a_rebuild_and_on_opening(fixture_db, older):
    """A correction finds its article's rows, and a save its stored articles, their
    statements and their quotes' clusters, through indexes (store/indexes.sql): a rebuild,
    which replaces statements_wide, and a file written before them (in the table's shape of
    today, or an older one) get them."""
    assert _indexes(fixture_db) == (1, 1, 1, 1)
    with fixture_db.transaction() as tx:
        tx.using(BENCH_SQL).run("wide_unordered")  # replaced: its index went with it
        assert _indexes_in(tx) == (0, 1, 1, 1)
        assert refresh_statements_wide(tx) == "rebuilt"
    assert _indexes(fixture_db) == (1, 1, 1, 1)
    session = fixture_db.session()  # no transaction: nothing refreshes the table afterwards
    session.using(BENCH_SQL).run(older)
    session.close()
    fixture_db.close()
    reopened = open_database(fixture_db.path)
    assert _indexes(reopened) == (1, 1, 1, 1)
    page = reopened.query("statements_page", **Filters(all_topics=True).params(
        search="%", sort="date", descending=False, limit=1, offset=0, min_confidence=0.0))
    statement, article = page["statement_id"][0], page["article_id"][0]
    side = "tighten" if page["stance"][0] == "ease" else "ease"
    assert len(correct(reopened, statement, {"stance": side}, coder="t", article_id=article)) == 1
    for known in (article, None):  # found through the index, and by its id alone
        shown = reopened.query("corrections_statement", statement_id=statement, article=known)
        assert shown["corrected_stance"].tolist() == [side]
    assert out_of_step(reopened) == (0, 0)


def test_a_database_without_saved_state_is_rebuilt(fixture_db):
    with fixture_db.transaction() as tx:
        tx.using(BENCH_SQL).run("wide_forget")  # as an old file, before statements_wide existed
        assert refresh_statements_wide(tx) == "rebuilt"
        assert refresh_statements_wide(tx) == "unchanged"
    assert out_of_step(fixture_db) == (0, 0)


def test_a_table_older_than_its_view_is_rebuilt(fixture_db):
    with fixture_db.transaction() as tx:
        tx.using(BENCH_SQL).run("wide_reshape")  # the view gained a column since the table
        assert refresh_statements_wide(tx) == "rebuilt"  # was built
    assert out_of_step(fixture_db) == (0, 0)


def test_a_new_extractor_version_alone_reaches_the_wide_table(fixture_items, store_items,
                                                              fixture_db):
    # Every statement keeps its id and labels; only the version changes, in an even number of
    # rows: a checksum that is linear in one column would not see it.
    store_items(fixture_db, fixture_items(), dataset="fixture", replace=True,
                extractor_version="next-version")
    assert out_of_step(fixture_db) == (0, 0)
    provenance = fixture_db.query("sql_provenance", **Filters().params(all_datasets=False))
    assert [list(v) for v in provenance["extractor_versions"]] == [["next-version"]]


def test_a_changed_quote_cluster_reaches_the_wide_table(fixture_db):
    head = "we must keep the pressure on them"
    moved = pd.DataFrame({"quote_norm": ["we must keep pressure", head], "cluster": [head, head]})
    with fixture_db.transaction() as tx:
        touch(tx, "store/touch_all")  # as update_quote_clusters(rebuild=True) does
        tx.run("store/delete_quote_clusters")
        with tx.registered(new_quote_clusters=moved):
            tx.run("store/insert_quote_clusters")
        # the quote is in two of the three articles: rewriting the table beats patching it
        assert refresh_statements_wide(tx) == "rebuilt"
    assert out_of_step(fixture_db) == (0, 0)
    quotes = fixture_db.query("repeated_quotes", **Filters().params(limit=5, min_articles=1))
    assert list(quotes["cluster"]) == [head]
    assert int(quotes["articles"].iloc[0]) == 2
    reports = fixture_db.query("quote_articles", **Filters().params(cluster=head, limit=10))
    assert len(reports) == 2

