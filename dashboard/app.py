"""Sanctions Stance dashboard: `streamlit run dashboard/app.py`.

Builds the sample database on first start, draws the sidebar filters (kept in the URL) and
hands over to the page the URL names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

if __package__ in (None, ""):  # `streamlit run dashboard/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import data, filters  # noqa: E402
from dashboard.state import PageContext, set_context  # noqa: E402
from dashboard.views import overview  # noqa: E402
from stance.errors import DatabaseError  # noqa: E402

SAMPLE_NOTICE = ("The bundled data are **sample briefs** written for this project: short "
                 "summaries of public sanctions debates, not real news articles. Load your own "
                 "articles with `python -m stance ingest` or on the Upload page.")


def pages() -> list[st.Page]:
    """Every page with its URL path (the URL contract of the dashboard)."""
    return [
        st.Page(overview.render, title="Overview", icon=":material/bar_chart:", default=True),
    ]


def main() -> None:
    st.set_page_config(page_title="Sanctions Stance", page_icon=":material/balance:",
                       layout="wide")
    present = st.query_params.get("present") == "1"
    try:
        db = data.database()
        options_frame = data.run("filter_options")
        bounds_frame = data.run("date_range")
    except DatabaseError as error:
        st.error(f"**The database cannot be opened.** {error}")
        st.stop()
    options = {kind: list(group["value"]) for kind, group in options_frame.groupby("kind")}
    options["stance"] = ["tighten", "ease", "neutral"]
    datasets = db.query("datasets")
    options["dataset"] = list(datasets["dataset"])
    bounds = (bounds_frame["first"].iloc[0], bounds_frame["last"].iloc[0])
    bounds = tuple(b.date() if hasattr(b, "date") and b == b else None for b in bounds)
    navigation = st.navigation(pages(), position="hidden" if present else "sidebar")
    chosen = filters.sidebar(options, bounds) if not present else filters.from_query(
        st.query_params.to_dict())
    if "sample" in options["dataset"] and not present:
        st.sidebar.caption(SAMPLE_NOTICE)
    set_context(PageContext(chosen, present))
    navigation.run()


main()
