"""Sanctions Stance dashboard: `streamlit run dashboard/app.py`.

Builds the sample database on first start, draws the sidebar filters (kept in the URL) and
hands over to the page the URL names.
"""

from __future__ import annotations

import atexit
import gc

import streamlit as st

from dashboard import data, nav, present, sidebar, ui
from dashboard.state import PageContext, set_context
from dashboard.views import (
    analyze,
    article,
    countries,
    deck,
    officials,
    outlets,
    overview,
    quotes,
    sql,
    statements,
    upload,
)
from stance.errors import DatabaseError, StanceError

RENDERS = {"overview": overview.render, "countries": countries.render,
           "officials": officials.render, "outlets": outlets.render, "quotes": quotes.render,
           "statements": statements.render, "article": article.render,
           "analyze": analyze.render, "upload": upload.render, "sql": sql.render,
           "deck": deck.render}


def pages() -> list[st.Page]:
    """Every page with its URL path (the URL contract of the dashboard: dashboard.nav.VIEWS)."""
    return nav.register(RENDERS)


def _open() -> tuple[dict[str, list[str]], tuple]:
    """Filter options and date bounds; stops with a friendly message when the database can't
    be used (held by another program, unreadable, wrong version, sample build failed)."""
    try:
        data.database()
        options_frame = data.run("filter_options")
        bounds_frame = data.run("date_range")
        datasets = data.run("datasets")
    except DatabaseError as error:
        _cannot_open(error)
        st.stop()
    except (StanceError, OSError, RuntimeError) as error:
        # RuntimeError: the sample could not be extracted (e.g. no spaCy model installed)
        st.error(f"**The database could not be prepared.** {error}")
        st.info("Rebuild it with `python -m stance sample`, then reload this page.")
        st.stop()
    options: dict[str, list[str]] = {}
    for kind, value in zip(options_frame["kind"], options_frame["value"], strict=True):
        options.setdefault(kind, []).append(value)  # a plain loop: groupby cost ~2 ms a rerun
    options["stance"] = ["tighten", "ease", "neutral"]
    options["dataset"] = list(datasets["dataset"])
    bounds = (bounds_frame["first"].iloc[0], bounds_frame["last"].iloc[0])
    bounds = tuple(b.date() if hasattr(b, "date") and b == b else None for b in bounds)
    return options, bounds


@st.cache_resource(show_spinner=False)
def _keep_out_of_collections(page: str) -> None:
    """Streamlit collects garbage in full after every script run (runner.postScriptGC). With
    pandas, Plotly, DuckDB and Streamlit loaded that walks ~150,000 long-lived objects: 30-40 ms
    of CPU a rerun, as much as a page. After the first run of each page (its modules, Plotly's
    validators and the caches it filled are in memory) everything alive is moved out of the
    collector's reach (gc.freeze); later collections walk only what runs made since."""
    gc.collect()
    gc.freeze()
    atexit.unregister(gc.unfreeze)  # once: at exit everything is collected again
    atexit.register(gc.unfreeze)


def main() -> None:
    st.set_page_config(page_title="Sanctions Stance", page_icon=":material/balance:",
                       layout="wide", initial_sidebar_state="auto")
    try:
        with data.page_lease():  # the file is ours for this page load only
            _page()
    except DatabaseError as error:
        _cannot_open(error)


def _note_url_problems() -> None:
    """A link with a parameter the app does not know, or a value it cannot read, says so (a
    view that silently ignored `?topic=iran` would look filtered and not be)."""
    key = "_url_problems"
    problems = st.session_state.get(key)
    if not problems:
        return
    text, button = st.columns([6, 1], vertical_alignment="center")
    text.warning("Ignored in this link: " + "; ".join(ui.md(p) for p in problems) + ".",
                 icon=":material/link_off:")
    if button.button("Dismiss", key="url_note_dismiss"):
        del st.session_state[key]
        st.rerun()


def _remember_url_problems() -> None:
    """Read the link before the sidebar rewrites it (it keeps only what it understood)."""
    problems = sidebar.url_problems(st.query_params.to_dict())
    if problems:
        st.session_state["_url_problems"] = problems


def _cannot_open(error: DatabaseError) -> None:
    st.error(f"**The database cannot be opened.** {ui.md(error)}")
    st.info("Close the other program and reload this page, or start the app on another "
            "file: `STANCE_DB=other.duckdb streamlit run dashboard/app.py`.")


def _page() -> None:
    _remember_url_problems()
    presenting = present.mode(st.query_params.get("present"), st.query_params.get("screen"))
    present.apply_style(presenting)
    options, bounds = _open()
    navigation = st.navigation(pages(), position="hidden" if presenting else "sidebar")
    url_path = navigation.url_path or "overview"
    title = nav.VIEWS.get(url_path, ("View",))[0]
    if presenting:
        chosen = sidebar.from_query(st.query_params.to_dict())
    else:
        chosen = sidebar.draw(options, bounds)
        st.sidebar.toggle("Presentation mode", value=False, key="present_toggle",
                          on_change=present.enter,
                          help="Large type, no sidebar, one chart per screen (or add "
                               "`?present=1` to the link).")
        if list(options["dataset"]) == ["sample"]:  # the sample is all there is
            st.sidebar.caption(ui.SAMPLE_NOTICE)
        deck.add_control(chosen, title)
    deck.forget_drawn()  # "Add this view" takes the charts of the last run that finished
    set_context(PageContext(chosen, presenting))
    _note_url_problems()
    try:
        navigation.run()
        deck.keep_drawn(url_path, chosen, title)
        _keep_out_of_collections(navigation.url_path)
    except DatabaseError as error:
        st.error(f"**The database cannot be used right now.** {error}")
    except StanceError as error:
        st.error(f"**This view could not be drawn.** {error}")
        st.info("Reload the page; if it happens again, clear the filters or rebuild the "
                "database with `python -m stance sample`.")


main()
