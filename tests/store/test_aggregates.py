"""The pre-aggregated tables (stance/store/aggregates.py) equal counts made from scratch after
every kind of write, and each view's twin gives the rows its query on every statement gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from bench.generate import BENCH_SQL, generate_coded_csv, generate_database
from stance.corrections import correct
from stance.filters import Filters
from stance.models import Article, Statement
from stance.pipeline import load_file
from stance.store import Database, delete_dataset, open_database
from stance.store.aggregates import TWINS, answering, rebuild_aggregates
from stance.store.people import merge_people
from stance.store.quote_clusters import update_quote_clusters
from stance.store.touched import touch
from stance.store.tx import Tx
from stance.upload import STATEMENTS, set_hidden

EXACT = {"agg_country": 0, "agg_month": 0, "agg_country_month": 0, "agg_outlets": 0,
         "agg_provenance": 0,
         "agg_outlet_voices": 0, "agg_outlet_leaders": 0, "agg_quotes": 0,
         "agg_quote_firsts": 0, "agg_quote_facets": 0,
         "agg_article_list": 0, "agg_subjects": 0, "agg_facets": 0, "agg_spans": 0,
         "agg_articles": 0}


def out_of_step(db: Database) -> dict[str, int]:
    """Rows of each aggregate that differ from a count made from scratch (0: exact)."""
    with db.reading() as tx:
        row = tx.using(BENCH_SQL).run("agg_out_of_step").frame().iloc[0].to_dict()
    assert row.pop("country_rows") > 0 or db.scalar("store/count_statements") == 0
    return {name: int(value) for name, value in row.items()}


def base_and_twin(db: Database, name: str, params: dict[str, Any]) -> tuple[pd.DataFrame, ...]:
    """The view's query on every statement, and its twin, on one snapshot."""
    with db.reading() as tx:
        return tx.run(name, **params).frame(), tx.run(TWINS[name].query, **params).frame()


def assert_same(db: Database, name: str, params: dict[str, Any]) -> None:
    assert answering(name, params) == TWINS[name].query, (name, params)
    base, twin = base_and_twin(db, name, params)
    pd.testing.assert_frame_equal(twin, base, check_dtype=False, obj=f"{name} {params}")


# extra parameters of each view, beside the filters (several: each is compared)
EXTRAS: dict[str, list[dict[str, Any]]] = {
    "stance_by_country": [{"limit": 15}],
    "stance_by_target": [{"limit": 15}],
    "stance_over_time": [{"limit": 500, "period": p} for p in ("month", "quarter", "year")],
    "country_over_time": [{"limit": 5000, "period": p} for p in ("month", "year")],
    "country_profile": [{"limit": 12}, {"limit": 400}],
    "filter_options": [{}],
    "upload_datasets": [{}],
    "overview_counts": [{}],
    "officials_count": [{}],
    "top_officials": [{"limit": 8, "rank": r} for r in ("statements", "articles")],
    "top_speakers": [{"limit": 8}],
    "outlet_stance": [{"limit": 12}, {"limit": 2}],
    "quote_spread": [{}],
    "sql_provenance": [{"all_datasets": False}, {"all_datasets": True}],
    # ties at the cut (many quotes in two articles), and a cut above most quotes
    "repeated_quotes": [{"min_articles": 1, "limit": 5}, {"min_articles": 2, "limit": 40},
                        {"min_articles": 3, "limit": 1}],
    # a limit that cuts inside a day's articles, a search on titles, outlets and file names
    "article_list": [{"limit": 200, "search": "%"}, {"limit": 5, "search": "%"},
                     {"limit": 30, "search": "%times%"}, {"limit": 30, "search": "%report-1_.txt"}],
    "outlet_countries": [{"limit": 5, "outlets_shown": 8}, {"limit": 1, "outlets_shown": 2}],
    "outlet_voices": [{"limit": 5}, {"limit": 1}, {"limit": 40}],
    "officials_table": [{"limit": 20, "offset": o, "sort": s}
                        for o, s in ((0, "articles"), (20, "statements"), (0, "tighten"),
                                     (0, "ease"), (5, "neutral"), (0, "name"))],
}


