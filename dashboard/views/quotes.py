"""Quotes: which quotes recur across articles and outlets, first seen where and when, said by
whom. Near-identical wordings count as one quote (stance/store/quote_clusters.py), and a quote
counts once per article however often the article repeats it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, nav, present, ui
from dashboard.data import figure, run
from dashboard.state import PageContext, context

TOP = 15
TABLE_ROWS = 100


def quotes_frame(frame: pd.DataFrame, ctx: PageContext) -> pd.DataFrame:
    """The repeated-quotes table as shown, with a link to the article that carried it first."""
    shown = frame.copy()
    shown["first_link"] = [nav.href("article", ctx.filters, article=a, statement=s)
                           for a, s in zip(shown["first_article"], shown["first_statement"],
                                           strict=True)]
    shown["first_seen"] = ui.shown_dates(shown, "first_seen", "first_precision")
    return shown[["quote", "first_link", "articles", "outlets", "wordings", "speakers", "stance",
                  "first_seen", "first_outlet"]]


def _headline(spread: pd.DataFrame) -> None:
    quotes = int(spread["quotes"].sum())
    repeated = int(spread.loc[spread["articles"] >= 2, "quotes"].sum())
    cols = st.columns(3)
    cols[0].metric("Distinct quotes", f"{quotes:,}")
    cols[1].metric("Quoted in 2+ articles", f"{repeated:,}")
    cols[2].metric("Share repeated", f"{100 * repeated / max(quotes, 1):.0f}%")


def _top_chart(ctx: PageContext, min_articles: int) -> None:
    # the table's result, same parameters: the chart draws its first rows, so a view runs the
    # page's slowest query once (and the chart's bars are the table's first rows)
    fig = figure(charts.repeated_quotes, "repeated_quotes", ctx.filters,
                 args=(ctx.present, ui.rows(ctx, TOP, 8)), min_articles=min_articles,
                 limit=TABLE_ROWS)
    points = ui.chart(fig, "quotes_top", "repeated_quotes")
    data = (points[0].get("customdata") or []) if points else []
    if data and st.query_params.get("quote") != str(data[0]):
        st.query_params["quote"] = str(data[0])  # the table below opens its reports


def _spread_chart(ctx: PageContext) -> None:
    fig = figure(charts.quote_spread, "quote_spread", ctx.filters, args=(ctx.present,))
    ui.chart(fig, "quotes_spread", "quote_spread", clickable=False)


def _table(ctx: PageContext, min_articles: int) -> None:
    frame = run("repeated_quotes", ctx.filters, min_articles=min_articles, limit=TABLE_ROWS)
    st.subheader("Most-repeated quotes")
    st.caption("Select a row to see every article that carries the quote.")
    event = st.dataframe(
        quotes_frame(frame, ctx), hide_index=True, width="stretch", key="quotes_table",
        on_select="rerun", selection_mode="single-row",
        column_config={
            "quote": st.column_config.TextColumn("Quote", width="large"),
            "articles": st.column_config.NumberColumn("Articles", help="Counted once each"),
            "outlets": "Outlets",
            "wordings": st.column_config.NumberColumn(
                "Wordings", help="Near-identical versions grouped together"),
            "speakers": "Said by", "stance": "Stance",
            "first_seen": st.column_config.TextColumn("First seen"),
            "first_outlet": "First outlet",
            "first_link": st.column_config.LinkColumn("First article",
                                                      display_text="open →"),
        })
    if len(frame) == TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS} most-repeated quotes; narrow the filters for others.")
    rows = event.selection.rows if event is not None else []
    if rows and st.query_params.get("quote") != frame.iloc[rows[0]]["cluster"]:
        st.query_params["quote"] = frame.iloc[rows[0]]["cluster"]
    chosen = st.query_params.get("quote")
    if chosen:  # a clicked bar, a selected row or a shared link: the quote's trail
        known = frame[frame["cluster"] == chosen]
        _reports(ctx, known.iloc[0] if not known.empty
                 else pd.Series({"cluster": chosen, "quote": chosen}))


def _reports(ctx: PageContext, quote: pd.Series) -> None:
    reports = run("quote_articles", ctx.filters, cluster=quote["cluster"], limit=500)
    st.markdown(f"**Every report of** “{ui.md(quote['quote'])}”: {len(reports):,} report(s) in "
                f"{reports['article_id'].nunique():,} article(s), first seen first")
    reports = reports.assign(link=[nav.href("article", ctx.filters, article=a, statement=s)
                                   for a, s in zip(reports["article_id"],
                                                   reports["statement_id"], strict=True)],
                             published=ui.shown_dates(reports, "published"))
    st.dataframe(
        # the link first: it stays in view on a laptop's and a phone's width
        reports[["link", "published", "outlet", "speaker", "stance", "title", "quote"]],
        hide_index=True, width="stretch", key="quotes_reports",
        column_config={"published": st.column_config.TextColumn("Date"),
                       "outlet": "Outlet", "title": "Article", "speaker": "Speaker",
                       "stance": "Stance", "quote": st.column_config.TextColumn(
                           "Wording", width="large"),
                       "link": st.column_config.LinkColumn("Article", display_text="open →")})


def render() -> None:
    ctx = context()
    ui.header("Quotes", ctx, "Which quotes travel: the same words (or nearly) reported by "
                             "many articles and outlets, counted once per article.")
    spread = run("quote_spread", ctx.filters)
    if spread.empty:
        ui.empty_state(ctx, "No direct quotes match these filters.")
        return
    repeated = int(spread.loc[spread["articles"] >= 2, "quotes"].sum())
    min_articles = 2 if repeated else 1
    if not repeated and not ctx.present:
        st.caption("No quote appears in more than one article yet: showing all quotes.")
    present.deck("quotes", {"headline": lambda: _headline(spread),
                            "top": lambda: _top_chart(ctx, min_articles),
                            "spread": lambda: _spread_chart(ctx),
                            "table": lambda: _table(ctx, min_articles)}, ctx.present)
