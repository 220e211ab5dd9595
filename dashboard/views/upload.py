"""Upload: a CSV of articles to analyse or of statements someone already coded.

The page only shows and asks: reading, mapping and validation are `stance.upload`, loading is
`stance.pipeline`. An uploaded file is opened once (an `Upload`, kept in the session while
the file stays in the uploader) and validated once per kind and mapping; the Load button
writes what that validation staged.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, nav, ui
from stance.config import DATA_DIR
from stance.errors import StanceError
from stance.export import neutralise
from stance.filters import Filters
from stance.pipeline import links_in_upload, load_links, load_upload
from stance.upload import (
    ARTICLES,
    KIND_LABELS,
    KINDS,
    STATEMENTS,
    Report,
    Upload,
    UploadError,
    UploadInvalid,
    auto_mapping,
    check_dataset_name,
    default_dataset_name,
    detect_kind,
    fields,
    remove_dataset,
    set_hidden,
    upload_bytes,
)

TEMPLATES = {STATEMENTS: DATA_DIR / "templates" / "coded_statements.csv",
             ARTICLES: DATA_DIR / "templates" / "articles.csv"}
_NONE = "— not in the file —"
_OPENED = "upload_opened"  # (the uploader's file id, the Upload)
_DONE = "upload_done"
_ROUND = "upload_round"  # bumped after a load: the uploader starts empty again


def _limit_mb() -> int:
    return int(st.get_option("server.maxUploadSize"))


def _templates() -> None:
    st.markdown("**Templates** (the header row and two examples each):")
    cols = st.columns(2)
    for col, kind in zip(cols, KINDS, strict=True):
        path = TEMPLATES[kind]
        col.download_button(f"{KIND_LABELS[kind]} template", path.read_bytes(),
                            file_name=path.name, mime="text/csv", icon=":material/download:",
                            key=f"template_{kind}", width="stretch")
    st.caption("Comma, semicolon or tab separated; UTF-8 (Windows-1252 is read too). Column "
               "names such as *official*, *iso3*, *position* or *published* are recognised; "
               "other names can be mapped below. The formats are described in "
               "docs/csv-formats.md.")


def _choose_kind(header: list[str], sha: str) -> str:
    detected = detect_kind(header)
    kind = st.radio("What does the file hold?", KINDS, format_func=KIND_LABELS.get,
                    index=KINDS.index(detected or STATEMENTS), horizontal=True,
                    key=f"upload_kind_{sha}")
    if detected is None:
        st.caption("The header does not say which kind of file this is: choose above.")
    else:
        st.caption(f"Detected from the header: {KIND_LABELS[detected].lower()}.")
    return kind


def _choose_mapping(header: list[str], kind: str, sha: str) -> dict[str, int | None]:
    """One select box per field, preset from the header's names."""
    guessed = auto_mapping(header, kind)
    missing = [f.label for f in fields(kind) if f.required and guessed[f.name] is None]
    mapping: dict[str, int | None] = {}
    options = [_NONE, *header]
    with st.expander("Columns: which column holds what", expanded=bool(missing)):
        cols = st.columns(3)
        for i, field in enumerate(fields(kind)):
            default = guessed[field.name]
            picked = cols[i % 3].selectbox(
                field.label + (" (required)" if field.required else ""), options,
                index=0 if default is None else default + 1, help=field.help,
                key=f"upload_map_{sha}_{kind}_{field.name}")
            mapping[field.name] = None if picked == _NONE else header.index(picked)
    return mapping


