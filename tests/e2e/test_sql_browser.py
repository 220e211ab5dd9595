"""The SQL page in real Chromium (run, refuse, download a ZIP with provenance), and hostile text
(HTML, script, spreadsheet formulas) shown as text in every view."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from playwright.sync_api import expect

from bench.browser import browser_page, error_texts, running_app, wait_for_app
from dashboard.nav import VIEWS
from stance.store import close_all

pytestmark = pytest.mark.browser


def run_query(page, sql: str) -> None:
    editor = page.get_by_role("textbox", name="SQL (DuckDB dialect)")
    editor.fill(sql)
    expect(editor).to_have_value(sql)
    page.get_by_role("button", name="Run query").click()


def test_sql_page_runs_a_query_and_downloads_it_with_provenance(shared_app_url, tmp_path):
    with browser_page(1280, 1600) as page:
        page.goto(f"{shared_app_url}/sql?stance=ease")
        wait_for_app(page)
        run_query(page, "SELECT speaker, stance, quote FROM filtered_statements($country, "
                        "$target, $stance, $from, $to, $outlet, $dataset, $corrected) "
                        "ORDER BY speaker LIMIT 5")
        page.get_by_text(re.compile(r"^5 rows in [\d.]+ s$")).wait_for()
        expect(page.get_by_text("Bound from the sidebar: $corrected = True")).to_be_visible()
        assert "$stance = [ease]" in page.get_by_text("Bound from the sidebar").inner_text()
        assert not error_texts(page)
        page.screenshot(path=str(tmp_path / "sql_result.png"))
        with page.expect_download() as download:
            page.get_by_role("button", name="Download CSV").click()
        path = tmp_path / "download.zip"
        download.value.save_as(path)
        assert download.value.suggested_filename == "sql_result_csv.zip"
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["sql_result.csv", "sql_result.provenance.json"]
        rows = list(csv.DictReader(io.StringIO(archive.read("sql_result.csv").decode())))
        provenance = json.loads(archive.read("sql_result.provenance.json"))
    assert len(rows) == 5 and {r["stance"] for r in rows} == {"ease"}
    assert provenance["rows"] == 5
    assert provenance["parameters"]["stance"] == ["ease"]
    assert provenance["filters"]["stance"] == ["ease"]
    assert provenance["datasets"][0]["dataset"] == "sample"
    assert provenance["extractor_versions"]
    assert "/sql" in (provenance["view_url"] or "")


def test_sql_page_refuses_a_write_with_its_reason(shared_app_url):
    with browser_page() as page:
        page.goto(f"{shared_app_url}/sql")
        wait_for_app(page)
        run_query(page, "UPDATE statements SET stance = 'ease'")
        alert = page.locator("[data-testid='stAlertContentError']")
        expect(alert).to_contain_text("Query refused: UPDATE changes the database")
        run_query(page, "SELECT count(*) AS n FROM statements WHERE stance = 'ease' AND "
                        "stance <> 'ease'")
        page.get_by_text(re.compile(r"^1 row in [\d.]+ s$")).wait_for()
        assert not error_texts(page)


def test_hostile_text_shows_as_text_in_every_view(chromium, hostile_db, hostile_text, tmp_path):
    """A quote `<script>alert(1)</script>`, a title with an <img onerror> and speakers with
    tags: no view runs them (no dialog, no flag set), and the evidence shows them as text."""
    script_quote = hostile_text[0]
    db = hostile_db
    cur = db.con.cursor()
    statement, article = cur.execute(
        "SELECT statement_id, article_id FROM statements WHERE quote = ?",
        [script_quote]).fetchone()
    cur.close()
    close_all()
    dialogs: list[str] = []
    with running_app(db.path) as url, browser_page(1280, 1800) as page:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for view in VIEWS:
            page.goto(f"{url}/{view}?statement={statement}&article={article}")
            wait_for_app(page)
            assert page.evaluate("window.__xss === undefined"), view
            assert not error_texts(page), view
            if view in ("statements", "article"):
                evidence = page.locator("[data-testid='stHtml']").filter(
                    has=page.locator(".ss-text")).first
                expect(evidence).to_contain_text(script_quote)
            if view == "sql":
                run_query(page, "SELECT quote, speaker FROM statements WHERE quote LIKE '<%'")
                page.get_by_text(re.compile(r"^1 row in [\d.]+ s$")).wait_for()
                page.screenshot(path=str(tmp_path / "sql_hostile.png"))
            page.wait_for_timeout(300)  # let an injected handler fire, if any
        page.goto(f"{url}/statements?statement={statement}")
        wait_for_app(page)
        page.get_by_text("Correct this statement").click()
        speaker = page.get_by_role("textbox", name="Speaker", exact=True)
        expect(speaker).to_have_value("Eve <b>Minister</b>")
        page.screenshot(path=str(tmp_path / "statements_hostile.png"))
        assert page.evaluate("window.__xss === undefined")
    assert dialogs == []
