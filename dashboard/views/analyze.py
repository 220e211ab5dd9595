"""Analyze: paste an article (or drop a .txt) and see its statements highlighted with their
stance and the cue behind it; save it to the database as a new article (dataset "pasted").

The application layer reads, extracts and saves (`stance.pipeline`); this page only shows.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, nav, ui
from dashboard.highlight import Mark, page_html
from dashboard.state import context
from stance.errors import StanceError
from stance.frontmatter import split_front_matter
from stance.gazetteer import country_name
from stance.models import Article, Statement
from stance.pipeline import (
    PASTED_DATASET,
    Analysis,
    analyze,
    document_article,
    pasted_article,
    save_analysis,
)

_RESULT = "analyze_result"
MAX_CHARS = 200_000


def _read_upload(upload) -> Article:
    """A dropped .txt/.md/.html file read by the library's own reader (front matter too)."""
    suffix = Path(upload.name).suffix.lower() or ".txt"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(upload.name).stem + suffix)
        path.write_bytes(upload.getvalue())
        article = document_article(path)
    article.name = upload.name
    return article


def statements_frame(statements: list[Statement]) -> pd.DataFrame:
    rows = [{"n": i, "speaker": s.speaker, "role": s.role or "",
             "country": country_name(s.country) if s.country else "", "stance": s.stance,
             "reason": s.stance_cue or "", "target": country_name(s.target) if s.target else "",
             "confidence": round(s.confidence, 2), "quote": s.quote or ""}
            for i, s in enumerate(statements, start=1)]
    return pd.DataFrame(rows, columns=["n", "speaker", "role", "country", "stance", "reason",
                                       "target", "confidence", "quote"])


def _save(result: Analysis) -> None:
    """Save button callback: one transaction; a failure leaves the database as it was."""
    st.session_state.pop("analyze_save_error", None)
    try:
        summary = save_analysis(data.database(), result)
    except StanceError as error:
        st.session_state["analyze_save_error"] = str(error)
        return
    data.invalidate()
    st.session_state["analyze_saved_note"] = (
        "This text is already in the database." if summary.skipped_articles
        else f"Saved: {summary.statements_added} statement(s) in dataset “{PASTED_DATASET}”.")


def _form() -> None:
    with st.form("analyze_form"):
        # no max_chars: the browser would drop a longer paste without a word; checked below
        text = st.text_area("Article text", height=260, key="analyze_text",
                            help=f"Up to {MAX_CHARS:,} characters (about 30,000 words); "
                                 "longer documents go in with `python -m stance ingest`.",
                            placeholder="Paste a news article about sanctions here.")
        upload = st.file_uploader("…or drop a text file", type=["txt", "md", "html"],
                                  key="analyze_file")
        cols = st.columns(3)
        title = cols[0].text_input("Title (optional)", key="analyze_title")
        outlet = cols[1].text_input("Outlet (optional)", key="analyze_outlet")
        published = cols[2].date_input("Date (optional)", value=None, key="analyze_date")
        submitted = st.form_submit_button("Analyze", type="primary",
                                          icon=":material/play_arrow:")
    if not submitted:
        return
    try:
        if upload is not None and not text.strip():
            article = _read_upload(upload)
        else:
            article = pasted_article(text, name=title.strip() or "pasted text", title=title,
                                     outlet=outlet,
                                     date=published.isoformat() if published else "")
        if len(article.text) > MAX_CHARS:
            st.session_state.pop(_RESULT, None)
            st.warning(f"The text is {len(article.text):,} characters; this page analyses at "
                       f"most {MAX_CHARS:,}. Shorten it, or load the file with "
                       "`python -m stance ingest`, which takes documents of any length up to "
                       "10 MB.")
            return
        with st.spinner("Finding statements…"):
            st.session_state[_RESULT] = analyze(article)
        st.session_state.pop("analyze_saved_note", None)
    except StanceError as error:
        st.session_state.pop(_RESULT, None)
        st.warning(f"Nothing to analyze: {ui.md(error)}.")
    except RuntimeError as error:  # the spaCy model is missing, say how to install it
        st.session_state.pop(_RESULT, None)
        st.error(f"The extractor could not start: {error}")


def _result(result: Analysis, present: bool) -> None:
    st.divider()
    statements = result.statements
    counts = pd.Series([s.stance for s in statements]).value_counts()
    st.markdown(f"**{len(statements)}** statement(s) found in {result.seconds:.1f} s: "
                + " · ".join(f"{s} {int(counts.get(s, 0))}"
                             for s in ("tighten", "ease", "neutral")))
    marks = [Mark.from_row(s.contract(), number=i) for i, s in enumerate(statements, start=1)]
    text = result.article.text
    st.html(page_html(text, marks, large=present, begin=split_front_matter(text)[1]))
    if statements:
        st.dataframe(statements_frame(statements), hide_index=True, width="stretch",
                     column_config={"n": "#", "speaker": "Speaker", "role": "Role",
                                    "country": "Country", "stance": "Stance",
                                    "reason": st.column_config.TextColumn(
                                        "Reason (cue)",
                                        help="The words that decided the stance"),
                                    "target": "Target", "confidence": "Confidence",
                                    "quote": st.column_config.TextColumn("Quote",
                                                                         width="large")})
    else:
        st.info("No statements about sanctions were found in this text.")
    if result.saved:
        st.success(st.session_state.get("analyze_saved_note", "Saved."))
        nav.link("article", "Open it in the Article view", icon=":material/article:",
                 article=result.saved)
    else:
        if st.session_state.get("analyze_save_error"):
            st.error(f"Could not save: {ui.md(st.session_state['analyze_save_error'])}")
        st.button("Save to the database", icon=":material/save:", key="analyze_save",
                  on_click=_save, args=(result,), type="primary")


def render() -> None:
    ctx = context()
    st.title("Analyze an article")
    if not ctx.present:
        st.caption("Paste an article: its statements appear with their stance and the words "
                   "behind it. Nothing is stored until you press Save.")
    _form()
    result = st.session_state.get(_RESULT)
    if isinstance(result, Analysis):
        _result(result, ctx.present)
