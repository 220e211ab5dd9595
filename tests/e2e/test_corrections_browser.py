"""A correction made in the browser changes the Overview, and survives a restart of the app and
a re-ingest of the same articles (real app, real Chromium, a private copy of the sample)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from bench.browser import browser_page, error_texts, running_app, wait_for_app
from stance.pipeline import build_sample
from stance.store import close_all, open_database

pytestmark = pytest.mark.browser


def pick_statement(db_path: Path) -> tuple[str, str]:
    """A neutral on-topic statement from the country with the most statements (so it is on
    the default chart before and after the correction)."""
    db = open_database(db_path)
    cur = db.con.cursor()
    try:
        row = cur.execute("""
            WITH top AS (
                SELECT country FROM statements WHERE country IS NOT NULL
                GROUP BY country ORDER BY count(*) DESC, country LIMIT 1)
            SELECT statement_id, country FROM statements
            WHERE stance = 'neutral' AND country = (SELECT country FROM top) AND on_topic
            ORDER BY statement_id LIMIT 1""").fetchone()
    finally:
        cur.close()
    close_all()  # the app (another process) needs the file
    assert row, "the sample has no neutral statement from its most frequent country"
    return row[0], row[1]


def overview_numbers(page, url: str, query: str = "") -> dict:
    """Headline stance counts and the stance_by_country figure's bars, as drawn."""
    page.goto(f"{url}/{query}")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot")
    caption = page.get_by_text(re.compile(r"^Tighten [\d,]+ · Ease")).inner_text()
    tighten, ease, neutral = (int(n.replace(",", "")) for n in re.findall(r"[\d,]+", caption))
    bars = page.evaluate("""() => {
        const plot = document.querySelector('.js-plotly-plot');
        const out = {};
        for (const trace of plot.data) {
            for (const [iso3, count, stance] of (trace.customdata || [])) {
                out[iso3 + ':' + stance] = count;
            }
        }
        return out;
    }""")
    assert not error_texts(page)
    return {"tighten": tighten, "ease": ease, "neutral": neutral, "bars": bars}


def correct_in_browser(page, url: str, statement: str, shot: Path) -> None:
    page.goto(f"{url}/statements?statement={statement}")
    wait_for_app(page)
    page.get_by_text("Correct this statement").click()
    form = page.locator("[data-testid='stForm']").filter(has_text="Save correction")
    stance = form.get_by_role("combobox", name="Stance")
    expect(stance).to_have_value("neutral")
    ease = page.locator("[role='option']").filter(has_text=re.compile(r"^\s*ease\s*$"))
    for _ in range(3):  # a rerun that lands as the list opens closes it again: open it anew
        stance.click()
        try:
            ease.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    ease.click()
    expect(stance).to_have_value("ease")
    coder = form.get_by_role("textbox", name="Coder (optional)")
    coder.fill("Ann")
    form.get_by_role("textbox", name="Note (optional)").fill("calls for easing, not neutral")
    expect(coder).to_have_value("Ann")
    form.get_by_role("button", name="Save correction").click()
    try:
        page.get_by_text(re.compile("Saved: stance → ease")).wait_for()
    finally:
        page.screenshot(path=str(shot))
    wait_for_app(page)
    assert not error_texts(page)
    page.screenshot(path=str(shot))


def test_browser_correction_changes_overview_and_survives_restart_and_reingest(app_db,
                                                                              tmp_path):
    statement, country = pick_statement(app_db)
    with running_app(app_db) as url, browser_page(1280, 2200) as page:
        before = overview_numbers(page, url)
        correct_in_browser(page, url, statement, tmp_path / "corrections_form.png")
        after = overview_numbers(page, url)
        machine = overview_numbers(page, url, "?labels=machine")
    assert (after["ease"], after["neutral"]) == (before["ease"] + 1, before["neutral"] - 1)
    assert after["tighten"] == before["tighten"]
    assert after["bars"][f"{country}:ease"] == before["bars"][f"{country}:ease"] + 1
    assert after["bars"][f"{country}:neutral"] == before["bars"][f"{country}:neutral"] - 1
    assert machine == before  # machine labels only: the extractor's numbers

    # re-ingest the same articles (the sample rebuilt: its rows deleted and extracted again)
    db = open_database(app_db)
    build_sample(db)
    cur = db.con.cursor()
    try:
        still = cur.execute("SELECT stance FROM statements WHERE statement_id = ?",
                            [statement]).fetchone()
    finally:
        cur.close()
    close_all()
    assert still == ("neutral",)  # the machine label is back, the correction is separate

    with running_app(app_db) as url, browser_page(1280, 2200) as page:
        restarted = overview_numbers(page, url)
        page.goto(f"{url}/statements?statement={statement}")
        wait_for_app(page)
        page.get_by_text("Correct this statement").click()
        history = page.locator("[data-testid='stDataFrame']").last
        history.wait_for()
        assert page.get_by_text("Audit trail: 1 correction(s)").is_visible()
    assert restarted == after
