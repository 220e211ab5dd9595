"""Chart builders, tested through the figures they return (AppTest cannot see Plotly charts)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import charts, nav, ui
from dashboard.state import PageContext
from stance.filters import Filters


def _by_country() -> pd.DataFrame:
    return pd.DataFrame({"country": ["USA", "CHN"], "tighten": [3, 0], "ease": [0, 2],
                         "neutral": [1, 0], "total": [4, 2]})


def test_diverging_bar_puts_ease_left_and_tighten_right():
    fig = charts.stance_by_country(_by_country())
    traces = {t.name: t for t in fig.data}
    assert list(traces["Ease"].x) == [-2, 0]  # CHN first: the frame is reversed, largest on top
    assert list(traces["Tighten"].x) == [0, 3]
    assert list(traces["Ease"].y) == ["China", "United States"]


def test_every_bar_carries_iso3_count_and_stance_for_clicks():
    fig = charts.stance_by_country(_by_country())
    tighten = next(t for t in fig.data if t.name == "Tighten")
    assert [list(row) for row in tighten.customdata] == [["CHN", 0, "tighten"],
                                                         ["USA", 3, "tighten"]]
    assert fig.layout.clickmode == "event+select"


def test_stance_colours_are_the_same_in_every_chart():
    over_time = pd.DataFrame({"period": [date(2017, 1, 1)], "tighten": [1], "ease": [2],
                              "neutral": [0], "total": [3]})
    figures = [charts.stance_by_country(_by_country()),
               charts.stance_over_time(over_time),
               charts.country_comparison(_by_country()),
               charts.stance_by_target(pd.DataFrame({"target": ["PRK"], "tighten": [1],
                                                     "ease": [1], "neutral": [0],
                                                     "total": [2]}))]
    for fig in figures:
        for trace in fig.data:
            stance = trace.name.lower()
            assert trace.marker.color == charts.STANCE_COLORS[stance], (fig.layout.title, stance)
    assert charts.STANCE_COLORS["neutral"].upper() == "#8C8C8C"  # grey, not a hue


@pytest.mark.parametrize("builder", [charts.stance_by_country, charts.top_officials,
                                     charts.repeated_quotes, charts.quote_spread])
def test_empty_frames_give_a_message_not_an_error(builder):
    fig = builder(pd.DataFrame())
    assert fig.layout.annotations and "No" in fig.layout.annotations[0].text


def test_presentation_mode_has_large_type():
    fig = charts.stance_by_country(_by_country(), present=True)
    assert fig.layout.xaxis.tickfont.size >= 18
    assert fig.layout.yaxis.tickfont.size >= 18
    assert fig.layout.xaxis.title.font.size >= 18
    assert fig.layout.title.font.size > fig.layout.xaxis.tickfont.size
    assert fig.layout.height is None and fig.layout.autosize  # the screen's height (CSS)
    normal = charts.stance_by_country(_by_country())
    assert normal.layout.height >= 320
    assert normal.layout.xaxis.tickfont.size < fig.layout.xaxis.tickfont.size


def test_a_slide_on_a_phone_keeps_the_apps_type_and_the_slides_height():
    phone = charts.stance_by_country(_by_country(), present=charts.SMALL_SCREEN)
    normal = charts.stance_by_country(_by_country())
    for axis in ("xaxis", "yaxis"):
        assert phone.layout[axis].tickfont.size == normal.layout[axis].tickfont.size
    assert phone.layout.title.font.size == normal.layout.title.font.size
    assert phone.layout.height is None  # still a slide: the screen's height
    assert phone.layout.paper_bgcolor == "#FFFFFF"  # and black on white


def test_stance_over_time_stacks_the_three_stances_per_period():
    frame = pd.DataFrame({"period": [date(2017, 1, 1), date(2017, 2, 1)], "tighten": [1, 0],
                          "ease": [2, 1], "neutral": [0, 4], "total": [3, 5]})
    fig = charts.stance_over_time(frame, period="month")
    assert [t.name for t in fig.data] == ["Tighten", "Ease", "Neutral"]
    assert fig.layout.barmode == "stack"
    assert list(fig.data[1].y) == [2, 1]
    assert fig.data[0].customdata[0][0] == "2017-01-01"


def test_period_follows_the_date_span():
    assert charts.period_for(date(2017, 1, 1), date(2018, 6, 1)) == "month"
    assert charts.period_for(date(2010, 1, 1), date(2016, 1, 1)) == "quarter"
    assert charts.period_for(date(1990, 1, 1), date(2020, 1, 1)) == "year"
    assert charts.period_for(None, None) == "month"


def test_country_comparison_shows_shares_that_add_up_to_100():
    fig = charts.country_comparison(_by_country())
    usa = [next(v for y, v in zip(t.y, t.x, strict=True) if y.startswith("United States"))
           for t in fig.data]
    assert sum(usa) == pytest.approx(100)
    assert any("n=4" in y for y in fig.data[0].y)


def test_country_timelines_draw_one_row_per_country_with_one_legend():
    frame = pd.DataFrame({"country": ["CHN", "USA"], "period": [date(2017, 1, 1)] * 2,
                          "tighten": [0, 2], "ease": [1, 0], "neutral": [0, 0],
                          "total": [1, 2]})
    fig = charts.country_timelines(frame, ["CHN", "USA"])
    assert len(fig.data) == 4  # no neutral statement: no neutral bars or legend entry
    assert sum(bool(t.showlegend) for t in fig.data) == 2
    assert {a.text for a in fig.layout.annotations} == {"China", "United States"}


def test_repeated_quotes_are_shortened_and_keep_their_cluster():
    frame = pd.DataFrame({
        "cluster": ["we must keep pressure"], "quote": ["We must keep pressure " * 10],
        "articles": [3], "outlets": [2], "speakers": ["Nikki Haley"], "stance": ["tighten"]})
    fig = charts.repeated_quotes(frame)
    label = fig.data[0].y[0]
    assert label.endswith("(Nikki Haley)") and "…" in label
    assert fig.data[0].customdata[0][0] == "we must keep pressure"
    assert fig.data[0].marker.color == charts.STANCE_COLORS["tighten"]


def test_repeated_quotes_draw_the_first_rows_of_a_longer_result():
    frame = pd.DataFrame({"cluster": ["a", "b", "c"], "quote": ["A", "B", "C"],
                          "articles": [5, 4, 3], "outlets": [2, 2, 1], "speakers": ["X"] * 3,
                          "stance": ["tighten"] * 3})
    fig = charts.repeated_quotes(frame, top=2)
    assert [row[0] for row in fig.data[0].customdata] == ["b", "a"]  # the first at the top
    assert len(charts.repeated_quotes(frame).data[0].customdata) == 3


def test_chart_config_names_the_png_and_hides_the_logo():
    config = charts.chart_config("stance_by_country")
    assert config["toImageButtonOptions"] == {"format": "png", "scale": 2,
                                              "filename": "stance_by_country"}
    assert config["displaylogo"] is False
    assert "filename" not in charts.CHART_CONFIG["toImageButtonOptions"]


def test_selected_points_reads_streamlit_events():
    event = {"selection": {"points": [{"customdata": ["CHN", 2, "ease"]}], "box": []}}
    assert charts.selected_points(event) == [{"customdata": ["CHN", 2, "ease"]}]
    assert charts.selected_points({"selection": {"points": []}}) == []
    assert charts.selected_points(None) == []


def test_drill_down_filters_follow_the_clicked_bar(monkeypatch):
    opened = {}
    monkeypatch.setattr(nav, "go", lambda page, filters, **extra: opened.update(
        page=page, filters=filters, extra=extra))
    ctx = PageContext(Filters(outlet=("Wire A",)), False)
    ui.drill_down([{"customdata": ["CHN", 2, "tighten"]}], ctx, by="country")
    assert opened["page"] == "statements"
    assert opened["filters"].country == ("CHN",) and opened["filters"].stance == ("tighten",)
    assert opened["filters"].outlet == ("Wire A",)  # the other filters stay
    ui.drill_down([{"customdata": ["2017-02-01", 3, "ease"]}], ctx, by="period",
                  period="month")
    assert (opened["filters"].date_from, opened["filters"].date_to) == (date(2017, 2, 1),
                                                                        date(2017, 2, 28))
    ui.drill_down([{"customdata": ["Nikki Haley", 2, "tighten"]}], ctx, by="speaker")
    assert opened["extra"]["q"] == "Nikki Haley"


def test_the_officials_bars_measure_what_ranks_them():
    by_articles = pd.DataFrame({"speaker": ["A", "B"], "role": ["x", "y"],
                                "country": ["USA", "RUS"], "statements": [3, 9],
                                "articles": [3, 2], "outlets": [1, 1], "tighten": [1, 3],
                                "ease": [1, 3], "neutral": [1, 3]})
    fig = charts.top_officials(by_articles, rank="articles")
    assert list(fig.data[0].x) == [2, 3] and list(fig.data[0].y) == ["B (RUS)", "A (USA)"]
    assert "articles" in fig.layout.xaxis.title.text
    by_statements = by_articles.iloc[::-1].reset_index(drop=True)
    fig = charts.top_officials(by_statements)
    assert fig.layout.xaxis.title.text == "statements"
    totals = [sum(t.x[i] for t in fig.data) for i in range(2)]
    assert totals == sorted(totals)  # longest bar on top (plotly draws bottom up)


def test_stance_by_country_drops_the_neutral_column_when_there_is_no_neutral_statement():
    sides = pd.DataFrame({"country": ["CHN", "USA"], "tighten": [0, 3], "ease": [2, 1],
                          "neutral": [0, 0]})
    fig = charts.stance_by_country(sides)
    assert {t.name for t in fig.data} == {"Tighten", "Ease"}
    assert "xaxis2" not in fig.layout  # one panel: no empty neutral axis
    everything = sides.assign(neutral=[1, 4])
    assert "Neutral" in {t.name for t in charts.stance_by_country(everything).data}


def test_a_bar_that_dwarfs_the_rest_gets_a_log_axis_with_counts_written() -> None:
    """One quote in 450 articles beside quotes in 1 to 8: every bar stays visible."""
    skewed = charts.quote_spread(pd.DataFrame({"articles": [1, 2, 3, 4],
                                               "quotes": [450, 8, 2, 1]}))
    assert skewed.layout.yaxis.type == "log" and "log scale" in skewed.layout.yaxis.title.text
    assert skewed.data[0].texttemplate == "%{y}"
    even = charts.quote_spread(pd.DataFrame({"articles": [1, 2, 3], "quotes": [5, 3, 1]}))
    assert even.layout.yaxis.type is None and not even.data[0].texttemplate


def test_outlets_side_by_side_are_shares_with_counts_in_the_names():
    frame = pd.DataFrame({"outlet": ["Wire A", "Wire B"], "statements": [4, 1],
                          "articles": [2, 1], "tighten": [3, 0], "ease": [1, 1],
                          "neutral": [0, 0]})
    fig = charts.outlet_mix(frame)
    shares = {t.name: list(t.x) for t in fig.data}
    assert set(shares) == {"Tighten", "Ease"}  # no empty neutral
    assert [a + b for a, b in zip(shares["Tighten"], shares["Ease"], strict=True)] == [100, 100]
    assert list(fig.data[0].y) == ["Wire B (1)", "Wire A (4)"]  # most-quoting on top
    assert fig.data[0].customdata[1][0] == "Wire A"  # a click says which outlet


def test_outlet_country_cells_carry_what_a_click_opens():
    frame = pd.DataFrame({"outlet": ["Wire A", "Wire A", "Wire B"],
                          "country": ["USA", "CHN", "USA"], "statements": [3, 1, 2],
                          "tighten": [3, 0, 1], "ease": [0, 1, 0], "neutral": [0, 0, 1]})
    fig = charts.outlet_countries(frame)
    heat = fig.data[0]
    assert list(heat.x) == ["United States", "China"]  # most-quoted country first
    wire_a = heat.customdata[list(heat.y).index("Wire A")]
    assert [cell[0] for cell in wire_a] == ["Wire A", "Wire A"]
    assert [(cell[1], cell[3]) for cell in wire_a] == [(3, "USA"), (1, "CHN")]
    assert list(heat.text[list(heat.y).index("Wire B")]) == ["2", ""]


def test_the_outlet_grid_leaves_room_for_its_first_turned_country_name():
    # "United States", turned 30 degrees, reaches about 60 px left of its column: on a phone,
    # beside outlet names as short as these, it was cut to "d States"
    frame = pd.DataFrame({"outlet": ["AP", "AFP"], "country": ["USA", "CHN"],
                          "statements": [3, 1], "tighten": [3, 0], "ease": [0, 1],
                          "neutral": [0, 0]})
    for present in (False, True):
        fig = charts.outlet_countries(frame, present)
        assert fig.layout.xaxis.tickangle == -30
        assert fig.layout.margin.l >= 55 * fig.layout.xaxis.tickfont.size / 13
    short = charts.outlet_countries(frame.assign(country=["IRN", "CHN"]))
    assert short.layout.margin.l < 40  # a short first name keeps the narrow margin


def test_the_narrow_neutral_column_has_at_most_three_count_ticks():
    # 22% of a phone's width: "0 20 40 60 80" once ran together there
    for largest in (4, 9, 80, 2_000):
        frame = pd.DataFrame({"country": ["USA", "RUS"], "tighten": [5, 1], "ease": [1, 6],
                              "neutral": [largest, 1], "total": [6 + largest, 8]})
        axis = charts.stance_by_country(frame).layout.xaxis2
        if axis.dtick is not None:
            assert largest / axis.dtick <= 3 and float(axis.dtick).is_integer()
        else:
            assert axis.nticks == 3
        assert axis.tickformat == ",d"
