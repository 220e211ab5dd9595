"""The dashboard and the command line on one database file at once (a lab machine): with the
app open in Chromium, `ingest` and `sql` on the same file succeed, and the page shows the new
article on its next load."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bench.browser import browser_page, error_texts, wait_for_app
from stance.config import ROOT

pytestmark = pytest.mark.browser

NEW_TITLE = "Brief on shared lab access"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stance", *args], cwd=ROOT, text=True,
                          capture_output=True, timeout=180)


def test_commands_run_while_the_app_is_open_and_the_page_shows_their_data(app_url, app_db,
                                                                          tmp_path):
    article = tmp_path / "lab.md"
    article.write_text(f"---\ntitle: {NEW_TITLE}\ndate: 2019-05-02\noutlet: Lab Wire\n---\n"
                       "Russian Foreign Minister Sergei Lavrov said the sanctions on Iran were "
                       "illegal and must be lifted.\n")
    with browser_page() as page:
        view = f"{app_url}/statements?dataset=lab&topics=all"
        page.goto(view)
        wait_for_app(page)
        assert "Sergei Lavrov" not in page.content()  # the dataset is not there yet
        ingest = _cli("ingest", str(article), "--db", str(app_db), "--dataset", "lab")
        assert ingest.returncode == 0, ingest.stderr
        assert "1 article(s) added" in ingest.stdout
        query = _cli("sql", "SELECT count(*) AS n FROM articles WHERE dataset = 'lab'",
                     "--db", str(app_db))
        assert query.returncode == 0, query.stderr
        assert query.stdout.split()[-1] == "1"
        page.goto(view)  # the next page load
        wait_for_app(page)
        grid = page.locator("[data-testid='stDataFrame'] table[role='grid']").first
        grid.wait_for(state="attached")
        cells = " ".join(grid.locator("td[role='gridcell']").all_inner_texts())
        assert "Lavrov" in cells, cells[:300]
        assert error_texts(page) == []
