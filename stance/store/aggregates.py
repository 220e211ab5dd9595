"""Pre-aggregated tables: the default views count from tables that grow with countries, people
and months, not with statements.

`agg_country` (label set x topic x dataset x speaker country x target x side), `agg_month` (...
x month x date precision x target x side), `agg_country_month` (... x speaker country x month x
date precision x side), `agg_outlets` (... x outlet), `agg_provenance` (... x extractor
version: statements, and those with a correction), `agg_outlet_voices` (... x outlet x
speaker country, x speaker, and x speaker x speaker country, by side: one table, one delta;
its leading voices per outlet in `agg_outlet_leaders`, above a cut in `agg_outlet_cuts`),
`agg_quotes` (... x quote cluster: statements and the articles quoting it, in two topic
scopes; the most repeated quotes are shortlisted from it; the leading clusters' facets and
first reports in `agg_quote_facets` and `agg_quote_firsts`, so that only the statements of a
shortlisted cluster outside them are read),
`agg_article_list` (... x article: what the Article page's list shows of it and its
statements by side, in two topic scopes), `agg_subjects` (... x speaker, speaker country or
outlet, with their article counts), `agg_facets` and `agg_spans` (a
subject's statements per role, country, outlet, official and target, and their first and last
dates: what a table of people or countries shows beside the counts) and `agg_articles`
(articles with a statement counted) are kept exact inside every write transaction, from the
articles it touched (stance/store/wide.py): their rows in statements_wide are taken off before
they are rewritten and added back after, and each aggregate adds up the difference per cell
(queries/store/agg_delta.sql, agg_merge.sql; a rebuild inserts instead, agg_fill.sql); the
persons and countries those rows name have their spans widened, or counted again when they
lost their first or last date. Nothing scans the whole statements table on a write. A file
whose aggregates were built in another shape (`VERSION`) has them rebuilt from
statements_wide.

`answering(name, params)` says which query a view runs: its pre-aggregated twin (`TWINS`)
when every filter set is one the twin answers, else the query on every statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stance.filters import STATEMENT_SORTS
from stance.store.queries import parameter_names
from stance.store.tx import Tx

VERSION = 15  # raise when an aggregate table or its delta changes shape

# The sidebar's filters (stance.filters.Filters.params) and the value each has when unset.
_UNSET: dict[str, Any] = {"country": [], "target": [], "stance": [], "outlet": [],
                          "dataset": [], "from": None, "to": None}


def _month_range(params: dict[str, Any]) -> bool:
    """Dates, if any, from a first to a last day of a month (the months' tables' grain)."""
    start, end = params.get("from"), params.get("to")
    return ((start is None or _as_date(start).day == 1)
            and (end is None or (_as_date(end) + timedelta(days=1)).day == 1))


def _whole_months(params: dict[str, Any]) -> bool:
    """Timelines by month or longer, over a range of whole months."""
    return params.get("period") in ("month", "quarter", "year") and _month_range(params)


def _country_months(params: dict[str, Any]) -> bool:
    """Countries by side: no dates (agg_country), or whole months and no target
    (agg_country_month keeps countries by month, not targets)."""
    undated = params.get("from") is None and params.get("to") is None
    return undated or (_month_range(params) and not params.get("target"))


def _timeline_cells(params: dict[str, Any]) -> bool:
    """A timeline by target (agg_month) or by speaker country (agg_country_month), not both."""
    return _whole_months(params) and not (params.get("country") and params.get("target"))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _not_by_outlets(params: dict[str, Any]) -> bool:
    """Outlets are counted for the page's people only: a table sorted by them needs everyone's."""
    return params.get("sort") != "outlets"


@dataclass(frozen=True)
class Twin:
    """A view's pre-aggregated twin: its query, the filters it answers beside the corrected
    labels and the on-topic switch, and what else the parameters must meet."""

    query: str
    answers: frozenset[str]
    fits: Callable[[dict[str, Any]], bool] = lambda params: True


_BY_COUNTRY = frozenset({"dataset", "country", "target", "stance"})
_BY_DATASET = frozenset({"dataset"})
TWINS: dict[str, Twin] = {
    "stance_by_country": Twin("agg/stance_by_country", _BY_COUNTRY | {"from", "to"},
                              _country_months),
    "stance_by_target": Twin("agg/stance_by_target", _BY_COUNTRY),
    "stance_over_time": Twin("agg/stance_over_time", _BY_COUNTRY | {"from", "to"},
                             _timeline_cells),
    "country_over_time": Twin("agg/country_over_time",
                              frozenset({"dataset", "country", "stance", "from", "to"}),
                              _whole_months),
    "country_profile": Twin("agg/country_profile", _BY_DATASET),
    "filter_options": Twin("agg/filter_options", _BY_DATASET),
    "upload_datasets": Twin("agg/upload_datasets", frozenset()),
    "overview_counts": Twin("agg/overview_counts", _BY_DATASET),
    "officials_count": Twin("agg/officials_count", _BY_DATASET),
    "top_officials": Twin("agg/top_officials", _BY_DATASET),
    "top_speakers": Twin("agg/top_speakers", _BY_DATASET),
    "officials_table": Twin("agg/officials_table", _BY_DATASET, _not_by_outlets),
    "outlet_countries": Twin("agg/outlet_countries", _BY_DATASET),
    "outlet_voices": Twin("agg/outlet_voices", frozenset({"dataset", "outlet"})),
    "outlet_stance": Twin("agg/outlet_stance", _BY_DATASET),
    "sql_provenance": Twin("agg/sql_provenance", _BY_DATASET),
    "quote_spread": Twin("agg/quote_spread", _BY_DATASET),
    "repeated_quotes": Twin("agg/repeated_quotes", _BY_DATASET),
    "article_list": Twin("agg/article_list", frozenset({"dataset", "outlet", "from", "to"})),
}


# Lists of statements whose first order is newest first, unless their `sort` names another
# (queries/statements_page.sql); the download has no sort and no offset.
_NEWEST_FIRST = frozenset({"statements_page", "export_statements"})


def narrowed(tx: Tx, name: str, params: dict[str, Any]) -> dict[str, Any]:
    """`params`, with a later `from` when `name` lists statements newest first and the month
    tables place its page (queries/agg/newest_months.sql): the same rows come back, and the
    scan skips the row groups of earlier dates (the first page at 10M statements: 137 -> 54
    ms). A text search, a least confidence, an outlet, a speaker country with a target or a
    range of part-months leave them as they are: the month tables do not count by those."""
    if name not in _NEWEST_FIRST or not _newest_first(params) or not _months_count(params):
        return params
    cut = tx.run("agg/newest_months", **{"offset": 0, **params}).scalar()
    start = params.get("from")
    if cut is None or start is not None and _as_date(start) >= cut:
        return params
    return {**params, "from": cut}


def routed(tx: Tx, name: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The query that reads view `name` under `params` and the parameters it runs with: its
    twin or itself (`answering`), a list's page narrowed to its months (`narrowed`)."""
    params = narrowed(tx, name, params)
    return answering(name, params), params


