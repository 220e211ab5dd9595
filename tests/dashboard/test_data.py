"""Figures and coders' agreement are computed once per query result and shared by every
session (dashboard/data.py): a write through the app must still show up in them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard import data
from stance.corrections import correct
from stance.models import Article, Statement


def _countries_charted(at) -> list[str]:
    """The countries on the Overview's stance-by-country chart, as sent to the browser."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return list(spec["data"][0]["y"])


def _french_article() -> tuple[Article, list[Statement]]:
    text = "France called for tougher sanctions."
    article = Article(name="four.txt", source="Wire C", published=date(2019, 3, 1),
                      title="Paris", text=text)
    statement = Statement(article=article.name, speaker="France", speaker_type="country",
                          country="FRA", role=None, quote_type="indirect", quote=None,
                          sentence=text, start=0, end=len(text), stance="tighten",
                          stance_cue="called for", confidence=0.8, target="RUS")
    return article, [statement]


def _fixture_app(build_fixture_db, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "fixture.duckdb"
    build_fixture_db(path)
    monkeypatch.setenv("STANCE_DB", str(path))


def test_a_write_reaches_the_shared_figures(open_page, store_items, build_fixture_db,
                                            tmp_path: Path, monkeypatch):
    _fixture_app(build_fixture_db, tmp_path, monkeypatch)
    before = _countries_charted(open_page("overview"))
    assert "France" not in before and _countries_charted(open_page("overview")) == before
    store_items(data.database(), [_french_article()], dataset="more", kind="articles",
                extractor_version="test")  # the app's connection, as its write paths use
    data.invalidate()  # what every write path of the app calls
    assert "France" in _countries_charted(open_page("overview"))


def test_a_correction_reaches_the_agreement_scores(open_page, statement_of, build_fixture_db,
                                                  tmp_path: Path, monkeypatch):
    _fixture_app(build_fixture_db, tmp_path, monkeypatch)
    db = data.database()  # the app's connection, as the Statements page's form uses

    def both_labelled() -> str:
        at = open_page("sql")
        at.selectbox(key="agreement_b").set_value("ann").run()
        return {m.label: m.value for m in at.metric}["Statements both labelled"]

    correct(db, statement_of(db, "China"), {"stance": "ease"}, coder="ann", confirm=True)
    data.invalidate()
    assert both_labelled() == "1"
    correct(db, statement_of(db, "Japan"), {"stance": "ease"}, coder="ann")
    data.invalidate()
    assert both_labelled() == "2"
