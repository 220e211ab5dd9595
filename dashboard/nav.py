"""The dashboard's pages by URL path, and links between them that carry the filters.

Page objects are made here (views are imported lazily, so a view can link to another without
an import cycle); `app.pages()` lists them for `st.navigation`. A Page is identified by its
url_path, so a page made again here for `st.switch_page` is the one registered in the app.
"""

from __future__ import annotations

import importlib
from typing import Any

import streamlit as st

from dashboard.filters import to_query
from stance.filters import Filters

# url_path -> (module under dashboard.views, title, icon)
VIEWS: dict[str, tuple[str, str, str]] = {
    "overview": ("overview", "Overview", ":material/bar_chart:"),
    "countries": ("countries", "Countries", ":material/public:"),
    "officials": ("officials", "Officials", ":material/person:"),
    "quotes": ("quotes", "Quotes", ":material/format_quote:"),
    "statements": ("statements", "Statements", ":material/table_rows:"),
    "article": ("article", "Article", ":material/article:"),
    "analyze": ("analyze", "Analyze", ":material/edit_note:"),
    "upload": ("upload", "Upload", ":material/upload_file:"),
    "sql": ("sql", "SQL", ":material/terminal:"),
}


def page(url_path: str) -> st.Page:
    """The st.Page of one of our views (Overview is the default page, served at `/`)."""
    module_name, title, icon = VIEWS[url_path]
    module = importlib.import_module(f"dashboard.views.{module_name}")
    return st.Page(module.render, title=title, icon=icon, url_path=url_path,
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
    from urllib.parse import urlencode

    query = urlencode(query_for(filters, **extra))
    return url_path + (f"?{query}" if query else "")