def _newest_first(params: dict[str, Any]) -> bool:
    sort = params.get("sort")
    return sort not in STATEMENT_SORTS or sort == "date" and bool(params.get("descending"))


def _months_count(params: dict[str, Any]) -> bool:
    """Whether the month tables count exactly the statements a list shows under `params`."""
    return (params.get("search") == "%" and (params.get("min_confidence") or 0) <= 0
            and not params.get("outlet")
            and not (params.get("country") and params.get("target"))
            and _month_range(params))


def rebuild_aggregates(tx: Tx) -> None:
    """Every aggregate from scratch, from statements_wide as it is now. The machine's labels
    are counted into the emptied tables (inserts: nothing to merge with) and copied as the
    corrected labels' counts; only the articles that hold a correction are then counted
    again, as a write counts them. Grouping every row once, not under both label sets, took
    the aggregates' part of a coded load from 3.1 to 2.3 s at 1M and from 24 to 13 s at 10M
    (bench/README.md, item 33)."""
    tx.run("store/agg_clear")
    tx.run("store/agg_labelled")
    tx.run("store/agg_take_machine")
    tx.run("store/agg_delta")
    tx.run("store/agg_fill")
    _update_spans(tx)
    tx.run("store/agg_copy_machine")
    if tx.run("store/agg_take_corrected").scalar():
        tx.run("store/agg_delta")
        tx.run("store/agg_merge")
        _update_spans(tx)
    tx.run("store/agg_leaders_fill")
    tx.run("store/agg_quote_leaders_fill")
    tx.run("store/agg_quote_count")
    tx.run("store/agg_quote_names")
    tx.run("store/agg_save_version", version=VERSION)


def take_off_stale(tx: Tx) -> None:
    """Remember the rows the out-of-step articles hold before statements_wide rewrites them."""
    tx.run("store/agg_labelled")
    tx.run("store/agg_take_old")


def add_back_stale(tx: Tx) -> None:
    """Count the rewritten articles' rows in, their old ones out, in every aggregate."""
    tx.run("store/agg_take_new")
    tx.run("store/agg_delta")
    tx.run("store/agg_merge")
    tx.run("store/agg_leaders_refresh")
    _update_quote_leaders(tx)
    _update_spans(tx)


def _update_quote_leaders(tx: Tx) -> None:
    """The leading quote clusters' facets and first reports take the write's rows. A cluster
    is counted again from all its rows (a scattered read: 0.25-1 s at 10M statements) only
    when it has just come to lead or lost its first report; a group that new leaders grew too
    large is cut again."""
    moved, new_leaders = tx.run("store/agg_quote_leaders_refresh").one()
    recount = tx.run("store/agg_quote_take").scalar() if moved else new_leaders
    if recount:
        tx.run("store/agg_quote_count")
    if moved or recount:
        tx.run("store/agg_quote_names")
    if new_leaders:
        tx.run("store/agg_quote_recut")


def _update_spans(tx: Tx) -> None:
    """Persons' and countries' first and last dates: widened by new rows; counted again, from
    their rows in statements_wide, for those who lost a row on an end of their span (from
    their rows on a few dates; from all their rows, a scan, only when those miss an end)."""
    if tx.run("store/agg_span").scalar() and tx.run("store/agg_span_recount").scalar():
        tx.run("store/agg_span_recount_all")


def aggregates_current(tx: Tx) -> bool:
    """Whether the aggregates were built in this shape (else they are rebuilt)."""
    return tx.run("store/agg_version").scalar() == VERSION


def answering(name: str, params: dict[str, Any]) -> str:
    """The query that answers `name` under `params`: its pre-aggregated twin when every filter
    set is one the twin answers, `name` itself otherwise."""
    twin = TWINS.get(name)
    if twin is None:
        return name
    used = parameter_names(name)  # a filter the view does not read changes nothing
    for key, unset in _UNSET.items():
        if key in used and key not in twin.answers and params.get(key, unset) not in (
                unset, None, [], ()):
            return name
    return twin.query if twin.fits(params) else name
