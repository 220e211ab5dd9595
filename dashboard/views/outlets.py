"""Outlets: which outlets quote the tighten voices and which the ease voices, by speaker
country, and whose voices each outlet quotes most, each number a click away from its
statements. URL filters as on every page."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import charts, nav, present, ui
from dashboard.data import figure, run
from dashboard.state import PageContext, context
from stance.gazetteer import country_name

OUTLETS_SHOWN = 12
COUNTRIES_PER_OUTLET = 8
VOICES_PER_OUTLET = 5


def _mix(ctx: PageContext) -> None:
    fig = figure(charts.outlet_mix, "outlet_stance", ctx.filters, args=(ctx.present,),
                 limit=ui.rows(ctx, OUTLETS_SHOWN, 8))
    points = ui.chart(fig, "outlets_mix", "outlets_side_by_side")
    ui.drill_down(points, ctx, by="outlet")


def _countries(ctx: PageContext) -> None:
    fig = figure(charts.outlet_countries, "outlet_countries", ctx.filters, args=(ctx.present,),
                 outlets_shown=ui.rows(ctx, OUTLETS_SHOWN, 8), limit=COUNTRIES_PER_OUTLET)
    points = ui.chart(fig, "outlets_countries", "outlets_by_country")
    ui.drill_down(points, ctx, by="outlet")


def voices_frame(frame: pd.DataFrame, ctx: PageContext) -> pd.DataFrame:
    """The voices table as shown: country names and a link to each voice's statements in
    that outlet."""
    shown = frame.copy()
    shown["country"] = [country_name(c) if isinstance(c, str) and c else ""
                        for c in shown["country"]]
    shown["link"] = [nav.href("statements", replace(ctx.filters, outlet=(o,)), q=s)
                     for o, s in zip(frame["outlet"], frame["speaker"], strict=True)]
    return shown[["outlet", "speaker", "country", "statements", "tighten", "ease", "link"]]


def _voices(ctx: PageContext) -> None:
    frame = run("outlet_voices", ctx.filters, limit=VOICES_PER_OUTLET)
    st.subheader("Whose voices each outlet quotes most")
    if frame.empty:
        st.info(ui.NO_MATCH)
        return
    st.dataframe(voices_frame(frame, ctx), hide_index=True, width="stretch",
                 height=min(38 + 35 * len(frame), 600),
                 column_config={
                     "outlet": "Outlet", "speaker": "Voice", "country": "Country",
                     "statements": st.column_config.NumberColumn("Statements"),
                     "tighten": "Tighten", "ease": "Ease",
                     "link": st.column_config.LinkColumn("Evidence",
                                                         display_text="statements →")})


def render() -> None:
    ctx = context()
    ui.header("Outlets", ctx, "Which outlets quote the voices that argue to tighten, which "
                              "those that argue to ease, from which countries. Click a bar or "
                              "a cell for its statements.")
    counts = run("outlet_stance", ctx.filters, limit=1)
    if counts.empty:
        ui.empty_state(ctx, "No statement with a known outlet matches these filters.")
        return
    present.deck("outlets", {"mix": lambda: _mix(ctx),
                             "countries": lambda: _countries(ctx),
                             "voices": lambda: _voices(ctx)}, ctx.present)