def filter_sets(db: Database, name: str) -> list[Filters]:
    """The default view and, for each filter the twin answers, a view narrowed by it."""
    counted = db.query("stance_by_country", **Filters().params(limit=3))
    datasets = db.query("datasets")["dataset"].dropna().tolist()
    sets = [Filters(), Filters(corrected=False), Filters(all_topics=True),
            Filters(dataset=tuple(datasets[:2]), all_topics=True)]
    answers = TWINS[name].answers
    if "country" in answers and "target" in answers:
        sets += [Filters(country=tuple(counted["country"][:2])),
                 Filters(target=("IRN", "PRK")), Filters(stance=("tighten",), corrected=False),
                 Filters(stance=("neutral", "ease"), all_topics=True)]
    elif "country" in answers:
        sets += [Filters(country=tuple(counted["country"][:2])),
                 Filters(stance=("tighten",), corrected=False)]
    if "outlet" in answers:
        outlets = db.query("outlet_stance", **Filters().params(limit=3))["outlet"].tolist()
        dated = ({"date_from": date(2014, 5, 17), "date_to": date(2018, 2, 3)}
                 if "from" in answers else {})
        sets += [Filters(outlet=tuple(outlets[:2])),
                 Filters(outlet=tuple(outlets[2:]), dataset=tuple(datasets[1:3]), **dated)]
    if "from" in answers:
        sets += [Filters(date_from=date(2012, 3, 1), date_to=date(2019, 8, 31)),
                 Filters(date_to=date(2016, 12, 31))]
    if "from" in answers and "country" in answers:  # the bench's typical filter, and more
        sets += [Filters(country=("RUS",), date_from=date(2016, 1, 1),
                         date_to=date(2019, 12, 31)),
                 Filters(country=tuple(counted["country"][:2]), stance=("ease",),
                         date_from=date(2013, 6, 1), corrected=False),
                 Filters(country=tuple(counted["country"][1:]), date_to=date(2017, 2, 28),
                         dataset=tuple(datasets[:2]), all_topics=True)]
    return sets


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic database of 4,000 statements: five datasets (one hidden), corrections,
    dates known to the day, month or year."""
    return generate_database(tmp_path_factory.mktemp("agg") / "g.duckdb", 4000, seed=5).path


@pytest.fixture
def generated_db(generated: Path, tmp_path: Path) -> Database:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(generated.read_bytes())
    return open_database(copy)


@pytest.mark.parametrize("name", sorted(TWINS))
def test_each_twin_gives_the_rows_of_its_query_on_every_statement(generated_db, name):
    for filters in filter_sets(generated_db, name):
        for extra in EXTRAS[name]:
            assert_same(generated_db, name, filters.params(**extra))


def test_a_filter_a_twin_cannot_answer_sends_the_view_to_the_statements():
    assert answering("stance_by_country", Filters().params(limit=5)) == "agg/stance_by_country"
    assert answering("stance_by_country", Filters(outlet=("Reuters",)).params()) == \
        "stance_by_country"
    assert answering("officials_table", Filters(country=("USA",)).params(sort="articles")) == \
        "officials_table"
    assert answering("officials_table", Filters().params(sort="outlets")) == "officials_table"
    # timelines: by month or longer, over whole months only
    months = Filters(date_from=date(2016, 2, 1), date_to=date(2016, 4, 30))
    assert answering("stance_over_time", months.params(period="quarter")) == \
        "agg/stance_over_time"
    assert answering("stance_over_time", months.params(period="week")) == "stance_over_time"
    days = Filters(date_from=date(2016, 2, 3), date_to=date(2016, 4, 30))
    assert answering("stance_over_time", days.params(period="month")) == "stance_over_time"
    # by country over whole months: from agg_country_month, which keeps no target
    typical = Filters(country=("RUS",), date_from=date(2016, 1, 1), date_to=date(2019, 12, 31))
    assert answering("stance_by_country", typical.params(limit=5)) == "agg/stance_by_country"
    assert answering("stance_over_time", typical.params(period="month")) == \
        "agg/stance_over_time"
    with_target = replace(typical, target=("IRN",))
    assert answering("stance_by_country", with_target.params(limit=5)) == "stance_by_country"
    assert answering("stance_over_time", with_target.params(period="month")) == \
        "stance_over_time"
    assert answering("stance_by_country", Filters(target=("IRN",)).params(limit=5)) == \
        "agg/stance_by_country"
    assert answering("stance_by_country", replace(typical, date_to=date(2019, 12, 30)).params(
        limit=5)) == "stance_by_country"
    # quotes: by dataset only (a quote's articles per speaker country or date are not kept)
    assert answering("repeated_quotes", Filters(dataset=("a",)).params()) == \
        "agg/repeated_quotes"
    assert answering("repeated_quotes", Filters(date_from=date(2016, 1, 1)).params()) == \
        "repeated_quotes"
    assert answering("quote_spread", Filters(dataset=("a",)).params()) == "agg/quote_spread"
    assert answering("quote_spread", Filters(country=("USA",)).params()) == "quote_spread"
    # articles: by dataset, outlet and any dates (an article has one of each), not by speaker
    listed = Filters(outlet=("Reuters",), date_from=date(2016, 2, 3)).params(search="%a%")
    assert answering("article_list", listed) == "agg/article_list"
    assert answering("article_list", Filters(stance=("ease",)).params()) == "article_list"
    # outlet voices: by dataset and outlet; a speaker country, side or date needs the statements
    voices = Filters(outlet=("Reuters",), dataset=("a",)).params(limit=5)
    assert answering("outlet_voices", voices) == "agg/outlet_voices"
    assert answering("outlet_voices", Filters(country=("RUS",)).params(limit=5)) == \
        "outlet_voices"
    assert answering("outlet_voices", Filters(date_from=date(2016, 1, 1)).params(limit=5)) == \
        "outlet_voices"


def test_every_kind_of_write_keeps_the_aggregates_exact(generated_db, fixture_items,
                                                        store_items, tmp_path):
    db = generated_db
    assert out_of_step(db) == EXACT
    store_items(db, fixture_items(), dataset="fixture")  # a load
    assert out_of_step(db) == EXACT
    page = db.query("statements_page", **Filters().params(
        search="%", sort="date", descending=True, limit=3, offset=0, min_confidence=0.0))
    first, second, third = page["statement_id"]
    correct(db, first, {"stance": "ease", "target": "VEN"}, coder="t")  # corrections
    correct(db, second, {"not_statement": "true"}, coder="t")
    correct(db, third, {"speaker": "Someone Else", "country": "FRA"}, coder="t")
    assert out_of_step(db) == EXACT
    people = db.query("top_officials", **Filters().params(limit=2, rank="statements"))
    with db.transaction() as tx:  # two people shown as one
        merge_people(tx, people["speaker"][1], people["speaker"][0])
    assert out_of_step(db) == EXACT
    coded = tmp_path / "coded.csv"
    generate_coded_csv(coded, 300, seed=2)
    load_file(db, coded, STATEMENTS, "coded")  # a coded-statement upload
    assert out_of_step(db) == EXACT
    with db.transaction() as tx:  # every quote clustered again
        update_quote_clusters(tx, rebuild=True)
    assert out_of_step(db) == EXACT
    set_hidden(db, "coded", True)  # read at query time: nothing to refresh
    with db.transaction() as tx:
        delete_dataset(tx, "fixture")
    assert out_of_step(db) == EXACT
    for name in sorted(TWINS):  # and every view still reads the same from its twin
        for extra in EXTRAS[name]:
            assert_same(db, name, Filters().params(**extra))


def test_a_coded_load_into_an_empty_database_counts_the_aggregates_exactly(empty_db, tmp_path,
                                                                          monkeypatch):
    """A first coded-statement load counts every aggregate from scratch in its transaction
    (the rebuild: each delta a view read once by its MERGE, subjects grouped on 64-bit keys,
    no span recount when no row was taken off); a second load merges its rows in, and a
    correction takes rows off: each equals a count made from the source tables."""
    ran: list[str] = []
    original = Tx.run

    def recording(self, name, /, **params):
        ran.append(name)
        return original(self, name, **params)

    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    generate_coded_csv(first, 1500, seed=3)
    generate_coded_csv(second, 400, seed=4)
    monkeypatch.setattr(Tx, "run", recording)
    load_file(empty_db, first, STATEMENTS, "first")
    monkeypatch.undo()
    assert "store/agg_clear" in ran  # counted from scratch, not merged
    assert out_of_step(empty_db) == EXACT
    with empty_db.reading() as tx:  # the largest written in cell order: merges skip the rest
        breaks = dict(tx.using(BENCH_SQL).run("agg_cell_order_breaks").rows())
    assert breaks == {"agg_article_list": 0, "agg_facets": 0, "agg_outlet_voices": 0,
                      "agg_quotes": 0}
    load_file(empty_db, second, STATEMENTS, "second")
    assert out_of_step(empty_db) == EXACT
    page = empty_db.query("statements_page", **Filters(all_topics=True).params(
        search="%", sort="date", descending=False, limit=2, offset=0, min_confidence=0.0))
    earliest, other = page["statement_id"]
    correct(empty_db, earliest, {"not_statement": "true"}, coder="t")  # a first date leaves
    correct(empty_db, other, {"stance": "ease", "country": "FRA"}, coder="t")
    assert out_of_step(empty_db) == EXACT


def _eve_items(name: str, source: str,
               articles: list[tuple[str, date | None]]) -> list[tuple[Article, list[Statement]]]:
    """One article of `source` per (title, date), each with one statement of Minister Eve
    (FRA) on sanctions; the nth article's text is the same in every call with that `name`."""
    items = []
    for n, (title, day) in enumerate(articles):
        text = f"Minister Eve number {n} called for tougher sanctions, report {name}."
        article = Article(name=f"{name}-{n}.txt", source=source, title=title, text=text,
                          published=day, date_precision="day" if day else None)
        items.append((article, [Statement(
            article=article.name, speaker="Eve", speaker_type="person", country="FRA",
            role="Minister", quote_type="indirect", quote=None, sentence=text, start=0,
            end=len(text), stance="tighten", stance_cue="called for", confidence=0.8,
            target="RUS")]))
    return items


