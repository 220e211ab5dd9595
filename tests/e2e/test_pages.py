"""Every dashboard page in real Chromium against the real app on the sample data."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from urllib.parse import parse_qs, urlparse

import pytest

from bench.browser import browser_page, error_texts, wait_for_app

pytestmark = pytest.mark.browser

PAGES = ["/", "/countries", "/countries?country=USA,CHN", "/officials", "/outlets", "/quotes",
         "/statements", "/article", "/analyze", "/upload", "/sql"]

def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def _table(page) -> list[dict[str, str]]:
    """The first st.dataframe's rows, read from the grid's accessible table."""
    grid = page.locator("[data-testid='stDataFrame'] table[role='grid']").first
    grid.wait_for(state="attached")
    headers = grid.locator("th[role='columnheader']").all_inner_texts()
    rows = []
    for row in grid.locator("tbody tr[role='row']").all():
        cells = row.locator("td[role='gridcell']").all_inner_texts()
        rows.append(dict(zip(headers, cells, strict=False)))
    return rows


def _query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def test_every_page_opens_without_errors(shared_app_url):
    with browser_page() as page:
        for path in PAGES:
            _open(page, shared_app_url + path)
            assert error_texts(page) == [], path
            assert page.locator("h1").count() >= 1, f"{path} shows no title"


def test_statements_link_shows_only_matching_rows(shared_app_url):
    with browser_page() as page:
        _open(page, f"{shared_app_url}/statements?country=CHN&stance=ease")
        rows = _table(page)
        assert rows, "the sample has Chinese statements for easing"
        assert {r["Country"] for r in rows} == {"China"}
        assert {r["Stance"] for r in rows} == {"ease"}
        assert error_texts(page) == []


def test_click_on_bar_filters_statements(shared_app_url):
    with browser_page(1280, 1000) as page:
        _open(page, shared_app_url + "/")
        chart = page.locator("[data-testid='stPlotlyChart']").first
        chart.scroll_into_view_if_needed()
        tighten = chart.locator("g.barlayer g.trace").nth(1).locator("path").last
        tighten.wait_for()
        tighten.click(force=True)
        page.wait_for_url(re.compile(r"/statements\?"), timeout=30_000)
        wait_for_app(page)
        query = _query(page)
        assert query["stance"] == "tighten" and re.fullmatch(r"[A-Z]{3}", query["country"])
        rows = _table(page)
        assert rows and {r["Stance"] for r in rows} == {"tighten"}
        assert len({r["Country"] for r in rows}) == 1
        assert error_texts(page) == []


def test_paste_an_article_and_see_highlighted_statements(app_url, pasted_article):
    with browser_page(1280, 1000) as page:
        _open(page, app_url + "/analyze")
        page.locator(".st-key-analyze_text textarea").fill(pasted_article)
        page.get_by_role("button", name="Analyze").click()
        page.locator(".ss-s.ss-tighten").first.wait_for(timeout=60_000)
        wait_for_app(page)
        assert page.locator(".ss-s.ss-ease").count() > 0
        assert page.locator(".ss-label").count() >= 2
        assert error_texts(page) == []
        page.get_by_role("button", name="Save to the database").click()
        page.get_by_text("Saved:").wait_for(timeout=30_000)
        page.get_by_text("Open it in the Article view").click()
        page.wait_for_url(re.compile(r"/article\?article="), timeout=30_000)
        wait_for_app(page)
        assert page.locator(".ss-s.ss-tighten").count() > 0


def test_presentation_mode_has_no_sidebar(shared_app_url):
    with browser_page(1280, 720) as page:
        _open(page, shared_app_url + "/?present=1")
        assert not page.locator("[data-testid='stSidebar']").is_visible()
        assert not page.locator("[data-testid='stToolbar']").is_visible()
        page.get_by_role("button", name="Next").click()
        page.wait_for_url(re.compile(r"slide=2"))
        wait_for_app(page)
        assert page.locator("[data-testid='stPlotlyChart']").count() == 1
        ticks = page.locator("[data-testid='stPlotlyChart'] g.ytick text").first
        size = float(ticks.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
        assert size >= 18
        assert error_texts(page) == []


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)])
def test_a_presented_chart_fills_the_screen_above_its_buttons(shared_app_url, width, height):
    with browser_page(width, height) as page:
        _open(page, shared_app_url + "/?present=1&slide=2")
        page.locator("[data-testid='stPlotlyChart'] .main-svg").first.wait_for()
        chart = page.locator("[data-testid='stPlotlyChart']").first.bounding_box()
        drawn = page.locator("[data-testid='stPlotlyChart'] .main-svg").first.bounding_box()
        buttons = page.get_by_role("button", name="Next").bounding_box()
        assert chart["height"] >= 0.6 * height  # not a fixed 520 px band on a big screen
        assert drawn["height"] >= chart["height"] - 2  # the drawing fills its box, unclipped
        assert chart["y"] + chart["height"] <= buttons["y"]  # no overlap with the buttons
        assert buttons["y"] + buttons["height"] <= height  # no scrolling to reach Next


def test_a_slides_place_between_its_buttons_keeps_to_one_line_on_screen(shared_app_url):
    # the Outlets deck's first line ("1 / 3 · Outlets side by side · next: Whose countries
    # they quote") is longer than its column at 1280 px: it once wrapped below the screen
    with browser_page(1280, 720) as page:
        _open(page, shared_app_url + "/outlets?present=1")
        place = page.locator("[data-testid='stMain'] p", has_text=" / 3 ·").first
        place.wait_for()
        box = place.bounding_box()
        line = float(place.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
        assert "next: Whose countries they quote" in place.inner_text()
        assert box["height"] <= 1.2 * line  # one line, however long the titles
        assert box["y"] + box["height"] <= 720  # inside the screen


def test_filters_survive_page_navigation(shared_app_url):
    with browser_page() as page:
        _open(page, f"{shared_app_url}/statements?country=CHN")
        page.locator("[data-testid='stSidebarNav'] a", has_text="Officials").click()
        page.wait_for_url(re.compile(r"/officials"))
        wait_for_app(page)
        page.wait_for_function("window.location.search.includes('country=CHN')")
        sidebar = page.locator("[data-testid='stSidebar']")
        assert sidebar.get_by_text("China (CHN)").count() == 1
        assert error_texts(page) == []


def _select_first_row(page) -> None:
    """Tick the first data row of the first st.dataframe (its selection checkbox)."""
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # header row is 35 px high


def test_selecting_a_statement_shows_its_evidence_and_article_link(shared_app_url):
    with browser_page(1280, 1000) as page:
        _open(page, f"{shared_app_url}/statements?country=RUS&stance=ease")
        first = _table(page)[0]
        _select_first_row(page)
        page.wait_for_url(re.compile(r"statement="))
        wait_for_app(page)
        detail = page.locator(".st-key-statement_detail")
        assert detail.locator(".ss-s.ss-ease").count() > 0
        assert first["Speaker"] in detail.inner_text()
        detail.get_by_text("Open the article").click()
        page.wait_for_url(re.compile(r"/article\?.*article="))
        wait_for_app(page)
        assert page.locator(".ss-label").count() > 0
        assert error_texts(page) == []


def test_selecting_a_repeated_quote_lists_every_report(shared_app_url):
    with browser_page(1280, 1200) as page:
        _open(page, f"{shared_app_url}/quotes")
        top = _table(page)[0]
        _select_first_row(page)
        page.get_by_text("Every report of").wait_for(timeout=30_000)
        wait_for_app(page)
        frame = page.locator("[data-testid='stDataFrame']").nth(1)
        frame.scroll_into_view_if_needed()  # the grid draws only the rows in view
        reports = frame.locator("table[role='grid']")
        reports.locator("tbody tr[role='row']").first.wait_for(state="attached", timeout=30_000)
        rows = reports.locator("tbody tr[role='row']").count()
        assert rows >= int(top["Articles"]) >= 2  # one row per report, in every article
        assert error_texts(page) == []


def test_csv_download_holds_the_filtered_statements(shared_app_url):
    with browser_page(1280, 1000) as page:
        _open(page, f"{shared_app_url}/statements?country=CHN&stance=ease")
        shown = page.locator("text=/statement\\(s\\) · showing/").first.inner_text()
        total = int(shown.split()[0].replace(",", ""))
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        assert re.fullmatch(r"statements_CHN_ease_\d{4}-\d{2}-\d{2}_csv\.zip",
                            download.value.suggested_filename)
        with zipfile.ZipFile(download.value.path()) as archive:
            names = archive.namelist()
            text = archive.read(next(n for n in names if n.endswith(".csv"))).decode("utf-8")
            provenance = json.loads(archive.read(next(n for n in names
                                                      if n.endswith(".provenance.json"))))
        rows = list(csv.DictReader(io.StringIO(text)))
        assert provenance["filters"]["country"] == ["CHN"]
        assert len(rows) == total
        assert {r["country"] for r in rows} == {"CHN"} and {r["stance"] for r in rows} == {"ease"}
        # the provenance file's link reopens the view with the same rows
        _open(page, f"{shared_app_url}/{provenance['view_url']}")
        reopened = page.locator("text=/statement\\(s\\) · showing/").first.inner_text()
        assert int(reopened.split()[0].replace(",", "")) == provenance["rows"] == total


def test_an_unknown_parameter_shows_a_note(shared_app_url):
    with browser_page() as page:
        _open(page, f"{shared_app_url}/countries?topic=iran")
        note = page.get_by_text("Ignored in this link")
        note.wait_for()
        assert "“topic” is not a parameter" in note.inner_text()
        page.get_by_role("button", name="Dismiss").click()
        note.wait_for(state="detached")


def test_sides_only_round_trips_through_the_link_and_changes_the_charts(shared_app_url):
    with browser_page() as page:
        _open(page, shared_app_url + "/")
        counts = page.get_by_text(re.compile(r"^Tighten [\d,]+ · Ease"))
        assert not counts.inner_text().endswith("Neutral 0")
        _open(page, shared_app_url + "/?sides=1")
        assert page.get_by_text(re.compile(r"^Tighten [\d,]+ · Ease")).inner_text() \
            .endswith("Neutral 0")
        assert _query(page).get("sides") == "1"
        assert page.get_by_role("switch", name="Tighten vs ease only").is_checked()
        assert error_texts(page) == []


def test_a_clicker_moves_the_slides(shared_app_url):
    """A presenter's clicker sends PageDown / PageUp; arrows and space work too."""
    with browser_page(1280, 720) as page:
        _open(page, shared_app_url + "/?present=1&country=CHN")
        assert page.get_by_text("Showing: China").count() == 1  # the slide says its filter
        for key, slide in (("PageDown", "2"), ("ArrowRight", "3"), ("PageUp", "2"),
                           ("Space", "3")):
            page.locator("body").press(key)
            page.wait_for_url(re.compile(rf"slide={slide}"))
            wait_for_app(page)
        assert page.locator(".modebar").count() == 0  # no Plotly toolbar on a slide


