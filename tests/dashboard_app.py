"""AppTest helpers for the dashboard's pages (callable pages registered with `url_path`)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from tests.fixtures import REPO

APP = str(REPO / "dashboard" / "app.py")


def open_page(url_path: str, query: dict[str, str] | None = None) -> AppTest:
    """Run the app on page `url_path` (as /url_path?query would) and return the AppTest.

    AppTest.switch_page only knows file pages; a callable page's script hash is the hash of its
    url_path (streamlit.navigation.page.StreamlitPage._script_hash), so we set that."""
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if url_path != "overview":
        at._page_hash = calc_hash(url_path)
        at.run()
    return at


def problems(at: AppTest) -> list[str]:
    """Exceptions and error messages on the page (both should be empty)."""
    return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]
