"""Pure figure builders: a query's DataFrame in, a Plotly figure out (no Streamlit here).

Stance colours are the Okabe-Ito palette, safe for the common colour-vision deficiencies,
and identical in every chart: tighten vermillion, ease blue, neutral grey.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from stance.countries import country_name

STANCE_COLORS = {"tighten": "#D55E00", "ease": "#0072B2", "neutral": "#8C8C8C"}
STANCE_LABELS = {"tighten": "Tighten", "ease": "Ease", "neutral": "Neutral"}
FONT_FAMILY = "Source Sans Pro, Arial, sans-serif"


def base_layout(fig: go.Figure, title: str, present: bool = False, height: int = 420) -> go.Figure:
    """Shared look: readable type (larger in presentation mode), no clutter, legend on top."""
    size = 22 if present else 14
    fig.update_layout(
        title={"text": title, "font": {"size": size + (8 if present else 4)}, "x": 0.01},
        font={"family": FONT_FAMILY, "size": size, "color": "#111111"},
        height=int(height * (1.35 if present else 1)),
        margin={"l": 10, "r": 10, "t": 70 if present else 60, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0.0, "title": None},
        plot_bgcolor="#FFFFFF", paper_bgcolor="#FFFFFF", bargap=0.25,
    )
    fig.update_xaxes(tickfont={"size": size + (0 if present else -1)}, gridcolor="#E5E5E5",
                     zerolinecolor="#444444", automargin=True)
    fig.update_yaxes(tickfont={"size": size + (0 if present else -1)}, automargin=True)
    return fig


def empty_figure(message: str, present: bool = False) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 20 if present else 15})
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return base_layout(fig, "", present, height=220)


def stance_by_country(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Diverging bar: ease to the left, tighten to the right, neutral in its own column."""
    if frame.empty:
        return empty_figure("No statements match these filters.", present)
    data = frame.iloc[::-1]  # largest on top
    names = [country_name(c) for c in data["country"]]
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.78, 0.22],
                        horizontal_spacing=0.03)
    fig.add_trace(go.Bar(y=names, x=-data["ease"], orientation="h", name="Ease",
                         marker_color=STANCE_COLORS["ease"], customdata=data[["country", "ease"]],
                         hovertemplate="%{y}: %{customdata[1]} ease<extra></extra>"), 1, 1)
    fig.add_trace(go.Bar(y=names, x=data["tighten"], orientation="h", name="Tighten",
                         marker_color=STANCE_COLORS["tighten"],
                         customdata=data[["country", "tighten"]],
                         hovertemplate="%{y}: %{customdata[1]} tighten<extra></extra>"), 1, 1)
    fig.add_trace(go.Bar(y=names, x=data["neutral"], orientation="h", name="Neutral",
                         marker_color=STANCE_COLORS["neutral"],
                         customdata=data[["country", "neutral"]],
                         hovertemplate="%{y}: %{customdata[1]} neutral<extra></extra>"), 1, 2)
    fig.update_layout(barmode="relative")
    limit = max(int(data["ease"].max()), int(data["tighten"].max()), 1)
    fig.update_xaxes(range=[-limit * 1.1, limit * 1.1], row=1, col=1,
                     title_text="← ease     statements     tighten →")
    fig.update_xaxes(title_text="neutral", row=1, col=2)
    ticks = _symmetric_ticks(limit)
    fig.update_xaxes(tickvals=ticks, ticktext=[str(abs(t)) for t in ticks], row=1, col=1)
    height = 160 + 28 * len(data)
    return base_layout(fig, "Stance by speaker country", present, height=max(height, 320))


def _symmetric_ticks(limit: int) -> list[int]:
    step = max(1, round(limit / 4))
    return [t for t in range(-limit, limit + 1, step)] if limit < 8 else [
        -limit, -limit // 2, 0, limit // 2, limit]


def top_officials(frame: pd.DataFrame, present: bool = False) -> go.Figure:
    """Most-quoted people, stacked by stance; hover shows role, country and article count."""
    if frame.empty:
        return empty_figure("No officials are quoted under these filters.", present)
    data = frame.iloc[::-1]
    pairs = zip(data["speaker"], data["country"], strict=True)
    labels = [f"{s} ({c})" if c else s for s, c in pairs]
    fig = go.Figure()
    for stance in ("tighten", "ease", "neutral"):
        fig.add_trace(go.Bar(
            y=labels, x=data[stance], orientation="h", name=STANCE_LABELS[stance],
            marker_color=STANCE_COLORS[stance],
            customdata=data[["speaker", "role", "articles"]].fillna(""),
            hovertemplate="%{customdata[0]}, %{customdata[1]}<br>%{x} " + stance
                          + " · %{customdata[2]} article(s)<extra></extra>"))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title_text="statements")
    return base_layout(fig, "Most-quoted officials", present,
                       height=max(160 + 28 * len(data), 320))