def _listed(titles: list[str]) -> list[tuple[Article, list[Statement]]]:
    """Three articles of one outlet, the first dated and two with no date, one statement each."""
    return _eve_items("listed", "Wire U", [(title, date(2016, 5, 5) if n == 0 else None)
                                           for n, title in enumerate(titles)])


def test_the_article_list_puts_undated_articles_last_and_follows_a_new_title(generated_db,
                                                                            store_items):
    """The twin sorts only the articles from the $limit-th's date on: every one when that
    article has no date. A title changed with nothing else (same statements, same counts)
    still reaches the list."""
    db = generated_db
    store_items(db, _listed(["Dated", "Undated one", "Undated two"]), dataset="listed")
    shown = Filters(dataset=("listed",))
    for limit in (1, 2, 3):
        assert_same(db, "article_list", shown.params(search="%", limit=limit))
    assert db.query("article_list", **shown.params(search="%", limit=2))["title"].iloc[0] == \
        "Dated"
    store_items(db, _listed(["Dated", "Retitled", "Undated two"]), dataset="listed",
                replace=True)
    assert out_of_step(db) == EXACT
    listed = db.query("article_list", **shown.params(search="%retitled%", limit=5))
    assert listed["title"].tolist() == ["Retitled"]
    assert_same(db, "article_list", shown.params(search="%", limit=3))


