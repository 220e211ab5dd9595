"""AppTest of the Analyze page: the real extractor finds statements in pasted text, the page
highlights them, and Save stores the article as dataset "pasted" (one transaction)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.views.analyze import MAX_CHARS, _read_upload
from stance.filters import Filters
from stance.store import close_all, open_database


@pytest.fixture
def analyze_page(open_page, build_fixture_db, tmp_path: Path, monkeypatch):
    path = tmp_path / "fixture.duckdb"
    build_fixture_db(path)
    monkeypatch.setenv("STANCE_DB", str(path))
    close_all()
    return open_page("analyze"), path


def _html(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_pasted_article_is_highlighted_and_saved(problems, analyze_page, pasted_article):
    at, path = analyze_page
    at.text_area(key="analyze_text").input(pasted_article)
    at.text_input(key="analyze_title").input("Clash over sanctions")
    at.button[0].click().run()  # the form's Analyze button
    assert problems(at) == []
    html = _html(at)
    assert "ss-s ss-tighten" in html and "ss-s ss-ease" in html
    assert "Pompeo" in html and "Lavrov" in html
    found = at.dataframe[0].value
    assert {"tighten", "ease"} <= set(found["stance"])
    assert (found["reason"] != "").all()  # every label says which words decided it
    at.button(key="analyze_save").click().run()
    assert any("Saved" in s.value for s in at.success)
    close_all()
    db = open_database(path)
    datasets = db.query("datasets")
    assert "pasted" in set(datasets["dataset"])
    counts = db.query("overview_counts", **Filters(dataset=("pasted",)).params()).iloc[0]
    assert counts.articles == 1 and counts.statements == len(found)


def test_empty_text_gets_a_message(analyze_page):
    at, _ = analyze_page
    at.button[0].click().run()
    assert not at.exception
    assert any("empty" in w.value for w in at.warning)


def test_text_over_the_limit_is_refused_with_the_limit_not_dropped(analyze_page):
    at, _ = analyze_page
    at.text_area(key="analyze_text").input("Sanctions were lifted. " * (MAX_CHARS // 20))
    at.button[0].click().run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert f"at most {MAX_CHARS:,}" in warnings and "empty" not in warnings
    assert not at.dataframe  # nothing was analysed


def test_a_dropped_text_file_is_read_by_the_library(tmp_path):
    class Upload:
        name = "brief.md"

        def getvalue(self) -> bytes:
            return b"---\ntitle: A brief\noutlet: Wire\n---\nLavrov said no.\n"

    article = _read_upload(Upload())
    assert (article.title, article.source, article.dataset) == ("A brief", "Wire", "pasted")
    assert article.name == "brief.md" and article.text.endswith("Lavrov said no.\n")
