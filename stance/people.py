"""One person, one name: how a speaker's name is written for display and when two names are
the same person.

Articles write one official many ways: "Mr. Sergey Lavrov", "Sergei Lavrov", "Ban Ki - moon"
(a tokeniser's spaces), "Donald J. Trump", "Kofi Anan" (a typo). `display_name` removes what is
not the name (honorifics, stray spaces); `name_key` folds what varies between spellings of one
name (accents, case, hyphens, middle initials, y/i and ks/x transliterations, doubled letters);
`same_person` decides for two names that do not share a key, by fuzzy matching (rapidfuzz) of
names whose every word begins with the same letter, at a threshold measured on labelled pairs
(`tests/people/pairs.csv`, figures in README.md). The store applies these rules across articles
(`stance.store.people`); `data/people_merges.csv` holds a researcher's own decisions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

_PARTICLES = frozenset({"al", "el"})  # Arabic article: al-Assad, el-Assad, Assad
_SPACED_JOINERS = re.compile(r"\s*([-‐‑–'’])\s*(?=\S)")
_SPACE = re.compile(r"\s+")
_LEADING_HONORIFIC = re.compile(
    r"^(?:(?:his|her)\s+excellency|h\.\s?e\.|(?:mr|mrs|ms|miss|mx|dr|prof|hon|rt\.?\s+hon)\.?)"
    r"(?:\s+|$)", re.IGNORECASE)

_APOSTROPHES = re.compile(r"['’]")
_WORD_BREAKS = re.compile(r"[\s\-‐‑–]+")
_DOUBLED = re.compile(r"(.)\1+")

FUZZY_THRESHOLD = 88.0  # rapidfuzz ratio on keys; measured in tests/people (README.md)


def display_name(name: str) -> str:
    """The name as a person is called: no honorific, no spaces a tokeniser put around a
    hyphen or an apostrophe ("Mr. Ban Ki - moon" -> "Ban Ki-moon"); words kept as written."""
    text = _SPACE.sub(" ", name).strip()
    text = _SPACED_JOINERS.sub(r"\1", text)
    while True:
        stripped = _LEADING_HONORIFIC.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    return text


def _fold(word: str) -> str:
    """One spelling for transliteration variants of a word: Sergey/Sergei, Aleksandr/
    Alexander-like ks/x, Annan/Anan."""
    word = word.replace("ks", "x").replace("y", "i")
    return _DOUBLED.sub(r"\1", word)


@dataclass(frozen=True)
class NameParts:
    """A name taken apart for comparison: folded words without initials, and the initials."""

    words: tuple[str, ...]
    initials: tuple[str, ...]

    @property
    def key(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=65536)
def name_parts(name: str) -> NameParts:
    """`name` folded: no accents, case, honorifics, hyphens, apostrophes or Arabic article;
    single letters (middle initials) kept apart when two words or more remain. A suffix
    (Jr.) stays a word: Donald Trump Jr. is not Donald Trump."""
    text = display_name(name)
    if not text.isascii():  # accents off; most names have none to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())  # O'Brien, Ba'ath: one word
    raw = [w.strip(".,") for w in _WORD_BREAKS.split(text)]
    raw = [w for w in raw if w and w not in _PARTICLES]
    initials = tuple(w for w in raw if len(w) == 1)
    words = [w for w in raw if len(w) > 1]
    if len(words) < 2:
        words, initials = [w for w in raw], ()
    return NameParts(tuple(_fold(w) for w in words), initials)


def name_key(name: str) -> str:
    """Names with equal keys are one person (before any fuzzy matching)."""
    return name_parts(name).key


def same_person(a: str, b: str, threshold: float = FUZZY_THRESHOLD) -> bool:
    """Two spellings of one person's name: equal keys with initials that do not contradict
    ("George W. Bush" is not "George H. W. Bush"), or, for names of as many words each
    beginning with the same letter, keys at least `threshold` similar ("Vladamir Makei",
    "Kofi Anan"). Single words never match fuzzily: a surname alone names many people."""
    pa, pb = name_parts(a), name_parts(b)
    if pa.initials and pb.initials and pa.initials != pb.initials:
        return False
    if pa.words == pb.words or (
            max(len(pa.words), len(pb.words)) > 2 and "".join(pa.words) == "".join(pb.words)):
        return True  # also syllables written apart or joined: Kim Jong Un, Kim Jongun
    if len(pa.words) < 2 or len(pa.words) != len(pb.words):
        return False
    if any(x[0] != y[0] for x, y in zip(pa.words, pb.words, strict=True)):
        return False
    if pa.words[-1] != pb.words[-1] and pa.words[0] != pb.words[0]:
        return False  # a first name and a surname both different: two people
    if any(x != y and min(len(x), len(y)) < 4 for x, y in zip(pa.words, pb.words, strict=True)):
        return False  # a short word spelt otherwise is another name: Lu Kang, Liu Kang
    return fuzz.ratio(pa.key, pb.key) >= threshold
