"""Presentation mode (`?present=1`): no sidebar or toolbar, large type, one chart per screen,
as tall as the screen (the figures have no fixed height there; the style sheet sizes them).

`DECKS` says which charts each page shows and in which order, under which titles; a page hands
`deck()` one drawing function per slide. In normal mode they are drawn one under another; in
presentation mode one at a time with Previous / Next buttons, the slide number kept in the URL
(`slide=2`) so a teacher's link opens on the same chart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st

from dashboard.charts import (
    LARGE_SCREEN,
    PHONE_WIDTH,
    PRESENT_CHROME,
    PRESENT_HEIGHT,
    SMALL_SCREEN,
)
from dashboard.sidebar import from_query, in_words

PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stSidebarNav"], header[data-testid="stHeader"], [data-testid="stToolbar"],
[data-testid="stDecoration"], [data-testid="stStatusWidget"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 1.2rem 2.5rem 1rem 2.5rem !important;
  max-width: 100% !important; }
@media (max-width: PHONEpx) { [data-testid="stMainBlockContainer"] {
  padding: 1rem 1rem 1rem 1rem !important; } }
[data-testid="stAppViewContainer"], [data-testid="stMain"] { background: #FFFFFF; }
h1 { font-size: 2.2rem !important; color: #000 !important; padding: 0 !important; }
h2, h3 { color: #000 !important; }
[data-testid="stMarkdownContainer"] p, [data-testid="stCaptionContainer"] {
  font-size: 1.35rem !important; color: #111 !important; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p {
  font-size: 4.5rem !important; color: #000 !important; line-height: 1.1 !important; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p {
  font-size: 1.7rem !important; color: #111 !important; min-height: 0 !important; }
button [data-testid="stMarkdownContainer"] p { font-size: 1.25rem !important;
  color: inherit !important; }
[data-testid="stElementContainer"]:has([data-testid="stPlotlyChart"]),
[data-testid="stFullScreenFrame"]:has([data-testid="stPlotlyChart"]),
[data-testid="stPlotlyChart"] { height: max(MIN_HEIGHTpx, calc(100vh - CHROMEpx)) !important;
  flex: 0 0 auto !important; }
[data-testid="stPlotlyChart"] .js-plotly-plot, [data-testid="stPlotlyChart"] .plot-container,
[data-testid="stPlotlyChart"] .svg-container { height: 100% !important; }
/* the slide's place between the buttons: one line, cut with an ellipsis, never a second
   line below the screen's edge */
.st-key-slide_where p { white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  margin: 0 !important; }
</style>
""".replace("MIN_HEIGHT", str(PRESENT_HEIGHT)).replace("CHROME", str(PRESENT_CHROME)).replace(
    "PHONE", str(PHONE_WIDTH))