def record_runs(monkeypatch) -> list[str]:
    """The names of the queries every Tx.run runs from now on (until monkeypatch.undo())."""
    ran: list[str] = []
    original = Tx.run

    def recording(self, name, /, **params):
        ran.append(name)
        return original(self, name, **params)

    monkeypatch.setattr(Tx, "run", recording)
    return ran


def test_a_write_reads_only_the_articles_it_touched(generated_db, fixture_items, store_items,
                                                    monkeypatch):
    """After a program's first write (which verifies the tables against their sources), a
    saved article is merged into the aggregates: no signature scan, no rebuild; its rows are
    read from its new statements (rows are relabelled from the table only when every article
    out of step just had corrections)."""
    store_items(generated_db, fixture_items()[:1], dataset="first")
    ran = record_runs(monkeypatch)
    store_items(generated_db, fixture_items()[1:], dataset="second")
    monkeypatch.undo()
    assert "store/agg_merge" in ran and "store/wide_insert_articles" in ran
    assert "store/wide_relabel" not in ran
    assert not {"store/wide_signatures", "store/wide_rebuild", "store/agg_clear"} & set(ran)
    assert out_of_step(generated_db) == EXACT


def test_a_correction_rewrites_its_articles_rows_and_no_others(generated_db, monkeypatch):
    """A correction finds its article's rows of statements_wide once (by article key), takes
    them off the aggregates, deletes them by row number and adds the rows back relabelled from
    the old ones (not read again from the statements): the table stays equal to its source
    view row for row (a wrong row number would delete a neighbour's row, or leave an old one;
    a label, topic or correction count taken wrongly leaves a row apart), and every aggregate
    stays exact. Newest and oldest statements, corrected one by one, then more in one
    article: rejected, a new speaker and country, a target that puts it on topic."""
    db = generated_db
    ran = record_runs(monkeypatch)
    shown = Filters(all_topics=True)
    picked = []
    for descending in (True, False):
        page = db.query("statements_page", **shown.params(
            search="%", sort="date", descending=descending, limit=2, offset=0,
            min_confidence=0.0))
        picked += list(page[["statement_id", "article_id", "stance"]].itertuples(index=False))
    sides = ("tighten", "ease", "neutral")
    written = 0  # corrections that changed a label (one that confirms it writes nothing)
    for statement, article, stance in picked:
        written += bool(correct(db, statement, {"stance": sides[(sides.index(stance) + 1) % 3]},
                                coder="t", article_id=article))
        with db.reading() as tx:
            assert tuple(tx.using(BENCH_SQL).run("wide_out_of_step").one()) == (0, 0)
    statement, article, stance = picked[0]
    for n, fix in enumerate(({"not_statement": "true"},
                             {"speaker": "Someone Else", "country": "FRA"},
                             {"stance": sides[(sides.index(stance) + 2) % 3]},
                             {"target": "VEN"})):  # the article looked up, or known
        written += bool(correct(db, statement, fix, coder="t",
                                article_id=article if n % 2 == 0 else None))
    monkeypatch.undo()
    assert written >= len(picked) + 3
    assert ran.count("store/wide_relabel") == written
    assert "store/wide_insert_articles" not in ran
    with db.reading() as tx:
        assert tuple(tx.using(BENCH_SQL).run("wide_out_of_step").one()) == (0, 0)
    assert out_of_step(db) == EXACT


