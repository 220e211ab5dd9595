"""Lesson decks: a teacher collects views (any page with its filters) with a title and a note
each, puts them in order, presents them, shares the deck by link, and downloads it as one HTML
file that works from a USB stick in a classroom browser: charts interactive, Plotly bundled,
no server and no network.

A view keeps its charts as they were when it was added (Plotly JSON), so the deck shows the
same thing in class as when it was prepared, and the link that reopens the live view.
"""

from __future__ import annotations

import html
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
from plotly.offline import get_plotlyjs

from stance.cells import is_formula
from stance.errors import InputError
from stance.store import Database

MAX_TITLE = 200
MAX_NOTE = 4000
MAX_FIGURES_BYTES = 5 * 1024 * 1024  # one view's charts: a few hundred kB in practice
_DECK_ID = re.compile(r"[A-Za-z0-9_-]{4,40}")
_VIEW_URL = re.compile(r"[a-z_]*(\?[^\s:]*)?")  # a page of this app and its query; no scheme


@dataclass(frozen=True)
class DeckItem:
    """One view of a deck."""

    position: int
    title: str
    note: str | None
    view_url: str
    figures: list[dict]


def _text(value: str | None, what: str, limit: int, required: bool = True) -> str | None:
    text = " ".join((value or "").split()) if what == "title" else (value or "").strip()
    if not text:
        if required:
            raise InputError("deck", f"the {what} is empty")
        return None
    if len(text) > limit:
        raise InputError("deck", f"the {what} is {len(text):,} characters; at most {limit:,}")
    if "\x00" in text:
        raise InputError("deck", f"the {what} holds a NUL character")
    return text


def check_deck_id(deck_id: str) -> str:
    """A deck id as links carry it (letters, digits, - and _)."""
    if not _DECK_ID.fullmatch(deck_id or ""):
        raise InputError("deck", f"{deck_id[:40]!r} is not a deck id")
    return deck_id


def create_deck(db: Database, title: str) -> str:
    """A new, empty deck; returns its id (the `deck=` of its link)."""
    title = _text(title, "title", MAX_TITLE)
    deck_id = secrets.token_urlsafe(6).replace("-", "x").replace("_", "y")
    with db.transaction() as tx:
        tx.run("store/deck_insert", deck=deck_id, title=title, now=datetime.now())
    return deck_id


def decks(db: Database) -> pd.DataFrame:
    """Every deck (id, title, created_at, views), newest first."""
    return db.query("decks")


def add_view(db: Database, deck_id: str, title: str, note: str | None, view_url: str,
             figures: list[str]) -> int:
    """Add a view (its relative link and its charts' Plotly JSON) at the end of the deck;
    returns its position."""
    deck_id = check_deck_id(deck_id)
    title = _text(title, "title", MAX_TITLE)
    note = _text(note, "note", MAX_NOTE, required=False)
    if is_formula(title):
        title = "'" + title
    if not _VIEW_URL.fullmatch(view_url):
        raise InputError("deck", f"{view_url[:60]!r} is not a link to a page of this app")
    charts = [json.loads(f) for f in figures]  # refuses anything that is not JSON
    payload = json.dumps(charts)
    if len(payload) > MAX_FIGURES_BYTES:
        raise InputError("deck", "this view's charts are too large to keep in a deck")
    with db.transaction() as tx:
        if tx.run("store/deck_count", deck=deck_id).scalar() is None:
            raise InputError("deck", f"no deck has the id {deck_id!r}")
        tx.run("store/deck_item_insert", deck=deck_id, title=title, note=note,
               view_url=view_url, figures=payload, now=datetime.now())
        return int(tx.run("store/deck_count", deck=deck_id).scalar())


def items(db: Database, deck_id: str) -> list[DeckItem]:
    """The deck's views in presenting order."""
    frame = db.query("deck_items", deck=check_deck_id(deck_id))
    return [DeckItem(int(r.position), r.title, r.note if isinstance(r.note, str) else None,
                     r.view_url, json.loads(r.figures)) for r in frame.itertuples()]


def move(db: Database, deck_id: str, position: int, step: int) -> None:
    """Move a view one place up (step -1) or down (+1); nothing at either end."""
    with db.transaction() as tx:
        count = tx.run("store/deck_count", deck=check_deck_id(deck_id)).scalar() or 0
        other = position + step
        if 1 <= position <= count and 1 <= other <= count:
            tx.run("store/deck_item_swap", deck=deck_id, position=position, other=other)


def remove(db: Database, deck_id: str, position: int) -> None:
    """Take a view out of the deck (the others close up)."""
    with db.transaction() as tx:
        tx.run("store/deck_item_delete", deck=check_deck_id(deck_id), position=position)
        tx.run("store/deck_renumber", deck=deck_id)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
html {{ scroll-snap-type: y mandatory; }}
body {{ margin: 0; font-family: "Source Sans Pro", Arial, sans-serif; color: #111;
  background: #fff; }}
section {{ min-height: 100vh; box-sizing: border-box; padding: 2rem 3rem;
  scroll-snap-align: start; display: flex; flex-direction: column; }}
h1 {{ font-size: 2.6rem; margin: 0 0 0.5rem; }}
h2 {{ font-size: 2rem; margin: 0 0 0.4rem; }}
p.note {{ font-size: 1.35rem; margin: 0 0 1rem; white-space: pre-wrap; }}
p.meta {{ font-size: 1rem; color: #444; }}
.chart {{ flex: 1 1 auto; min-height: 60vh; }}
</style>
<script>{plotly}</script>
</head><body>
<section><h1>{title}</h1><p class="meta">{count} view(s). PageDown or the space bar moves on;
every chart can be hovered and zoomed. Made with Sanctions Stance {made}.</p></section>
{sections}
<script>
var charts = {charts};
charts.forEach(function (chart) {{
  Plotly.newPlot(chart.id, chart.figure.data, chart.figure.layout,
                 {{responsive: true, displaylogo: false}});
}});
</script>
</body></html>
"""


def deck_html(db: Database, deck_id: str) -> tuple[str, bytes]:
    """The deck as one self-contained HTML file (file name, bytes): plotly.js inside, one
    screen per view, titles and notes as text (escaped)."""
    found = decks(db)
    row = found[found["deck_id"] == check_deck_id(deck_id)]
    if row.empty:
        raise InputError("deck", f"no deck has the id {deck_id!r}")
    title = str(row.iloc[0]["title"])
    sections, charts = [], []
    for item in items(db, deck_id):
        divs = []
        for n, figure in enumerate(item.figures):
            chart_id = f"chart-{item.position}-{n}"
            divs.append(f'<div class="chart" id="{chart_id}"></div>')
            charts.append({"id": chart_id, "figure": figure})  # stored as plotly's own JSON
        note = f'<p class="note">{html.escape(item.note)}</p>' if item.note else ""
        sections.append(f"<section><h2>{item.position}. {html.escape(item.title)}</h2>{note}"
                        + "".join(divs) + "</section>")
    made = datetime.now().strftime("%Y-%m-%d")
    page = _PAGE.format(title=html.escape(title), plotly=get_plotlyjs(),
                        count=len(sections), made=made, sections="\n".join(sections),
                        charts=json.dumps(charts).replace("</", "<\\/"))
    name = re.sub(r"[^A-Za-z0-9.-]+", "-", title).strip("-")[:60] or "deck"
    return f"{name}.html", page.encode("utf-8")