def _slide_on_screen(page, url: str, screen: str):
    """Open a slide that the page reloads for its screen (`screen=large` or `small`): its
    first chart, and the type size of the chart's first tick label."""
    _open(page, url)
    page.wait_for_url(re.compile(rf"screen={screen}"))
    wait_for_app(page)
    chart = page.locator("[data-testid='stPlotlyChart']").first
    ticks = chart.locator("g.ytick text").first
    ticks.wait_for()
    return chart, float(ticks.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))


def test_chart_text_grows_on_a_big_screen(shared_app_url):
    with browser_page(1920, 1080) as page:
        _, size = _slide_on_screen(page, shared_app_url + "/?present=1&slide=2", "large")
        assert size >= 28


def test_a_slide_on_a_phone_keeps_its_chart_readable(shared_app_url):
    # presentation type (22 px ticks, 32 px titles) once left a phone's bars a few pixels
    # wide under a legend drawn over the title
    with browser_page(390, 844) as page:
        chart, size = _slide_on_screen(page, shared_app_url + "/outlets?present=1", "small")
        assert size <= 14
        plot = chart.locator("rect.nsewdrag").first  # the plot area (its drag layer)
        assert plot.bounding_box()["width"] >= 0.4 * 390  # the bars, not the labels, get room
        assert error_texts(page) == []


