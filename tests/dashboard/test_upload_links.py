"""The Upload page's links section (AppTest): pasted addresses, served from a local HTTP server,
are fetched, analysed and stored; the link that fails is listed with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.filters import Filters
from stance.store import close_all, open_database
from tests.ingest.test_links import article_page, site  # noqa: F401 (the server fixture)


@pytest.mark.slow
def test_pasted_links_load_and_failures_are_listed(site, build_fixture_db,  # noqa: F811
                                                   open_page, tmp_path: Path,
                                                   monkeypatch) -> None:
    path = tmp_path / "fixture.duckdb"
    build_fixture_db(path)
    close_all()
    monkeypatch.setenv("STANCE_DB", str(path))
    monkeypatch.setenv("STANCE_PAGE_CACHE", str(tmp_path / "cache"))
    good = site.add("/up/1.html", article_page(6))
    at = open_page("upload")
    at.text_area(key="links_pasted").input(f"{good}\n{site.base}/up/missing.html").run()
    at.text_input(key="links_dataset").input("web links").run()
    at.button(key="links_load").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "1 link(s) gave no article" in at.warning[0].value
    [failed] = [d.value for d in at.dataframe if "Why" in d.value.columns]
    assert failed["Why"].tolist() == ["the site answered 404 (Not Found)"]
    assert "1 article(s) added" in at.success[0].value
    close_all()
    db = open_database(path)
    listed = db.query("article_list", **Filters(dataset=("web links",), all_topics=True).params(
        search="%", limit=10))
    assert listed["outlet"].tolist() == ["Sahel Herald"]  # the page's site name
