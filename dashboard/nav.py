"""The dashboard's pages by URL path, and links between them that carry the filters.

`VIEWS` is the URL contract (path, title, icon, in menu order). Views link to one another
through this module, so it never imports them: app.py hands it their render functions
(`register`). A Page is identified by its url_path, so a page made again here for
`st.switch_page` is the one registered in the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from dashboard.sidebar import to_query
from stance.filters import Filters

# url_path -> (title, icon)
VIEWS: dict[str, tuple[str, str]] = {
    "overview": ("Overview", ":material/bar_chart:"),
    "countries": ("Countries", ":material/public:"),
    "officials": ("Officials", ":material/person:"),
    "outlets": ("Outlets", ":material/newspaper:"),
    "quotes": ("Quotes", ":material/format_quote:"),
    "statements": ("Statements", ":material/table_rows:"),
    "article": ("Article", ":material/article:"),
    "analyze": ("Analyze", ":material/edit_note:"),
    "upload": ("Upload", ":material/upload_file:"),
    "sql": ("SQL", ":material/terminal:"),
    "deck": ("Lesson decks", ":material/slideshow:"),
}
_RENDERS: dict[str, Callable[[], None]] = {}


def register(renders: Mapping[str, Callable[[], None]]) -> list[st.Page]:
    """Take every view's render function (app.py) and return the pages, in menu order."""
    missing = VIEWS.keys() - renders.keys()
    if missing:
        raise ValueError(f"no render function for the page(s) {', '.join(sorted(missing))}")
    _RENDERS.update(renders)
    return [page(url_path) for url_path in VIEWS]


def page(url_path: str) -> st.Page:
    """The st.Page of one of our views (Overview is the default page, served at `/`)."""
    title, icon = VIEWS[url_path]
    return st.Page(_RENDERS[url_path], title=title, icon=icon, url_path=url_path,
                   default=url_path == "overview")


def query_for(filters: Filters | None, **extra: Any) -> dict[str, str]:
    """Query parameters for a link: the filters plus page parameters (None values dropped)."""
    query = to_query(filters) if filters is not None else {}
    query.update({k: str(v) for k, v in extra.items() if v not in (None, "")})
    return query


def go(url_path: str, filters: Filters | None = None, **extra: Any) -> None:
    """Open another page with these filters (a clicked bar, a button)."""
    st.switch_page(page(url_path), query_params=query_for(filters, **extra))


def link(url_path: str, label: str, filters: Filters | None = None, icon: str | None = None,
         **extra: Any) -> None:
    """A link to another page that keeps the filters (and opens e.g. one article)."""
    st.page_link(page(url_path), label=label, icon=icon, query_params=query_for(filters, **extra))


def href(url_path: str, filters: Filters | None = None, **extra: Any) -> str:
    """A relative URL for HTML and markdown links (table cells, highlighted text)."""
    query = urlencode(query_for(filters, **extra))
    return url_path + (f"?{query}" if query else "")
