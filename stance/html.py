"""Visible text of an HTML page: scripts, styles and navigation are dropped."""

from __future__ import annotations

from bs4 import BeautifulSoup

_INVISIBLE = ("script", "style", "noscript", "template", "nav", "footer", "header", "aside")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote")


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Readable text (paragraphs separated by blank lines) and metadata found in the head.

    Offsets of statements found in an HTML file point into this text, not into the markup.
    """
    soup = BeautifulSoup(markup, "html.parser")
    meta: dict[str, str] = {}
    if soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or "").lower()
        value = (tag.get("content") or "").strip()
        if not value:
            continue
        if key in ("og:title", "twitter:title") and "title" not in meta:
            meta["title"] = value
        elif key in ("article:published_time", "date", "pubdate", "dc.date"):
            meta.setdefault("date", value)
        elif key in ("og:site_name", "publisher"):
            meta.setdefault("outlet", value)
        elif key == "og:url":
            meta.setdefault("url", value)
    for tag in soup(_INVISIBLE):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n\n")
    lines = (" ".join(line.split()) for line in root.get_text().splitlines())
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs), meta
