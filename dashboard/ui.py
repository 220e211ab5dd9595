"""Small pieces every view shares: clickable charts, empty states, downloads, page headers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, nav, sidebar
from dashboard.data import run
from dashboard.state import PageContext
from stance.dates import sortable_date
from stance.filters import Filters

NO_MATCH = "No statements match these filters."
DRAWN_FIGURES = "_figures"  # the charts this run drew, offered to "Add this view" (views/deck)
SAMPLE_NOTICE = ("The bundled data are **sample briefs** written for this project: short "
                 "summaries of public sanctions debates, not real news articles. Load your own "
                 "articles with `python -m stance ingest` or on the Upload page.")


def md(value: object) -> str:
    """Text from the data (titles, quotes, names) safe inside markdown: markdown and HTML
    characters are escaped, so a quote cannot become a link, a heading or a tag."""
    text = str(value)
    for ch in "\\`*_[]<>#|~$":  # enough to stop links, images, tags, emphasis, maths
        text = text.replace(ch, "\\" + ch)
    return text


def rows(ctx: PageContext, normal: int, present: int = charts.PRESENT_ROWS) -> int:
    """How many bars a chart shows: fewer in presentation mode, where type is large."""
    return present if ctx.present else normal


def header(title: str, ctx: PageContext, caption: str | None = None) -> None:
    st.title(title)
    if caption and not ctx.present:
        st.caption(caption)


def chart(fig: go.Figure, key: str, filename: str, clickable: bool = True) -> list[dict]:
    """Draw a figure with the shared menu (PNG download; none on a slide); return the clicked
    points."""
    config = charts.chart_config(filename, present=st.query_params.get("present") == "1")
    st.session_state.setdefault(DRAWN_FIGURES, []).append((key, fig))
    if not clickable:
        st.plotly_chart(fig, width="stretch", config=config, key=key)
        return []
    event = st.plotly_chart(fig, width="stretch", config=config,
                            key=key, on_select="rerun", selection_mode=("points",))
    return charts.selected_points(event)


def _period_end(start: date, period: str) -> date:
    months = {"month": 1, "quarter": 3, "year": 12}.get(period, 1)
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, 1) - timedelta(days=1)


def drill_down(points: list[dict], ctx: PageContext, by: str, period: str = "month",
               to: str = "statements") -> None:
    """A clicked bar opens the Statements explorer (or page `to`) filtered to that bar.

    `by` says what the bar's customdata[0] is: country | target | outlet | period | speaker
    (an outlet cell of a heatmap also gives its country as customdata[3]); the bar's stance
    (customdata[2]) narrows the statements too."""
    if not points:
        return
    data = points[0].get("customdata") or []
    if not data:
        return
    key, stance = str(data[0]), str(data[2]) if len(data) > 2 else ""
    chosen: Filters = ctx.filters
    extra: dict[str, Any] = {}
    if stance in ("tighten", "ease", "neutral") and to == "statements":
        chosen = replace(chosen, stance=(stance,))
    if by in ("country", "target", "outlet") and key:
        chosen = replace(chosen, **{by: (key,)})
        if by == "outlet" and len(data) > 3 and data[3]:
            chosen = replace(chosen, country=(str(data[3]),))
    elif by == "period" and key:
        start = date.fromisoformat(key[:10])
        chosen = replace(chosen, date_from=start, date_to=_period_end(start, period))
    elif by == "speaker" and key:
        extra["q"] = key
    extra["present"] = "1" if ctx.present else None
    nav.go(to, chosen, **extra)


def empty_state(ctx: PageContext, message: str = NO_MATCH) -> None:
    """Nothing to show: say why and offer the ways forward."""
    if ctx.filters.is_empty():
        st.info(f"{message} The database has no statements yet: load articles with "
                "`python -m stance ingest FOLDER`, on the Upload page, or paste one on the "
                "Analyze page.")
        nav.link("analyze", "Analyze an article", icon=":material/edit_note:")
        return
    st.info(f"{message} Widen the dates or clear a filter in the sidebar.")
    st.button("Clear all filters", on_click=sidebar.clear, key="empty_clear_filters",
              icon=":material/filter_alt_off:")


def truncated(shown: int, total: int, what: str) -> None:
    if total > shown:
        st.caption(f"Showing the top {shown:,} of {total:,} {what}.")


def shown_dates(frame: pd.DataFrame, column: str, precision: str = "date_precision"
                ) -> list[str]:
    """A date column as text at each row's precision ("2018-09-27", "2018-09", "2018"): a
    speech known only by its year never shows as 1 January. Sorts as text."""
    precisions = frame[precision] if precision in frame else [None] * len(frame)
    return [sortable_date(value, kind) for value, kind in zip(frame[column], precisions,
                                                             strict=True)]


_PERIOD_WORDS = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly",
                 "year": "yearly"}


def left_out_note(filters: Filters, period: str) -> None:
    """Under a timeline: how many statements it leaves out because their date is known only
    to the year (or month), so the bars never hide them silently."""
    left = int(run("timeline_left_out", filters, period=period).iloc[0]["left_out"])
    if left:
        st.caption(f"{left:,} statement(s) dated only by their year (or month) are not in this "
                   f"{_PERIOD_WORDS.get(period, period)} view; a date range of whole years "
                   "shows them, and the yearly timeline draws them.")


def toolbar_room() -> None:
    """Room above a table for its toolbar (search, download, full screen), which appears on
    hover above the table's top-right corner: without it, it covers the page-number box."""
    st.html('<div style="height: 1.9rem"></div>')
