"""Quote normalisation: the same words reported by many outlets must compare equal."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_MARKS = str.maketrans({c: " " for c in "\"'“”‘’„‟«»‹›`´"})
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str | None) -> str | None:
    """Case, accents, quote marks, punctuation and spacing folded away; None for empty quotes."""
    if not text:
        return None
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = _NON_WORD.sub(" ", folded.translate(_QUOTE_MARKS))
    folded = _SPACE.sub(" ", folded).strip()
    return folded or None
