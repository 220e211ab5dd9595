"""Statements: the explorer. Search, sort and page through the filtered statements (all in
SQL, one page at a time); select a row to see its evidence with speaker, cue and quote
highlighted, and download the filtered statements as CSV or Parquet."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, nav, present, ui
from dashboard.corrections_form import corrections_form
from dashboard.data import run
from dashboard.highlight import sentence_html
from dashboard.state import PageContext, context
from stance.dates import format_date
from stance.filters import STATEMENT_SORTS
from stance.gazetteer import country_name
from stance.provenance import export_statements_file, export_stem

PAGE_SIZES = (25, 50, 100)
# Least confidence shown (`?confidence=0.7`): the extractor's (or learned model's) certainty
CONFIDENCES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
PRESENT_CARDS = 20
EXPORT_MAX_ROWS = 250_000
SORTS = {key: key.capitalize() for key in STATEMENT_SORTS}  # value -> label
COLUMNS = ["date", "speaker", "country", "role", "stance", "stance_cue", "target", "confidence",
           "outlet", "sentence"]


def like_pattern(text: str) -> str:
    """The ILIKE pattern for a search box: the words as typed, wildcards taken literally."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if escaped else "%"


def _search_changed() -> None:
    value = st.session_state.get("statements_q", "").strip()
    if value:
        st.query_params["q"] = value
    else:
        st.query_params.pop("q", None)
    st.session_state["statements_page"] = 1
    st.query_params.pop("page", None)
    st.query_params.pop("statement", None)


def url_confidence() -> float:
    """`?confidence=0.7` as one of CONFIDENCES (anything else: no threshold)."""
    try:
        value = float(st.query_params.get("confidence", "0"))
    except ValueError:
        return 0.0
    return value if value in CONFIDENCES else 0.0


def _confidence_changed() -> None:
    value = st.session_state.get("statements_confidence", 0.0)
    if value:
        st.query_params["confidence"] = f"{value:g}"
    else:
        st.query_params.pop("confidence", None)
    st.session_state["statements_page"] = 1
    st.query_params.pop("page", None)


# The table's state in the URL (a shared link reopens the same page of the same order):
# widget key -> (parameter, reader of the URL value, default)
_URL_STATE = {
    "statements_sort": ("sort", lambda v: v if v in SORTS else None, "date"),
    "statements_desc": ("desc", lambda v: {"0": False, "1": True}.get(v), True),
    "statements_size": ("rows", lambda v: int(v) if v and v.isdigit() and int(v) in PAGE_SIZES
                        else None, PAGE_SIZES[0]),
    "statements_page": ("page", lambda v: int(v) if v and v.isdigit() and int(v) >= 1
                        else None, 1),
}


def _state_from_url() -> None:
    """Set the table's widgets from the URL when it changed (a link was opened)."""
    for key, (param, read, default) in _URL_STATE.items():
        raw = st.query_params.get(param)
        if key not in st.session_state or raw != st.session_state.get(f"_{key}_url"):
            value = read(raw)
            st.session_state[key] = default if value is None else value
        st.session_state[f"_{key}_url"] = raw


def _state_to_url(key: str) -> None:
    """A widget changed: write its value to the URL (a default value leaves the URL)."""
    param, _, default = _URL_STATE[key]
    value = st.session_state.get(key, default)
    text = {True: "1", False: "0"}.get(value, str(value)) if isinstance(value, bool) \
        else str(value)
    if value == default:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = text
    st.session_state[f"_{key}_url"] = st.query_params.get(param)
    if key != "statements_page":  # another order or size starts at the first page
        st.session_state["statements_page"] = 1
        _state_to_url("statements_page")


def view_link(ctx: PageContext, search: str, least: float) -> str:
    """The URL of the table as shown: filters, search, confidence, order, size and page."""
    extra = {param: st.query_params.get(param) for param, _, _ in _URL_STATE.values()}
    return nav.href("statements", ctx.filters, q=search.strip() or None,
                    confidence=f"{least:g}" if least else None, **extra)


