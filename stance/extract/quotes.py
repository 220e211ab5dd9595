"""Quotation spans: straight, curly and mismatched marks; quotes left open run to the paragraph end
(the newspaper convention for a quote continued in the next paragraph)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import doc_ext  # noqa: F401

_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_AMBIGUOUS = '"\u201f\u2033'


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted words (marks excluded) in one paragraph of raw text."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, char in enumerate(text):
        if char not in _OPENERS and char not in _CLOSERS and char not in _AMBIGUOUS:
            continue
        if open_at is None:
            open_at = i + 1
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if char in _OPENERS and before.isspace() and not after.isspace() and i > open_at:
            # a second opening mark: the previous quote was never closed
            spans.append((open_at, i))
            open_at = i + 1
            continue
        if i > open_at:
            spans.append((open_at, i))
        open_at = None
    if open_at is not None and open_at < len(text.rstrip()):
        spans.append((open_at, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@Language.component("sanctions_quotes", assigns=["doc._.sx_quotes"])
def quotes_component(doc: Doc) -> Doc:
    """Stores the quoted spans of the paragraph in `doc._.sx_quotes`."""
    raw = doc._.sx_raw if doc._.sx_raw is not None else doc.text
    doc._.sx_quotes = find_quotes(_doubled_marks(raw, doc.text))
    return doc


def _doubled_marks(raw: str, parsed: str) -> str:
    """The raw paragraph with a plain quote mark wherever its parse copy (the same length) made
    one of doubled marks (``like this'', ''like this'': stance.extract.clean.normalize)."""
    if len(raw) != len(parsed) or not ("''" in raw or "``" in raw):
        return raw
    return "".join('"' if char in "'`" and parsed[i] == '"' else char
                   for i, char in enumerate(raw))
