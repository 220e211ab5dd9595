"""Pure figure builders: a query's DataFrame in, a Plotly figure out (no Streamlit here).

Stance colours are the Okabe-Ito palette, safe for the common colour-vision deficiencies,
and identical in every chart: tighten vermillion, ease blue, neutral grey.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from stance.gazetteer import country_name

STANCE_COLORS = {"tighten": "#D55E00", "ease": "#0072B2", "neutral": "#8C8C8C"}
STANCE_LABELS = {"tighten": "Tighten", "ease": "Ease", "neutral": "Neutral"}
FONT_FAMILY = "Source Sans Pro, Arial, sans-serif"
PRESENT_HEIGHT = 520  # px: the least a chart takes in presentation mode (a 1280x720 projector)
PRESENT_CHROME = 250  # px of a slide that are not the chart: title, legend room, slide buttons
LARGE_SCREEN = "large"  # presentation on a screen of 1600x900 or more: chart text 30 px
SMALL_SCREEN = "small"  # presentation on a phone (under PHONE_WIDTH): chart text as in the app
PHONE_WIDTH = 700  # px: narrower screens present with the app's type and narrow margins
GRID = "rgba(128,128,128,0.25)"  # visible on the light and the dark theme
ZERO_LINE = "rgba(128,128,128,0.8)"
PRESENT_ROWS = 12  # bars per chart in presentation mode (readable from the back of a room)

# Every chart's plotly menu: PNG download at twice the size, no plotly logo.
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"],
                "toImageButtonOptions": {"format": "png", "scale": 2}}


def chart_config(filename: str, present: bool = False) -> dict:
    """CHART_CONFIG with the PNG's file name (the chart's own download button); no toolbar
    at all on a slide."""
    options = {**CHART_CONFIG["toImageButtonOptions"], "filename": filename}
    return {**CHART_CONFIG, "toImageButtonOptions": options,
            **({"displayModeBar": False} if present else {})}


def large_type(present: bool | str) -> bool:
    """Whether a chart is drawn in presentation type: a projector's, not a phone's, where
    22 px ticks would crowd the bars out of a 390 px screen."""
    return bool(present) and present != SMALL_SCREEN


def base_layout(fig: go.Figure, title: str, present: bool = False, height: int = 420) -> go.Figure:
    """Shared look: readable type (larger in presentation mode), no clutter, legend on top.

    Presentation mode: ticks and axis titles >= 20 px, titles 32 px, black on white, and no
    fixed height: the chart takes the screen's height (present.PRESENT_CSS sizes it, at least
    PRESENT_HEIGHT), so a 1920x1080 projector is filled too (at most PRESENT_ROWS bars).
    """
    large = large_type(present)
    size = 30 if present == LARGE_SCREEN else 22 if large else 14
    # a slide is black on white whatever the theme (projectors); elsewhere text takes the
    # app's light or dark theme (Streamlit's chart theme) on a transparent background
    ink = {"color": "#111111"} if present else {}
    paper = "#FFFFFF" if present else "rgba(0,0,0,0)"
    fig.update_layout(
        # the title at the very top and the legend on the plot's top edge, growing upwards:
        # on a phone the legend wraps to two lines and still clears the title
        title={"text": title, "font": {"size": size + 10 if large else 18}, "x": 0.01,
               "yref": "container", "y": 1.0, "yanchor": "top", "pad": {"t": 10}},
        font={"family": FONT_FAMILY, "size": size, **ink},
        height=None if present else height, autosize=True,
        margin={"l": 10, "r": 10, "t": 110 if large else 90, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0.0, "title": None,
                "font": {"size": size}, "traceorder": "normal"},
        plot_bgcolor=paper, paper_bgcolor=paper, bargap=0.25,
        hoverlabel={"font": {"size": size}},
    )
    axis = {"tickfont": {"size": size if large else size - 1, **ink},
            "title_font": {"size": size, **ink}, "automargin": True}
    fig.update_xaxes(gridcolor="#D9D9D9" if present else GRID, zerolinecolor=ZERO_LINE,
                     **axis)
    fig.update_yaxes(**axis)
    return fig


def empty_figure(message: str, present: bool = False) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False,
                       font={"size": 20 if large_type(present) else 15})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, "", present, height=220)


def counts_axis(fig: go.Figure, largest: float, axis: str = "x", most: int | None = None,
                **where: int) -> None:
    """A statement-count axis in whole numbers, no 0.5: a tick per count up to ten, and at most
    `most` ticks when given (a narrow column, whose labels would run together on a phone)."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    if largest <= 10:
        spacing = {"dtick": 1 if most is None else max(1, math.ceil(largest / most))}
    else:
        spacing = {} if most is None else {"nticks": most}
    update(rangemode="tozero", tickformat=",d", **spacing, **where)


