"""Overview: headline counts, stance by country, most-quoted officials."""

from __future__ import annotations

import streamlit as st

from dashboard import charts
from dashboard.data import run
from dashboard.state import context

CHART_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def render() -> None:
    ctx = context()
    st.title("Who argues to tighten or ease sanctions?")
    counts = run("overview_counts", ctx.filters).iloc[0]
    if int(counts["statements"]) == 0:
        st.info("No statements match these filters. Clear a filter in the sidebar, or load "
                "articles on the Upload page.")
        return
    cols = st.columns(4)
    headline = [("Articles", "articles"), ("Statements", "statements"),
                ("Countries", "countries"), ("Officials", "officials")]
    for col, (label, key) in zip(cols, headline, strict=True):
        col.metric(label, f"{int(counts[key]):,}")
    st.caption(f"Tighten {int(counts['tighten']):,} · Ease {int(counts['ease']):,} · "
               f"Neutral {int(counts['neutral']):,}")
    by_country = run("stance_by_country", ctx.filters, limit=25)
    st.plotly_chart(charts.stance_by_country(by_country, ctx.present), width="stretch",
                    config=CHART_CONFIG, key="overview_stance_by_country")
    officials = run("top_officials", ctx.filters, limit=15)
    st.plotly_chart(charts.top_officials(officials, ctx.present), width="stretch",
                    config=CHART_CONFIG, key="overview_top_officials")
