"""Overview: headline counts, stance by country, stance over time, most-quoted officials.

Clicking a bar opens the Statements explorer filtered to it (a country's tighten bar ->
/statements?country=X&stance=tighten).
"""

from __future__ import annotations

import streamlit as st

from dashboard import charts, present, ui
from dashboard.data import figure, run
from dashboard.state import PageContext, context

CLICK_HINT = "Click a bar to see its statements."


def _counts(counts, ctx: PageContext) -> None:
    cols = st.columns(4)
    headline = [("Articles", "articles"), ("Statements", "statements"),
                ("Countries", "countries"), ("Officials", "officials")]
    for col, (label, key) in zip(cols, headline, strict=True):
        col.metric(label, f"{int(counts[key]):,}")
    st.caption(f"Tighten {int(counts['tighten']):,} · Ease {int(counts['ease']):,} · "
               f"Neutral {int(counts['neutral']):,}")


def _by_country(ctx: PageContext) -> None:
    fig = figure(charts.stance_by_country, "stance_by_country", ctx.filters,
                 args=(ctx.present,), limit=ui.rows(ctx, 25))
    points = ui.chart(fig, "overview_stance_by_country", "stance_by_country")
    ui.drill_down(points, ctx, by="country")


def _over_time(ctx: PageContext) -> None:
    bounds = run("date_range").iloc[0]
    first = ctx.filters.date_from or bounds["first"]
    last = ctx.filters.date_to or bounds["last"]
    period = charts.period_for(first, last)
    fig = figure(charts.stance_over_time, "stance_over_time", ctx.filters,
                 args=(ctx.present, period), period=period, limit=600)
    points = ui.chart(fig, "overview_stance_over_time", "stance_over_time")
    ui.left_out_note(ctx.filters, period)
    ui.drill_down(points, ctx, by="period", period=period)


def _officials(ctx: PageContext) -> None:
    fig = figure(charts.top_officials, "top_officials", ctx.filters, args=(ctx.present,),
                 rank="statements",
                 limit=ui.rows(ctx, 15, 10))
    points = ui.chart(fig, "overview_top_officials", "top_officials")
    ui.drill_down(points, ctx, by="speaker")


def render() -> None:
    ctx = context()
    st.title("Who argues to tighten or ease sanctions?")
    counts = run("overview_counts", ctx.filters).iloc[0]
    if int(counts["statements"]) == 0:
        ui.empty_state(ctx)
        return
    if not ctx.present:
        datasets = run("datasets")
        shown = set(ctx.filters.dataset) or set(datasets.loc[~datasets["hidden"], "dataset"])
        if shown == {"sample"}:  # only while the sample briefs are all there is to see
            st.info(ui.SAMPLE_NOTICE, icon=":material/info:")
        st.caption(CLICK_HINT)
    present.deck("overview", {"counts": lambda: _counts(counts, ctx),
                              "by_country": lambda: _by_country(ctx),
                              "over_time": lambda: _over_time(ctx),
                              "officials": lambda: _officials(ctx)}, ctx.present)