def _custom(data: pd.DataFrame, key: str, stance: str, *extra: str,
            count: str | None = None) -> list[list]:
    """customdata rows [key, count, stance, *extra]: a clicked bar says what it stands for
    (the count column defaults to the stance's own column)."""
    columns = [key, count or stance, *extra]
    rows = data[columns].astype(object).where(data[columns].notna(), "").values.tolist()
    return [[row[0], row[1], stance, *row[2:]] for row in rows]


def selected_points(event: object) -> list[dict]:
    """The points of a Streamlit plotly selection event (empty when nothing is selected)."""
    selection = getattr(event, "selection", None) or (
        event.get("selection") if isinstance(event, dict) else None)
    if not selection:
        return []
    points = selection.get("points") if isinstance(selection, dict) else getattr(
        selection, "points", None)
    return list(points or [])


def stance_by_country(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Diverging bar: ease to the left, tighten to the right, neutral in its own column.

    customdata of every bar: [ISO3, count, stance] (a click filters the statements)."""
    if frame.empty:
        return empty_figure("No statements match these filters.", present)
    data = frame.iloc[::-1]  # largest on top
    names = [country_name(c) for c in data["country"]]
    neutral = "neutral" in _shown_stances(data)  # "sides only": no empty neutral column
    fig = make_subplots(rows=1, cols=2 if neutral else 1, shared_yaxes=True,
                        column_widths=[0.78, 0.22] if neutral else None,
                        horizontal_spacing=0.03)
    parts = (("ease", -1, 1), ("tighten", 1, 1), *((("neutral", 1, 2),) if neutral else ()))
    for stance, sign, col in parts:
        fig.add_trace(go.Bar(
            y=names, x=sign * data[stance], orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance], customdata=_custom(data, "country", stance),
            hovertemplate="%{y}: %{customdata[1]} " + stance + "<extra></extra>"), 1, col)
    fig.update_layout(barmode="relative", clickmode="event+select")
    limit = max(int(data["ease"].max()), int(data["tighten"].max()), 1)
    fig.update_xaxes(range=[-limit * 1.1, limit * 1.1], row=1, col=1,
                     title_text="← ease     statements     tighten →")
    if neutral:
        fig.update_xaxes(title_text="neutral", row=1, col=2)
        counts_axis(fig, float(data["neutral"].max()), most=3, row=1, col=2)
    ticks = _symmetric_ticks(limit)
    fig.update_xaxes(tickvals=ticks, ticktext=[str(abs(t)) for t in ticks], row=1, col=1)
    height = 160 + 28 * len(data)
    return base_layout(fig, "Stance by speaker country", present, height=max(height, 320))


def _shown_stances(frame: pd.DataFrame) -> tuple[str, ...]:
    """The stances with any statement in `frame` (with "sides only" on, neutral has none and
    gets no bars, legend entry or column)."""
    shown = tuple(s for s in ("tighten", "ease", "neutral") if s in frame and frame[s].sum() > 0)
    return shown or ("tighten", "ease", "neutral")


def _symmetric_ticks(limit: int) -> list[int]:
    step = max(1, round(limit / 4))
    return [t for t in range(-limit, limit + 1, step)] if limit < 8 else [
        -limit, -(limit // 2), 0, limit // 2, limit]


def _speaker_bars(frame: pd.DataFrame, title: str, present: bool, empty: str,
                  axis: str = "statements") -> go.Figure:
    """Speakers stacked by stance, in the frame's order (`axis` can say what it is);
    customdata [speaker, count, stance, role, articles]."""
    if frame.empty:
        return empty_figure(empty, present)
    data = frame.iloc[::-1]
    pairs = zip(data["speaker"], data["country"], strict=True)
    labels = [f"{s} ({c})" if isinstance(c, str) and c else s for s, c in pairs]
    fig = go.Figure()
    for stance in _shown_stances(data):
        fig.add_trace(go.Bar(
            y=labels, x=data[stance], orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance],
            customdata=_custom(data, "speaker", stance, "role", "articles"),
            hovertemplate="%{customdata[0]}, %{customdata[3]}<br>%{x} " + stance
                          + " · %{customdata[4]} article(s)<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select")
    fig.update_xaxes(title_text=axis)
    counts_axis(fig, float(data[list(_shown_stances(data))].sum(axis=1).max()))
    return base_layout(fig, title, present, height=max(160 + 28 * len(data), 320))


def top_officials(frame: pd.DataFrame, present: bool = False,
                  rank: str = "statements") -> go.Figure:
    """Most-quoted people. By statements: bars of statements stacked by stance. By articles:
    bars of articles (so length and order measure the same thing), hover with the stance mix."""
    title = "Most-quoted officials"
    empty = "No officials are quoted under these filters."
    if rank != "articles" or frame.empty:
        return _speaker_bars(frame, title, present, empty, axis="statements")
    data = frame.iloc[::-1]
    pairs = zip(data["speaker"], data["country"], strict=True)
    labels = [f"{s} ({c})" if isinstance(c, str) and c else s for s, c in pairs]
    fig = go.Figure(go.Bar(
        y=labels, x=data["articles"], orientation="h", name="articles",
        marker_color="#7F7F7F", customdata=_custom(data, "speaker", "neutral", "role",
                                                   "tighten", "ease", count="articles"),
        hovertemplate="%{customdata[0]}, %{customdata[3]}<br>in %{x} article(s): "
                      "%{customdata[4]} tighten, %{customdata[5]} ease<extra></extra>"))
    fig.update_layout(clickmode="event+select", showlegend=False)
    fig.update_xaxes(title_text="articles that quote them")
    counts_axis(fig, float(data["articles"].max()))
    return base_layout(fig, title, present, height=max(160 + 28 * len(data), 320))


def top_speakers(frame: pd.DataFrame, title: str, present: bool = False) -> go.Figure:
    """Who speaks (people, governments, organisations), stacked by stance."""
    return _speaker_bars(frame, title, present, "Nobody is quoted under these filters.")


def stance_over_time(frame: pd.DataFrame, present: bool = False, period: str = "month",
                     title: str = "Stance over time") -> go.Figure:
    """Stacked bars per period: tighten at the bottom, ease above it, neutral on top.

    customdata [period start (ISO date), count, stance]."""
    if frame.empty:
        return empty_figure("No dated statements match these filters.", present)
    data = frame.copy()
    data["period_iso"] = pd.to_datetime(data["period"]).dt.strftime("%Y-%m-%d")
    fig = go.Figure()
    for stance in _shown_stances(data):
        fig.add_trace(go.Bar(
            x=pd.to_datetime(data["period"]), y=data[stance], name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance], customdata=_custom(data, "period_iso", stance),
            hovertemplate="%{x|" + _PERIOD_FORMAT.get(period, "%b %Y") + "}: %{y} " + stance
                          + "<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select", bargap=0.15)
    fig.update_yaxes(title_text="statements", gridcolor=GRID)
    counts_axis(fig, float(data["total"].max() if "total" in data else
                           data[list(_shown_stances(data))].sum(axis=1).max()), "y")
    # dates at the period's precision, one tick per period when there are few (a single
    # month is "Jan 2022", never "00:00:00 Jan 1, 2022")
    fig.update_xaxes(title_text=period, tickformat=_PERIOD_FORMAT.get(period, "%b %Y"),
                     **({"dtick": _PERIOD_DTICK[period], "tick0": data["period_iso"].min()}
                        if period in _PERIOD_DTICK and len(data) <= 12 else {}))
    return base_layout(fig, title, present, height=380)


_PERIOD_FORMAT = {"month": "%b %Y", "quarter": "%b %Y", "year": "%Y"}
_PERIOD_DTICK = {"month": "M1", "quarter": "M3", "year": "M12"}


def period_for(first: object, last: object) -> str:
    """A timeline granularity that gives a readable number of bars for the date span."""
    try:
        days = (pd.Timestamp(last) - pd.Timestamp(first)).days
    except (TypeError, ValueError):
        return "month"
    if days != days or days <= 3 * 366:  # NaN or up to three years
        return "month"
    return "quarter" if days <= 8 * 366 else "year"


def stance_by_target(frame: pd.DataFrame, present: bool = False,
                     title: str = "Whose sanctions they talk about") -> go.Figure:
    """Statements per sanctioned target, stacked by stance; customdata [ISO3, count, stance]."""
    if frame.empty:
        return empty_figure("No statements match these filters.", present)
    data = frame.iloc[::-1].copy()
    names = [country_name(t) if t else "No target named" for t in data["target"]]
    fig = go.Figure()
    for stance in _shown_stances(data):
        fig.add_trace(go.Bar(
            y=names, x=data[stance], orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance], customdata=_custom(data, "target", stance),
            hovertemplate="%{y}: %{x} " + stance + "<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select")
    fig.update_xaxes(title_text="statements")
    counts_axis(fig, float(data[list(_shown_stances(data))].sum(axis=1).max()))
    return base_layout(fig, title, present, height=max(140 + 30 * len(data), 280))


def country_comparison(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Countries side by side: the share of each stance in their statements (100% bars),
    with the number of statements in the label; customdata [ISO3, count, stance]."""
    if frame.empty:
        return empty_figure("Pick countries to compare.", present)
    data = frame.iloc[::-1].copy()
    total = data[["tighten", "ease", "neutral"]].sum(axis=1).clip(lower=1)
    names = [f"{country_name(c)} (n={int(n)})" for c, n in zip(data["country"], total,
                                                               strict=True)]
    fig = go.Figure()
    for stance in _shown_stances(data):
        share = (100 * data[stance] / total).round(1)
        fig.add_trace(go.Bar(
            y=names, x=share, orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance], customdata=_custom(data, "country", stance),
            text=[f"{v:.0f}%" if v >= 8 else "" for v in share], textposition="inside",
            insidetextfont={"color": "#FFFFFF"},
            hovertemplate="%{y}: %{customdata[1]} " + stance + " (%{x}%)<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select")
    fig.update_xaxes(title_text="share of the country's statements (%)", range=[0, 101],
                     tickvals=[0, 25, 50, 75, 100])
    return base_layout(fig, "Countries compared: stance mix", present,
                       height=max(160 + 44 * len(data), 280))


def country_timelines(frame: pd.DataFrame, countries: list[str], present: bool = False,
                      period: str = "month") -> go.Figure:
    """One row of stacked stance bars per country, on a shared time axis."""
    if frame.empty or not countries:
        return empty_figure("No dated statements for these countries.", present)
    rows = len(countries)
    fig = make_subplots(rows=rows, cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        subplot_titles=[country_name(c) for c in countries])
    for row, country in enumerate(countries, start=1):
        data = frame[frame["country"] == country]
        for stance in _shown_stances(frame):
            fig.add_trace(go.Bar(
                x=pd.to_datetime(data["period"]), y=data[stance], name=STANCE_LABELS[stance],
                marker_color=STANCE_COLORS[stance], legendgroup=stance, showlegend=row == 1,
                hovertemplate=country_name(country) + " %{x|"
                              + _PERIOD_FORMAT.get(period, "%b %Y") + "}: %{y} " + stance
                              + "<extra></extra>"), row, 1)
    fig.update_layout(barmode="stack", bargap=0.15)
    fig.update_xaxes(tickformat=_PERIOD_FORMAT.get(period, "%b %Y"))
    counts_axis(fig, float(frame[list(_shown_stances(frame))].sum(axis=1).max()), "y")
    fig = base_layout(fig, "Countries compared over time", present, height=150 + 170 * rows)
    # the legend under the charts: above them it would cover the first country's name
    fig.update_layout(legend={"y": -0.04, "yanchor": "top"}, margin={"b": 60})
    fig.update_annotations(font={"size": 24 if large_type(present) else 15})
    return fig


SKEW = 20  # the largest bar this many times the smallest: a log axis, or the rest vanish


def fit_skewed_axis(fig: go.Figure, values: pd.Series, axis: str, title: str) -> bool:
    """A log axis (said in its title) when one bar dwarfs the others, with every bar's count
    written on it; returns whether it did."""
    counts = [float(v) for v in values if float(v) > 0]
    if not counts or max(counts) < SKEW * min(counts):
        return False
    fig.update_traces(texttemplate="%{" + ("y" if axis == "y" else "x") + "}",
                      textposition="outside", cliponaxis=False)
    update = fig.update_yaxes if axis == "y" else fig.update_xaxes
    # ticks at powers of ten only: the counts are written on the bars
    update(type="log", title_text=f"{title} (log scale: one bar dwarfs the rest)", dtick=1)
    return True


def _two_lines(text: str, width: int = 40) -> str:
    """`text` broken at a space into at most two lines of about `width` characters."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width + 1)
    cut = cut if cut > 0 else width
    return text[:cut].rstrip() + "<br>" + text[cut:].strip()


def _short(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def repeated_quotes(frame: pd.DataFrame, present: bool = False,
                    top: int | None = None) -> go.Figure:
    """The most-repeated quotes: how many articles carry each, coloured by stance; only the
    first `top` rows when given (the Quotes page draws the head of its table's result, so one
    run of the query serves both).

    customdata [cluster, articles, stance, outlets, speakers, quote]."""
    if frame.empty:
        return empty_figure("No direct quotes match these filters.", present)
    data = frame.iloc[:top].iloc[::-1].copy()
    line = 32 if large_type(present) else 40
    # two short lines each, so a phone's narrow chart still shows every label whole
    labels = []
    for quote, speakers in zip(data["quote"], data["speakers"], strict=True):
        who = f" ({speakers.split(';')[0]})" if isinstance(speakers, str) and speakers else ""
        room = max(2 * line - len(who) - 4, 20)
        labels.append(_two_lines(f"“{_short(quote, room)}”{who}", line))
    fig = go.Figure()
    for stance in ("tighten", "ease", "neutral"):
        part = data[data["stance"] == stance]
        if part.empty:
            continue
        idx = [i for i, v in enumerate(data["stance"]) if v == stance]
        fig.add_trace(go.Bar(
            y=[labels[i] for i in idx], x=part["articles"], orientation="h",
            name=STANCE_LABELS[stance], marker_color=STANCE_COLORS[stance],
            customdata=_custom(part, "cluster", stance, "outlets", "speakers", "quote",
                               count="articles"),
            hovertemplate="%{customdata[5]}<br>%{customdata[4]}<br>%{x} article(s), "
                          "%{customdata[3]} outlet(s)<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select")
    fig.update_yaxes(categoryorder="array", categoryarray=labels)
    fig.update_xaxes(title_text="articles that carry the quote", dtick=1 if int(
        data["articles"].max()) <= 10 else None)
    fit_skewed_axis(fig, data["articles"], "x", "articles that carry the quote")
    return base_layout(fig, "Most-repeated quotes", present,
                       height=max(160 + 44 * len(data), 320))


def quote_spread(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """How far quotes travel: the number of quotes carried by 1, 2, 3 ... articles."""
    if frame.empty:
        return empty_figure("No direct quotes match these filters.", present)
    labels = [f"{int(a)}+" if int(a) >= 10 else str(int(a)) for a in frame["articles"]]
    fig = go.Figure(go.Bar(x=labels, y=frame["quotes"], marker_color="#7F7F7F",
                           hovertemplate="%{y} quote(s) in %{x} article(s)<extra></extra>"))
    fig.update_xaxes(title_text="articles carrying the quote", type="category")
    fig.update_yaxes(title_text="quotes", gridcolor=GRID)
    counts_axis(fig, float(frame["quotes"].max()), "y")
    fit_skewed_axis(fig, frame["quotes"], "y", "quotes")
    return base_layout(fig, "How far quotes travel", present, height=340)


def outlet_mix(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Outlets side by side: the share of each one's quoted statements per stance (100% bars,
    the count beside its name); customdata [outlet, count, stance, share]."""
    if frame.empty:
        return empty_figure("No outlet quotes anyone under these filters.", present)
    data = frame.iloc[::-1].copy()
    shown = _shown_stances(data)
    total = data[list(shown)].sum(axis=1).clip(lower=1)
    labels = [f"{o} ({int(n):,})" for o, n in zip(data["outlet"], data["statements"],
                                                   strict=True)]
    fig = go.Figure()
    for stance in shown:
        part = data.assign(share=(100 * data[stance] / total).round(1))
        fig.add_trace(go.Bar(
            y=labels, x=part["share"], orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance],
            customdata=_custom(part, "outlet", stance, "share"),
            hovertemplate="%{customdata[0]}: %{customdata[1]} " + stance
                          + " (%{x}%)<extra></extra>"))
    fig.update_layout(barmode="stack", clickmode="event+select")
    fig.update_xaxes(title_text="share of its statements (%)",
                     range=[0, 101], tickvals=[0, 25, 50, 75, 100])
    return base_layout(fig, "Outlets side by side", present,
                       height=max(160 + 34 * len(data), 300))


