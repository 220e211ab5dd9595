"""The Upload page's dataset controls (AppTest): hide, show and delete write to the database.
File picking itself is tested in real Chromium (tests/e2e/test_upload_browser.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from stance.pipeline import load_file
from stance.store import close_all, open_database
from stance.upload import STATEMENTS


def _page() -> None:
    from dashboard.views import upload

    upload.render()


@pytest.fixture
def page_on_fixture(build_fixture_db, tmp_path: Path, monkeypatch) -> tuple[AppTest, Path]:
    path = tmp_path / "fixture.duckdb"
    db = build_fixture_db(path)
    csv = tmp_path / "coded.csv"
    csv.write_text("speaker,country,stance\nSergey Lavrov,RUS,ease\n,CHN,lift\n",
                   encoding="utf-8")
    load_file(db, csv, STATEMENTS, "coded")
    close_all()  # the page opens the file itself
    monkeypatch.setenv("STANCE_DB", str(path))
    return AppTest.from_function(_page, default_timeout=60), path


def _datasets(path: Path) -> dict[str, bool]:
    db = open_database(path)  # the page's own shared connection (same process)
    return dict(zip(*(db.query("datasets")[c] for c in ("dataset", "hidden")), strict=True))


def test_page_lists_datasets_and_offers_templates(page_on_fixture):
    at, _ = page_on_fixture
    at.run()
    assert not at.exception and not at.error
    texts = " ".join(m.value for m in at.markdown)
    assert "coded" in texts and "fixture" in texts
    assert "2 statements" in " ".join(str(m.value) for m in at.markdown)
    assert at.button(key="hide_coded").label == "Hide"


def test_hide_show_and_delete_a_dataset(page_on_fixture):
    at, path = page_on_fixture
    at.run()
    at.button(key="hide_coded").click().run()
    assert not at.exception
    assert _datasets(path)["coded"] is True
    assert at.button(key="hide_coded").label == "Show"
    at.button(key="hide_coded").click().run()
    assert _datasets(path)["coded"] is False
    at.button(key="delete_coded").click().run()
    assert not at.exception
    assert "coded" not in _datasets(path)
    assert any("deleted" in s.value for s in at.success)
