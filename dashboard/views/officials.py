"""Officials: stance by official with role and country, how often each is quoted, and across
how many articles and outlets. The table is paged in SQL (never the whole list in memory)."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dashboard import charts, nav, present, ui
from dashboard.data import figure, run
from dashboard.state import PageContext, context
from stance.gazetteer import country_name

PAGE_SIZE = 25
SORTS = {"articles": "Most articles", "statements": "Most statements",
         "outlets": "Most outlets", "tighten": "Most tighten", "ease": "Most ease",
         "name": "Name (A-Z)"}


def table_frame(frame: pd.DataFrame, ctx: PageContext) -> pd.DataFrame:
    """The page of officials as shown: country names, and a link to each one's statements."""
    shown = frame.copy()
    shown["country"] = [f"{country_name(c)} ({c})" if isinstance(c, str) and c else ""
                        for c in shown["country"]]
    shown["statements_link"] = [nav.href("statements", ctx.filters, q=s)
                                for s in shown["speaker"]]
    shown["first_seen"] = ui.shown_dates(shown, "first_seen", "first_precision")
    shown["last_seen"] = ui.shown_dates(shown, "last_seen", "last_precision")
    return shown[["speaker", "role", "country", "statements", "articles", "outlets", "tighten",
                  "ease", "neutral", "first_seen", "last_seen", "statements_link"]]


MEASURES = {"statements": "Statements (how often quoted)",
            "articles": "Articles (how many articles quote them)"}


def _measure(ctx: PageContext) -> str:
    """Statements or articles: what ranks the chart and sets its bars (in the URL)."""
    chosen = st.query_params.get("measure", "statements")
    chosen = chosen if chosen in MEASURES else "statements"
    if ctx.present:
        return chosen
    picked = st.radio("Rank and draw by", list(MEASURES), format_func=MEASURES.get,
                      index=list(MEASURES).index(chosen), horizontal=True,
                      key="officials_measure")
    if picked != chosen:
        if picked == "statements":
            st.query_params.pop("measure", None)
        else:
            st.query_params["measure"] = picked
    return picked


def _chart(ctx: PageContext) -> None:
    rank = _measure(ctx)
    fig = figure(charts.top_officials, "top_officials", ctx.filters,
                 args=(ctx.present, rank), rank=rank, limit=ui.rows(ctx, 20, 10))
    points = ui.chart(fig, "officials_chart", "officials_by_stance")
    ui.drill_down(points, ctx, by="speaker")


def _table(ctx: PageContext, total: int) -> None:
    st.subheader(f"All {total:,} quoted officials")
    left, right = st.columns([2, 1])
    sort = left.selectbox("Sort by", list(SORTS), format_func=SORTS.get, key="officials_sort")
    pages = max(1, math.ceil(total / PAGE_SIZE))
    number = right.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1,
                                step=1, key="officials_page")
    frame = run("officials_table", ctx.filters, sort=sort, limit=PAGE_SIZE,
                offset=(int(number) - 1) * PAGE_SIZE)
    ui.toolbar_room()
    st.dataframe(
        table_frame(frame, ctx), hide_index=True, width="stretch",
        column_config={
            "speaker": st.column_config.TextColumn("Official", width="medium"),
            "role": "Role", "country": "Country",
            "statements": st.column_config.NumberColumn("Statements",
                                                        help="How often they are quoted"),
            "articles": st.column_config.NumberColumn("Articles",
                                                      help="Articles quoting them"),
            "outlets": st.column_config.NumberColumn("Outlets", help="Outlets quoting them"),
            "tighten": "Tighten", "ease": "Ease", "neutral": "Neutral",
            "first_seen": st.column_config.TextColumn("First quoted"),
            "last_seen": st.column_config.TextColumn("Last quoted"),
            "statements_link": st.column_config.LinkColumn("Evidence",
                                                           display_text="statements →"),
        })


def render() -> None:
    ctx = context()
    ui.header("Officials", ctx, "Who is quoted, for which country and role, with what stance, "
                                "in how many articles and outlets. Click a bar for the evidence.")
    total = int(run("officials_count", ctx.filters).iloc[0]["officials"])
    if total == 0:
        ui.empty_state(ctx, "No officials are quoted under these filters.")
        return
    present.deck("officials", {"chart": lambda: _chart(ctx),
                               "table": lambda: _table(ctx, total)}, ctx.present)
