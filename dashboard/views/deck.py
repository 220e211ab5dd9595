"""Lesson decks (`/deck`): the views a teacher collected (sidebar, "Add this view to a lesson
deck"), in order, with their notes; reorder, present one view per screen, share by link,
download as one HTML file that works offline. Storage and the HTML are `stance.decks`."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, data, nav, present, ui
from dashboard.sidebar import in_words
from dashboard.state import PageContext, context
from stance import decks
from stance.errors import StanceError
from stance.filters import Filters

DRAWN = ui.DRAWN_FIGURES  # the charts this run has drawn so far (ui.chart)
SHOWN = "_view_shown"  # the ShownView of the last run that finished: what is on the screen
_PENDING = "_view_add_pending"  # clicked before any run finished: filed once one has
_NEW = "➕ New deck"
_KEEP_OUT = ("present", "slide", "screen")  # a view is kept as it is seen, not as presented


def _view_link(url_path: str) -> str:
    """The link that reopens this page with its filters, as a deck keeps it."""
    query = {k: v for k, v in st.query_params.to_dict().items() if k not in _KEEP_OUT}
    return nav.href(url_path if url_path != "overview" else "", None, **query)


@dataclass(frozen=True)
class ShownView:
    """What the screen shows once a run has finished: the view's link, the title suggested
    for it and its charts."""

    link: str
    suggested_title: str
    figures: list[go.Figure]


def _add() -> None:
    """Button callback: add the view on the screen to the chosen deck.

    The view is that of the last run that finished: a click while a rerun still draws
    interrupts it, and its half-drawn charts (or newer filters' link) are not what was seen.
    A click before any run finished is filed once the view is drawn (keep_drawn)."""
    shown: ShownView | None = st.session_state.get(SHOWN)
    if shown is None:
        st.session_state[_PENDING] = True
        return
    _file(shown)


def _suggested_title(filters: Filters, page_title: str) -> str:
    return f"{page_title}: {in_words(filters)}"[:200]


def _file(shown: ShownView) -> None:
    """Add `shown` (link, charts) to the chosen deck, under the title typed or, with none,
    the page's name and its filters. Before the sidebar's widgets are drawn (it resets
    them)."""
    state = st.session_state
    try:
        deck_id = state.get("deck_choice")
        if deck_id in (None, _NEW):
            deck_id = decks.create_deck(data.database(), state.get("deck_new_title", ""))
        figures = [figure.to_json() for figure in shown.figures]
        title = (state.get("deck_view_title") or "").strip() or shown.suggested_title
        position = decks.add_view(data.database(), deck_id, title,
                                  state.get("deck_view_note"), shown.link, figures)
    except StanceError as error:
        state["_deck_message"] = ("error", str(error))
        return
    data.invalidate()
    state["deck_choice"] = deck_id
    state["deck_view_title"] = state["deck_view_note"] = ""  # ready for the next view
    state["_deck_message"] = ("ok", f"Added as view {position} ({len(figures)} chart(s)).")


def add_control(filters: Filters, page_title: str) -> None:
    """Sidebar: add the current view (page, filters, charts) to a lesson deck."""
    if SHOWN in st.session_state and st.session_state.pop(_PENDING, False):
        _file(st.session_state[SHOWN])  # clicked before the view was drawn; now it is
    with st.sidebar.expander("Lesson deck", icon=":material/slideshow:"):
        found = data.run("decks")
        options = [*found["deck_id"], _NEW]
        titles = dict(zip(found["deck_id"], found["title"], strict=True))
        choice = st.selectbox("Deck", options, key="deck_choice",
                              format_func=lambda d: titles.get(d, d))
        if choice == _NEW:
            st.text_input("New deck's title", key="deck_new_title",
                          placeholder="Sanctions on North Korea, lesson 3")
        st.text_input("This view's title", key="deck_view_title",
                      placeholder=_suggested_title(filters, page_title))
        st.text_area("Note for the class (optional)", key="deck_view_note", height=80)
        st.button("Add this view", key="deck_add", on_click=_add,
                  icon=":material/add:", width="stretch")
        message = st.session_state.pop("_deck_message", None)
        if message:
            (st.success if message[0] == "ok" else st.error)(ui.md(message[1]))
        if choice != _NEW:
            nav.link("deck", "Open the deck", None, icon=":material/slideshow:", deck=choice)


def forget_drawn() -> None:
    """A new run starts drawing its charts from none."""
    st.session_state[DRAWN] = []


def keep_drawn(url_path: str, filters: Filters, page_title: str) -> None:
    """The run finished: its view is what the screen shows, so 'Add this view' takes it."""
    state = st.session_state
    state[SHOWN] = ShownView(_view_link(url_path), _suggested_title(filters, page_title),
                             [figure for _, figure in state.get(DRAWN, [])])
    if state.get(_PENDING):  # 'Add this view' was clicked before any view was drawn
        st.rerun()  # filed at the next run's start (add_control), before the sidebar's widgets


def _slide(item: decks.DeckItem, ctx: PageContext) -> None:
    st.subheader(ui.md(f"{item.position}. {item.title}"))
    if item.note:
        st.markdown(ui.md(item.note))
    for n, figure in enumerate(item.figures):
        fig = go.Figure(figure)
        if ctx.present:  # slide type and the screen's height, as on every slide
            fig = charts.base_layout(fig, fig.layout.title.text or "", ctx.present)
        ui.chart(fig, f"deck_{item.position}_{n}", f"deck_view_{item.position}",
                 clickable=False)
    if not item.figures:
        st.caption("This view had no chart when it was added: open it live.")
    if not ctx.present:
        st.markdown(f"[Open the live view]({item.view_url or '/'})")


def _manage(deck_id: str, items: list[decks.DeckItem]) -> None:
    db = data.database()
    for item in items:
        cols = st.columns([6, 1, 1, 1], vertical_alignment="center")
        cols[0].markdown(f"**{item.position}. {ui.md(item.title)}**"
                         + (f" · {ui.md(item.note[:80])}" if item.note else ""))
        cols[1].button("↑", key=f"deck_up_{item.position}", disabled=item.position == 1,
                       on_click=decks.move, args=(db, deck_id, item.position, -1),
                       help="Move up")
        cols[2].button("↓", key=f"deck_down_{item.position}",
                       disabled=item.position == len(items),
                       on_click=decks.move, args=(db, deck_id, item.position, 1),
                       help="Move down")
        cols[3].button("✕", key=f"deck_remove_{item.position}", on_click=decks.remove,
                       args=(db, deck_id, item.position), help="Remove from the deck")


def _list() -> None:
    found = data.run("decks")
    if found.empty:
        st.info("No lesson deck yet. On any page, open **Lesson deck** in the sidebar and add "
                "the view: its filters, charts, a title and a note.")
        return
    for row in found.itertuples():
        nav.link("deck", f"{row.title} ({row.views} view(s))", None,
                 icon=":material/slideshow:", deck=row.deck_id)


def render() -> None:
    ctx = context()
    deck_id = st.query_params.get("deck", "")
    if not deck_id:
        ui.header("Lesson decks", ctx, "Views collected for a class: present them in order, "
                                       "share the link, or download one HTML file that works "
                                       "offline.")
        _list()
        return
    try:
        chosen = decks.items(data.database(), deck_id)
        found = data.run("decks")
    except StanceError as error:
        st.error(ui.md(error))
        return
    row = found[found["deck_id"] == deck_id]
    if row.empty:
        ui.header("Lesson decks", ctx)
        st.warning(f"No deck has the id “{ui.md(deck_id)}”.")
        _list()
        return
    st.title(ui.md(row.iloc[0]["title"]))
    if not chosen:
        st.info("This deck is empty: add views from the sidebar of any page.")
        return
    if not ctx.present:
        st.caption(f"{len(chosen)} view(s). Share this deck with its link: this page's address.")
        cols = st.columns(2)
        cols[0].button("Present the deck", icon=":material/slideshow:", on_click=present.enter,
                       width="stretch", type="primary")
        name, body = decks.deck_html(data.database(), deck_id)
        cols[1].download_button("Download as one HTML file (works offline)", body,
                                file_name=name, mime="text/html",
                                icon=":material/download:", width="stretch",
                                on_click="ignore")
        _manage(deck_id, chosen)
        st.divider()
    present.slides([(item.title, lambda item=item: _slide(item, ctx)) for item in chosen],
                   bool(ctx.present))