def test_an_article_opened_from_a_statement_scrolls_to_it(shared_app_url):
    with browser_page(1280, 720) as page:
        _open(page, f"{shared_app_url}/statements?country=RUS&stance=ease")
        _select_first_row(page)
        page.wait_for_url(re.compile(r"statement="))
        wait_for_app(page)
        page.locator(".st-key-statement_detail").get_by_text("Open the article").click()
        page.wait_for_url(re.compile(r"/article\?.*statement="))
        wait_for_app(page)
        focus = page.locator("#ss-focus")
        focus.wait_for(state="attached")
        page.wait_for_function("() => { const r = document.getElementById('ss-focus')"
                               ".getBoundingClientRect(); return r.top >= 0 && "
                               "r.top < window.innerHeight; }")
        assert page.locator(".ss-focus").count() >= 1


def test_a_dark_browser_gets_the_dark_theme(shared_app_url):
    with browser_page(1280, 720, color_scheme="dark") as page:
        _open(page, shared_app_url + "/")
        colour = page.locator("[data-testid='stApp']").evaluate(
            "e => getComputedStyle(e).backgroundColor")
        red, green, blue = (int(v) for v in re.findall(r"\d+", colour)[:3])
        assert max(red, green, blue) < 60, colour  # a dark background
        assert error_texts(page) == []