OUTLET_COUNTRIES = 10  # columns of the outlet x country grid: the most-quoted countries
TURNED_TICKS = 30  # degrees the grid's country names are turned, so that ten fit side by side
CHARACTER_EM = 0.6  # a character's mean width in ems (the app's sans-serif fonts)


def outlet_countries(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Statements per outlet (rows) and speaker country (columns), the count in each cell;
    customdata [outlet, count, "", country]: a click opens those statements."""
    if frame.empty:
        return empty_figure("No outlet quotes a country's speakers under these filters.",
                            present)
    # the most-quoting outlet on top (plotly draws rows bottom up)
    outlets = list(frame.groupby("outlet")["statements"].sum().sort_values(kind="stable").index)
    countries = list(frame.groupby("country")["statements"].sum()
                     .sort_values(ascending=False).index)[:OUTLET_COUNTRIES]
    cells = frame.set_index(["outlet", "country"])
    z, text, custom = [], [], []
    for outlet in outlets:
        row_z, row_text, row_custom = [], [], []
        for country in countries:
            found = (outlet, country) in cells.index
            count = int(cells.loc[(outlet, country), "statements"]) if found else 0
            mix = cells.loc[(outlet, country)] if found else None
            row_z.append(count or None)
            row_text.append(str(count) if count else "")
            row_custom.append([outlet, count, "", country,
                               int(mix["tighten"]) if found else 0,
                               int(mix["ease"]) if found else 0])
        z.append(row_z)
        text.append(row_text)
        custom.append(row_custom)
    fig = go.Figure(go.Heatmap(
        z=z, x=[country_name(c) for c in countries], y=outlets, text=text,
        texttemplate="%{text}", customdata=custom, colorscale="Greys", showscale=False,
        xgap=2, ygap=2, zmin=0,
        hovertemplate="%{y} quoting %{x}: %{customdata[1]} statement(s), "
                      "%{customdata[4]} tighten, %{customdata[5]} ease<extra></extra>"))
    fig.update_layout(clickmode="event+select")
    fig.update_xaxes(tickangle=-TURNED_TICKS)
    fig = base_layout(fig, "Countries each outlet quotes", present,
                      height=max(200 + 40 * len(outlets), 320))
    return _room_left_of(fig, country_name(countries[0]))


def _room_left_of(fig: go.Figure, first_tick: str) -> go.Figure:
    """A left margin that holds the first x label, turned: it reaches left of its column,
    past short outlet names, and a phone's screen cut it ("d States" for United States)."""
    size = fig.layout.xaxis.tickfont.size
    reach = len(first_tick) * CHARACTER_EM * size * math.cos(math.radians(TURNED_TICKS))
    fig.update_layout(margin_l=max(fig.layout.margin.l or 0, math.ceil(reach)))
    return fig