def _blank_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells instead of 'None' in a preview; dates as YYYY-MM-DD."""
    shown = frame.astype(object)
    for column in shown.columns:
        if column == "date":
            shown[column] = [v.strftime("%Y-%m-%d") if pd.notna(v) else "" for v in frame[column]]
    return shown.where(frame.notna(), "")


def _show_report(report: Report) -> None:
    cols = st.columns(3)
    cols[0].metric("Rows", f"{report.rows:,}")
    cols[1].metric("Valid rows", f"{report.valid_rows:,}")
    cols[2].metric("Rows with problems", f"{report.invalid_rows:,}")
    for note in report.notes:
        st.info(note, icon=":material/info:")
    if len(report.countries):
        with st.expander(f"Countries read as ISO3 codes ({len(report.countries)})"):
            st.dataframe(report.countries, hide_index=True, width="stretch")
    if len(report.stances):
        with st.expander(f"Stance synonyms ({len(report.stances)})"):
            st.dataframe(report.stances, hide_index=True, width="stretch")
    if report.problems:
        more = " (the first ones)" if report.truncated else ""
        st.warning(f"**{report.invalid_rows:,} row(s) cannot be loaded.** Each problem below "
                   f"names the row (the header is row 1), the column and the reason{more}.",
                   icon=":material/error:")
        problems = report.problem_frame()
        st.dataframe(problems, hide_index=True, width="stretch", key="upload_problems")
        st.download_button("Download the problems (CSV)",
                           problems.map(neutralise).to_csv(index=False),
                           file_name=f"{Path(report.file).stem}-problems.csv", mime="text/csv",
                           icon=":material/download:")
    else:
        st.success("Every row is valid.", icon=":material/check_circle:")
    if len(report.preview):
        st.markdown("**Preview**: the first rows as they will be stored")
        st.dataframe(_blank_missing(report.preview), hide_index=True, width="stretch",
                     key="upload_preview")


def _validated(upload: Upload, kind: str, mapping: dict) -> tuple[Report, str | None]:
    """The file checked as `kind` with `mapping` (once per choice), and the dataset that
    already holds this very file."""
    if upload.report is None or upload.kind != kind or upload.mapping != mapping:
        with st.spinner("Checking every row ..."):
            upload.validate(kind, mapping)
    return upload.report, upload.already_loaded()


def _load(upload: Upload, dataset: str, skip_invalid: bool) -> None:
    try:
        dataset = check_dataset_name(dataset)
        if upload.kind == STATEMENTS:
            with st.spinner(f"Loading into {dataset!r} ..."):
                result = load_upload(data.database(), upload, dataset,
                                     skip_invalid=skip_invalid)
        else:
            bar = st.progress(0.0, text="Finding statements in the articles ...")

            def progress(done: int, total: int) -> None:
                bar.progress(done / max(total, 1), text=f"Analysed {done:,} of {total:,} "
                                                         "article(s)")

            result = load_upload(data.database(), upload, dataset, skip_invalid=skip_invalid,
                                 progress=progress)
            bar.empty()
    except UploadInvalid as error:
        st.error(ui.md(error.summary()))
        return
    except StanceError as error:
        st.error(ui.md(error))
        return
    data.invalidate()
    _forget_upload()
    st.session_state.pop("filter_dates", None)  # the date range widens to the new data
    st.session_state[_DONE] = (str(result), result.dataset, result.already_loaded)
    # a fresh, empty uploader: the loaded file is done with, and must not be offered again
    # as "already loaded"
    st.session_state[_ROUND] = st.session_state.get(_ROUND, 0) + 1
    st.rerun()


def _load_controls(upload: Upload, report: Report, holder: str | None) -> None:
    st.subheader("Load")
    if holder:
        st.info(f"This file was already loaded as dataset **{ui.md(holder)}**: loading it again "
                "would add nothing.", icon=":material/content_copy:")
        return
    dataset = st.text_input("Dataset name", value=default_dataset_name(upload.name),
                            key=f"upload_dataset_{report.sha256}", max_chars=80,
                            help="The dataset appears in the sidebar's Dataset filter; it can "
                                 "be hidden or deleted below.")
    skip_invalid = False
    if report.invalid_rows:
        if not report.valid_rows:
            st.warning("No row is valid: fix the file and upload it again.")
            return
        choice = st.radio("Some rows have problems. Load:",
                          ["nothing (I will fix the file)",
                           f"only the {report.valid_rows:,} valid row(s)"],
                          key=f"upload_choice_{report.sha256}")
        skip_invalid = choice.startswith("only")
        if not skip_invalid:
            return
    what = "statements" if upload.kind == STATEMENTS else "articles (statements are extracted)"
    if st.button(f"Load {report.valid_rows:,} {what}", type="primary", icon=":material/upload:",
                 key="upload_load"):
        _load(upload, dataset, skip_invalid)


def _set_hidden(dataset: str, hidden: bool) -> None:
    set_hidden(data.database(), dataset, hidden)
    data.invalidate()


def _delete(dataset: str) -> None:
    remove_dataset(data.database(), dataset)
    selected = st.session_state.get("filter_dataset")
    if selected and dataset in selected:  # the sidebar must not keep a dataset that is gone
        st.session_state["filter_dataset"] = [d for d in selected if d != dataset]
    data.invalidate()
    st.session_state[_DONE] = (f"Dataset {dataset!r} deleted.", None, None)


def _datasets() -> None:
    st.subheader("Datasets")
    frame = data.run("upload_datasets")
    if frame.empty:
        st.caption("No datasets yet.")
        return
    st.caption("A hidden dataset is left out of every chart unless it is picked in the "
               "sidebar's Dataset filter. Deleting removes its articles and statements.")
    widths = [2.0, 1.4, 2.2, 1.5, 1.4, 1.6]
    header = st.columns(widths)
    for col, label in zip(header, ["Dataset", "Kind", "Holds", "Loaded"], strict=False):
        col.markdown(f"**{label}**")
    for row in frame.itertuples(index=False):
        cols = st.columns(widths, vertical_alignment="center")
        cols[0].markdown(ui.md(row.dataset) + (" *(hidden)*" if row.hidden else ""))
        cols[1].write(KIND_LABELS.get(row.kind, row.kind))
        cols[2].write(f"{int(row.articles):,} articles · {int(row.statements):,} statements")
        cols[3].write(pd.Timestamp(row.created_at).strftime("%Y-%m-%d %H:%M"))
        cols[4].button("Show" if row.hidden else "Hide", key=f"hide_{row.dataset}",
                       on_click=_set_hidden, args=(row.dataset, not row.hidden),
                       icon=":material/visibility:" if row.hidden
                       else ":material/visibility_off:")
        with cols[5].popover("Delete", icon=":material/delete:"):
            st.write(f"Delete **{ui.md(row.dataset)}** with its {int(row.articles):,} "
                     f"article(s) and {int(row.statements):,} statement(s)? This cannot be "
                     "undone.")
            st.button("Delete for good", key=f"delete_{row.dataset}", type="primary",
                      on_click=_delete, args=(row.dataset,))


def render() -> None:
    st.title("Upload a CSV")
    st.write("Load **articles** (a text column; statements are found automatically) or "
             "**coded statements** (speaker, country, stance) that someone already labelled. "
             "Every row is checked before anything is stored; a file with problems loads "
             "nothing unless you choose to load its valid rows.")
    done = st.session_state.pop(_DONE, None)
    if done:
        message, dataset, holder = done
        if holder:
            st.info(ui.md(message))
        else:
            st.success(ui.md(message), icon=":material/check_circle:")
        if dataset:
            nav.link("overview", f"See {dataset!r} on the Overview", Filters(dataset=(dataset,)),
                     icon=":material/bar_chart:")
    _templates()
    upload = st.file_uploader("CSV file", type=["csv", "tsv", "txt", "jsonl"],
                              key=f"upload_file_{st.session_state.get(_ROUND, 0)}",
                              help=f"At most {_limit_mb()} MB; bigger files load from the "
                                   "command line (`python -m stance load-statements`).")
    if upload is not None:
        _upload(upload)
    else:
        _forget_upload()
    st.divider()
    _links()
    st.divider()
    _datasets()


def _forget_upload() -> None:
    """Close the session's upload (its staged tables and temporary copy go with it)."""
    opened = st.session_state.pop(_OPENED, None)
    if opened:
        opened[1].close()


