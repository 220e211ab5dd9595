"""Transcripts: press briefings, background calls and remarks with questions, where each
paragraph belongs to the speaker whose label opens its turn ("MS. PSAKI:", "SENIOR
ADMINISTRATION OFFICIAL:", "Q").

A document is a transcript when at least two paragraphs open with such a label. Each turn is
then a first-person document of its own: an official's turn speaks for them (their "we" is
their country), a reporter's question or a moderator's housekeeping holds no statement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_OFFICES = ("SECRETARY", "ADMINISTRATOR", "AMBASSADOR", "GENERAL", "ADMIRAL", "SENATOR", "CHAIR",
            "DIRECTOR")  # titles a label opens with, before a name
# A label: an honorific or office, then the name in capitals, then a colon ("MR. SULLIVAN:",
# "THE PRESIDENT:", "SECRETARY BLINKEN:"); or a question line ("Q  Thank you.", "Q:").
_LABEL = re.compile(
    r"(?P<label>(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*){0,3}"
    r"|(?:THE\s+)?(?:VICE\s+)?PRESIDENT(?:\s+[A-Z][A-Z.'\-]*){0,3}"
    rf"|(?:{'|'.join(_OFFICES)})"
    r"(?:\s+[A-Z][A-Z.'\-]*){1,3}"
    r"|SENIOR\s+ADMINISTRATION\s+OFFICIALS?(?:\s+\d+)?|MODERATOR|OPERATOR|AIDE|Q)"
    r"(?::|(?<=Q)(?=\s))\s*")
MIN_TURNS = 2
SILENT = frozenset({"Q", "MODERATOR", "OPERATOR", "AIDE"})  # turns that hold no statement
_HONORIFICS = ("MR.", "MS.", "MRS.", "DR.")


@dataclass(frozen=True)
class Turn:
    start: int  # where the labelled paragraph starts in the text
    label: str  # "MS. PSAKI", "SENIOR ADMINISTRATION OFFICIAL", "Q"
    length: int  # characters of the label and its colon, skipped when parsing

    @property
    def silent(self) -> bool:
        return self.label in SILENT


def transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """The turns of a transcript, in order; empty when the text is not one."""
    turns = []
    for start, end in paragraphs:
        match = _LABEL.match(text, start, end)
        if match is not None:
            label = " ".join(match.group("label").split())
            turns.append(Turn(start, label, match.end() - start))
    return turns if len(turns) >= MIN_TURNS else []


def turn_at(turns: list[Turn], offset: int) -> Turn | None:
    """The turn a paragraph starting at `offset` belongs to (None before the first)."""
    index = bisect_right([t.start for t in turns], offset) - 1
    return turns[index] if index >= 0 else None


def label_name(label: str) -> tuple[str | None, str | None]:
    """(title, surname as written) of a label: 'MS. PSAKI' -> (None, 'Psaki'), 'SECRETARY
    BLINKEN' -> ('Secretary', 'Blinken'), 'THE PRESIDENT' -> ('President', None)."""
    words = label.split()
    if words[0] in _HONORIFICS:
        return None, " ".join(w.title() for w in words[1:])
    if words[0] == "THE":
        words = words[1:]
    titles = [w for w in words if w in ("VICE", "PRESIDENT", *_OFFICES)]
    names = words[len(titles):]
    title = " ".join(w.title() for w in titles) or None
    return title, " ".join(w.title() for w in names) or None
