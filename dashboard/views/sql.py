"""SQL: researchers query the database themselves, and compare coders' corrections.

Query tab: one read-only SELECT (stance.sandbox checks and runs it on a locked copy, with a
time limit and a row cap), the schema beside the editor (read from DuckDB's catalogue), example
queries (stance.sandbox.examples), the sidebar filters bound as $country, $stance..., and
downloads that carry a provenance file. Corrections tab: the audit trail, CSV export/import,
and agreement between the machine and a coder or between two coders (per label and Cohen's
kappa).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import data, nav, ui
from dashboard.state import PageContext, context
from stance import agreement
from stance.config import sql_memory
from stance.corrections import (
    FIELDS,
    MACHINE,
    describe_value,
    export_download,
    import_corrections,
)
from stance.errors import StanceError
from stance.provenance import export_table
from stance.sandbox import (
    DEFAULT_ROW_CAP,
    DEFAULT_TIME_LIMIT,
    QueryFailed,
    QueryOverMemory,
    QueryRefused,
    QueryTimeout,
    SqlResult,
    available_parameters,
    default_example,
    examples,
    run_sql,
)

LIMIT = 100  # the value of $limit on this page
RELATION_NOTES = {
    "statements_full": "every statement with its article, machine and corrected labels side "
                       "by side",
    "filtered_statements": "the sidebar filter as a table: pass $country, $target, $stance, "
                           "$from, $to, $outlet, $dataset, $corrected",
    "statements": "statements as the extractor (or a coded upload) gave them",
    "articles": "one row per article, with its full text",
    "corrections": "researchers' corrections: the audit trail",
    "datasets": "each ingest run or upload",
}
_TEXT_KEY = "sql_text"
_OUTCOME_KEY = "sql_outcome"
_KAPPA_SCALE = [(0.0, "poor"), (0.2, "slight"), (0.4, "fair"), (0.6, "moderate"),
                (0.8, "substantial"), (1.01, "almost perfect")]


def _load_example() -> None:
    title = st.session_state.get("sql_example")
    if title:
        st.session_state[_TEXT_KEY] = examples()[title].strip()


def _schema() -> None:
    catalogue = data.run("sql_catalogue")
    st.markdown("**Schema**")
    st.caption("Tables and views you can query (from the database's catalogue).")
    order = {"view": 0, "table macro": 1, "table": 2}
    relations = sorted(catalogue.groupby("relation"),
                       key=lambda item: (order.get(item[1]["kind"].iloc[0], 3), item[0]))
    for relation, group in relations:
        kind = group["kind"].iloc[0]
        with st.expander(f"{relation} · {kind}", expanded=relation == "statements_full"):
            if relation in RELATION_NOTES:
                st.caption(RELATION_NOTES[relation])
            if kind == "table macro":
                st.code(f"{relation}({', '.join(group['name'])})", language="sql",
                        wrap_lines=True)
                continue
            st.dataframe(group[["name", "type"]], hide_index=True, width="stretch",
                         height=min(35 * (len(group) + 1) + 3, 320),
                         key=f"schema_{relation}")


def _run(sql: str, ctx: PageContext) -> None:
    params = available_parameters(ctx.filters, limit=LIMIT)
    try:
        result = run_sql(data.database(), sql, params)
    except QueryRefused as error:
        st.session_state[_OUTCOME_KEY] = {"error": error.reason, "kind": "refused"}
    except (QueryTimeout, QueryOverMemory) as error:
        st.session_state[_OUTCOME_KEY] = {"error": str(error), "kind": "timeout"}
    except QueryFailed as error:
        st.session_state[_OUTCOME_KEY] = {"error": str(error), "kind": "failed"}
    else:
        st.session_state[_OUTCOME_KEY] = {"result": result, "filters": ctx.filters}


def _show_outcome() -> None:
    outcome = st.session_state.get(_OUTCOME_KEY)
    if not outcome:
        st.caption("Results appear here. Examples above; the schema is on the right.")
        return
    if "error" in outcome:
        titles = {"refused": "Query refused", "timeout": "Query stopped",
                  "failed": "DuckDB could not run the query"}
        st.error(f"**{titles[outcome['kind']]}:** {outcome['error']}",
                 icon=":material/block:")
        return
    result: SqlResult = outcome["result"]
    rows = len(result.frame)
    bound = ", ".join(f"${k} = {_short(v)}" for k, v in sorted(result.params.items()))
    st.markdown(f"**{rows:,}** row{'s' if rows != 1 else ''} in {result.seconds:.2f} s")
    if bound:
        st.caption(f"Bound from the sidebar: {bound}")
    if result.truncated:
        st.warning(f"Only the first {rows:,} rows are shown and downloadable (at most "
                   f"{result.row_cap:,} rows and 64 MB); add a LIMIT or aggregate to see the "
                   "rest.", icon=":material/content_cut:")
    try:
        st.dataframe(result.frame, hide_index=True, width="stretch", key="sql_result_table")
    except Exception:  # types Arrow/Streamlit cannot show (e.g. HUGEINT, INTERVAL) as text
        st.dataframe(result.frame.astype(str), hide_index=True, width="stretch",
                     key="sql_result_table_text")
    _downloads(result, outcome["filters"])


def _short(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]" if value else "[] (all)"
    return "NULL" if value is None else str(value)


def _downloads(result: SqlResult, filters) -> None:
    db = data.database()
    url = getattr(st.context, "url", None)

    def bundle(fmt: str) -> bytes:
        return export_table(db, result.table, fmt, "sql_result", "SQL query result",
                            result.sql, result.params, filters, all_datasets=True,
                            view_url=url).data

    st.caption("Downloads are ZIP files: the table plus `sql_result.provenance.json` (the SQL, "
               "its parameters, the datasets, extractor versions and date). Formula-like "
               "cells are neutralised in the CSV.")
    row = st.container(horizontal=True)
    row.download_button("Download CSV", lambda: bundle("csv"),
                            file_name="sql_result_csv.zip", mime="application/zip",
                            icon=":material/download:", key="sql_download_csv",
                            on_click="ignore")
    row.download_button("Download Parquet", lambda: bundle("parquet"),
                            file_name="sql_result_parquet.zip", mime="application/zip",
                            icon=":material/download:", key="sql_download_parquet",
                            on_click="ignore")


def _query_tab(ctx: PageContext) -> None:
    editor, schema = st.columns([2.2, 1], gap="large")
    with editor:
        options = list(examples())
        st.selectbox("Start from an example", options, index=None, key="sql_example",
                     on_change=_load_example, placeholder="Choose an example query…")
        if _TEXT_KEY not in st.session_state:
            st.session_state[_TEXT_KEY] = default_example()
        with st.form("sql_form", border=False):
            sql = st.text_area(
                "SQL (DuckDB dialect)", key=_TEXT_KEY, height=260,
                help="One SELECT or WITH ... SELECT. $country, $target, $stance, $outlet, "
                     "$dataset, $from, $to and $corrected are the sidebar filters; $limit is "
                     f"{LIMIT}. No writes, files, extensions or settings; queries stop after "
                     f"{DEFAULT_TIME_LIMIT:g} s or {sql_memory() // 1024 ** 2:,} MB of memory "
                     f"and return at most {DEFAULT_ROW_CAP:,} rows. Your query reads the "
                     "statements themselves, not the pre-aggregated tables the charts read, so "
                     "on millions of statements it may take seconds where a chart takes a "
                     "fraction of one.")
            submitted = st.form_submit_button("Run query", type="primary",
                                              icon=":material/play_arrow:")
        if submitted:
            _run(sql or "", ctx)
        _show_outcome()
    with schema:
        _schema()


# --- corrections and agreement ------------------------------------------------------------

def _corrections_tab() -> None:
    db = data.database()
    recent = data.run("corrections_recent", limit=200)
    st.subheader("Corrections")
    st.caption("Every correction made on the Statements page is kept: who changed which label, "
               "from what to what, when and why. The latest correction of a label wins.")
    exchange, incoming = st.columns(2, gap="large")
    with exchange:
        st.markdown("**Export** all corrections as CSV, to share with another coder")
        st.download_button(
            "Download corrections",
            lambda: export_download(db).data,
            file_name="corrections.zip", mime="application/zip", icon=":material/download:",
            key="corrections_download", on_click="ignore")
    with incoming:
        uploaded = st.file_uploader(
            "**Import** another coder's corrections (CSV)", type=["csv"],
            key="corrections_upload",
            help="Columns: statement_id, field, old_value, new_value, note, coder, "
                 "corrected_at. All rows or none; rows already here are skipped.")
        if uploaded is not None and st.button("Import corrections", key="corrections_import",
                                              icon=":material/upload:"):
            _import(uploaded)
    if recent.empty:
        st.info("No corrections yet. Open a statement on the Statements page and use "
                "“Correct this statement”.")
        return
    st.dataframe(_readable(recent), hide_index=True, width="stretch", key="corrections_recent",
                 column_config={
                     "corrected_at": st.column_config.DatetimeColumn("When",
                                                                     format="YYYY-MM-DD HH:mm"),
                     "coder": "Coder", "field": "Field", "old_value": "Was", "new_value": "Now",
                     "note": "Note", "speaker": "Speaker", "title": "Article",
                     "statement_id": st.column_config.LinkColumn("Statement",
                                                                 display_text="open"),
                 })
    _agreement()


def _import(uploaded) -> None:
    try:
        text = uploaded.getvalue().decode("utf-8-sig")
        summary = import_corrections(data.database(), uploaded.name, text=text)
    except UnicodeDecodeError:
        st.error(f"{ui.md(uploaded.name)}: not UTF-8 text; save it as “CSV UTF-8” and try again.")
        return
    except StanceError as error:
        st.error(f"Nothing imported. {ui.md(error)}")
        return
    data.invalidate()
    st.success(f"{ui.md(uploaded.name)}: {ui.md(summary)}.")


def _readable(frame: pd.DataFrame) -> pd.DataFrame:
    shown = frame.copy()
    shown["statement_id"] = [nav.href("statements", statement=sid)
                             for sid in shown["statement_id"]]
    for column in ("old_value", "new_value"):
        shown[column] = [describe_value(f, v) if isinstance(v, str) else "(none)"
                         for f, v in zip(shown["field"], shown[column], strict=True)]
    return shown


def kappa_words(kappa: float) -> str:
    """Landis & Koch's words for a kappa value."""
    if math.isnan(kappa):
        return "undefined"
    for bound, words in _KAPPA_SCALE:
        if kappa <= bound:
            return words
    return _KAPPA_SCALE[-1][1]