def test_more_touched_articles_than_a_row_group_are_all_read_back(empty_db):
    """DuckDB 2.0 loses the rows of an insert over one row group (122,880) into a temporary
    table made empty by CREATE ... AS SELECT in the same transaction: an ingest of that many
    articles left statements_wide without them. The list of out-of-step articles is declared
    with its columns instead."""
    ids = [f"{number:016x}" for number in range(130_000)]
    with empty_db.transaction() as tx:
        touch(tx, "store/touch_labels", articles=ids)
        tx.run("store/wide_none_articles")
        tx.run("store/wide_stale_add_touched")
        assert tx.using(BENCH_SQL).run("stale_readable").scalar() == 130_000


def _voices(dataset: str,
            counts: dict[str, tuple[int, str]]) -> list[tuple[Article, list[Statement]]]:
    """One article of outlet Wire V per speaker, with that many statements from that country
    (an article's text names its dataset: the same text would be the same article)."""
    items = []
    for speaker, (n, country) in counts.items():
        sentence = f"{speaker} called for tougher sanctions in {dataset}. "
        article = Article(name=f"{dataset}-{speaker}.txt", source="Wire V", title=speaker,
                          text=sentence * n, published=date(2016, 5, 5), date_precision="day")
        items.append((article, [Statement(
            article=article.name, speaker=speaker, speaker_type="person", country=country,
            role="Minister", quote_type="indirect", quote=None, sentence=sentence.strip(),
            start=i * len(sentence), end=(i + 1) * len(sentence) - 1, stance="tighten",
            stance_cue="called for", confidence=0.8, target="RUS") for i in range(n)]))
    return items


