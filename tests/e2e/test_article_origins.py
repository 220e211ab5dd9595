"""The Article page in Chromium for an article of every origin: ingested from a file, pasted
and saved on Analyze, hung on coded statements from an upload, fetched from a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.browser import browser_page, error_texts, running_app, wait_for_app
from stance.filters import Filters
from stance.ingest import read_page
from stance.ingest.links import Link
from stance.ingest.web import Page
from stance.pipeline import analyze, ingest, load_file, pasted_article, save_analysis
from stance.store import close_all, open_database
from stance.upload import STATEMENTS
from tests.ingest.test_links import article_page

pytestmark = pytest.mark.browser


def test_every_origin_opens_on_the_article_page(app_db: Path, tmp_path: Path) -> None:
    db = open_database(app_db)
    pasted = analyze(pasted_article("China urged the Council to ease sanctions on Pyongyang. "
                                    "The United States demanded tougher enforcement.",
                                    title="Pasted note"))
    save_analysis(db, pasted)
    coded = tmp_path / "coded.csv"
    coded.write_text("speaker,country,stance,title,outlet\nAnn Roe,USA,tighten,Coded story,"
                     "Wire\n", encoding="utf-8")
    load_file(db, coded, STATEMENTS, "coded")
    linked = read_page(Link("https://example.org/news/1", outlet="Linked Wire"),
                       Page("https://example.org/news/1", article_page(3).encode("utf-8"),
                            "text/html; charset=utf-8"), "web")
    ingest(db, [linked], "web")
    origins = {dataset: db.query("article_list", **_everything(dataset))["article_id"].iloc[0]
               for dataset in ("sample", "pasted", "coded", "web")}
    close_all()
    with running_app(app_db) as url, browser_page(1280, 900) as page:
        for dataset, article_id in origins.items():
            page.goto(f"{url}/article?article={article_id}")
            wait_for_app(page)
            assert error_texts(page) == [], dataset
            assert page.locator("h1").count() >= 1, dataset
            assert page.get_by_text("statement(s)").count() >= 1, dataset


def _everything(dataset: str) -> dict:
    return Filters(dataset=(dataset,), all_topics=True).params(search="%", limit=5)
