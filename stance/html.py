"""The article in a web page, through trafilatura: main text without menus, related links,
comments, cookie banners or footers, plus the title, date (htmldate), byline, site name and
address the page carries. Nothing is fetched: the page is already read."""

from __future__ import annotations

import logging

import lxml.html
import trafilatura

# Tags that are never article text, removed before extraction: on a short page trafilatura
# falls back to every visible line, menus included.
_CHROME = ["//nav", "//header", "//footer", "//aside", "//form"]

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its notes are not the user's
logging.getLogger("htmldate").setLevel(logging.ERROR)


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Readable text (paragraphs separated by blank lines) and the page's metadata (`title`,
    `date`, `outlet`, `url`, `byline`); text "" when the page holds no article.

    Offsets of statements found in an HTML file point into this text, not into the markup.
    """
    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                        include_tables=True, prune_xpath=_CHROME)
    if found is None:
        return "", {}
    fields = found.as_dict()
    lines = (" ".join(line.split()) for line in (fields.get("text") or "").splitlines())
    meta = {key: str(fields[name]).strip() for key, name in (
        ("title", "title"), ("date", "date"), ("outlet", "sitename"), ("url", "url"),
        ("byline", "author")) if fields.get(name)}
    return "\n\n".join(line for line in lines if line), meta


_BLOCKS = ("p", "div", "li", "br", "tr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def fragment_text(markup: str) -> str:
    """The visible text of a piece of markup that is no page ("China <b>urged</b> ..." in a
    spreadsheet cell): tags and scripts removed, blocks as paragraphs."""
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for hidden in root.xpath(".//script|.//style|.//template|.//noscript"):
        hidden.drop_tree()
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    paragraphs = (" ".join(part.split()) for part in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
