"""Countries: one country's statements by stance and target over time, who speaks for it,
and two or more countries side by side.

The countries shown are the sidebar's "Speaker country" filter (so `/countries?country=CHN,RUS`
reopens a comparison); the picker on the page edits that same filter.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, present, ui
from dashboard.data import figure, run
from dashboard.present import Drawer
from dashboard.state import PageContext, context
from stance.dates import format_date
from stance.gazetteer import country_name

MAX_COMPARED = 6
RANKED = 12  # countries in the comparison shown before any is picked
PROFILED = 300  # countries whose profile the page reads (the picker's options)


def _apply_pick(key: str) -> None:
    """Picker callback: the page's choice becomes the sidebar's country filter."""
    st.session_state["filter_country"] = list(st.session_state.get(key) or [])


def _picker(ranking: pd.DataFrame, picked: list[str]) -> None:
    options = list(dict.fromkeys([*picked, *ranking["country"]]))
    key = "countries_pick_" + "_".join(picked)  # a new widget whenever the filter changes
    st.multiselect("Countries: pick one to profile, two or more to compare", options,
                   default=picked, key=key, on_change=_apply_pick, args=(key,),
                   format_func=lambda c: f"{country_name(c)} ({c})", max_selections=12,
                   placeholder="Choose countries")


def _period(ctx: PageContext) -> str:
    bounds = run("date_range").iloc[0]
    return charts.period_for(ctx.filters.date_from or bounds["first"],
                             ctx.filters.date_to or bounds["last"])


def _metrics(row: pd.Series, container=st) -> None:
    cols = container.columns(4)
    for col, (label, key) in zip(cols, [("Statements", "statements"), ("Articles", "articles"),
                                        ("Officials", "officials"), ("Outlets", "outlets")],
                                 strict=True):
        col.metric(label, f"{int(row[key]):,}")


def _speakers_table(frame: pd.DataFrame, container=st) -> None:
    shown = frame[["speaker", "role", "statements", "tighten", "ease", "neutral"]].copy()
    shown["role"] = shown["role"].fillna("")
    container.dataframe(shown, hide_index=True, width="stretch",
                        column_config={"speaker": "Speaker", "role": "Role",
                                       "statements": st.column_config.NumberColumn("Statements"),
                                       "tighten": "Tighten", "ease": "Ease",
                                       "neutral": "Neutral"})


def _with_filters(ctx: PageContext, filters) -> PageContext:
    return PageContext(filters, ctx.present)


def _profile(country: str, profile: pd.DataFrame, ctx: PageContext) -> dict[str, Drawer]:
    """The slides of one country (deck "country"): numbers, timeline, targets, speakers."""
    only = replace(ctx.filters, country=(country,))
    name = country_name(country)
    period = _period(ctx)

    def numbers() -> None:
        row = profile.set_index("country").loc[country]
        st.subheader(ui.md(f"{name} ({country})"))
        _metrics(row)
        first, last = row["first_seen"], row["last_seen"]
        if pd.notna(first):
            st.caption(f"Quoted from {format_date(first, row['first_precision'])} to "
                       f"{format_date(last, row['last_precision'])}; most often about "
                       f"{country_name(row['main_target']) if row['main_target'] else '—'}.")

    def timeline() -> None:
        chosen, about = only, ""
        if not ctx.present:
            targets = [t for t in run("stance_by_target", only, limit=15)["target"] if t]
            target = st.columns([1, 2])[0].selectbox(
                "Sanctions on", [None, *targets], key=f"country_on_{country}",
                format_func=lambda t: "every target" if t is None else country_name(t))
            if target:
                chosen, about = replace(only, target=(target,)), f" on {country_name(target)}"
        fig = figure(charts.stance_over_time, "stance_over_time", chosen,
                     args=(ctx.present, period, f"{name}: stance over time{about}"),
                     period=period, limit=600)
        points = ui.chart(fig, f"country_time_{country}", f"{country}_stance_over_time")
        ui.left_out_note(chosen, period)
        ui.drill_down(points, _with_filters(ctx, chosen), by="period", period=period)

    def targets() -> None:
        fig = figure(charts.stance_by_target, "stance_by_target", only,
                     args=(ctx.present, f"{name}: whose sanctions it talks about"),
                     limit=ui.rows(ctx, 15, 10))
        points = ui.chart(fig, f"country_targets_{country}", f"{country}_targets")
        ui.drill_down(points, _with_filters(ctx, only), by="target")

    def speakers() -> None:
        fig = figure(charts.top_speakers, "top_speakers", only,
                     args=(f"Who speaks for {name}", ctx.present), limit=ui.rows(ctx, 15, 10))
        points = ui.chart(fig, f"country_speakers_{country}", f"{country}_speakers")
        ui.drill_down(points, _with_filters(ctx, only), by="speaker")

    return {"numbers": numbers, "timeline": timeline, "targets": targets, "speakers": speakers}


def _compared(profile: pd.DataFrame, countries: list[str]) -> pd.DataFrame:
    """The profiles of the countries compared, in the order picked (those with statements)."""
    return profile.set_index("country").reindex(countries).dropna(subset=["statements"])


def _mix_figure(profile: pd.DataFrame, countries: list[str], present: bool) -> go.Figure:
    """The stance mix of the countries compared (a builder for data.figure)."""
    return charts.country_comparison(_compared(profile, countries).reset_index(), present)


def _ranking_figure(profile: pd.DataFrame, present: bool) -> go.Figure:
    """The most vocal countries, shown until one is picked (a builder for data.figure)."""
    return charts.country_comparison(profile.head(RANKED), present)


def _comparison(countries: list[str], profile: pd.DataFrame, ctx: PageContext
                ) -> dict[str, Drawer]:
    """The slides comparing countries (deck "countries_compared"): stance mix, timelines, and
    columns side by side."""
    chosen = replace(ctx.filters, country=tuple(countries))
    everyone = replace(ctx.filters, country=())
    period = _period(ctx)
    rows = _compared(profile, countries)

    def mix() -> None:
        fig = figure(_mix_figure, "country_profile", everyone, args=(countries, ctx.present),
                     limit=PROFILED)
        points = ui.chart(fig, "countries_mix", "countries_compared")
        ui.drill_down(points, ctx, by="country")

    def timelines() -> None:
        fig = figure(charts.country_timelines, "country_over_time", chosen,
                     args=(list(rows.index), ctx.present, period), period=period, limit=5000)
        ui.chart(fig, "countries_timelines", "countries_over_time", clickable=False)
        ui.left_out_note(chosen, period)

    def side_by_side() -> None:
        st.subheader("Side by side")
        columns = st.columns(len(rows.index))
        for col, country in zip(columns, rows.index, strict=True):
            col.markdown(f"#### {ui.md(country_name(country))}")
            row = rows.loc[country]
            col.metric("Statements", f"{int(row['statements']):,}")
            total = max(int(row["statements"]), 1)
            col.markdown(" · ".join(f"{label} **{100 * int(row[s]) / total:.0f}%**"
                                    for s, label in charts.STANCE_LABELS.items()))
            col.caption(f"{int(row['officials'])} official(s) in {int(row['articles'])} "
                        f"article(s) from {int(row['outlets'])} outlet(s)")
            speakers = run("top_speakers", replace(ctx.filters, country=(country,)), limit=8)
            _speakers_table(speakers, col)

    return {"mix": mix, "timelines": timelines, "side_by_side": side_by_side}


def render() -> None:
    ctx = context()
    ui.header("Countries", ctx, "What each country says about sanctions, through whom, "
                                "and how countries compare.")
    everyone = replace(ctx.filters, country=())
    ranking = run("country_profile", everyone, limit=PROFILED)
    if ranking.empty:
        ui.empty_state(ctx)
        return
    picked = [c for c in ctx.filters.country]
    if not ctx.present:
        _picker(ranking, picked)
    known = [c for c in picked if c in set(ranking["country"])]
    if not known:
        if picked:
            st.info("None of the chosen countries has statements under these filters.")
        else:
            st.caption("Pick countries above (or in the sidebar). Meanwhile, the most "
                       "vocal countries:")
        fig = figure(_ranking_figure, "country_profile", everyone, args=(ctx.present,),
                     limit=PROFILED)
        points = ui.chart(fig, "countries_ranking", "countries_ranking")
        ui.drill_down(points, ctx, by="country", to="countries")
        return
    if len(known) == 1:
        present.deck("country", _profile(known[0], ranking, ctx), ctx.present,
                     name=country_name(known[0]))
        return
    if len(known) > MAX_COMPARED:
        st.caption(f"Comparing the first {MAX_COMPARED} of {len(known)} countries.")
        known = known[:MAX_COMPARED]
    present.deck("countries_compared", _comparison(known, ranking, ctx), ctx.present)