def _controls() -> tuple[str, str, bool, int, float]:
    if "statements_q" not in st.session_state or st.query_params.get("q", "") != \
            st.session_state.get("_statements_q_url"):
        st.session_state["statements_q"] = st.query_params.get("q", "")
    st.session_state["_statements_q_url"] = st.query_params.get("q", "")
    if "statements_confidence" not in st.session_state:
        st.session_state["statements_confidence"] = url_confidence()
    _state_from_url()
    search_col, sort_col, order_col, size_col, sure_col = st.columns(
        [3, 1.2, 1, 0.8, 1], vertical_alignment="bottom")
    search = search_col.text_input("Search sentences, speakers, titles and outlets",
                                   key="statements_q", on_change=_search_changed,
                                   placeholder="e.g. humanitarian, Lavrov, Reuters")
    sort = sort_col.selectbox("Sort by", list(SORTS), format_func=SORTS.get,
                              key="statements_sort", on_change=_state_to_url,
                              args=("statements_sort",))
    descending = order_col.toggle("Descending", key="statements_desc",
                                  on_change=_state_to_url, args=("statements_desc",))
    size = size_col.selectbox("Rows", PAGE_SIZES, key="statements_size",
                              on_change=_state_to_url, args=("statements_size",))
    least = sure_col.selectbox(
        "Min. confidence", CONFIDENCES, key="statements_confidence",
        format_func=lambda v: "any" if not v else f"{v:.0%}", on_change=_confidence_changed,
        help="Leave out statements the extractor was less sure of (its confidence in the "
             "stance it gave). Hand-coded statements always show.")
    return search, sort, descending, int(size), float(least)


def table_frame(frame: pd.DataFrame) -> pd.DataFrame:
    shown = frame[COLUMNS].copy()
    shown["date"] = ui.shown_dates(frame, "date")
    for column in ("role", "stance_cue", "outlet", "speaker"):
        shown[column] = shown[column].fillna("")
    shown["country"] = [country_name(c) if isinstance(c, str) and c else ""
                        for c in shown["country"]]
    shown["target"] = [country_name(c) if isinstance(c, str) and c else ""
                       for c in shown["target"]]
    return shown


def _detail(statement_id: str, ctx: PageContext) -> None:
    found = run("statement_detail", ctx.filters, statement_id=statement_id)
    if found.empty:
        st.info("This statement is no longer in the database.")
        return
    row: dict[str, Any] = {k: None if _missing(v) else v
                           for k, v in found.iloc[0].to_dict().items()}
    with st.container(border=True, key="statement_detail"):
        st.markdown("**Evidence**")
        st.html(sentence_html(row, large=ctx.present))
        facts = [
            ("Speaker", row.get("speaker")), ("Role", row.get("role")),
            ("Country", country_name(row["country"]) if row.get("country") else None),
            ("Stance", row.get("stance")), ("Cue", row.get("stance_cue")),
            ("Target", country_name(row["target"]) if row.get("target") else None),
            ("Confidence", f"{row['confidence']:.2f}" if pd.notna(row.get("confidence"))
             else None),
            ("Outlet", row.get("outlet")),
            ("Date", format_date(row.get("published"), row.get("date_precision"))),
        ]
        st.markdown(" · ".join(f"**{label}:** {ui.md(value)}" for label, value in facts
                               if value not in (None, "")))
        if row.get("corrected"):
            st.caption("Corrected by a researcher.")
        nav.link("article", f"Open the article: {ui.md(row.get('title') or 'untitled')}",
                 ctx.filters, icon=":material/article:", article=row["article_id"],
                 statement=row["statement_id"])
        # ---- Corrections slot --------------------------------------------------------------
        corrections_form(statement_id)
        # ------------------------------------------------------------------------------------


def _card(row: dict[str, Any]) -> None:
    """One statement on a projector: who, the highlighted sentence, stance, cue and source."""
    country = country_name(row["country"]) if row.get("country") else None
    who = ", ".join(str(v) for v in (row.get("role"), country)
                    if v and v != row.get("speaker"))
    st.subheader(ui.md(f"{row.get('speaker') or 'Unknown speaker'}"
                       + (f" ({who})" if who else "")))
    st.html(sentence_html(row, large=True))
    when = format_date(row.get("date"), row.get("date_precision"), long=True)
    cue = f" · cue “{row['stance_cue']}”" if row.get("stance_cue") else ""
    st.markdown(f"**{ui.md(str(row.get('stance', '')).capitalize())}**{ui.md(cue)} · "
                f"{ui.md(row.get('outlet') or 'unknown outlet')} {ui.md(when)}")


def _present(ctx: PageContext, pattern: str, total: int) -> None:
    """Presentation mode: the first statements one per screen, in large type."""
    frame = run("statements_page", ctx.filters, search=pattern, sort="date", descending=True,
                min_confidence=url_confidence(),
                limit=PRESENT_CARDS, offset=0)
    records = [{k: None if _missing(v) else v for k, v in r.items()}
               for r in frame.to_dict("records")]
    st.caption(f"{total:,} statement(s); the {len(records)} most recent, one per screen.")
    present.slides([(str(r.get("speaker") or "statement"), lambda r=r: _card(r))
                    for r in records], True)


