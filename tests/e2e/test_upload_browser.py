"""Upload through the real browser: a coded-statements CSV and an articles CSV are picked with
the file input, validated, loaded, and their rows show up in the Overview's counts and chart
(real app on a private copy of the sample, Debian Chromium)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from bench.browser import browser_page, error_texts, wait_for_app

pytestmark = pytest.mark.browser

# Mexico and Kenya are not in the sample, so their bars can only come from these uploads.
STATEMENTS_CSV = "official,nation,position,quote,published,outlet,target\n" + "".join(
    f"Official {i},Mexico,{'lift' if i % 3 else 'neutral'},Quote {i} on the embargo,"
    f"2019-11-{1 + i:02d},Example Wire,Cuba\n" for i in range(12)) + (
    ",MX,ease,,2019-11-20,Example Wire,CUB\n")
ARTICLES_CSV = (
    "title,date,outlet,url,text\n"
    'Kenya on Zimbabwe,2021-03-02,Example Wire,https://example.org/ke,"Kenyan Foreign Minister '
    "Raychelle Omamo said on Tuesday that sanctions on Zimbabwe should be lifted. "
    '""Sanctions are not the answer,"" Omamo told reporters in Nairobi."\n')
SHOTS = Path(os.environ.get("UPLOAD_SHOTS", "")) if os.environ.get("UPLOAD_SHOTS") else None


def shot(page, name: str) -> None:
    """Screenshots for people to look at, when UPLOAD_SHOTS names a folder."""
    if SHOTS is not None:
        wait_for_app(page)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def overview(page, url: str, query: str = "") -> tuple[int, int, dict[str, int]]:
    """(articles, statements, {ISO3: statements in the stance-by-country chart}) as drawn."""
    page.goto(f"{url}/{query}")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot")
    metrics = {}
    for metric in page.locator("[data-testid='stMetric']").all():
        label = metric.locator("[data-testid='stMetricLabel']").inner_text().strip()
        value = metric.locator("[data-testid='stMetricValue']").inner_text().strip()
        metrics[label] = int(value.replace(",", ""))
    bars = page.evaluate("""() => {
        const plot = document.querySelector('.js-plotly-plot');
        const out = {};
        for (const trace of plot.data) {
            for (const row of (trace.customdata || [])) {
                out[row[0]] = (out[row[0]] || 0) + row[1];
            }
        }
        return out;
    }""")
    assert not error_texts(page)
    return metrics["Articles"], metrics["Statements"], bars


def upload(page, url: str, path: Path, button: str, name: str) -> None:
    page.goto(f"{url}/upload")
    wait_for_app(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(path))
    wait_for_app(page)
    expect(page.get_by_text("Every row is valid.")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("Preview")).to_be_visible()
    shot(page, f"upload-{name}-validated")
    page.get_by_role("button", name=re.compile(button)).click()
    expect(page.get_by_text(re.compile(r"statement\(s\) added"))).to_be_visible(timeout=180_000)
    wait_for_app(page)
    assert not error_texts(page)
    # the load said what it added, and nothing else: the uploader is empty again
    assert page.get_by_text("already loaded").count() == 0
    shot(page, f"upload-{name}-loaded")


def test_statements_and_articles_uploaded_in_the_browser_reach_the_overview(app_url, tmp_path):
    statements_csv = tmp_path / "mexico_coded.csv"
    statements_csv.write_text(STATEMENTS_CSV, encoding="utf-8")
    articles_csv = tmp_path / "kenya_news.csv"
    articles_csv.write_text(ARTICLES_CSV, encoding="utf-8")
    with browser_page(height=2200) as page:
        articles, statements, bars = overview(page, app_url)
        assert "MEX" not in bars and "KEN" not in bars

        upload(page, app_url, statements_csv, r"Load 13 statements", "statements")
        expect(page.get_by_text("mexico_coded", exact=True).first).to_be_visible()
        after_articles, after_statements, _ = overview(page, app_url)
        assert after_statements == statements + 13
        assert after_articles > articles  # the coded rows hang on their own article rows
        _, mine, bars = overview(page, app_url, "?dataset=mexico_coded")
        assert mine == 13 and bars.get("MEX") == 13
        shot(page, "overview-after-statements")

        upload(page, app_url, articles_csv, r"Load 1 articles", "articles")
        final_articles, final_statements, _ = overview(page, app_url)
        assert final_articles == after_articles + 1
        assert final_statements > after_statements
        _, _, bars = overview(page, app_url, "?dataset=kenya_news")
        assert bars.get("KEN", 0) >= 1
        shot(page, "overview-after-articles")


def test_an_invalid_file_shows_its_problems_and_loads_nothing(shared_app_url, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("speaker,country,stance\nSergey Lavrov,RUS,ease\nX,Narnia,maybe\n",
                    encoding="utf-8")
    with browser_page(height=1600) as page:
        page.goto(f"{shared_app_url}/upload")
        wait_for_app(page)
        page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(path))
        wait_for_app(page)
        expect(page.get_by_text(re.compile(r"1 row\(s\) cannot be loaded"))).to_be_visible()
        expect(page.get_by_role("button", name="Download the problems (CSV)")).to_be_visible()
        # nothing is offered for loading until the user picks "only the valid rows"
        expect(page.get_by_text("Some rows have problems. Load:")).to_be_visible()
        assert page.get_by_role("button", name=re.compile("^Load ")).count() == 0
        shot(page, "upload-invalid")
        page.get_by_text("only the 1 valid row(s)").click()
        wait_for_app(page)
        expect(page.get_by_role("button", name=re.compile("^Load 1 statements"))).to_be_visible()
        assert not error_texts(page)
