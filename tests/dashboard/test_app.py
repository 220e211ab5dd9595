"""AppTest of the app shell and the Overview page on the fixture database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from stance.config import ROOT
from stance.store import open_database

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app_on_fixture(build_fixture_db, tmp_path: Path, monkeypatch) -> AppTest:
    path = tmp_path / "fixture.duckdb"
    build_fixture_db(path)
    monkeypatch.setenv("STANCE_DB", str(path))
    return AppTest.from_file(APP, default_timeout=60)


def test_overview_shows_counts_without_errors(app_on_fixture):
    at = app_on_fixture.run()
    assert not at.exception
    assert not at.error
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Articles": "3", "Statements": "6", "Countries": "3", "Officials": "2"}


def test_url_filters_narrow_the_overview(app_on_fixture):
    app_on_fixture.query_params["country"] = "CHN"
    at = app_on_fixture.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Statements"] == "2"
    assert at.sidebar.multiselect(key="filter_country").value == ["CHN"]


def test_empty_filter_result_gets_a_friendly_message(app_on_fixture):
    app_on_fixture.query_params["country"] = "CHN"
    app_on_fixture.query_params["stance"] = "tighten"
    at = app_on_fixture.run()
    assert not at.exception
    assert any("No statements match" in i.value for i in at.info)


def test_database_held_elsewhere_shows_a_message_not_a_traceback(build_fixture_db, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "held.duckdb"
    build_fixture_db(path).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect("
                               f"{str(path)!r}); print('ok', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        monkeypatch.setenv("STANCE_DB", str(path))
        monkeypatch.setenv("STANCE_LOCK_WAIT", "1")  # waits, then gives up (default: 30 s)
        at = AppTest.from_file(APP, default_timeout=60).run()
        assert not at.exception
        assert any("in use by another program" in e.value for e in at.error)
    finally:
        holder.kill()
        holder.wait()


def test_sample_data_is_labelled_as_sample_briefs(fixture_items, store_items, tmp_path,
                                                  monkeypatch):
    path = tmp_path / "sample.duckdb"
    store_items(open_database(path), fixture_items(), dataset="sample", kind="sample")
    monkeypatch.setenv("STANCE_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("sample briefs" in i.value for i in at.info)


def test_own_data_carries_no_sample_notice(app_on_fixture):
    at = app_on_fixture.run()
    assert not any("sample briefs" in i.value for i in at.info)
