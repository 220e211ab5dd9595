"""The sidebar: filter widgets, and the filters as URL query parameters.

The URL is the source of truth when a page opens (a teacher's link reopens the same view);
after that the widgets are, and every change is written back to the URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import streamlit as st

from stance.filters import Filters
from stance.gazetteer import country_name
from stance.models import STANCES

LIST_KEYS = ("country", "target", "stance", "outlet", "dataset")
FILTER_KEYS = (*LIST_KEYS, "from", "to", "labels", "topics", "sides")
# Page parameters that survive a filter change (the filters themselves are rewritten).
PAGE_KEYS = ("present", "slide", "article", "q", "statement", "sort", "confidence", "desc",
             "page", "rows", "quote", "screen", "measure", "deck")
_UPPER = {"country", "target"}
_SYNCED = "_synced_query"
_WIDGET_KEYS = (*(f"filter_{key}" for key in LIST_KEYS), "filter_dates", "filter_machine_labels",
                "filter_all_topics", "filter_sides")


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


_CHOICES = {"labels": ("corrected", "machine"), "topics": ("sanctions", "all"),
            "present": ("0", "1"), "sides": ("0", "1"), "screen": ("large", "small"),
            "measure": ("statements", "articles")}


def url_problems(params: Mapping[str, str]) -> list[str]:
    """What a link asks for that the app ignores: unknown parameters (`?topic=iran`) and
    values it cannot read (`stance=maybe`, `from=2019-13-01`), each said in words."""
    problems = [f"“{key}” is not a parameter of this app" for key in params
                if key not in FILTER_KEYS and key not in PAGE_KEYS]
    for key in _UPPER:
        bad = [v for v in _split(params.get(key)) if not re.fullmatch(r"[A-Za-z]{3}", v)]
        problems += [f"{key}={v} is not a three-letter country code" for v in bad]
    problems += [f"stance={v} is not tighten, ease or neutral"
                 for v in _split(params.get("stance")) if v.lower() not in STANCES]
    for key in ("from", "to"):
        if params.get(key) and _date(params.get(key)) is None:
            problems.append(f"{key}={params[key]} is not a date (write 2019-05-31)")
    for key, allowed in _CHOICES.items():
        if params.get(key) and params[key] not in allowed:
            problems.append(f"{key}={params[key]} is not one of {', '.join(allowed)}")
    return problems


def from_query(params: Mapping[str, str]) -> Filters:
    """Filters from `?country=CHN,RUS&stance=ease&from=2017-01-01`; bad values are dropped."""
    values = {key: _split(params.get(key)) for key in LIST_KEYS}
    for key in _UPPER:
        values[key] = tuple(v.upper() for v in values[key])
    values["stance"] = tuple(v.lower() for v in values["stance"] if v.lower() in STANCES)
    return Filters(**values, date_from=_date(params.get("from")), date_to=_date(params.get("to")),
                   corrected=params.get("labels", "corrected") != "machine",
                   all_topics=params.get("topics", "sanctions") == "all",
                   sides_only=params.get("sides") == "1")


def to_query(filters: Filters) -> dict[str, str]:
    """The query parameters that reproduce `filters` (empty ones left out)."""
    query = {key: ",".join(getattr(filters, key)) for key in LIST_KEYS if getattr(filters, key)}
    if filters.date_from:
        query["from"] = filters.date_from.isoformat()
    if filters.date_to:
        query["to"] = filters.date_to.isoformat()
    if not filters.corrected:
        query["labels"] = "machine"
    if filters.all_topics:
        query["topics"] = "all"
    if filters.sides_only:
        query["sides"] = "1"
    return query


def sync_url(filters: Filters, keep: tuple[str, ...] = PAGE_KEYS) -> None:
    """Write the filters to the URL, keeping page parameters such as `present`."""
    wanted = {k: v for k, v in st.query_params.to_dict().items() if k in keep}
    wanted.update(to_query(filters))
    st.session_state[_SYNCED] = to_query(filters)
    if wanted != st.query_params.to_dict():
        st.query_params.from_dict(wanted)


def _url_changed_elsewhere() -> bool:
    """True when the URL carries filters we did not write: a pasted link, a clicked bar that
    opened another page, the browser's back button. A URL with no filters at all is a page
    switch from the navigation menu, which keeps the current filters."""
    in_url = to_query(from_query(st.query_params.to_dict()))
    return bool(in_url) and in_url != st.session_state.get(_SYNCED)


def clear() -> None:
    """Button callback: drop every filter (widgets and URL), keep page parameters."""
    for key in LIST_KEYS:
        st.session_state[f"filter_{key}"] = []
    st.session_state.pop("filter_dates", None)
    st.session_state[_SYNCED] = {}
    for key in FILTER_KEYS:
        st.query_params.pop(key, None)


def _clamped(first: date | None, last: date | None,
             bounds: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
    """Dates from a link pulled inside the data's range (the date widget refuses others;
    the statements selected are the same)."""
    low, high = bounds
    if not (low and high and first and last):
        return first, last
    first, last = sorted((first, last))
    return min(max(first, low), high), max(min(last, high), low)


def draw(options: Mapping[str, list[str]], bounds: tuple[date | None, date | None]) -> Filters:
    """Render the sidebar filters (initialised from the URL) and return what they select."""
    start = from_query(st.query_params.to_dict())
    if _url_changed_elsewhere():
        for key in _WIDGET_KEYS:
            st.session_state.pop(key, None)
    for key in LIST_KEYS:
        if f"filter_{key}" not in st.session_state:
            known = set(options.get(key, []))
            st.session_state[f"filter_{key}"] = [v for v in getattr(start, key) if v in known]
    if "filter_dates" not in st.session_state:
        st.session_state["filter_dates"] = _clamped(start.date_from or bounds[0],
                                                    start.date_to or bounds[1], bounds)
    st.sidebar.header("Filters")
    labels = {"country": "Speaker country", "target": "Sanctions target", "stance": "Stance",
              "outlet": "Outlet", "dataset": "Dataset"}
    chosen: dict[str, tuple[str, ...]] = {}
    for key in LIST_KEYS:
        formatter = country_name if key in _UPPER else str
        chosen[key] = tuple(st.sidebar.multiselect(
            labels[key], options.get(key, []), key=f"filter_{key}",
            format_func=lambda v, f=formatter: f(v) if f is str else f"{f(v)} ({v})",
            placeholder="All"))
    date_from = date_to = None
    if bounds[0] and bounds[1] and bounds[0] < bounds[1]:
        picked = st.sidebar.date_input("Dates", key="filter_dates",
                                       min_value=bounds[0], max_value=bounds[1])
        if isinstance(picked, tuple | list) and len(picked) == 2:
            date_from = picked[0] if picked[0] != bounds[0] else None
            date_to = picked[1] if picked[1] != bounds[1] else None
    if "filter_machine_labels" not in st.session_state:
        st.session_state["filter_machine_labels"] = not start.corrected
    machine = st.sidebar.toggle(
        "Machine labels only", key="filter_machine_labels",
        help="Show the extractor's labels as they were, without researchers' corrections "
             "(or add `labels=machine` to the link).")
    if "filter_all_topics" not in st.session_state:
        st.session_state["filter_all_topics"] = start.all_topics
    all_topics = st.sidebar.toggle(
        "Include off-topic statements", key="filter_all_topics",
        help="Charts count statements about the sanctions or the dispute behind them. Switch "
             "this on to count every statement, e.g. a speech's other passages (or add "
             "`topics=all` to the link).")
    if "filter_sides" not in st.session_state:
        st.session_state["filter_sides"] = start.sides_only
    sides_only = st.sidebar.toggle(
        "Tighten vs ease only", key="filter_sides",
        help="Leave neutral statements out of every chart, so the bars show how the argued "
             "positions divide (or add `sides=1` to the link).")
    filters = Filters(**chosen, date_from=date_from, date_to=date_to, corrected=not machine,
                      all_topics=all_topics, sides_only=sides_only)
    sync_url(filters)
    return filters


def _years(first: date | None, last: date | None) -> str | None:
    """A date range as a reader says it: "2016-2018" for whole years, else the days."""
    if not first and not last:
        return None
    whole = (not first or (first.month, first.day) == (1, 1)) and \
        (not last or (last.month, last.day) == (12, 31))
    if whole:
        if first and last:
            return str(first.year) if first.year == last.year else f"{first.year}-{last.year}"
        return f"from {first.year}" if first else f"until {last.year}"
    shown = [f"{d:%d %b %Y}" if d else "" for d in (first, last)]
    return f"{shown[0]} to {shown[1]}".strip() if first and last else \
        (f"from {shown[0]}" if first else f"until {shown[1]}")


def in_words(filters: Filters) -> str:
    """The filters as a slide says them: "China, on North Korea, 2016-2018"."""
    parts = []
    if filters.country:
        parts.append(", ".join(country_name(c) for c in filters.country))
    if filters.target:
        parts.append("on " + ", ".join(country_name(c) for c in filters.target))
    parts.append(_years(filters.date_from, filters.date_to))
    if filters.stance:
        parts.append(" and ".join(filters.stance) + " only")
    if filters.sides_only:
        parts.append("tighten vs ease")
    if filters.outlet:
        parts.append("in " + ", ".join(filters.outlet))
    if filters.dataset:
        parts.append("dataset " + ", ".join(filters.dataset))
    if filters.all_topics:
        parts.append("all topics")
    if not filters.corrected:
        parts.append("machine labels")
    said = ", ".join(p for p in parts if p)
    return said or "Every statement about sanctions (no filter)"