def test_outlets_page_follows_the_filters(shared_app_url):
    with browser_page(1280, 1400) as page:
        _open(page, f"{shared_app_url}/outlets?country=RUS")
        assert error_texts(page) == []
        heat = page.locator("[data-testid='stPlotlyChart']").nth(1)
        heat.scroll_into_view_if_needed()
        columns = heat.locator("g.xtick text").evaluate_all("els => els.map(e => e.textContent)")
        assert columns == ["Russia"]  # only the filtered country's speakers
        rows = _table(page)
        assert rows and {r["Country"] for r in rows} == {"Russia"}


def test_a_downloaded_deck_shows_its_charts_offline(app_url, tmp_path):
    """A lesson deck built in the app, downloaded, then opened from file:// with every
    network request refused: the charts are drawn (plotly.js is inside the file)."""
    with browser_page(1280, 1000) as page:
        _open(page, f"{app_url}/countries?country=CHN")
        page.locator("[data-testid='stSidebar'] [data-testid='stExpander']").get_by_text(
            "Lesson deck", exact=True).click()
        page.get_by_label("New deck's title").fill("Offline lesson")
        page.get_by_label("New deck's title").press("Enter")
        wait_for_app(page)
        page.get_by_role("button", name="Add this view").click()
        page.get_by_text("Added as view 1").wait_for()
        page.get_by_text("Open the deck").click()
        page.wait_for_url(re.compile(r"/deck\?deck="))
        wait_for_app(page)
        with page.expect_download() as download:
            page.get_by_role("button", name=re.compile("Download as one HTML")).click()
        saved = tmp_path / "deck.html"
        download.value.save_as(saved)
    with browser_page(1280, 900) as offline:
        refused = []
        offline.route(re.compile(r"^(?!file:).*"),
                      lambda route: (refused.append(route.request.url), route.abort()))
        offline.goto(saved.as_uri())
        offline.wait_for_function(
            "document.querySelectorAll('.chart .main-svg').length > 0")
        charts = offline.locator(".chart").count()
        drawn = offline.locator(".chart.js-plotly-plot").count()
        assert charts >= 2 and drawn == charts
        assert offline.get_by_text("Offline lesson").count() >= 1
        assert refused == []  # it asked the network for nothing


def test_a_quote_trails_link_opens_its_article_at_the_statement(shared_app_url):
    with browser_page(1280, 1200) as page:
        _open(page, f"{shared_app_url}/quotes")
        _select_first_row(page)
        page.wait_for_url(re.compile(r"quote="))  # the selected quote is in the URL
        wait_for_app(page)
        trail = page.locator("[data-testid='stDataFrame']").nth(1)
        trail.scroll_into_view_if_needed()
        box = trail.bounding_box()
        link = (box["x"] + 30, box["y"] + 35 + 17)  # the first column: "open →"
        page.mouse.move(*link)  # the grid makes a link cell clickable on hover
        page.wait_for_timeout(500)
        with page.context.expect_page() as opened:
            page.mouse.click(*link)
        article = opened.value
        article.wait_for_load_state()
        wait_for_app(article)
        assert re.search(r"/article\?.*statement=", article.url)
        article.locator("#ss-focus").wait_for(state="attached")
        assert error_texts(article) == []