def _missing(value: object) -> bool:
    """NaN / NaT / NA / None: pandas' many ways of saying "no value" in an object column."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are values
        return False


def _downloads(ctx: PageContext, search: str, least: float, total: int) -> None:
    db = data.database()
    st.caption(f"Download the {min(total, EXPORT_MAX_ROWS):,} statement(s) of this view (the "
               "sidebar filters, the search and the least confidence; every page, newest "
               f"first; at most {EXPORT_MAX_ROWS:,}) as a ZIP with a provenance file: the link "
               "that reopens this view, filters, SQL, extractor version, datasets, date. A "
               "corrected row carries the machine's labels beside the corrected ones; "
               "formula-like cells are neutralised in the CSV.")
    stem = export_stem(ctx.filters, like_pattern(search))
    note = (f"All rows of the view, newest first; the screen showed page "
            f"{st.session_state.get('statements_page', 1)} sorted by "
            f"{SORTS.get(st.session_state.get('statements_sort', 'date'), 'date').lower()}.")
    view = view_link(ctx, search, least)
    cols = st.columns(2)
    for col, fmt, label in ((cols[0], "csv", "Download CSV"),
                            (cols[1], "parquet", "Download Parquet")):
        col.download_button(
            label, lambda fmt=fmt: export_statements_file(
                db, ctx.filters, fmt, stem=f"{stem}_{fmt}", max_rows=EXPORT_MAX_ROWS,
                search=like_pattern(search), min_confidence=least, view_url=view,
                note=note).data,
            file_name=f"{stem}_{fmt}.zip", mime="application/zip",
            icon=":material/download:", key=f"download_{fmt}", on_click="ignore")


def render() -> None:
    ctx = context()
    ui.header("Statements", ctx, "Every extracted statement with its evidence. Select a row "
                                 "to read the sentence.")
    if ctx.present:
        search, sort, descending, size = st.query_params.get("q", ""), "date", True, PRESENT_CARDS
        least = url_confidence()
    else:
        search, sort, descending, size, least = _controls()
    pattern = like_pattern(search)
    total = int(run("statements_count", ctx.filters, search=pattern,
                    min_confidence=least).iloc[0]["statements"])
    if total == 0:
        if search.strip():
            st.info(f"No statement matches “{ui.md(search.strip())}” under these filters.")
        else:
            ui.empty_state(ctx)
        if st.query_params.get("statement"):  # a link to one statement works whatever the filters
            _detail(st.query_params["statement"], ctx)
        return
    if ctx.present:
        _present(ctx, pattern, total)
        return
    pages = max(1, math.ceil(total / size))
    if int(st.session_state.get("statements_page", 1)) > pages:
        st.session_state["statements_page"] = 1
        st.query_params.pop("page", None)
    info, pager = st.columns([3, 1], vertical_alignment="bottom")
    number = pager.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1,
                                key="statements_page", on_change=_state_to_url,
                                args=("statements_page",))
    first = (int(number) - 1) * size
    info.markdown(f"**{total:,}** statement(s) · showing {first + 1:,}–"
                  f"{min(first + size, total):,}")
    frame = run("statements_page", ctx.filters, search=pattern, sort=sort,
                descending=descending, limit=size, offset=first, min_confidence=least)
    ui.toolbar_room()
    event = st.dataframe(
        table_frame(frame), hide_index=True, width="stretch", key="statements_table",
        on_select="rerun", selection_mode="single-row",
        column_config={
            "date": st.column_config.TextColumn("Date", width="small"),
            "speaker": st.column_config.TextColumn("Speaker", width="medium"),
            "country": st.column_config.TextColumn("Country", width="small"),
            "role": st.column_config.TextColumn("Role", width="small"),
            "stance": st.column_config.TextColumn("Stance", width="small"),
            "stance_cue": st.column_config.TextColumn("Cue", width="small"),
            "target": st.column_config.TextColumn("Target", width="small"),
            "confidence": st.column_config.NumberColumn("Conf.", width="small", format="%.2f"),
            "outlet": st.column_config.TextColumn("Outlet", width="small"),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
        })
    rows = event.selection.rows if event is not None else []
    chosen = frame.iloc[rows[0]]["statement_id"] if rows else st.query_params.get("statement")
    if rows and st.query_params.get("statement") != chosen:
        st.query_params["statement"] = chosen
    if chosen:
        _detail(str(chosen), ctx)
    elif not ctx.present:
        st.caption("Select a row to see its evidence.")
    if not ctx.present:
        _downloads(ctx, search, least, total)
