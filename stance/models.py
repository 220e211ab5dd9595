"""Plain records passed between ingest, extract and store.

They carry no behaviour beyond small helpers, so every layer can build and test them cheaply.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

STANCES = ("tighten", "ease", "neutral")
SPEAKER_TYPES = ("person", "country", "organization")
QUOTE_TYPES = ("direct", "mixed", "indirect")


def sha256_text(text: str) -> str:
    """Content hash of an article's text: the identity used to find it again on re-ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One document as read from disk (or pasted / uploaded), with the metadata we could find."""

    name: str  # file name (or a label for pasted text); the `article` key of the JSONL contract
    text: str  # exactly as read: every offset points into this string
    title: str | None = None
    source: str | None = None  # outlet
    url: str | None = None
    published: date | None = None  # the first day of its month or year when only that is known
    author: str | None = None  # first-person documents: the speaker of "we"/"I"
    author_country: str | None = None  # ISO3
    author_role: str | None = None
    dataset: str = "default"
    extra: dict[str, str] = field(default_factory=dict)
    date_precision: str | None = None  # day | month | year (stance.dates); None: no date

    @property
    def sha256(self) -> str:
        return sha256_text(self.text)

    @property
    def article_id(self) -> str:
        """Stable id: the same text gives the same id, whatever file it came from."""
        return self.sha256[:16]


@dataclass
class Statement:
    """One speaker's claim in one sentence: the row of the extraction contract (DESIGN.md)."""

    article: str
    speaker: str
    speaker_type: str  # person | country | organization
    country: str | None  # ISO3 of the speaker's country
    role: str | None
    quote_type: str  # direct | mixed | indirect
    quote: str | None
    sentence: str
    start: int  # offsets of the statement's sentence in Article.text
    end: int
    stance: str  # tighten | ease | neutral
    stance_cue: str | None
    confidence: float
    target: str | None  # ISO3 of the sanctioned country
    official_id: str | None = None
    # about the sanctions or the dispute behind them (GOLD_FORMAT.md); off-topic statements
    # stay out of the default charts
    on_topic: bool = True

    def contract(self) -> dict:
        """The JSON object printed by `python -m stance extract --jsonl`."""
        row = asdict(self)
        row.pop("official_id")
        return row


def statement_id(article_sha256: str, start: int, end: int, speaker: str) -> str:
    """Stable hash so a re-ingested article finds its statements (and their corrections) again."""
    key = f"{article_sha256}|{start}|{end}|{speaker.casefold()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
