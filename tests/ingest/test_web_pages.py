"""Saved news pages (tests/ingest/pages, written by make_pages.py) through trafilatura: every
sentence of the article kept, boilerplate (menus, cookie banners, related links, comments,
share bars, newsletter boxes, ads, footers) at most 2% of the words, metadata read."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from stance.errors import InputError
from stance.ingest import read_document
from stance.upload.staged import plain_text
from tests.ingest.pages.make_pages import BODIES

PAGES = Path(__file__).with_name("pages")
_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[a-z0-9']+", text.lower()))


def boilerplate_share(extracted: str, body: str) -> float:
    """Words of the extracted text that the article itself does not hold, as a share."""
    found = _words(extracted)
    return sum((found - _words(body)).values()) / max(sum(found.values()), 1)


@pytest.mark.parametrize("name", sorted(BODIES))
def test_the_article_and_nothing_else(name: str) -> None:
    headline, when, site, paragraphs = BODIES[name]
    article = read_document(PAGES / f"{name}.html")
    flat = " ".join(article.text.split())
    sentences = [s for p in paragraphs for s in _SENTENCE_END.split(p)]
    assert [s for s in sentences if s not in flat] == []
    body = (PAGES / f"{name}.body.txt").read_text(encoding="utf-8")
    assert boilerplate_share(article.text, body) <= 0.02
    assert (article.title, article.published, article.source) == (
        headline, date.fromisoformat(when), site)
    assert article.author is None and article.extra.get("byline") == "Staff Reporter"
    assert "\n\n" in article.text  # paragraphs stay apart


def test_the_share_measure_sees_boilerplate() -> None:
    body = "Russia called for easing sanctions."
    assert boilerplate_share(body, body) == 0
    assert boilerplate_share(body + " Accept all cookies. Share on Facebook.", body) > 0.4


def test_a_page_without_an_article_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script>"
                    "</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="menu.html.*no article text"):
        read_document(page)


def test_markup_in_an_uploaded_cell_becomes_its_text() -> None:
    assert plain_text("China <b>urged</b> easing.") == ("China urged easing.", True)
    assert plain_text("<p>One.</p><p>Two &amp; three.</p>")[0] == "One.\n\nTwo & three."