def test_a_voice_spread_over_datasets_outranks_larger_single_rows(generated_db, store_items):
    """The outlet voices' twin sums a voice over the datasets shown: a voice quoted 3 times
    in each of three datasets (9) beats voices quoted 4 or 5 times in one, though none of its
    rows is the largest of its dataset. A voice's country is its most frequent in the outlet,
    a tie to the first in sort order."""
    db = generated_db
    for dataset, counts in (("v1", {"Ann": (3, "FRA"), "Bob": (5, "USA"), "Eve": (2, "FRA")}),
                            ("v2", {"Ann": (3, "DEU"), "Cid": (4, "USA"), "Eve": (2, "DEU")}),
                            ("v3", {"Ann": (3, "DEU"), "Dee": (4, "GBR")})):
        store_items(db, _voices(dataset, counts), dataset=dataset)
    assert out_of_step(db) == EXACT
    shown = Filters(dataset=("v1", "v2", "v3"))
    top = db.query("outlet_voices", **shown.params(limit=1))
    assert top[["speaker", "country", "statements"]].values.tolist() == [["Ann", "DEU", 9]]
    voices = db.query("outlet_voices", **shown.params(limit=5)).set_index("speaker")
    assert voices["country"].to_dict() == {"Ann": "DEU", "Bob": "USA", "Cid": "USA",
                                           "Dee": "GBR", "Eve": "DEU"}
    for filters in (shown, replace(shown, all_topics=True), replace(shown, outlet=("Wire V",))):
        for limit in (1, 2, 4, 5):
            assert_same(db, "outlet_voices", filters.params(limit=limit))


def _few_leaders(db: Database) -> tuple[int, int, int]:
    """Keep two leading cells per outlet group and count the aggregates again: (leading
    voices, all voices, groups with a cut)."""
    with db.transaction() as tx:
        tx.using(BENCH_SQL).run("agg_leaders_few")
        rebuild_aggregates(tx)
    with db.reading() as tx:
        return tx.using(BENCH_SQL).run("agg_leaders_shape").one()


def _same_outlet_lists(db: Database) -> None:
    for filters in filter_sets(db, "outlet_voices"):
        for limit in (1, 2, 3, 5, 40):
            assert_same(db, "outlet_voices", filters.params(limit=limit))


def test_outlet_lists_from_a_few_leading_voices_stay_exact(generated_db, store_items):
    """Each outlet's list reads its leading voices only, when no voice below the cuts can
    reach it, and counts every voice of the outlet when one could. With two leaders kept per
    group, both happen: after the rebuild, after corrections take leaders' statements away
    (their cuts now too high), and after saves that add leaders until a group is cut again."""
    db = generated_db
    leaders, voices, cuts = _few_leaders(db)
    assert cuts > 0 and leaders < voices / 2
    assert out_of_step(db) == EXACT
    _same_outlet_lists(db)
    top = db.query("outlet_voices", **Filters(all_topics=True).params(limit=1))
    for row in top.itertuples():  # each outlet's first voice loses a statement to a fix
        first = db.query("statements_page", **Filters(all_topics=True, outlet=(row.outlet,))
                         .params(search="%", sort="date", descending=True, limit=200,
                                 offset=0, min_confidence=0.0))
        mine = first[first["speaker"] == row.speaker]["statement_id"]
        correct(db, mine.iloc[0], {"not_statement": "true"}, coder="t")
    assert out_of_step(db) == EXACT
    _same_outlet_lists(db)
    for dataset, counts in (("v1", {"Ann": (3, "FRA"), "Bob": (5, "USA"), "Eve": (2, "FRA")}),
                            ("v2", {"Ann": (3, "DEU"), "Cid": (4, "USA"), "Eve": (2, "DEU")}),
                            ("v3", {"Ann": (3, "DEU"), "Dee": (4, "GBR"), "Fay": (1, "GBR"),
                                    "Gus": (1, "USA"), "Hal": (1, "FRA"), "Ida": (1, "ITA"),
                                    "Jon": (1, "ESP"), "Kim": (1, "KOR"), "Lea": (1, "FRA"),
                                    "Max": (1, "DEU")})):
        store_items(db, _voices(dataset, counts), dataset=dataset)
    assert out_of_step(db) == EXACT
    with db.reading() as tx:
        after = tx.using(BENCH_SQL).run("agg_leaders_shape").one()
    assert after[2] > cuts  # the new outlet's third dataset grew past 8 leaders: cut again
    _same_outlet_lists(db)
    shown = Filters(dataset=("v1", "v2", "v3"))
    for limit in (1, 2, 4, 5):
        assert_same(db, "outlet_voices", shown.params(limit=limit))