def _agreement() -> None:
    st.subheader("Agreement")
    raters_frame = data.run("corrections_raters")
    raters = list(dict.fromkeys(raters_frame["rater"]))
    coders = [r for r in raters if r != MACHINE]
    if not coders:
        return
    field_col, a_col, b_col = st.columns(3)
    field = field_col.selectbox("Label", FIELDS, key="agreement_field",
                                format_func=lambda f: f.replace("_", " "))
    rater_a = a_col.selectbox("Rater A", raters, index=0, key="agreement_a",
                              format_func=agreement.rater_name)
    others = [r for r in raters if r != rater_a]
    rater_b = b_col.selectbox("Rater B", others, index=0, key="agreement_b",
                              format_func=agreement.rater_name)
    result = data.agreement(field, rater_a, rater_b)
    if not result.statements:
        st.info(result.summary() + ". Coders record a label by correcting it, or by "
                "confirming it (“Also record the unchanged labels”).")
        return
    cols = st.columns(3)
    cols[0].metric("Statements both labelled", f"{result.statements:,}")
    cols[1].metric("Observed agreement", f"{result.observed:.0%}")
    kappa = "—" if math.isnan(result.kappa) else f"{result.kappa:.2f}"
    cols[2].metric("Cohen's kappa", kappa, help="Agreement beyond chance: 1 perfect, 0 what "
                   "chance alone gives. Undefined when both raters used one label throughout.")
    st.caption(f"{result.summary()} ({kappa_words(result.kappa)} agreement on the Landis & "
               "Koch scale).")
    labels = result.labels.copy()
    labels["label"] = [v if v == agreement.NONE_LABEL else describe_value(field, v)
                       for v in labels["label"]]
    name_a, name_b = agreement.rater_name(rater_a), agreement.rater_name(rater_b)
    st.dataframe(labels, hide_index=True, width="stretch", key="agreement_labels",
                 column_config={
                     "label": "Label", "rater_a": f"Used by {name_a}",
                     "rater_b": f"Used by {name_b}", "both": "Both",
                     "agreement": st.column_config.ProgressColumn(
                         "Specific agreement", min_value=0.0, max_value=1.0, format="%.2f"),
                 })
    st.markdown(f"**Disagreements** ({len(result.disagreements)})")
    if result.disagreements.empty:
        st.caption("None: the raters agree on every statement both labelled.")
        return
    differ = result.disagreements.copy()
    differ["statement_id"] = [nav.href("statements", statement=sid)
                              for sid in differ["statement_id"]]
    st.dataframe(differ, hide_index=True, width="stretch", key="agreement_disagreements",
                 column_config={
                     "statement_id": st.column_config.LinkColumn("Statement",
                                                                 display_text="open"),
                     "label_a": name_a, "label_b": name_b, "speaker": "Speaker",
                     "title": "Article",
                     "sentence": st.column_config.TextColumn("Sentence", width="large")})


def render() -> None:
    ctx = context()
    ui.header("SQL", ctx, "Query the database yourself (read-only), and compare coders' "
                          "corrections.")
    query, corrections = st.tabs(["Query", "Corrections & agreement"])
    with query:
        _query_tab(ctx)
    with corrections:
        _corrections_tab()
