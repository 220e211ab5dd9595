"""What every page needs to know about this run: the filters and whether we are presenting."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from stance.filters import Filters


@dataclass(frozen=True)
class PageContext:
    filters: Filters
    present: bool | str  # False, True, charts.LARGE_SCREEN or SMALL_SCREEN (the screen's size)


def set_context(context: PageContext) -> None:
    st.session_state["_page_context"] = context


def context() -> PageContext:
    return st.session_state.get("_page_context") or PageContext(Filters(), False)