NORMAL_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.5rem !important; }
/* a phone: the chart toolbar would cover titles and legends (a PNG is one long-press away) */
@media (max-width: 640px) { .modebar-container { display: none !important; } }
</style>
"""


# Our own fixed scripts (never user text), run in the page while presenting:
# a clicker's PageDown / PageUp, the arrow keys and the space bar press Next or Previous;
SLIDE_KEYS_JS = """<script>
(function () {
  var doc = window.parent.document;
  if (doc.ssSlideKeys) { return; }
  doc.ssSlideKeys = true;
  doc.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (/INPUT|TEXTAREA|SELECT/.test(tag)) { return; }
    var next = ["PageDown", "ArrowRight", "ArrowDown", " "].indexOf(event.key) >= 0;
    var back = ["PageUp", "ArrowLeft", "ArrowUp"].indexOf(event.key) >= 0;
    if (!next && !back) { return; }
    var button = doc.querySelector((next ? ".st-key-slide_next" : ".st-key-slide_prev")
                                   + " button");
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  });
})();
</script>"""
# and a screen of 1600x900 or more reloads once with ?screen=large (chart text 30 px), a phone
# (narrower than PHONE_WIDTH) with ?screen=small (chart text as in the app), any other drops it:
# Python cannot see the screen, the page can.
SCREEN_JS = """<script>
(function () {
  var win = window.parent;
  var url = new URL(win.location.href);
  var wanted = win.innerWidth >= 1600 && win.innerHeight >= 850 ? "large"
             : win.innerWidth < PHONE ? "small" : null;
  if (wanted === url.searchParams.get("screen")) { return; }
  if (wanted) { url.searchParams.set("screen", wanted); }
  else { url.searchParams.delete("screen"); }
  win.location.replace(url.toString());
})();
</script>""".replace("PHONE", str(PHONE_WIDTH))


def mode(present: str | None, screen: str | None) -> bool | str:
    """What `?present=1` and `?screen=` ask for: False, True, LARGE_SCREEN or SMALL_SCREEN."""
    if present != "1":
        return False
    return screen if screen in (LARGE_SCREEN, SMALL_SCREEN) else True


def apply_style(present: bool | str) -> None:
    """Inject the mode's style sheet (presentation mode hides every control but ours, and
    listens to the keys and the screen size)."""
    st.html(PRESENT_CSS if present else NORMAL_CSS)
    if present:
        st.html(SLIDE_KEYS_JS + SCREEN_JS, unsafe_allow_javascript=True)


Drawer = Callable[[], None]
Slide = tuple[str, Drawer]

# Deck -> its slides in order: (key the page draws, title; `{name}` is the country's name).
DECKS: dict[str, tuple[tuple[str, str], ...]] = {
    "overview": (("counts", "Counts"), ("by_country", "Stance by country"),
                 ("over_time", "Stance over time"), ("officials", "Most-quoted officials")),
    "country": (("numbers", "{name}: numbers"), ("timeline", "{name} over time"),
                ("targets", "{name}: targets"), ("speakers", "Who speaks for {name}")),
    "countries_compared": (("mix", "Stance mix"), ("timelines", "Over time"),
                           ("side_by_side", "Side by side")),
    "officials": (("chart", "Stance by official"), ("table", "All officials")),
    "outlets": (("mix", "Outlets side by side"), ("countries", "Whose countries they quote"),
                ("voices", "Voices each outlet quotes most")),
    "quotes": (("headline", "Headline"), ("top", "Most-repeated quotes"),
               ("spread", "How far quotes travel"), ("table", "All repeated quotes")),
}


def deck(deck: str, drawers: Mapping[str, Drawer], present: bool, /,
         **title_values: str) -> None:
    """Draw the deck `deck` (DECKS) with one drawing function per slide key."""
    order = DECKS[deck]
    keys = [key for key, _ in order]
    if set(drawers) != set(keys):
        raise ValueError(f"deck {deck!r} has the slides {keys}; the page drew {list(drawers)}")
    slides([(title.format(**title_values), drawers[key]) for key, title in order], present)


def _current(count: int) -> int:
    try:
        number = int(st.query_params.get("slide", "1"))
    except ValueError:
        number = 1
    return min(max(number, 1), count)


def _go_to(number: int) -> None:
    st.query_params["slide"] = str(number)


def _leave() -> None:
    for key in ("present", "slide", "screen"):
        st.query_params.pop(key, None)


def slides(items: Sequence[Slide], present: bool) -> None:
    """Draw every slide (normal mode) or the current one with its navigation (presentation)."""
    if not present:
        for _, draw in items:
            draw()
        return
    if not items:
        return
    number = _current(len(items))
    st.caption(f"Showing: {in_words(from_query(st.query_params.to_dict()))}")
    items[number - 1][1]()
    prev_col, where, next_col, exit_col = st.columns([1.2, 3, 1.2, 1.6],
                                                     vertical_alignment="center")
    prev_col.button("◀ Previous", key="slide_prev", disabled=number == 1,
                    on_click=_go_to, args=(number - 1,), width="stretch")
    following = f" · next: {items[number][0]}" if number < len(items) else ""
    where.container(key="slide_where").markdown(
        f"**{number} / {len(items)}** · {items[number - 1][0]}{following}")
    next_col.button("Next ▶", key="slide_next", disabled=number == len(items),
                    on_click=_go_to, args=(number + 1,), width="stretch", type="primary")
    exit_col.button("Exit presentation", key="slide_exit", on_click=_leave, width="stretch")


def enter() -> None:
    """Sidebar toggle callback: switch to presentation mode on the current page."""
    st.query_params["present"] = "1"
    st.query_params.pop("slide", None)
