"""Custom Doc attributes shared by the extraction components (registered once, on import).

Each Doc the extractor parses is one paragraph ("block") of an article; `sx_offset` maps its
character offsets back into `Article.text`.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_ATTRS = {
    "sx_offset": 0,  # where this block starts in the article text
    "sx_raw": None,  # the block as read (quote marks not normalised); None = doc.text
    "sx_skip": None,  # why the block holds no statement (caption, byline...), else None
    "sx_first_person": False,  # the article has an author who speaks as "I" / "we"
    "sx_turn": None,  # a transcript's speaker label for this block ("MS. PSAKI"), else None
    "sx_quotes": None,  # list[tuple[int, int]]: quoted text, char offsets in the doc
    "sx_places": None,  # list[countries.Place]
    "sx_events": None,  # list[speech.SpeechEvent]
}


def register() -> None:
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
