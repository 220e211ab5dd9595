"""The SQL page under a memory and a time attack, in Chromium with two visitors at once: the
app's memory stays put (the query runs in the engine process, whose memory the kernel caps),
the attacker gets a plain message, and the other visitor's pages and queries keep working."""

from __future__ import annotations

import re
import time
from pathlib import Path

import psutil
import pytest
from playwright.sync_api import expect, sync_playwright

from bench.browser import (
    CHROMIUM_ARGS,
    PeakMemory,
    app_process,
    error_texts,
    running_app,
    wait_for_app,
)
from stance.store import close_all
from tests.e2e.test_sql_browser import run_query

pytestmark = pytest.mark.browser

BUDGET_MB = 300
MEMORY_ATTACK = "SELECT count(*) FROM (SELECT unnest(range(100000000)))"  # an 800 MB list
TIME_ATTACK = "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3"
PAGE_TIME_LIMIT = 5.0  # stance.sandbox.DEFAULT_TIME_LIMIT


def engine_processes(app: psutil.Process) -> list[psutil.Process]:
    return [child for child in app.children(recursive=True)
            if "stance.store.sql_engine" in " ".join(child.cmdline())]


def test_memory_and_time_attacks_leave_the_app_and_the_other_visitor_working(
        chromium: str, app_db: Path, monkeypatch) -> None:
    monkeypatch.setenv("STANCE_SQL_MEMORY", f"{BUDGET_MB}MB")
    close_all()
    with running_app(app_db) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True,
                                             args=CHROMIUM_ARGS)
        attacker = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
        visitor = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
        for page in (attacker, visitor):
            page.goto(f"{url}/sql")
            wait_for_app(page)
        run_query(visitor, "SELECT count(*) AS n FROM statements")
        visitor.get_by_text(re.compile(r"^1 row in [\d.]+ s$")).wait_for()
        app = app_process(url)
        engines = engine_processes(app)
        assert len(engines) == 1
        app_before = app.memory_info().rss
        engine_before = engines[0].memory_info().rss

        with PeakMemory(app) as peak:
            run_query(attacker, MEMORY_ATTACK)
            # the other visitor, meanwhile: another page, then a query of their own
            visitor.goto(f"{url}/countries")
            wait_for_app(visitor)
            visitor.goto(f"{url}/sql")
            wait_for_app(visitor)
            run_query(visitor, "SELECT stance, count(*) AS n FROM statements GROUP BY stance")
            visitor.get_by_text(re.compile(r"^\d+ rows? in [\d.]+ s$")).wait_for()
            expect(attacker.locator("[data-testid='stAlertContentError']")).to_contain_text(
                f"needs more memory than the SQL page allows ({BUDGET_MB * 1000 ** 2 // 1024 ** 2}"
                " MB)", timeout=30_000)
            expect(attacker.locator("[data-testid='stAlertContentError']")).to_contain_text(
                "Query stopped")
        assert not error_texts(visitor)
        grown_mb = (peak.app_peak - app_before) / 1024 ** 2
        engine_mb = (peak.engine_peak - engine_before) / 1024 ** 2
        print(f"app grew {grown_mb:.0f} MB; engine grew {engine_mb:.0f} MB "
              f"(budget {BUDGET_MB} MB)")
        assert peak.app_peak < app_before + 200 * 1024 ** 2
        assert peak.engine_peak < engine_before + (BUDGET_MB + 100) * 1024 ** 2

        started = time.monotonic()
        run_query(attacker, TIME_ATTACK)
        expect(attacker.locator("[data-testid='stAlertContentError']")).to_contain_text(
            f"ran longer than the {PAGE_TIME_LIMIT:g}-second limit", timeout=30_000)
        print(f"time attack answered after {time.monotonic() - started:.2f} s "
              f"(limit {PAGE_TIME_LIMIT:g} s, including the page's round trip)")
        run_query(visitor, "SELECT count(*) AS n FROM articles")
        visitor.get_by_text(re.compile(r"^1 row in [\d.]+ s$")).wait_for()
        assert not error_texts(visitor)
        browser.close()