_WORDS = ("amber basalt cobalt dune", "ember fjord granite heath", "iris jade kelp lagoon",
          "marsh nickel onyx pine", "quartz reef slate tundra", "umber vale willow xenon",
          "yarrow zinc acorn birch", "cedar delta elm fern", "gorse hazel ivy juniper",
          "kestrel larch maple nettle")


def _quoted(dataset: str, counts: dict[str, int]) -> list[tuple[Article, list[Statement]]]:
    """Each quote (its distinctive words: one cluster each) in that many articles of
    `dataset`, once per article."""
    items = []
    for words, articles in counts.items():
        quote = f"The {words} sanctions must stay"
        for copy in range(articles):
            text = f'Envoy {copy} said: "{quote}." Report {dataset} {words} {copy}.'
            article = Article(name=f"{dataset}-{words}-{copy}.txt".replace(" ", "-"),
                              source=f"Wire {copy % 3}", title=f"{words} {copy}", text=text,
                              published=date(2016, 6, 1), date_precision="day")
            items.append((article, [Statement(
                article=article.name, speaker=f"Envoy {copy}", speaker_type="person",
                country=("FRA", "USA")[copy % 2], role="Envoy", quote_type="direct",
                quote=quote + ".", sentence=text, start=0, end=len(text), stance="tighten",
                stance_cue="must stay", confidence=0.8, target="RUS")]))
    return items


def test_a_quote_spread_over_datasets_outranks_larger_single_cells(generated_db, store_items):
    """The quotes' twin sums a quote's articles over the datasets shown before it ranks: a
    quote in 3 articles of each of three datasets (9) beats quotes in 5 or 4 articles of one,
    though none of its cells is the largest of its dataset."""
    db = generated_db
    for dataset, counts in (("s1", {_WORDS[0]: 3, _WORDS[1]: 5}),
                            ("s2", {_WORDS[0]: 3, _WORDS[2]: 4}),
                            ("s3", {_WORDS[0]: 3, _WORDS[3]: 4, _WORDS[4]: 1})):
        store_items(db, _quoted(dataset, counts), dataset=dataset)
    shown = Filters(dataset=("s1", "s2", "s3"))
    top = db.query("repeated_quotes", **shown.params(limit=1, min_articles=1))
    assert top[["quote", "articles"]].values.tolist() == [
        [f"The {_WORDS[0]} sanctions must stay.", 9]]
    for limit in (1, 2, 3, 5):
        for min_articles in (1, 4, 6):
            assert_same(db, "repeated_quotes",
                        shown.params(limit=limit, min_articles=min_articles))


def _few_quote_leaders(db: Database) -> tuple[int, int, int]:
    """Keep two leading clusters per label set and dataset and count the aggregates again:
    (leading clusters, all clusters, groups with a cut)."""
    with db.transaction() as tx:
        tx.using(BENCH_SQL).run("agg_quote_leaders_few")
        rebuild_aggregates(tx)
    with db.reading() as tx:
        return tx.using(BENCH_SQL).run("agg_quote_leaders_shape").one()


