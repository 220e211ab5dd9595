"""Article: the full text of one article (`/article?article=ID`) with every extracted statement
highlighted in its stance colour and labelled with speaker and cue; a picker when no article
(or an unknown one) is asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import nav, ui
from dashboard.data import run
from dashboard.highlight import SCROLL_TO_FOCUS, Mark, page_html
from dashboard.state import PageContext, context
from dashboard.views.statements import like_pattern
from stance.dates import format_date
from stance.frontmatter import split_front_matter
from stance.gazetteer import country_name

PICKER_ROWS = 200


def marks_for(statements: pd.DataFrame, focus: str | None = None) -> list[Mark]:
    """Numbered marks (1, 2, ... in table order) for the statements of one article that have
    a place in its text (hand-coded statements may have none and keep only their number);
    the statement `focus` names is outlined."""
    return [Mark.from_row(row, number=i, focus=bool(focus) and row["statement_id"] == focus)
            for i, row in enumerate(statements.to_dict("records"), start=1)
            if Mark.has_span(row)]


def statements_table(statements: pd.DataFrame) -> pd.DataFrame:
    shown = statements[["speaker", "role", "country", "stance", "stance_cue", "target",
                        "quote"]].copy()
    for column in ("role", "stance_cue", "quote"):
        shown[column] = shown[column].fillna("")
    shown.insert(0, "n", range(1, len(shown) + 1))
    for column in ("country", "target"):
        shown[column] = [country_name(c) if isinstance(c, str) and c else ""
                         for c in shown[column]]
    return shown


def _metadata(article: dict[str, Any]) -> str:
    parts = [article.get("outlet"),
             format_date(article.get("published"), article.get("date_precision"), long=True),
             f"dataset {article['dataset']}"]
    return " · ".join(ui.md(p) for p in parts if p)  # outlet and dataset are user text


def _open(article_id: str) -> None:
    st.query_params["article"] = article_id


def _picker(ctx: PageContext) -> None:
    st.subheader("Choose an article")
    search = st.text_input("Search titles and outlets", key="article_search")
    found = run("article_list", ctx.filters, search=like_pattern(search), limit=PICKER_ROWS)
    if found.empty:
        ui.empty_state(ctx, "No article with statements matches.")
        return
    labels = {
        row.article_id: (f"{row.title or 'Untitled'} — {row.outlet or 'unknown outlet'}, "
                         f"{format_date(row.published, row.date_precision)}"
                         if pd.notna(row.published)
                         else f"{row.title or 'Untitled'} — {row.outlet or 'unknown outlet'}")
        + f" ({row.statements} statements)"
        for row in found.itertuples()}
    choice = st.selectbox("Article", list(labels), format_func=labels.get, index=None,
                          placeholder="Pick an article", key="article_pick")
    if len(found) == PICKER_ROWS:
        st.caption(f"The {PICKER_ROWS} newest articles under the filters; search to narrow.")
    if choice:
        _open(choice)
        st.rerun()


def render() -> None:
    ctx = context()
    article_id = st.query_params.get("article", "").strip()
    if not article_id:
        ui.header("Article", ctx, "Read an article with every statement highlighted.")
        _picker(ctx)
        return
    found = run("article_detail", article=article_id)
    if found.empty:
        ui.header("Article", ctx)
        st.warning(f"No article with the id “{ui.md(article_id)}” is in the database (it may have "
                   "been deleted with its dataset).")
        _picker(ctx)
        return
    article = found.iloc[0].to_dict()
    # an untitled article is named by its file, never by the folder it was loaded from
    st.title(ui.md(article.get("title") or Path(str(article.get("name") or "")).name
                   or "Untitled article"))
    st.caption(_metadata(article))
    url = str(article.get("url") or "")
    if url.startswith(("http://", "https://")) and not ctx.present:
        st.link_button("Original article", url, icon=":material/open_in_new:")
    statements = run("article_statements", ctx.filters, article=article_id)
    counts = statements["stance"].value_counts() if not statements.empty else {}
    st.markdown(f"**{len(statements)}** statement(s): " + " · ".join(
        f"{label} {int(counts.get(s, 0))}" for s, label in
        (("tighten", "tighten"), ("ease", "ease"), ("neutral", "neutral"))))
    text = str(article["text"])
    focus = st.query_params.get("statement")
    marks = marks_for(statements, focus)
    if focus and any(m.focus for m in marks):
        st.caption(f"The statement you followed is outlined (statement "
                   f"{next(m.number for m in marks if m.focus)}).")
    st.html(page_html(text, marks, large=ctx.present,
                      begin=split_front_matter(text)[1]))  # the file's header is not news
    if focus and any(m.focus for m in marks):
        st.html(SCROLL_TO_FOCUS, unsafe_allow_javascript=True)
    unplaced = len(statements) - len(marks)
    if unplaced:
        where = "outside presentation mode" if ctx.present else "in the table below"
        st.caption(f"{unplaced} statement(s) were coded by hand without a position in the text: "
                   f"they are listed {where}, not marked above.")
    if not statements.empty and not ctx.present:
        st.subheader("Statements in this article")
        st.dataframe(statements_table(statements), hide_index=True, width="stretch",
                     column_config={"n": "#", "speaker": "Speaker", "role": "Role",
                                    "country": "Country", "stance": "Stance",
                                    "stance_cue": "Cue", "target": "Target",
                                    "quote": st.column_config.TextColumn("Quote",
                                                                         width="large")})
    if not ctx.present:
        nav.link("article", "Choose another article", ctx.filters, icon=":material/list:")
