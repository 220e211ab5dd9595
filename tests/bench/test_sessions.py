"""The concurrency benchmark's load generator (bench/sessions.py) against the real app on the
fixture database: it must really drive the app (pages asked for, filters reaching the script)
and count what a person would see as broken. Behaviour only; its timings are not asserted."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bench.browser import running_app
from bench.sessions import (
    SessionResult,
    Settings,
    Tab,
    location,
    page_paths,
    pick_country,
    run_sessions,
    session,
)
from dashboard.nav import VIEWS
from stance.filters import Filters
from stance.store import close_all

pytestmark = pytest.mark.slow
NO_THINK = Settings(think=(0.0, 0.0), countries=("CHN",), step_timeout=60)


@pytest.fixture(scope="module")
def fixture_app(build_fixture_db, tmp_path_factory) -> Iterator[tuple[str, dict[str, int]]]:
    """The app on the fixture database, and the database's statement counts (all, CHN).

    Streamlit sends an element the browser already holds as a reference to it, by default
    only elements of 10 kB and more: here every element over 100 bytes, so the tab's message
    cache is exercised on the small fixture too."""
    path = tmp_path_factory.mktemp("sessions") / "fixture.duckdb"
    db = build_fixture_db(path)
    counts = {key: int(db.query("overview_counts", **filters.params()).iloc[0]["statements"])
              for key, filters in (("all", Filters()), ("CHN", Filters(country=("CHN",))))}
    close_all()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("STREAMLIT_GLOBAL_MIN_CACHED_MESSAGE_SIZE", "100")
        with running_app(path) as url:
            yield url, counts


def test_the_navigation_lists_the_dashboards_pages(fixture_app):
    url, _ = fixture_app
    assert asyncio.run(page_paths(url)) == ["" if p == "overview" else p for p in VIEWS]


def test_a_session_does_every_step_on_the_pages_asked_with_no_errors(fixture_app):
    url, _ = fixture_app
    pages = asyncio.run(page_paths(url))
    result = SessionResult()
    asyncio.run(session(url, pages, 1, NO_THINK, result))
    assert result.all_errors() == []
    assert [s.action for s in result.steps] == [
        f"open {location(pages[1])}", "pick CHN", f"visit {location(pages[2])}",
        f"visit {location(pages[3])}"]
    assert [s.page for s in result.steps] == [location(p) for p in
                                              (pages[1], pages[1], pages[2], pages[3])]
    assert result.fetch_seconds is not None and all(s.seconds > 0 for s in result.steps)


def test_sessions_in_turn_start_on_each_page_and_pick_countries_in_turn(fixture_app):
    url, _ = fixture_app
    pages = asyncio.run(page_paths(url))[:3]
    settings = replace(NO_THINK, sessions=3, assets=False, countries=("CHN", "USA"))
    result = asyncio.run(run_sessions(url, settings, pages, one_at_a_time=True))
    assert result.errors() == []
    assert [r.steps[0].page for r in result.sessions] == [location(p) for p in pages]
    assert [r.steps[1].action for r in result.sessions] == ["pick CHN", "pick USA", "pick CHN"]
    assert len(result.times()) == 12 and result.percentile(95) <= max(result.times())


def test_the_filter_change_reruns_the_script_with_the_country(fixture_app):
    url, counts = fixture_app

    async def steps():
        tab = Tab(url, timeout=60)
        try:
            await tab.load("/", assets=False)
            await tab.connect()
            opened = await tab.open("")
            picked = await pick_country(tab, opened, "CHN")
            moved = await tab.switch_page("officials")
            return opened, picked, moved
        finally:
            await tab.close()

    opened, picked, moved = asyncio.run(steps())
    assert opened.metrics()["Statements"] == f"{counts['all']:,}"
    assert picked.metrics()["Statements"] == f"{counts['CHN']:,}" != f"{counts['all']:,}"
    assert picked.query == "country=CHN"  # the app wrote the filter to the URL
    headings = [e.heading.body for _, e in moved.elements if e.WhichOneof("type") == "heading"]
    assert moved.page == "officials" and "Officials" in headings
    assert moved.query == "country=CHN" and not moved.problems  # the filter survived the move


def test_an_error_box_on_a_page_counts_as_an_error(tmp_path: Path):
    folder = tmp_path / "not_a_file.duckdb"
    folder.mkdir()  # the app cannot open a directory as its database: it says so in st.error
    with running_app(folder) as url:
        result = SessionResult()
        asyncio.run(session(url, [""], 0, NO_THINK, result))
    assert any("error alert" in e and "cannot be opened" in e for e in result.steps[0].errors)
    assert any("no 'Speaker country' filter" in e for e in result.errors)  # st.stop: no sidebar


def test_elements_the_tab_holds_come_back_as_references_it_resolves(fixture_app):
    url, _ = fixture_app

    async def twice():
        tab = Tab(url, timeout=60)
        try:
            await tab.connect()
            first = await tab.open("")
            again = await tab.switch_page("")
            return first, again, tab.references
        finally:
            await tab.close()

    first, again, references = asyncio.run(twice())
    assert references > 0 and not first.problems and not again.problems
    assert again.metrics() == first.metrics() and len(again.elements) == len(first.elements)
