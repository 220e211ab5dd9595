"""The correction form in the Statements explorer's detail panel.

A researcher changes a statement's stance, speaker, speaker country or sanctions target, or
marks it "not a statement", with an optional note and coder name. Saving adds rows to the
audit trail through stance.corrections (validated, one transaction) and clears the cached
results, so every chart shows the corrected labels at once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd
import pycountry
import streamlit as st

from dashboard import data, ui
from dashboard.state import context
from stance.corrections import CorrectionError, correct, current_labels, describe_value
from stance.gazetteer import country_name
from stance.models import STANCES

_CODER_KEY = "corrections_coder"
_FLASH_KEY = "_corrections_flash"
_EXTRA_CODES = ("EUU", "XKX")


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    """Every ISO3 code a correction may use, in the order of their readable names."""
    codes = {c.alpha_3 for c in pycountry.countries} | set(_EXTRA_CODES)
    return tuple(sorted(codes, key=lambda code: country_name(code).casefold()))


def _options(current: str | None) -> list[str | None]:
    """Country choices; the current value stays available even if it is unusual."""
    options: list[str | None] = list(country_codes())
    if current and current not in options:
        options.insert(0, current)
    if current is None:
        options.insert(0, None)
    return options


def _country_label(code: str | None) -> str:
    return "(none)" if code is None else f"{country_name(code)} ({code})"


def _value(labels: dict[str, Any], key: str) -> str | None:
    value = labels.get(key)
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def corrections_form(statement_id: str) -> None:
    """Draw the form (and this statement's correction history) for one statement."""
    if context().present:
        return
    db = data.database()
    labels = current_labels(db, statement_id)
    if labels is None:
        return
    flash = st.session_state.pop(_FLASH_KEY, None)
    if flash and flash[0] == statement_id:
        st.success(flash[1], icon=":material/check_circle:")
    stance = _value(labels, "corrected_stance")
    speaker = _value(labels, "corrected_speaker") or ""
    country = _value(labels, "corrected_country")
    target = _value(labels, "corrected_target")
    rejected = bool(labels.get("rejected"))
    key = f"correction_{statement_id}"
    with st.expander("Correct this statement", icon=":material/edit:",
                     expanded=bool(flash) or rejected):
        with st.form(key=key, border=False):
            left, right = st.columns(2)
            new_stance = left.selectbox(
                "Stance", STANCES, index=STANCES.index(stance) if stance in STANCES else 0,
                key=f"{key}_stance")
            new_speaker = right.text_input("Speaker", value=speaker, max_chars=200,
                                           key=f"{key}_speaker")
            country_options = _options(country)
            new_country = left.selectbox(
                "Speaker country", country_options, index=country_options.index(country),
                format_func=_country_label, key=f"{key}_country")
            target_options = _options(target)
            new_target = right.selectbox(
                "Sanctions target", target_options, index=target_options.index(target),
                format_func=_country_label, key=f"{key}_target")
            new_rejected = st.checkbox(
                "Not a statement (leave it out of every chart)", value=rejected,
                key=f"{key}_rejected",
                help="Hidden from charts under corrected labels; switch on 'Machine labels "
                     "only' in the sidebar to find it again.")
            note = st.text_area("Note (optional)", max_chars=2000, height=68,
                                key=f"{key}_note",
                                placeholder="Why: e.g. the speaker reports another "
                                            "country's position")
            coder = st.text_input("Coder (optional)", max_chars=80,
                                  value=st.session_state.get(_CODER_KEY, ""),
                                  key=f"{key}_coder",
                                  help="Your name or initials; agreement scores compare "
                                       "coders by this name.")
            confirm = st.checkbox(
                "Also record the unchanged labels as checked by me", value=False,
                key=f"{key}_confirm",
                help="Agreement scores compare only labels a coder recorded: confirm the "
                     "labels you checked and found right.")
            submitted = st.form_submit_button("Save correction", type="primary",
                                              icon=":material/save:")
        if submitted:
            _save(statement_id, str(labels["article_id"]), {
                "stance": new_stance, "speaker": new_speaker, "not_statement": new_rejected,
                **({"country": new_country} if new_country else {}),
                **({"target": new_target} if new_target else {}),
            }, note, coder, confirm)
        _history(statement_id)


def _save(statement_id: str, article_id: str, changes: dict[str, Any], note: str, coder: str,
          confirm: bool) -> None:
    try:
        rows = correct(data.database(), statement_id, changes, note=note, coder=coder,
                       confirm=confirm, article_id=article_id)
    except CorrectionError as error:
        st.error(f"Not saved: {ui.md(error)}")
        return
    if not rows:
        st.info("Nothing changed: pick a new value, or tick \"Also record the unchanged "
                "labels\" to record that you checked them.")
        return
    st.session_state[_CODER_KEY] = rows[0].coder or ""
    changed = [f"{r.field} → {describe_value(r.field, r.new_value)}" for r in rows
               if r.new_value != r.old_value]
    confirmed = len(rows) - len(changed)
    message = "Saved: " + ("; ".join(changed) if changed else "")
    if confirmed:
        message += ("; " if changed else "") + f"{confirmed} label(s) confirmed"
    st.session_state[_FLASH_KEY] = (statement_id, message + ". Every chart now uses it.")
    if any(r.field == "not_statement" and r.new_value == "true" for r in rows):
        # the explorer hides rejected statements under corrected labels: say where it went
        st.toast("Marked as not a statement: it is left out of every chart. Switch on "
                 "'Machine labels only' to see it again.", icon=":material/visibility_off:")
    st.session_state.pop(f"correction_{statement_id}_note", None)  # a fresh note next time
    data.invalidate()
    st.rerun()


def _history(statement_id: str) -> None:
    history = data.database().query("corrections_history", statement_id=statement_id)
    if history.empty:
        st.caption("No corrections yet: the labels are the extractor's.")
        return
    shown = history.copy()
    for column in ("old_value", "new_value"):
        shown[column] = [describe_value(f, v) if isinstance(v, str) else "(none)"
                         for f, v in zip(shown["field"], shown[column], strict=True)]
    st.caption(f"Audit trail: {len(shown)} correction(s), newest first")
    st.dataframe(shown, hide_index=True, width="stretch", key=f"history_{statement_id}",
                 column_config={
                     "corrected_at": st.column_config.DatetimeColumn(
                         "When", format="YYYY-MM-DD HH:mm"),
                     "field": "Field", "old_value": "Was", "new_value": "Now",
                     "coder": "Coder", "note": st.column_config.TextColumn("Note"),
                 })