def _same_quote_tables(db: Database, *more: Filters) -> None:
    for filters in [*filter_sets(db, "repeated_quotes"), *more]:
        for limit, min_articles in ((1, 1), (3, 1), (10, 2), (40, 1)):
            assert_same(db, "repeated_quotes",
                        filters.params(limit=limit, min_articles=min_articles))


def test_repeated_quotes_from_a_few_leading_clusters_stay_exact(generated_db, store_items):
    """The most repeated quotes are described from the leading clusters' facets and, when a
    shortlisted cluster does not lead, from its statements. With two leaders kept per group,
    both happen: after the rebuild, after corrections take statements from the leaders, and
    after a save brings a dataset of ten clusters that all lead until the group is cut again."""
    db = generated_db
    leaders, clusters, cuts = _few_quote_leaders(db)
    assert cuts > 0 and 0 < leaders < clusters / 2
    assert out_of_step(db) == EXACT
    _same_quote_tables(db)
    top = db.query("repeated_quotes", **Filters(all_topics=True).params(limit=2,
                                                                        min_articles=1))
    for first in top["first_statement"]:  # the first report of each top quote is rejected
        correct(db, first, {"not_statement": "true"}, coder="t")
    assert out_of_step(db) == EXACT
    _same_quote_tables(db)
    store_items(db, _quoted("q1", {words: n + 1 for n, words in enumerate(_WORDS)}),
                dataset="q1")
    assert out_of_step(db) == EXACT
    with db.reading() as tx:
        after = tx.using(BENCH_SQL).run("agg_quote_leaders_shape").one()
    assert after[2] > cuts  # ten leaders in q1, more than four times two: cut again
    _same_quote_tables(db, Filters(dataset=("q1",)), Filters(dataset=("q1",), corrected=False))
    top = db.query("repeated_quotes", **Filters(dataset=("q1",)).params(limit=3,
                                                                        min_articles=1))
    assert top["articles"].tolist() == [10, 9, 8]
    assert top["quote"].iloc[0] == "The kestrel larch maple nettle sanctions must stay."


def _dated(dates: list[date]) -> list[tuple[Article, list[Statement]]]:
    """One article per date, titled "span N", each with one statement of Minister Eve."""
    return _eve_items("span", "Wire S", [(f"span {n}", day) for n, day in enumerate(dates)])


def test_a_span_that_loses_rows_is_counted_again_exactly(generated_db, store_items):
    """A subject who loses a row on their first or last date has their span counted again:
    from their rows on the old ends and the dates just added when a row is left on each end,
    from all their rows when an end lost its last row (the new end lies between). Each time
    the span is the one a count from scratch gives, for the person and for their country."""
    db = generated_db
    days = [date(2016, 1, 4), date(2016, 3, 9), date(2016, 6, 1), date(2016, 6, 1)]
    store_items(db, _dated(days), dataset="spans")
    shown = Filters(dataset=("spans",))

    def span() -> tuple[date, date]:
        table = db.query("officials_table", **shown.params(limit=5, offset=0, sort="name"))
        first, last = table.set_index("speaker").loc["Eve", ["first_seen", "last_seen"]]
        return pd.Timestamp(first).date(), pd.Timestamp(last).date()

    def statement_of(n: int) -> str:
        page = db.query("statements_page", **shown.params(
            search="%", sort="date", descending=False, limit=10, offset=0, min_confidence=0.0))
        return page.set_index("title").loc[f"span {n}", "statement_id"]

    assert span() == (days[0], days[2])
    correct(db, statement_of(2), {"not_statement": "true"}, coder="t")  # one of two
    assert out_of_step(db) == EXACT and span() == (days[0], days[2])
    correct(db, statement_of(0), {"country": "DEU"}, coder="t")  # FRA loses its first date
    assert out_of_step(db) == EXACT and span() == (days[0], days[2])
    correct(db, statement_of(0), {"not_statement": "true"}, coder="t")  # the only one
    assert out_of_step(db) == EXACT and span() == (days[1], days[2])
    moved = days[:3] + [date(2016, 8, 8)]  # the last article dated later: a last row moves
    store_items(db, _dated(moved), dataset="spans", replace=True)
    assert out_of_step(db) == EXACT and span() == (days[1], date(2016, 8, 8))
