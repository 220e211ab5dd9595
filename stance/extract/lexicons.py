"""Editable lexicons and gazetteers from `data/`, loaded once per data folder.

Everything a researcher may want to tune lives in CSV files, not in code:
`countries.csv`, `organizations.csv`, `officials.csv`, `lexicons/speech_cues.csv`,
`lexicons/stance_cues.csv`, `lexicons/speaker_nouns.csv`, `lexicons/boilerplate.csv` and
`lexicons/first_names.csv`.
A bad file raises `LexiconError` naming the file, row and column, so a broken edit says where.
The countries and officials readers live in `stance.gazetteer`: storage reads them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from stance.gazetteer import (
    Country,
    LexiconError,
    Official,
    read_countries,
    read_officials,
)
from stance.gazetteer import csv_rows as _rows
from stance.gazetteer import required as _need
from stance.gazetteer import split_list as _split

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"

STANCE_KINDS = ("anchor", "relief", "reference", "direction", "standalone", "judgement", "flip",
                "support", "consequence", "follow", "defiance")


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    country: str | None  # ISO3; None for international bodies


SPEECH_KINDS = ("verb", "noun", "prep", "action", "quoting", "phrase")


@dataclass(frozen=True)
class SpeechCue:
    words: tuple[str, ...]  # lemma of the head, then lemmas that must depend on it
    # verb | noun | prep | action (a verb that counts only when it acts on sanctions) |
    # quoting (a verb that counts only when it carries a quotation: "she shouted", "X posted")
    pos: str


@dataclass(frozen=True)
class StanceCue:
    phrase: str
    stance: str | None  # tighten | ease | None for anchors, flips and support frames
    weight: float
    kind: str


@dataclass(frozen=True)
class BoilerplatePattern:
    pattern: re.Pattern[str]
    kind: str


@dataclass(frozen=True)
class Dispute:
    """A dispute behind measures, named by a place and a word ('the war in Ukraine'): a
    statement about it is on topic, and its target is the country the measures bear on."""

    place: str  # ISO3 of the place the text names
    words: frozenset[str]  # lemmas, one of which the statement must say
    target: str  # ISO3 of the country the measures bear on


@dataclass
class Lexicons:
    """All gazetteers and cue lists, with the lookups the components need."""

    countries: list[Country]
    organizations: list[Organization]
    officials: list[Official]
    speech_cues: list[SpeechCue]
    stance_cues: list[StanceCue]
    boilerplate: list[BoilerplatePattern]
    speaker_nouns: dict[str, str]  # lower-cased word or phrase -> role | body | group
    first_names: dict[str, str] = field(default_factory=dict)  # "Claire" -> "female"
    national_titles: dict[str, str] = field(default_factory=dict)  # "senator" -> "USA"
    disputes: list[Dispute] = field(default_factory=list)
    by_iso3: dict[str, Country] = field(init=False)
    body_words: frozenset[str] = field(init=False)  # one-word names of bodies: "eu", "nato"
    body_phrases: frozenset[str] = field(init=False)  # longer ones: "european union"
    by_capital: dict[str, str] = field(init=False)  # "tokyo" -> "JPN"
    by_place_name: dict[str, str] = field(init=False)  # "kuwait", "bonn" (alias) -> ISO3
    spellings: dict[str, tuple[str, ...]] = field(init=False)  # body name -> name, aliases

    def __post_init__(self) -> None:
        self.by_iso3 = {c.iso3: c for c in self.countries}
        self.by_capital = {c.capital.casefold(): c.iso3 for c in self.countries if c.capital}
        self.by_place_name = {w.casefold(): c.iso3 for c in self.countries
                              for w in (c.name, *c.aliases)}
        self.spellings = {o.name: (o.name, *o.aliases) for o in self.organizations}
        names = [w.casefold() for o in self.organizations for w in (o.name, *o.aliases)]
        self.body_words = frozenset(w for w in names if len(w.split()) == 1)
        self.body_phrases = frozenset(w for w in names if len(w.split()) > 1)

    def dateline_country(self, city: str | None) -> str | None:
        """The country a dateline places a story in: the one whose capital is `city` ('TOKYO'
        -> JPN), or that the dateline names ('KUWAIT', or 'BONN', West Germany's seat)."""
        key = (city or "").casefold()
        return self.by_capital.get(key) or self.by_place_name.get(key)

    def country_name(self, iso3: str | None) -> str | None:
        country = self.by_iso3.get(iso3 or "")
        return country.name if country else None

    def speech_heads(self, pos: str) -> dict[str, list[SpeechCue]]:
        """Speech cues of one part of speech, keyed by the head lemma."""
        heads: dict[str, list[SpeechCue]] = {}
        for cue in self.speech_cues:
            if cue.pos == pos:
                heads.setdefault(cue.words[0], []).append(cue)
        return heads


def read_organizations(path: Path) -> list[Organization]:
    return [
        Organization(_need(row, "name", where), _split(row["aliases"]),
                     (row["country"] or "").strip().upper() or None)
        for where, row in _rows(path, ("name", "aliases", "country"))
    ]


def read_speech_cues(path: Path) -> list[SpeechCue]:
    out = []
    for where, row in _rows(path, ("cue", "pos")):
        pos = _need(row, "pos", where).lower()
        if pos not in SPEECH_KINDS:
            raise LexiconError(f"{where}, column 'pos': '{pos}' is not one of {SPEECH_KINDS}")
        out.append(SpeechCue(tuple(_need(row, "cue", where).lower().split()), pos))
    return out


def read_stance_cues(path: Path) -> list[StanceCue]:
    out = []
    for where, row in _rows(path, ("phrase", "stance", "weight", "kind")):
        kind = _need(row, "kind", where).lower()
        if kind not in STANCE_KINDS:
            raise LexiconError(f"{where}, column 'kind': '{kind}' is not one of {STANCE_KINDS}")
        stance = (row["stance"] or "").strip().lower() or None
        if kind in ("direction", "standalone", "judgement") and stance not in ("tighten", "ease"):
            raise LexiconError(f"{where}, column 'stance': '{kind}' cues need tighten or ease")
        try:
            weight = float(_need(row, "weight", where))
        except ValueError as exc:
            raise LexiconError(f"{where}, column 'weight': not a number") from exc
        out.append(StanceCue(_need(row, "phrase", where).lower(), stance, weight, kind))
    return out


def read_speaker_nouns(path: Path) -> dict[str, str]:
    out = {}
    for where, row in _rows(path, ("word", "type")):
        kind = _need(row, "type", where).lower()
        if kind not in ("role", "body", "group"):
            raise LexiconError(f"{where}, column 'type': '{kind}' is not role, body or group")
        out[_need(row, "word", where).lower()] = kind
    return out


def read_first_names(path: Path) -> dict[str, str]:
    """First names that tell 'he' from 'she' (optional file: none, no genders)."""
    if not path.is_file():
        return {}
    out = {}
    for where, row in _rows(path, ("name", "gender")):
        gender = _need(row, "gender", where).lower()
        if gender not in ("female", "male"):
            raise LexiconError(f"{where}, column 'gender': '{gender}' is not female or male")
        out[_need(row, "name", where)] = gender
    return out


def read_national_titles(path: Path) -> dict[str, str]:
    """Titles that name one country's office in English news ('senator', 'Secretary of
    State'): the speaker's country when the text gives no other (optional file)."""
    if not path.is_file():
        return {}
    out = {}
    for where, row in _rows(path, ("title", "country")):
        country = _need(row, "country", where).upper()
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise LexiconError(f"{where}, column 'country': '{country}' is not an ISO3 code")
        out[_need(row, "title", where).lower()] = country
    return out


def read_disputes(path: Path) -> list[Dispute]:
    """Disputes behind measures (optional file: none, only the measures' words count)."""
    if not path.is_file():
        return []
    out = []
    for where, row in _rows(path, ("place", "words", "target")):
        codes = {name: _need(row, name, where).upper() for name in ("place", "target")}
        for name, code in codes.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise LexiconError(f"{where}, column '{name}': '{code}' is not an ISO3 code")
        words = frozenset(w.strip().lower() for w in _need(row, "words", where).split(";")
                          if w.strip())
        out.append(Dispute(codes["place"], words, codes["target"]))
    return out


def read_boilerplate(path: Path) -> list[BoilerplatePattern]:
    out = []
    for where, row in _rows(path, ("pattern", "kind")):
        try:
            pattern = re.compile(_need(row, "pattern", where))
        except re.error as exc:
            raise LexiconError(f"{where}, column 'pattern': {exc}") from exc
        out.append(BoilerplatePattern(pattern, _need(row, "kind", where)))
    return out


@lru_cache(maxsize=8)
def load_lexicons(data_dir: Path | str | None = None) -> Lexicons:
    """Read every lexicon under `data_dir` (default: the project's `data/`), cached per folder."""
    base = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
    return Lexicons(
        countries=[c for c in read_countries(base / "countries.csv") if c.in_text],
        organizations=read_organizations(base / "organizations.csv"),
        officials=read_officials(base / "officials.csv"),
        speech_cues=read_speech_cues(base / "lexicons" / "speech_cues.csv"),
        stance_cues=read_stance_cues(base / "lexicons" / "stance_cues.csv"),
        boilerplate=read_boilerplate(base / "lexicons" / "boilerplate.csv"),
        speaker_nouns=read_speaker_nouns(base / "lexicons" / "speaker_nouns.csv"),
        first_names=read_first_names(base / "lexicons" / "first_names.csv"),
        national_titles=read_national_titles(base / "lexicons" / "national_titles.csv"),
        disputes=read_disputes(base / "lexicons" / "disputes.csv"),
    )
