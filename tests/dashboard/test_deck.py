"""Lesson decks: a view added from the sidebar keeps its link and charts; the deck page
reorders, removes, presents and downloads; the HTML file is self-contained."""

from __future__ import annotations

import json
import re

import pytest

from dashboard import ui
from dashboard.views import deck
from stance import decks
from stance.errors import InputError
from stance.store import close_all, open_database


def _deck(path) -> tuple[str, list[decks.DeckItem]]:
    close_all()
    db = open_database(path)
    [deck_id] = list(decks.decks(db)["deck_id"])
    return deck_id, decks.items(db, deck_id)


def test_a_view_goes_into_a_new_deck_with_its_charts(open_page, problems, fixture_app):
    at = open_page("countries", {"country": "CHN"})
    assert problems(at) == []
    at.text_input(key="deck_new_title").input("Lesson 3: China").run()
    at.text_area(key="deck_view_note").input("Who speaks for China?").run()
    at.button(key="deck_add").click().run()
    assert problems(at) == [] and "Added as view 1" in at.success[0].value
    deck_id, [item] = _deck(fixture_app)
    assert item.view_url == "countries?country=CHN" and item.note == "Who speaks for China?"
    assert item.title.startswith("Countries: China") and len(item.figures) >= 2
    assert all("data" in figure for figure in item.figures)


def test_a_click_that_interrupts_drawing_adds_the_charts_on_screen(open_page, problems,
                                                                  fixture_app):
    """A click while a rerun still draws interrupts that run; the view added holds the charts
    of the last run that finished (on the screen), not the interrupted run's half list."""
    at = open_page("countries", {"country": "CHN"})
    at.text_input(key="deck_new_title").input("Lesson").run()
    at.session_state[ui.DRAWN_FIGURES] = []  # the interrupted run had drawn no chart yet
    at.button(key="deck_add").click().run()
    assert problems(at) == [] and "Added as view 1" in at.success[0].value
    _, [item] = _deck(fixture_app)
    assert len(item.figures) >= 2


def test_a_click_before_any_view_was_drawn_is_filed_once_it_is(open_page, problems,
                                                                fixture_app):
    """Clicked while the first run still draws (the sidebar comes before the charts): the
    view is added when it has been drawn, with its charts."""
    at = open_page("countries", {"country": "CHN"})
    at.text_input(key="deck_new_title").input("Lesson").run()
    del at.session_state[deck.SHOWN]  # as if the first run had not finished
    at.session_state[ui.DRAWN_FIGURES] = []
    at.button(key="deck_add").click().run()
    assert problems(at) == [] and "Added as view 1" in at.success[0].value
    _, [item] = _deck(fixture_app)
    assert item.view_url == "countries?country=CHN" and len(item.figures) >= 2


def test_the_view_filed_is_the_one_on_screen_not_newer_filters(open_page, fixture_app):
    """A filter changed and 'Add this view' clicked before the rerun finished: the deck gets
    the view the screen still shows, its link and charts together."""
    at = open_page("countries", {"country": "CHN"})
    shown = at.session_state[deck.SHOWN]
    at = open_page("countries", {"country": "RUS"})
    at.text_input(key="deck_new_title").input("Lesson").run()
    at.session_state[deck.SHOWN] = shown  # the China view is still on the screen
    at.button(key="deck_add").click().run()
    _, [item] = _deck(fixture_app)
    assert item.view_url == "countries?country=CHN" and item.title.startswith("Countries: China")
    assert len(item.figures) == len(shown.figures) >= 2


def test_the_deck_page_reorders_removes_and_offers_the_file(open_page, problems, fixture_app):
    db = open_database(fixture_app)
    deck_id = decks.create_deck(db, "Class")
    for title in ("one", "two", "three"):
        decks.add_view(db, deck_id, title, None, "quotes", [])
    close_all()
    at = open_page("deck", {"deck": deck_id})
    assert problems(at) == [] and at.title[0].value == "Class"
    at.button(key="deck_down_1").click().run()
    assert [i.title for i in _deck(fixture_app)[1]] == ["two", "one", "three"]
    at.button(key="deck_remove_2").click().run()
    assert [(i.position, i.title) for i in _deck(fixture_app)[1]] == [(1, "two"), (2, "three")]
    assert at.get("download_button")
    presented = open_page("deck", {"deck": deck_id, "present": "1", "slide": "2"})
    assert problems(presented) == []
    assert any("2. three" in h.value for h in presented.subheader)


def test_the_html_file_holds_plotly_and_escaped_text(fixture_db):
    deck_id = decks.create_deck(fixture_db, "Deck <script>")
    chart = json.dumps({"data": [{"type": "bar", "x": [1, 2]}], "layout": {}})
    decks.add_view(fixture_db, deck_id, "A <b>view</b>", "note </script>", "?country=CHN",
                   [chart])
    name, body = decks.deck_html(fixture_db, deck_id)
    text = body.decode("utf-8")
    assert name == "Deck-script.html"
    assert "Plotly.newPlot" in text and len(body) > 1_000_000  # plotly.js inside
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", text)  # nothing to fetch
    assert "A &lt;b&gt;view&lt;/b&gt;" in text and "note &lt;/script&gt;" in text
    assert text.count("<script>") == 2  # plotly.js and ours, nothing from the data


@pytest.mark.parametrize(("url", "message"), [
    ("https://evil.example/x", "not a link to a page"),
    ("javascript:alert(1)", "not a link to a page"),
])
def test_a_view_link_is_a_page_of_this_app(fixture_db, url, message):
    deck_id = decks.create_deck(fixture_db, "Class")
    with pytest.raises(InputError, match=message):
        decks.add_view(fixture_db, deck_id, "x", None, url, [])