def _opened(file) -> Upload:
    """The uploader's file as an Upload, opened once while it stays in the uploader."""
    opened = st.session_state.get(_OPENED)
    if opened and opened[0] == file.file_id:
        return opened[1]
    _forget_upload()
    upload = upload_bytes(file.getvalue(), file.name, data.database(), _limit_mb())
    st.session_state[_OPENED] = (file.file_id, upload)
    return upload


def _upload(file) -> None:
    try:
        upload = _opened(file)
    except UploadError as error:
        st.error(str(error), icon=":material/error:")
        return
    kind = _choose_kind(upload.header, upload.sha256)
    mapping = _choose_mapping(upload.header, kind, upload.sha256)
    try:
        report, holder = _validated(upload, kind, mapping)
    except UploadError as error:
        st.error(str(error), icon=":material/error:")
        return
    _show_report(report)
    _load_controls(upload, report, holder)


LINK_TYPES = ["urls", "txt", "csv", "tsv", "jsonl", "rss", "atom", "xml"]


def _links() -> None:
    """Articles as links: a link list (Media Cloud or GDELT export, a file of addresses), a
    feed, or addresses pasted; fetched politely (and cached), then analysed."""
    st.subheader("Or load articles from links")
    st.caption("A list of links (CSV/JSON Lines with a *url* column, such as a Media Cloud or "
               "GDELT export; a .urls or .txt file of addresses), an RSS/Atom feed file, or "
               "addresses pasted below, one per line. Each page is fetched once (robots.txt "
               "honoured, one request at a time) and its article text read; links that fail "
               "are listed and the rest load.")
    file = st.file_uploader("Link list or feed", type=LINK_TYPES, key="links_file")
    pasted = st.text_area("Or paste addresses", key="links_pasted", height=100,
                          placeholder="https://www.example.org/news/sanctions-story")
    dataset = st.text_input("Dataset name", value="links", key="links_dataset", max_chars=80)
    if not st.button("Fetch and load", icon=":material/link:", key="links_load",
                     disabled=file is None and not pasted.strip()):
        return
    try:
        links = (links_in_upload(file.getvalue().decode("utf-8-sig"), file.name)
                 if file is not None else links_in_upload(pasted, "pasted"))
        fetching = st.progress(0.0, text=f"Fetching {len(links):,} link(s) ...")
        analysing = st.empty()

        def fetched(done: int, total: int) -> None:
            fetching.progress(done / max(total, 1), text=f"Fetched {done:,} of {total:,} link(s)")

        def analysed(done: int, total: int) -> None:
            analysing.progress(done / max(total, 1),
                               text=f"Analysed {done:,} of {total:,} article(s)")

        loaded = load_links(data.database(), links, dataset, fetched=fetched,
                            analysed=analysed)
    except UnicodeDecodeError:
        st.error("The link list is not UTF-8 text.", icon=":material/error:")
        return
    except StanceError as error:
        st.error(ui.md(error), icon=":material/error:")
        return
    if loaded.failed:
        st.warning(f"{len(loaded.failed):,} link(s) gave no article:", icon=":material/error:")
        st.dataframe(pd.DataFrame([(link.url, reason) for link, reason in loaded.failed],
                                  columns=["Link", "Why"]), hide_index=True, width="stretch",
                     key="links_failed")
    if loaded.summary is None:
        st.error("No link gave an article: nothing was stored.", icon=":material/error:")
        return
    data.invalidate()
    st.session_state.pop("filter_dates", None)  # the date range widens to the new data
    st.success(ui.md(str(loaded.summary)), icon=":material/check_circle:")
    nav.link("overview", f"See {loaded.summary.dataset!r} on the Overview",
             Filters(dataset=(loaded.summary.dataset,)), icon=":material/bar_chart:")
