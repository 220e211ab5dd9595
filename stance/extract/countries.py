"""Places and bodies named in a paragraph: countries (by name, alias, demonym or capital) and
organisations, each mapped to an ISO3 code (None for international bodies)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import doc_ext  # noqa: F401
from .lexicons import Lexicons, load_lexicons


@dataclass(frozen=True)
class Place:
    start: int  # token indices in the Doc
    end: int
    iso3: str | None
    kind: str  # country | capital | demonym | org
    name: str  # canonical name: "North Korea", "UN Security Council"

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


def _variants(phrase: str) -> list[str]:
    """The phrase as written, plus 'The ...' when it starts with 'the '."""
    out = [phrase]
    if phrase.startswith("the "):
        out.append("The " + phrase[4:])
    return out


class PlaceMatcher:
    """Case-sensitive phrase matching of the gazetteers (so 'US' is not 'us')."""

    def __init__(self, nlp: Language, lex: Lexicons):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, tuple[str | None, str, str]] = {}
        patterns: dict[str, list[str]] = {}

        def add(key: str, iso3: str | None, kind: str, name: str, phrases: list[str]) -> None:
            self.labels[key] = (iso3, kind, name)
            patterns[key] = [v for p in phrases if p for v in _variants(p)]

        for c in lex.countries:
            add(f"country:{c.iso3}", c.iso3, "country", c.name, [c.name, *c.aliases])
            add(f"demonym:{c.iso3}", c.iso3, "demonym", c.name, list(c.demonyms))
            if c.capital:
                add(f"capital:{c.iso3}", c.iso3, "capital", c.name, [c.capital])
        for i, org in enumerate(lex.organizations):
            add(f"org:{i}", org.country, "org", org.name, [org.name, *org.aliases])
        for key, phrases in patterns.items():
            if phrases:
                self.matcher.add(key, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> list[Place]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            if not _article_before_longer_name(doc, start, end):
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        places = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            iso3, kind, name = self.labels[span.label_]
            if kind == "capital" and _inside_longer_name(span):
                continue  # "Washington Post", "Moscow Times"
            if _a_us_state(span) or _hyphenated_american(span) or _other_democrats(span):
                continue  # "a New Jersey Democrat", "a Georgia Republican", "a Cuban-American"
            places.append(Place(span.start, span.end, iso3, kind, name))
        return places


_PARTY_MEMBERS = frozenset({"Democrat", "Democrats", "Republican", "Republicans"})
_NEW_STATES = frozenset({"Jersey", "Mexico"})  # 'New U.S. sanctions' is the US


# 'a Christian Democrat spokesman' (Germany's CDU), 'Social Democrats', 'Liberal Democrats'
_OTHER_DEMOCRATS = frozenset({"christian", "social", "liberal", "free", "sweden"})


def _other_democrats(span: Span) -> bool:
    """'Democrat' after a word that makes it another country's party, not the U.S. one."""
    return span.text in ("Democrat", "Democrats") and span.start > 0 \
        and span.doc[span.start - 1].lower_ in _OTHER_DEMOCRATS


def _article_before_longer_name(doc: Doc, start: int, end: int) -> bool:
    """'the South' (South Korea) inside 'the South African president' or 'the South China
    Sea': an alias made with 'the' stops short of the name it begins."""
    return doc[start].lower_ == "the" and end < len(doc) and doc[end].is_title \
        and doc[end].pos_ in ("PROPN", "ADJ")


def _hyphenated_american(span: Span) -> bool:
    """'a Cuban-American senator', 'Iranian-American': an American of that origin."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" \
        and doc[span.end + 1].text == "American"


def _a_us_state(span: Span) -> bool:
    """'New Jersey', 'New Mexico', or a place a party member is from ('a Georgia Republican'):
    a US state, not the country of the same name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.text == "New" and span.text in _NEW_STATES) or (
        after is not None and after.text in _PARTY_MEMBERS)


def _inside_longer_name(span: Span) -> bool:
    ent = next((e for e in span.doc.ents if e.start <= span.start and e.end >= span.end),
               None) if span[0].ent_type_ else None
    if ent is not None and ent.label_ in ("ORG", "WORK_OF_ART", "FAC"):
        return len(ent) > len(span)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(nxt is not None and nxt.is_title and nxt.pos_ == "PROPN")


@Language.factory("sanctions_places", default_config={"data_dir": None},
                  requires=["doc._.sx_skip", "token.ent_type"], assigns=["doc._.sx_places"])
def make_places(nlp: Language, name: str, data_dir: str | None) -> PlacesComponent:
    return PlacesComponent(nlp, load_lexicons(data_dir))


class PlacesComponent:
    """Stores `Place`s in `doc._.sx_places`."""

    def __init__(self, nlp: Language, lex: Lexicons):
        self.match = PlaceMatcher(nlp, lex)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sx_places = [] if doc._.sx_skip else self.match(doc)
        return doc


def place_at(places: list[Place] | None, i: int) -> Place | None:
    for place in places or ():
        if place.covers(i):
            return place
    return None
