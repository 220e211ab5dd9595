"""The SQL page's memory at scale, in Chromium: every page opened (as `bench.run --only app`
does), then the SQL page's examples run one after another, with the resident memory of the
app process and of its SQL engine process sampled every 0.1 s (bench/README.md item 25).

    python -m bench.sql_page_memory DB [--label NAME]

prints one JSON line: the app's memory after every page and after the examples, its peak, the
engine's memory after the examples and its peak, the time of the first query (the copy
written and the engine started) and of each example, and the copy's size on disk.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from bench.browser import (
    CHROMIUM_ARGS,
    PeakMemory,
    app_process,
    chromium_path,
    running_app,
    wait_for_app,
)
from stance.sandbox import EXAMPLES
from stance.store.queries import sql_text

TYPICAL_FILTER = "?country=RUS&from=2016-01-01&to=2019-12-31"  # bench.run's second visit
QUERY_WAIT = 600_000  # ms: the first query writes the copy
_MB = 1024 ** 2
_RESULT = re.compile(r"^([\d,]+) rows? in ([\d.]+) s$")


def _engine_rss(app: psutil.Process) -> int:
    return sum(child.memory_info().rss for child in app.children(recursive=True)
               if "sql_engine" in " ".join(child.cmdline()))


def _copy_size(app: psutil.Process) -> int:
    """Bytes on disk of the copies the app owns in the temporary folder (stance-sql-*)."""
    total = 0
    for folder in Path(os.environ.get("TMPDIR", "/tmp")).glob("stance-sql-*"):
        owner = folder / "owner.pid"
        if owner.exists() and owner.read_text().strip() == str(app.pid):
            total += int(subprocess.run(["du", "-sb", str(folder)], capture_output=True,
                                        text=True).stdout.split()[0])
    return total


def _run_example(page, sql: str) -> dict:
    editor = page.get_by_role("textbox", name="SQL (DuckDB dialect)")
    editor.fill(sql)
    started = time.perf_counter()
    page.get_by_role("button", name="Run query").click()
    with contextlib.suppress(PlaywrightTimeout):  # a quick run may be over before we look
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='running']",
                               timeout=5_000)
    wait_for_app(page, QUERY_WAIT)
    seconds = time.perf_counter() - started
    errors = page.locator("[data-testid='stAlertContentError']").all_inner_texts()
    shown = [t for t in page.locator("[data-testid='stMarkdownContainer'] p").all_inner_texts()
             if _RESULT.match(t.strip())]
    return {"wall_s": round(seconds, 2), "result": shown[:1], "error": errors[:1]}


def measure(db: Path, label: str) -> dict:
    load_before = os.getloadavg()[0]
    with running_app(db, timeout=300) as url, sync_playwright() as playwright:
        app = app_process(url)
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True,
                                             args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 1400}).new_page()
        page.goto(url)
        wait_for_app(page, 300_000)
        links = list(dict.fromkeys(page.eval_on_selector_all(
            "[data-testid='stSidebarNav'] a", "els => els.map(e => e.href)")))
        with PeakMemory(app, every=0.1) as peaks:
            for link in links:
                for query in ("", TYPICAL_FILTER):
                    page.goto(link + query)
                    wait_for_app(page, 300_000)
            after_pages = app.memory_info().rss
            page.goto(f"{url}/sql")
            wait_for_app(page, 300_000)
            examples = {name: _run_example(page, sql_text(name).strip()) for name in EXAMPLES}
        figures = {
            "label": label, "db": str(db), "pages": len(links),
            "load_before": load_before,
            "app_rss_after_pages_mb": round(after_pages / _MB),
            "app_rss_after_examples_mb": round(app.memory_info().rss / _MB),
            "engine_rss_after_examples_mb": round(_engine_rss(app) / _MB),
            "app_peak_mb": round(peaks.app_peak / _MB),
            "engine_peak_mb": round(peaks.engine_peak / _MB),
            "copy_mb": round(_copy_size(app) / _MB),
            "first_query_s": examples[EXAMPLES[0]]["wall_s"],
            "examples": examples,
        }
        figures["total_after_examples_mb"] = (figures["app_rss_after_examples_mb"]
                                              + figures["engine_rss_after_examples_mb"])
        figures["load_after"] = os.getloadavg()[0]
        browser.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--label", default="")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db.resolve(), args.label)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
