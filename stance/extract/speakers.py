"""Who a speaker mention is, inside one article.

`describe` reads a speaker head in its noun phrase: a person with a title ("Chinese Foreign Minister
Wang Yi" -> Wang Yi, Foreign Minister, CHN), a country ("Russia", "Washington", "the North"), a
body ("the State Department", "the Chinese foreign ministry"), a title alone ("the US Secretary of
State"), a pronoun ("he", "we"). `SpeakerResolver` keeps the article's people so that later short
forms ("Pompeo", "Ho", "the US Secretary of State", "he") find the full entry, and falls back on
`data/officials.csv` for officials whose country the article does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Token

from ..people import display_name
from .countries import Place, place_at
from .lexicons import Lexicons, Official

_PERSON_PRONOUNS = ("he", "she", "him", "her")
_FIRST_PERSON = ("i", "we", "me", "us", "my", "our")
_BODY_FIRST_PERSON = ("government", "country", "delegation", "people", "nation", "state")
_PLURAL_PRONOUNS = ("they", "them")
_NAME_SKIP = ("'s", "'", "’s", "[", "]")
# lower-case parts of a surname ('van der Stoel', 'den Uyl', 'bin Sulayem')
_NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "du",
                             "la", "le", "ter", "ten", "bin", "ibn"})
_TITLE_PREFIXES = ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.")
_DESCRIBING_DEPS = ("appos", "relcl", "acl")
_QUANTIFIERS = ("most", "some", "many", "few", "several", "all", "both", "other")
# US congressional convention: party initial and state abbreviation after the name
PARTY_TAG = re.compile(
    r"\s*(?:\(|,\s*)[DRI]-[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]?\.)?(?:\)|,|\s|$)")


@dataclass
class Mention:
    """A speaker head read in context, before article-level resolution."""

    kind: str  # person | country | organization | role | pronoun | first_person | plural
    text: str
    name: str | None = None
    role: str | None = None
    country: str | None = None
    token: int = 0
    # the country whose acts an official reports, when nothing else gives theirs
    reported: str | None = None


@dataclass
class Speaker:
    """A resolved speaker: the fields of a Statement."""

    name: str
    speaker_type: str  # person | country | organization
    country: str | None
    role: str | None = None
    official_id: str | None = None

    @property
    def key(self) -> str:
        return self.name.casefold()


@dataclass
class _Person:
    name: str
    role: str | None
    country: str | None
    official_id: str | None = None
    last_seen: int = 0
    tokens: frozenset[str] = field(default_factory=frozenset)
    gender: str | None = None  # female | male, when the text or the first name tells


_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female",
                   "her": "female", "hers": "female"}
_FEMALE_WORDS = ("ms.", "mrs.", "ms", "mrs", "miss", "madam", "woman", "queen", "lady",
                 "princess", "duchess")
_MALE_WORDS = ("mr.", "mr", "sir", "man", "king", "prince", "duke")
_NOT_MEN = frozenset({"german", "oman"})


def mention_gender(text: str, first_names: dict[str, str]) -> str | None:
    """'Mrs. Clinton', 'the congresswoman', 'Claire McCaskill' -> female; None when unsure."""
    words = text.replace("-", " ").split()
    lowered = [w.casefold() for w in words]
    if any(w in _FEMALE_WORDS or w.endswith("woman") for w in lowered):
        return "female"
    if any(w in _MALE_WORDS for w in lowered):
        return "male"
    for word in words:
        if word in first_names:
            return first_names[word]
    # 'spokesman', 'congressman'; 'German' and 'Omani' are no men
    if any(w.endswith("man") and w not in _NOT_MEN for w in lowered):
        return "male"
    return None


def gender_fits(person_gender: str | None, pronoun: str) -> bool:
    wanted = _PRONOUN_GENDER.get(pronoun.casefold())
    return wanted is None or person_gender is None or person_gender == wanted


def name_tokens(name: str) -> frozenset[str]:
    return frozenset(t.strip(".,").casefold() for t in name.replace("-", " ").split()
                     if t.strip(".,").casefold() not in _TITLE_PREFIXES)


def _pronoun_mention(head: Token) -> Mention | None:
    """'he', 'she' (pronoun), 'we', 'I' (the document's author), 'they', 'it' (a group)."""
    lower = head.lower_
    if head.pos_ != "PRON" and (lower not in _FIRST_PERSON or head.text == "US"):
        return None
    if _name_ending_in_pronoun(head):
        return None  # 'Vice Premier Liu He said': a name
    if lower in _FIRST_PERSON:
        return Mention("first_person", head.text, token=head.i)
    if lower in _PERSON_PRONOUNS:
        return Mention("pronoun", head.text, token=head.i)
    if lower in _PLURAL_PRONOUNS or lower == "it":
        return Mention("plural", head.text, token=head.i)
    return None


def _name_ending_in_pronoun(head: Token) -> bool:
    """A capitalised 'He' or 'She' after a proper noun it closes ('Liu He'), not a pronoun
    opening a sentence."""
    return head.text in ("He", "She") and head.i > head.sent.start and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 for c in head.children)


def _noun_phrase(head: Token) -> list[Token]:
    """Tokens of the speaker's phrase: left modifiers, the head and an 'of ...' title tail."""
    left = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
    # cut at a clause boundary such as a comma or an earlier noun phrase's determiner
    while left and (left[0].dep_ in ("det", "punct", "cc", "predet", "case")
                    or left[0].lower_ in _NAME_SKIP or left[0].pos_ == "PRON"):
        left = left[1:]
    tail: list[Token] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            tail = [t for t in child.subtree]
    return [t for t in left if t.lower_ not in _NAME_SKIP] + tail


def _person_name(head: Token, phrase: list[Token]) -> list[Token]:
    """The name part of a phrase: the PERSON entity holding the head, else trailing PROPNs;
    less a department the tagger took for part of the name ('Secretary of Defense Jim
    Mattis')."""
    if head.ent_type_ == "PERSON":
        ent = next(e for e in head.doc.ents if e.start <= head.i < e.end)
        name = [t for t in ent if t.i <= head.i and t.lower_ not in _NAME_SKIP]
    else:
        name = []
        for token in reversed([t for t in phrase if t.i <= head.i]):
            if token.pos_ != "PROPN":
                break
            name.insert(0, token)
    if len(name) >= 3 and name[0].i > 0 and head.doc[name[0].i - 1].lower_ == "of":
        name = name[1:]
    doc = head.doc
    in_phrase = {t.i for t in phrase}
    joined = False
    while name and name[0].i > 0:
        first = name[0].i
        if first > 1 and doc[first - 1].text == "-" and not any(
                t.whitespace_ for t in doc[first - 2:first]) and doc[first - 2].is_title:
            name[:0] = list(doc[first - 2:first])  # "Jean-Yves": split at its hyphen
            joined = True
        elif joined and doc[first - 1].pos_ == "PROPN" and first - 1 in in_phrase:
            name.insert(0, doc[first - 1])  # "Lee Jong-seok": the names before the hyphen's
        else:
            break
    return _with_particles(name, doc)


def _with_particles(name: list[Token], doc: Doc) -> list[Token]:
    """'Max van der Stoel', 'Joop den Uyl': a surname's lower-case particles and the given
    names before them, where the tagger ended the name at the particle."""
    if not name:
        return name
    start = first = name[0].i
    while first > 0 and doc[first - 1].text in _NAME_PARTICLES:
        first -= 1
    given = first
    while given > 0 and doc[given - 1].is_title and doc[given - 1].pos_ == "PROPN" \
            and doc[given - 1].ent_type_ == "PERSON":
        given -= 1
    if first == start or given == first:
        return name
    return list(doc[given:start]) + name


def _their_document(head: Token) -> bool:
    """'The statement said', 'the joint statement said': the document whoever spoke last
    issued, when the text names no other owner ('Iran's statement', 'a report by X')."""
    return head.lemma_.lower() in _DOCUMENT_WORDS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(
        c.dep_ in ("poss", "prep", "compound") and c.pos_ in ("PROPN", "ADP", "PRON")
        for c in head.children)


def _body_of_body(head: Token, text: str, phrase: list[Token], places: list[Place]
                  ) -> Mention | None:
    """'a U.N. panel', 'the EU commission': a body of a body the gazetteer lists, which
    has no country of its own."""
    body = next((p for t in phrase if (p := place_at(places, t.i)) is not None
                 and p.kind == "org" and p.iso3 is None), None)
    if body is None:
        return None
    words = [t for t in phrase if t.dep_ != "det" and not t.is_punct]
    return Mention("organization", text, name=" ".join(t.text for t in words) or body.name,
                   token=head.i)


def _as_written(phrase: list[Token], places: list[Place]) -> str | None:
    """An unnamed official's title as the text writes it when it names their country or
    body ('one Iranian official' -> 'Iranian official', 'the U.S. ambassador to the United
    Nations'); None when it names neither (the country is then prefixed)."""
    words = [t for t in phrase if not t.is_punct]
    while words and (words[0].dep_ in ("det", "nummod", "predet") or words[0].lower_ in
                     (*_QUANTIFIERS, "one", "another", "second", "third", "a", "an", "the")):
        words = words[1:]
    if not any(place_at(places, t.i) for t in words):
        return None
    return " ".join(t.text for t in words) or None


def _members_named(head: Token) -> Token | None:
    """'a group of senators', 'a delegation of EU diplomats': the members speak."""
    if head.lemma_.lower() not in _GATHERINGS:
        return None
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)


_GATHERINGS = frozenset({"group", "delegation", "handful", "number", "pair", "trio"})
_OUTLETS = frozenset({"agency", "broadcaster", "newspaper", "daily", "television", "channel"})


def _outlet_named(head: Token) -> Token | None:
    """'the Soviet news agency Tass', 'state news agency IRNA said' (parsed as two subjects):
    the outlet's name, a body of the gazetteer, speaks."""
    if head.lemma_.lower() not in _OUTLETS:
        return None
    places = head.doc._.sx_places or []
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    named = [c for c in head.children if c.dep_ == "appos"] + (
        [following] if following is not None and following.dep_ == head.dep_
        and following.head.i == head.head.i else [])
    return next((t for t in named if (place := place_at(places, t.i)) is not None
                 and place.kind == "org"), None)


def _issuer(head: Token) -> Token | None:
    """Who issued a document that 'says' something: 'the White House statement', 'Iran's
    statement', 'a Pentagon readout'."""
    if head.lemma_.lower() not in _DOCUMENT_WORDS and head.lemma_.lower() != "report":
        return None  # ('the report said' alone may be anyone's: only an issuer named)
    return next((c for c in head.children if c.dep_ in ("poss", "compound")
                 and c.pos_ in ("PROPN", "NOUN") and c.i < head.i), None)


def _leader(head: Token) -> Token | None:
    """Who leads a group that speaks or acts: 'a small group led by Senator X', 'the
    delegation, led by the foreign minister', 'the Saudi-led coalition'. The leader speaks
    for it (the group itself often names no one the gazetteer knows)."""
    if head.lemma_.lower() not in _LED_GROUPS:
        return None
    for child in head.children:
        if child.lemma_.lower() != "lead" or child.tag_ != "VBN":
            continue
        if child.dep_ == "acl":
            return next((g for c in child.children if c.dep_ == "agent"
                         for g in c.children if g.dep_ == "pobj"), None)
        if child.dep_ == "amod":  # 'Saudi-led': the leader is the participle's modifier
            return next((c for c in child.children if c.dep_ == "npadvmod"), None)
    return None


def _setting_country(head: Token) -> str | None:
    """The place a clause is set in, for a group that speaks there: 'In Tokyo, officials
    said', 'In the House, lawmakers passed ...'."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    places = head.doc._.sx_places or []
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > head.i:
            continue
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            place = place_at(places, obj.i)
            if place is not None and place.iso3:
                return place.iso3
    return None


def _speaking_for(head: Token) -> str | None:
    """The country an official speaks for by where the clause is set ('In Beijing, a Foreign
    Ministry spokesman said', before the dateline's country) or by who relays them ('state
    media quoted a ministry spokesman')."""
    head = _titled(head)
    return _setting_country(head) or _relaying_country(head)


def _titled(head: Token) -> Token:
    """The title a name stands in apposition to, which holds the clause's place ('the army
    commander, Lieutenant General Raoul Cedras, said')."""
    return head.head if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") \
        else head


def _reported_country(head: Token) -> str | None:
    """The country that is the subject of what an official reports ('Finance Minister X said
    Seoul would drop Japan from its list', 'Italy will apply the measures, the foreign minister
    said'): a government's minister speaks of what their government will do."""
    head = _titled(head)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
        clauses.append(verb.head)  # the report before its speaker
    places = head.doc._.sx_places or []
    for clause in clauses:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        place = place_at(places, subject.i) if subject is not None else None
        if place is not None and place.iso3 and place.kind in ("country", "capital"):
            return place.iso3
    return None


def _relaying_country(head: Token) -> str | None:
    """'Russia's state news agency RIA Novosti quoted Deputy Foreign Minister X as saying':
    an official a national agency or paper quotes is that country's."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ("quote", "cite"):
        return None
    places = head.doc._.sx_places or []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for token in subject.subtree:
            place = place_at(places, token.i)
            if place is not None and place.iso3:
                return place.iso3
    return None


def _untagged_name(token: Token, places: list[Place]) -> bool:
    """A title's appositive written as a name the tagger missed ("Iran's OPEC envoy, Mehdi
    Asali, ..."): proper nouns in title case that name no place or body."""
    words = [t for t in token.subtree if not t.is_punct]
    return 2 <= len(words) <= 4 and all(
        t.pos_ == "PROPN" and t.is_title and place_at(places, t.i) is None for t in words)


def _members_of(head: Token, text: str, modifiers: list[Place]) -> Mention | None:
    """'European Community officials', 'UN diplomats', 'EU foreign ministers': the body its
    members speak for."""
    body = next((p for p in modifiers if p.kind == "org"), None)
    return None if body is None else Mention("organization", text, name=body.name,
                                             token=head.i)


def _countries_of(head: Token, places: list[Place]) -> dict[str, str]:
    """The countries an 'of' tail conjoins ('the leaders of France, Germany and Italy'), each
    with the words naming it; bodies such as the European Commission are no country."""
    out: dict[str, str] = {}
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               and c.i == head.i + 1), None)
    objects = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
    for obj in objects[:1]:
        for token in [obj, *obj.conjuncts]:
            found = place_at(places, token.i)
            if found is not None and found.iso3 and found.kind != "org" and found.iso3 not in out:
                out[found.iso3] = head.doc[found.start:found.end].text
    return out


def _name_ending_title(head: Token, phrase: list[Token]) -> list[Token]:
    """The PERSON entity that ends a title's 'of ...' tail ('Secretary of the Treasury Steven
    Mnuchin'), else nothing."""
    last = phrase[-1] if phrase else head
    if last.i <= head.i or last.ent_type_ != "PERSON":
        return []
    ent = next(e for e in head.doc.ents if e.start <= last.i < e.end)
    return [t for t in ent if t.lower_ not in _NAME_SKIP] if ent.end - 1 == last.i else []


class SpeakerResolver:
    """Article-level memory of people and the last speakers, for short forms and pronouns."""

    def __init__(self, lex: Lexicons, published: date | None = None,
                 author: Speaker | None = None, we_is_country: bool = True,
                 home: str | None = None, seat: str | None = None):
        """`we_is_country`: a person author's "we" is their country (a head of state's
        speech), not so in an opinion piece, where the writer speaks for themselves. `home`:
        the country of a wire story's dateline ('TOKYO -'), whose officials the story need
        not call Japanese; `seat`: the dateline's city when it is no country's but a body's
        ('BRUSSELS -': 'the Council' is the EU's). Both are None for a document with an
        author, whose officials are the author's."""
        self.lex = lex
        self.home = home
        self.seat = seat
        self.published = published
        self.author = author
        self.we_is_country = we_is_country
        self.people: list[_Person] = []
        self.clock = 0
        self.last_person: _Person | None = None
        self.last_speakers: list[Speaker] = []
        # the place the last clause that set one was set in ('In The Hague, ...'), which the
        # officials after it speak from until someone of another country speaks
        self.setting: str | None = None
        self.bodies: dict[str, str] = {}  # a body noun's country, by the noun ('military')
        self.named_bodies: list[Mention] = []  # bodies of the gazetteer, as the text names them

    # ---- reading mentions ---------------------------------------------------------------
    def describe(self, doc: Doc, head: Token) -> Mention | None:
        """What a speaker head names, trying one pattern after another: a pronoun, a body
        speaking as "we" ("our government"), a head that stands for another word (a leader,
        a group's members, an outlet, an issuer), a place or body of the gazetteer, a body or
        group noun ("the foreign ministry", "officials"), a title ("the Secretary of State"),
        a person's name."""
        handled, mention = self._by_reference(doc, head)
        if handled:
            return mention
        phrase = _noun_phrase(head)
        text = " ".join(t.text for t in phrase) or head.text
        places: list[Place] = doc._.sx_places or []
        place = place_at(places, head.i)
        if place is not None and place.kind != "org" and self._names_a_person(head, place):
            place = None  # "Monaco said" after "Lisa Monaco, the adviser, ...": the person
        modifiers = [p for p in places if any(p.covers(t.i) for t in phrase) and p is not place]
        if place is not None and place.kind == "org" and _name_ending_title(head, phrase):
            # "Director of National Intelligence James Clapper": the office's holder
            return self._role_mention(head, text, phrase, places, place.iso3)
        if place is not None:
            return self._place_mention(doc, head, text, place, modifiers)
        return self._noun_mention(doc, head, text, phrase, modifiers)

    def _by_reference(self, doc: Doc, head: Token) -> tuple[bool, Mention | None]:
        """The patterns that settle a head before its own words are read: (True, what it
        names) for a pronoun, a body speaking as "we", a document, or a head that stands for
        another word; (False, None) otherwise."""
        pronoun = _pronoun_mention(head)
        if pronoun is not None or (head.pos_ == "PRON" and not _name_ending_in_pronoun(head)):
            return True, pronoun
        if head.lemma_.lower() in _BODY_FIRST_PERSON and any(
            c.lower_ in ("my", "our") for c in head.children
        ):
            return True, Mention("first_person", head.text, token=head.i)
        if _their_document(head):
            return True, Mention("document", head.text, token=head.i)
        leader = _leader(head)
        if leader is not None:
            place = place_at(doc._.sx_places or [], leader.i)
            if place is not None and place.kind == "demonym":  # 'the Saudi-led coalition'
                return True, Mention("country", head.text, name=place.name, country=place.iso3,
                                     token=head.i)
            return True, self.describe(doc, leader)
        # "a bipartisan group of senators", "the Soviet news agency Tass", "a Pentagon
        # readout", "Iran's statement": the members, the outlet, the issuer
        for stand_in in (_members_named, _outlet_named, _issuer):
            named = stand_in(head)
            if named is not None:
                return True, self.describe(doc, named)
        return False, None

    def _noun_mention(self, doc: Doc, head: Token, text: str, phrase: list[Token],
                      modifiers: list[Place]) -> Mention | None:
        """A head no place names: a body, a group, a title or a person, by its noun."""
        places: list[Place] = doc._.sx_places or []
        country = _modifying_country(modifiers)
        kind = self._noun_kind(head, phrase)
        if kind == "body":
            return self._body_mention(doc, head, text, phrase, country)
        if kind == "group":
            # "Chinese officials", "officials in Tokyo", "Democratic senators" (an office one
            # country has)
            owner = country or self._owner_country(doc, head) or self._title_country(
                head.lemma_, exact=True) or _setting_country(head)
            if owner is not None:
                return Mention("country", text, name=self.lex.country_name(owner),
                               country=owner, token=head.i)
            return _members_of(head, text, modifiers)
        if kind == "role" and head.tag_ == "NNS" and country is None:
            members = _members_of(head, text, modifiers)  # "EU foreign ministers"
            if members is not None:
                return members
        if kind == "role" and head.ent_type_ != "PERSON":
            # "a ministry spokesman in Tokyo", "the spokesman of the Chinese embassy"
            country = country or self._owner_country(doc, head)
            return self._role_mention(head, text, phrase, places, country)
        return self._person_mention(doc, head, text, phrase, modifiers) \
            or self._named_body(doc, head, country)

    def _named_body(self, doc: Doc, head: Token, country: str | None) -> Mention | None:
        """A body the gazetteer does not list, named as one in a news story ('Human Rights
        Watch', 'the Enough Project, an advocacy group'): its name ends with a word for a
        body, or an apposition says what it is. A country only if its name gives one."""
        if self.author is not None or head.pos_ != "PROPN" or (
                head.lower_ not in _BODY_NAME_WORDS and not any(
                    c.dep_ == "appos" and c.lemma_.lower() in _BODY_KINDS
                    for c in head.children)):
            return None
        ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        if ent is not None and ent.label_ == "ORG" and ent.root.i == head.i:
            words = [t for t in ent if t.lower_ != "the"] or list(ent)
        else:  # untagged: a name of proper nouns ('Human Rights Watch' opening a sentence)
            words = [head]
            while words[0].i > 0 and (left := doc[words[0].i - 1]).pos_ == "PROPN" \
                    and left.dep_ == "compound" and head.is_ancestor(left):
                words.insert(0, left)
            if len(words) < 2:
                return None
        name = doc.text[words[0].idx:words[-1].idx + len(words[-1])]  # 'AFL-CIO' as written
        return Mention("organization", name, name=name, country=country, token=head.i)

    def describe_as_of(self, doc: Doc, head: Token, country: str) -> Mention | None:
        """A body or a title named with no country ('the Commerce Ministry'), as one of
        `country`'s."""
        phrase = _noun_phrase(head)
        text = " ".join(t.text for t in phrase) or head.text
        kind = self._noun_kind(head, phrase)
        if kind == "body":
            return self._body_mention(doc, head, text, phrase, country)
        if kind == "role" and head.ent_type_ != "PERSON":
            return self._role_mention(head, text, phrase, doc._.sx_places or [], country)
        return None

    def describe_each(self, doc: Doc, head: Token) -> list[Mention]:
        """The speakers a head names: one per country for a title the countries share ('the
        French and German foreign ministers'), else what `describe` reads."""
        shared = self._shared_title(doc, head)
        if shared:
            return shared
        mention = self.describe(doc, head)
        return [mention] if mention is not None else []

    def _shared_title(self, doc: Doc, head: Token) -> list[Mention]:
        kind = self._noun_kind(head, _noun_phrase(head)) if head.tag_ == "NNS" else None
        places: list[Place] = doc._.sx_places or []
        if kind == "group":  # "the leaders of France, Germany and Italy": each country
            countries = _countries_of(head, places)
            text = " ".join(t.text for t in _noun_phrase(head))
            return [Mention("country", text, name=self.lex.country_name(iso3), country=iso3,
                            token=head.i) for iso3 in countries] if len(countries) > 1 else []
        if kind != "role":
            return []
        countries: dict[str, str] = {}  # ISO3 -> the word naming it ('Russian')
        title: list[str] = []
        for child in head.lefts:
            if place_at(places, child.i) is None:
                if child.dep_ in ("amod", "compound") and countries:
                    title.append(child.text)  # 'oil' in 'the Saudi and Qatari oil ministers'
                continue
            for token in child.subtree:  # the conjoined demonyms, however the parser nests them
                found = place_at(places, token.i)
                if found is not None and found.iso3 and found.kind != "org" \
                        and found.iso3 not in countries:
                    countries[found.iso3] = doc[found.start:found.end].text
        of_tail = not countries  # "the foreign ministers of Britain, France and Germany"
        if of_tail:
            title = [c.text for c in head.lefts if c.dep_ in ("amod", "compound")]
            countries = _countries_of(head, places)
        if len(countries) < 2:
            return []
        role = " ".join([*title, head.lemma_.lower()])
        text = " ".join(t.text for t in _noun_phrase(head))
        return [Mention("role", text, name=f"{role} of {word}" if of_tail else f"{word} {role}",
                        role=role, country=iso3, token=head.i)
                for iso3, word in countries.items()]

    def _place_mention(self, doc: Doc, head: Token, text: str, place: Place,
                       modifiers: list[Place]) -> Mention | None:
        """'Russia', 'Washington', 'the North Koreans', 'the UN Security Council', "Britain's
        Treasury"; None for unnamed members of a body ('two Democrats')."""
        if place.kind == "org":
            if any(c.dep_ == "nummod" or c.lower_ in _QUANTIFIERS for c in head.children):
                return None  # "two Democrats", "most Republicans": unnamed members of a body
            owner = next((p.iso3 for p in modifiers if p.iso3 and p.kind != "org"), None)
            if owner and place.iso3 and owner != place.iso3:
                # "Britain's Treasury": a national body named like another country's
                body = doc[place.start:place.end].text
                return Mention("organization", text, token=head.i, country=owner,
                               name=f"{self.lex.country_name(owner)} {body}")
            country = next((p.iso3 for p in modifiers if p.iso3), None)
            body = Mention("organization", text, name=place.name,
                           country=place.iso3 or country, token=head.i)
            self.named_bodies.append(body)
            return body
        if place.kind == "demonym" and head.tag_ not in ("NNS", "NNPS") and not (
                head.dep_ in ("amod", "compound", "nmod") and head.head.pos_ == "NOUN"
                and head.head.i > head.i):
            return None  # an adjective, not a speaker; but "Russian demands", "American
            # sanctions": the words or measures of the country the adjective names
        return Mention("country", text, name=place.name, country=place.iso3, token=head.i)

    def _body_mention(self, doc: Doc, head: Token, text: str, phrase: list[Token],
                      country: str | None) -> Mention | None:
        """'the Chinese Foreign Ministry', 'the Government of Cuba', "Iran's parliament"."""
        owner = country or self._owner_country(doc, head)
        led = None if owner is not None else self._leader_country(head)
        if owner is not None:
            self.bodies[head.lemma_.lower()] = owner
        else:
            # "In France, the National Assembly voted ...": the place the clause is set in
            owner = led or self._antecedent_country(head, phrase) or _setting_country(head)
        places: list[Place] = doc._.sx_places or []
        if owner is None:
            return _body_of_body(head, text, phrase, places) or self._seated_body(head, phrase) \
                or self._shared_body_before(head, phrase)
        owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        kept = [t for t in phrase if t.i not in owners and not t.is_punct
                and t.lower_ not in _TENURES]
        body = " ".join(t.text for t in kept)
        if led is None and not any(place_at(places, t.i) for t in kept):
            body = f"{self.lex.country_name(owner)} {body}"
        return Mention("organization", text, name=_title_case(body, self.lex, owner),
                       country=owner, token=head.i)

    def _seated_body(self, head: Token, phrase: list[Token]) -> Mention | None:
        """'BRUSSELS -- The Council today prolonged the measures': in a story from the seat
        of the EU's institutions, its Council or Commission named bare."""
        name = _SEATED_BODIES.get((self.seat or "", head.lemma_.lower()))
        if name is None or any(t.i != head.i and t.pos_ in ("PROPN", "ADJ", "NOUN")
                               for t in phrase):
            return None
        return Mention("organization", head.text, name=name, token=head.i)

    def _shared_body_before(self, head: Token, phrase: list[Token]) -> Mention | None:
        """'The council adopted ...' after the text named the UN Security Council (or the EU's
        Council) as a speaker: that council, not a council of the country that spoke last."""
        lemma = head.lemma_.lower()
        if lemma not in _SHARED_BODIES or len(phrase) > 2:
            return None
        body = next((b for b in reversed(self.named_bodies)
                     if (b.name or "").casefold().split()[-1:] == [lemma]), None)
        return None if body is None else replace(body, text=head.text, token=head.i)

    def _leader_country(self, head: Token) -> str | None:
        """'the Reagan administration', 'the Putin government': the country of the person
        who leads it, as the text or the gazetteer knows them."""
        for child in head.children:
            if child.dep_ == "compound" and child.ent_type_ == "PERSON":
                words = name_tokens(child.text)
                known = self._find_person(words)
                if known is not None and known.country:
                    return known.country
                countries = {o.country for o in self._officials(words) if o.country}
                if len(countries) == 1:
                    return countries.pop()
        return None

    def _antecedent_country(self, head: Token, phrase: list[Token]) -> str | None:
        """'the military said', 'the court said': a body the text has named before with its
        country ("North Korea's military"), else the body of the country or national body
        that spoke last, else of the dateline's country; a body only one country names so
        ('the administration') is that country's."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        named = any(t.i != head.i and t.pos_ in ("PROPN", "ADJ") and t.lower_ not in _TENURES
                    for t in phrase)
        if not definite or (named and head.lemma_.lower() not in _OFFICES):
            return None
        if named:  # "the Energy Department", "the Foreign Ministry" in a story from a capital
            # (or the country whose ministry the story named before: not another agency's)
            before = self.bodies.get("ministry") if head.lemma_.lower() == "ministry" else None
            return before or self.home
        if head.lemma_.lower() in self.bodies:
            return self.bodies[head.lemma_.lower()]
        national = self._title_country(head.lemma_, exact=True)
        if national is not None:
            return national  # "the administration said": Washington's, in any dateline
        if head.lemma_.lower() in _NOT_OF_THE_LAST_SPEAKER:
            return None
        spoken = [s.country for s in self.last_speakers if s.speaker_type != "person"
                  and s.country]
        return spoken[-1] if spoken else self.home

    def _role_mention(self, head: Token, text: str, phrase: list[Token], places: list[Place],
                      country: str | None) -> Mention:
        """'the US Secretary of State', or a title with the name in apposition ('the foreign
        minister, Wang Yi')."""
        body = _body_spoken_for(head)
        owner = next((p.iso3 for t in body if (p := place_at(places, t.i)) and p.iso3
                      and p.kind != "org"), None)
        if owner is not None and country in (None, owner):
            # "a spokesman for the German government": a German government spokesman
            phrase, country = [*body, head], owner
        role = self._role(phrase, places)
        # "the Commerce Secretary": the one government with that office; not "the Florida
        # senator", a description of someone named before
        country = country or self._title_country(role, exact=True)
        named = next((c for c in head.children if c.dep_ == "appos" and (
            c.ent_type_ == "PERSON" or _untagged_name(c, places))), None)
        if named is not None:
            name = " ".join(t.text for t in _person_name(named, list(named.subtree)))
            reported = self._fallback_country(named, role) if country is None else None
            return Mention("person", text, name=name, role=role, country=country,
                           token=named.i, reported=reported)
        titled = _name_ending_title(head, phrase)
        if titled:
            # "Secretary of the Treasury Steven Mnuchin": the name closes the title's tail
            role = self._role([t for t in phrase if t.i < titled[0].i], places)
            country = country or self._title_country(role)  # the title less the name
            return Mention("person", text, name=display_name(" ".join(t.text for t in titled)),
                           role=role, country=country, token=titled[-1].i)
        if country is None and role and not self._of_a_body(role):
            country = self._set_in(head)  # "In Beijing, a ministry spokesman said"
        return Mention("role", text, role=role, country=country, token=head.i,
                       name=_as_written(phrase, places))

    def _person_mention(self, doc: Doc, head: Token, text: str, phrase: list[Token],
                        modifiers: list[Place]) -> Mention | None:
        """'Chinese Foreign Minister Wang Yi' -> Wang Yi, Foreign Minister, CHN; a proper noun
        that is no PERSON entity counts only with a title or when the gazetteer knows it."""
        name_tokens_ = _person_name(head, phrase)
        titles = self.lex.speaker_nouns
        # "President Ignazio Cassis" tagged as one name; "Trade Representative Clayton Meyers"
        # untagged, all proper nouns: the name follows the last title word
        last_title = max((n for n, t in enumerate(name_tokens_[:-1])
                          if titles.get(t.lower_) == "role"), default=-1)
        name_tokens_ = name_tokens_[last_title + 1:]
        if not name_tokens_ and head.pos_ == "NOUN" and head.is_title \
                and self._known_name(head.text):
            name_tokens_ = [head]  # "Trump said": a known name the tagger took for a noun
        elif not name_tokens_ or (head.ent_type_ != "PERSON" and head.pos_ != "PROPN"):
            return None
        name = display_name(" ".join(t.text for t in name_tokens_))
        title_tokens = [t for t in phrase if t.i < name_tokens_[0].i]
        role = self._role(title_tokens, doc._.sx_places or [])
        own = {t.i for t in name_tokens_}
        outside = [p for p in modifiers if not any(p.covers(i) for i in own)]
        country = _modifying_country(outside)
        # a name the tagger does not call a person, or, in a speech, a surname never introduced
        # ("as Truman said": a figure of the past; in news a bare surname is more often a full
        # name the tagger missed earlier) is a speaker only with a title in apposition
        # ("Hashimoto, Japan's trade minister, ...")
        untitled = not role and (
            (head.ent_type_ != "PERSON" and not self._known_name(name))
            or (self.author is not None and len(name_tokens_) == 1
                and not self._introduced(name)))
        # the title in apposition is the person's role all the same, for a later 'the minister'
        role = role or self._appositive_role(head)
        if untitled and role is None:
            return None
        # "In Managua, President Daniel Ortega, who visited Moscow, said": an office holder
        # speaks for the place the clause is set in before anything the clause tells of them,
        # and so does a spokesperson ("In Niamey, junta spokesman Amadou Abdramane said")
        setting = self._set_in(head) if role and self._placed_office(role) else None
        country = country or setting or self._context_country(doc, head) or \
            self._title_country(role)
        # only needed when nothing here gives theirs (the gazetteer may, in `resolve`)
        reported = self._fallback_country(head, role) if country is None else None
        return Mention("person", text, name=name, role=role, country=country, token=head.i,
                       reported=reported)

    def _placed_office(self, role: str) -> bool:
        """A government office, or a spokesperson of no body of the gazetteer's ('junta
        spokesman', not 'UN spokesman'): they speak for the place their clause is set in."""
        return self._government_office(role) or (
            _names_spokesperson(role) and not self._of_a_body(role))

    def _fallback_country(self, head: Token, role: str | None) -> str | None:
        """The country of a person the phrase gives none, for when the gazetteer does not know
        them either (`resolve`): an office holder's is the one their words are about ('Seoul
        would drop Japan from its list'); anyone else's, but a body's officer, the place the
        clause is set in or who relays them, else the one their words are about ('In Rome,
        Benito Mussolini told party officials that Italy had lived on little before')."""
        if role and self._government_office(role):
            return _reported_country(head)
        if role and self._of_a_body(role):
            return None
        return _speaking_for(head) or _reported_country(head)

    def _set_in(self, head: Token) -> str | None:
        """`_speaking_for`, remembered for the officials who speak after it."""
        setting = _speaking_for(head)
        self.setting = setting or self.setting
        return setting

    def _context_country(self, doc: Doc, head: Token) -> str | None:
        """A person's country from what the sentence says about them: a party-state tag
        ("Sen. Ann Roe (D-Ore.)", "Rep. Al Poe, R-Tex."), or an appositive or relative clause that
        names a country, a national body or party, or a person whose country is known
        ("Jo Fay, the editor of RT", "Al Roe, who served as U.S. envoy", "Lee, Obama's aide")."""
        ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
        end_char = ent.end_char if ent is not None else head.idx + len(head)
        if PARTY_TAG.match(doc.text[end_char:end_char + 16]):
            return "USA"
        places: list[Place] = doc._.sx_places or []
        clauses = [c for c in head.children if c.dep_ in _DESCRIBING_DEPS]
        if head.dep_ == "appos":
            clauses.append(head.head)
        for clause in clauses:
            tokens = sorted(clause.subtree, key=lambda t: t.i) if clause.i > head.i else \
                [t for t in clause.subtree if t.i < head.i]
            for token in tokens:
                place = place_at(places, token.i)
                if place is not None and place.kind == "org" and place.iso3 is None \
                        and head.dep_ != "appos" and clause.dep_ == "appos":
                    return None  # "Hans von Sponeck, the UN coordinator in Iraq": the UN's
                if place is not None and place.iso3 and not _acted_upon(token, clause):
                    return place.iso3
                if token.ent_type_ == "PERSON" and token.i != head.i and (
                    token.dep_ == "poss" or token.head.dep_ == "poss"
                    or any(c.dep_ == "case" for c in token.children)
                ):
                    known = self._find_person(name_tokens(token.text))
                    if known is not None and known.country:
                        return known.country
                    found = self._officials(name_tokens(token.text))
                    if len({o.country for o in found}) == 1:
                        return found[0].country
        return None

    def _names_a_person(self, head: Token, place: Place) -> bool:
        """A place word that is the surname of a person already named in the article, or part
        of a longer PERSON entity."""
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None and ent.label_ == "PERSON" and len(ent) > place.end - place.start:
            return True
        words = name_tokens(head.doc[place.start:place.end].text)
        return any(words <= p.tokens and words != p.tokens for p in self.people)

    def _noun_kind(self, head: Token, phrase: list[Token]) -> str | None:
        nouns = self.lex.speaker_nouns
        words = [t.lower_ for t in phrase if t.i <= head.i]
        for size in (3, 2, 1):
            if len(words) >= size and " ".join(words[-size:]) in nouns:
                return nouns[" ".join(words[-size:])]
        return nouns.get(head.lemma_.lower()) or nouns.get(head.lower_)

    def _owner_country(self, doc: Doc, head: Token) -> str | None:
        """Country of 'Iran's parliament', 'the government of Cuba', 'a spokesman for the
        Japanese embassy', a known person's spokesman or the first-person author."""
        for child in head.children:
            if child.dep_ == "poss":
                place = place_at(doc._.sx_places, child.i)
                if place is not None:
                    return place.iso3
                owner = self._antecedent_owner(child) if child.pos_ == "PRON" \
                    and head.lemma_.lower() not in _OTHER_SIDES else None
                if owner is not None:
                    return owner  # 'His foreign minister, ...'
                if child.ent_type_ == "PERSON" and head.lemma_.lower() in _VOICES:
                    # "Moon Jae-in's spokesman": the leader's
                    mention = self.describe(doc, child)
                    speaker = self.resolve(mention) if mention is not None \
                        and mention.kind == "person" else None
                    if speaker is not None and speaker.country:
                        return speaker.country
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "at"):
                for obj in child.children:
                    owners = [obj, *(m for m in obj.children
                                     if m.i < obj.i and m.dep_ in ("amod", "compound", "poss"))]
                    for token in owners:
                        place = place_at(doc._.sx_places, token.i)
                        if place is not None and place.iso3:
                            return place.iso3
        return None

    def _antecedent_owner(self, pronoun: Token) -> str | None:
        """The country of whom 'his' or 'her' stands for (the person named last before it, as
        the text knows them), or 'its' and 'their' (the last country that was a subject)."""
        if pronoun.lower_ in ("his", "her"):
            before = [e for e in pronoun.doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
            known = self._find_person(name_tokens(before[-1].text)) if before else None
            return known.country if known is not None else None
        if pronoun.lower_ in ("its", "their"):  # the country a clause before was about
            doc = pronoun.doc
            subjects = [p for p in doc._.sx_places or [] if p.end <= pronoun.i and p.iso3
                        and p.kind in ("country", "capital")
                        and doc[p.end - 1].dep_ in ("nsubj", "nsubjpass")]
            return subjects[-1].iso3 if subjects else None
        return None

    def _title_country(self, role: str | None, exact: bool = False) -> str | None:
        """'Commerce Secretary', 'Sen.': the one country whose office the title names (with
        `exact`, the title alone, not a longer description ending with it)."""
        if not role:
            return None
        lowered = role.lower()
        return next((country for title, country in self.lex.national_titles.items()
                     if lowered == title or (not exact and lowered.endswith(" " + title))),
                    None)

    def _appositive_role(self, head: Token) -> str | None:
        """The title an apposition gives a name ('Hashimoto, Japan's trade minister')."""
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                phrase = _noun_phrase(child)
                if self._noun_kind(child, phrase) == "role":
                    return self._role(phrase, head.doc._.sx_places or [])
        return None

    def _role(self, tokens: list[Token], places: list[Place]) -> str | None:
        """Title words minus country words: 'US Secretary of State' -> 'Secretary of State'."""
        words = [t for t in tokens
                 if not place_at(places, t.i) or place_at(places, t.i).kind == "org"]
        # a body's possessive stays ("the EU's top diplomat"), a pronoun's goes ("his deputy")
        while words and (words[0].dep_ in ("det", "case") or words[0].pos_ in ("PRON",)
                         or (words[0].dep_ == "poss" and not place_at(places, words[0].i))
                         or words[0].is_punct or words[0].lower_ in ("'s", "of")):
            words = words[1:]
        while words and (words[-1].is_punct or words[-1].lower_ in ("of", "'s")):
            words = words[:-1]
        words = [t for t in words if t.dep_ != "case"]  # "official of Japan's ministry"
        if not words:
            return None
        role = " ".join(t.text for t in words)
        lowered = role.casefold()
        if not any(word in lowered for word in self.lex.speaker_nouns):
            return None
        return role

    def _introduced(self, name: str) -> bool:
        """A one-word name the article gave in full before, or the gazetteer knows."""
        tokens = name_tokens(name)
        person = self._find_person(tokens)
        if person is not None and (len(person.tokens) > len(tokens) or person.role):
            return True
        return bool(self._officials(tokens))

    def _known_name(self, name: str) -> bool:
        """The article or the gazetteer knows the person, or the name is a full name whose
        first name is a known one or whose surname a person named before bears ('Effie
        Namazi' after 'Baquer Namazi': a relative)."""
        tokens = name_tokens(name)
        if self._find_person(tokens) or self._officials(tokens):
            return True
        words = name.split()
        return len(words) >= 2 and (
            words[0] in self.lex.first_names or any(
                words[-1].casefold() in p.tokens and len(p.tokens) > 1 for p in self.people))

    # ---- article memory -----------------------------------------------------------------
    def _find_person(self, tokens: frozenset[str]) -> _Person | None:
        if not tokens:
            return None
        matches = [p for p in self.people if tokens <= p.tokens or p.tokens <= tokens]
        return max(matches, key=lambda p: p.last_seen) if matches else None

    def _officials(self, tokens: frozenset[str], role: str | None = None,
                   country: str | None = None) -> list[Official]:
        out = []
        for official in self.lex.officials:
            if not official.valid_on(self.published):
                continue
            if tokens:
                forms = [name_tokens(official.name), *(name_tokens(a) for a in official.aliases)]
                if not any(tokens == f or (len(tokens) > 1 and tokens <= f) for f in forms) and \
                        not tokens >= name_tokens(official.name):
                    continue
            elif role:
                if not official.role or official.role.casefold() != role.casefold():
                    continue
                if country and official.country != country:
                    continue
            else:
                continue
            out.append(official)
        return out

    def official_for(self, name: str) -> Official | None:
        """The one official (valid on the article's date) a name stands for, if unambiguous."""
        found = self._officials(name_tokens(name))
        return found[0] if found and len({o.official_id.rsplit("-", 1)[0] for o in found}) == 1 \
            else (found[0] if len({o.country for o in found}) == 1 and found else None)

    def observe(self, mention: Mention, salient: bool = True) -> None:
        """Remember a person named in the text (speaker or not), for later short forms; a
        salient mention (outside quotation marks) is also the antecedent of a next 'he'."""
        if mention.kind == "person" and mention.name:
            self._person(mention, salient)

    def _person(self, mention: Mention, salient: bool = True) -> _Person:
        if not salient:
            known = self._find_person(name_tokens(mention.name or ""))
            if known is not None:
                return known
            person = _Person(mention.name or "", mention.role, mention.country,
                             tokens=name_tokens(mention.name or ""))
            self.people.append(person)
            return person
        self.clock += 1
        tokens = name_tokens(mention.name or "")
        person = self._find_person(tokens)
        if person is None:
            person = _Person(mention.name or "", mention.role, mention.country, tokens=tokens)
            self.people.append(person)
        elif len(tokens) > len(person.tokens):
            person.name, person.tokens = mention.name or person.name, tokens
        if mention.country and person.official_id and person.country != mention.country:
            # the text gives another country: a namesake, not the gazetteer's official
            person.official_id, person.role, person.country = None, mention.role, None
            person.name, person.tokens = mention.name or person.name, tokens
        person.role = person.role or mention.role
        person.country = person.country or mention.country
        person.gender = person.gender or mention_gender(
            f"{mention.text} {mention.name or ''} {mention.role or ''}", self.lex.first_names)
        if person.official_id is None:
            candidates = [o for o in self._officials(person.tokens)
                          if person.country is None or o.country in (None, person.country)]
            if len(candidates) == 1 or (candidates and len({c.country for c in candidates}) == 1):
                # 'President Clinton' is the president of that name, not the secretary of state
                official = next((c for c in candidates if person.role and c.role and
                                 c.role.casefold() == person.role.casefold()), candidates[0])
                person.official_id = official.official_id
                person.country = person.country or official.country
                person.role = person.role or official.role
                if len(name_tokens(official.name)) > len(person.tokens):
                    person.name, person.tokens = official.name, name_tokens(official.name)
        person.last_seen = self.clock
        self.last_person = person
        return person

    def resolve(self, mention: Mention) -> Speaker | None:
        """The speaker a mention stands for, or None when it cannot be told."""
        if mention.kind == "person":
            person = self._person(mention)
            # a country found for someone the gazetteer does not know holds for their later
            # mentions too ('His deputy, X, said Russia would ...', then 'X told Interfax')
            person.country = person.country or mention.reported
            country = person.country or self._home_of(person.role)
            return Speaker(person.name, "person", country, person.role, person.official_id)
        if mention.kind == "country":
            return Speaker(mention.name or mention.text, "country", mention.country)
        if mention.kind == "organization":
            return Speaker(mention.name or mention.text, "organization", mention.country)
        if mention.kind == "first_person":
            if self.author is None:
                return None
            plural = mention.text.casefold() in ("we", "our", "us", "ours")
            if plural and self.author.speaker_type == "person" and self.author.country \
                    and self.we_is_country:
                name = self.lex.country_name(self.author.country) or self.author.country
                return Speaker(name, "country", self.author.country)
            return replace(self.author)
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention.text)
        if mention.kind == "document":
            return replace(self.last_speakers[-1]) if self.last_speakers else None
        if mention.kind == "plural":
            groups = [s for s in self.last_speakers if s.speaker_type != "person"]
            return replace(groups[-1]) if groups else None
        if mention.kind == "role":
            return self._resolve_role(mention)
        return None

    def _home_of(self, role: str | None) -> str | None:
        """The dateline's country for an official whose title names none ('Prime Minister
        Yasuhiro Nakasone' in a story from Tokyo); not for a body's officer ('UN
        Secretary-General') or anyone with no government title."""
        return (self.setting or self.home) if role and (
            self._government_office(role) or self._ministry_voice(role)) else None

    def _ministry_voice(self, role: str) -> bool:
        """A spokesman or an official of a ministry or department named with no country ('a
        Foreign Ministry spokesman', 'a Commerce Department official'): in a story from a
        capital, that capital's government's."""
        words = role.casefold().replace("-", " ").split()
        return not self._of_a_body(role) and words[-1] in (*_VOICES, "official") and any(
            w in _MINISTRIES for w in words[:-1])

    def _government_office(self, role: str) -> bool:
        """A title a government holds ('Prime Minister', 'the Commerce Secretary'), not a
        body's officer ('UN Secretary-General', 'EU foreign policy chief')."""
        words = role.casefold().replace("-", " ").split()
        return not self._of_a_body(role) and words[-2:] != ["secretary", "general"] and any(
            w in _HOME_OFFICES for w in words) and not any(  # not 'president of the
            w in _BODY_NAME_WORDS for w in words[1:])  # Consumer Electronics Association'

    def _of_a_body(self, role: str) -> bool:
        """The title names a body of the gazetteer ('EU foreign policy chief', 'European
        Union foreign policy chief')."""
        words = role.casefold().replace("-", " ").split()
        spaced = f" {' '.join(words)} "
        return any(w in self.lex.body_words for w in words) or any(
            f" {phrase} " in spaced for phrase in self.lex.body_phrases)

    def gender(self, name: str | None) -> str | None:
        person = self._find_person(name_tokens(name or ""))
        return person.gender if person is not None else None

    def _resolve_pronoun(self, pronoun: str) -> Speaker | None:
        """'he' / 'she': the person named last in this sentence, else the last person speaking,
        of a gender the pronoun fits (a first name, Mr./Ms., '-woman' tell it), else the
        latest person named who fits."""
        speaking = [s for s in reversed(self.last_speakers) if s.speaker_type == "person"
                    and gender_fits(self.gender(s.name), pronoun)]
        last = self.last_person
        if last is not None and gender_fits(last.gender, pronoun) and (
                not speaking or last.last_seen == self.clock):
            return Speaker(last.name, "person", last.country, last.role, last.official_id)
        if speaking:
            return replace(speaking[0])
        fitting = [p for p in self.people if p.gender is not None
                   and gender_fits(p.gender, pronoun)]
        if fitting and _PRONOUN_GENDER.get(pronoun.casefold()):
            p = max(fitting, key=lambda p: p.last_seen)
            return Speaker(p.name, "person", p.country, p.role, p.official_id)
        return None

    def _resolve_role(self, mention: Mention) -> Speaker | None:
        if not mention.role:
            return None
        wanted = mention.role.casefold()
        if mention.country is None and self.author is not None and self.author.country \
                and self._government_office(mention.role):
            # in a government's own text, 'the President' is its own, whoever was named last
            mention = replace(mention, country=self.author.country)
        for person in sorted(self.people, key=lambda p: -p.last_seen):
            if person.role and (wanted in person.role.casefold() or
                                person.role.casefold() in wanted or
                                _leads(wanted, person, mention.country)) and (
                mention.country is None or person.country in (None, mention.country)
            ):
                self.clock += 1
                person.last_seen = self.clock
                self.last_person = person
                return Speaker(person.name, "person", person.country, person.role,
                               person.official_id)
        officials = self._officials(frozenset(), role=mention.role, country=mention.country)
        if len(officials) == 1 and self.published is not None:
            o = officials[0]
            return Speaker(o.name, "person", o.country, o.role, o.official_id)
        country = mention.country or self._home_of(mention.role)
        unnamed = self._unnamed_holder(wanted) if country is None else None
        if unnamed is not None:
            return unnamed  # "one Iranian official told Reuters ... the official said"
        if country is None:
            # "the EU foreign policy chief": a body's officer, who has no country
            return Speaker(mention.role, "person", None, mention.role) \
                if self._of_a_body(mention.role) else None
        mention = replace(mention, country=country)
        body = _spoken_for(mention.role)
        if body:  # 'a foreign ministry spokeswoman in Beijing' speaks for the ministry
            return Speaker(self._national_body(body, country), "organization", country,
                           mention.role)
        # an official the text does not name: 'Russian oil minister' as written, else the
        # country's name and the title ('United States Permanent Representative')
        name = mention.name or f"{self.lex.country_name(mention.country)} {mention.role}"
        return Speaker(name, "person", mention.country, mention.role)

    def _national_body(self, body: str, country: str) -> str:
        """A ministry's name with its country: 'Chinese Foreign Ministry' as written, 'China
        Foreign Ministry' for 'Foreign Ministry' in a story from Beijing."""
        known = self.lex.by_iso3.get(country)
        own = {w.casefold() for w in (known.name, *known.aliases, *known.demonyms)} \
            if known else set()
        if any(body.casefold().startswith(f"{w} ") for w in own):
            return body
        return f"{self.lex.country_name(country)} {body}"

    def _unnamed_holder(self, wanted: str) -> Speaker | None:
        """The unnamed official who spoke last with this title ('a second Iranian official
        said ...; "...," the official said')."""
        for speaker in reversed(self.last_speakers):
            if speaker.speaker_type == "person" and speaker.role and not speaker.official_id \
                    and wanted in speaker.role.casefold():
                return replace(speaker)
        return None

    def spoke(self, speakers: list[Speaker]) -> None:
        """Record the speakers of the latest statement (for 'he', 'they' and floating quotes)."""
        self.last_speakers = (self.last_speakers + speakers)[-6:]
        if any(s.country not in (None, self.setting) for s in speakers):
            self.setting = None  # the story has moved on to another country


# Those who speak for a person ('Moon's spokesman' is of Moon's country)
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "secretary", "aide",
                     "adviser", "advisor"})
# The last word of a body's name ('Human Rights Watch'), and what an apposition calls a body
_SEATED_BODIES = {("Brussels", "council"): "Council of the European Union",
                  ("Brussels", "commission"): "European Commission"}
_MINISTRIES = frozenset({"ministry", "department", "cabinet", "government", "presidential"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _names_spokesperson(role: str) -> bool:
    """The title is a spokesperson's ('junta spokesman', 'UN spokesman')."""
    return any(word in _SPOKESPEOPLE for word in role.casefold().split())


def _body_spoken_for(head: Token) -> list[Token]:
    """'a spokesman for the German government': the words of the body a spokesperson speaks
    for, written after the title."""
    if head.lemma_.lower() not in _SPOKESPEOPLE:
        return []
    objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
               for g in c.children if g.dep_ == "pobj"]
    return [t for o in objects[:1] if o.lemma_.lower() in _MINISTRIES
            for t in o.subtree if t.dep_ not in ("det", "punct")]


def _spoken_for(role: str | None) -> str | None:
    """The body an unnamed spokesperson's title names ('foreign ministry spokeswoman' ->
    'Foreign Ministry'): its words are the body's, not a person's to rank among officials."""
    words = (role or "").replace("-", " ").split()
    if len(words) < 2 or words[-1].casefold() not in _SPOKESPEOPLE \
            or not any(w.casefold() in _MINISTRIES for w in words[:-1]):
        return None
    return " ".join(w if w.isupper() else w.capitalize() for w in words[:-1])
_OFFICES = frozenset({"ministry", "department", "office", "agency", "bureau"})
_BODY_NAME_WORDS = frozenset({
    "watch", "project", "institute", "association", "foundation", "federation", "union",
    "lobby", "group", "corp", "corporation", "co", "inc", "ltd", "chamber", "committee",
    "coalition", "network", "center", "centre", "fund", "international", "alliance", "forum",
    "league", "society", "campaign", "initiative", "organization", "organisation", "council"})
_BODY_KINDS = frozenset({"group", "organization", "organisation", "company", "lobby",
                         "association", "coalition", "charity", "firm", "watchdog", "ngo",
                         "tank", "union", "federation", "campaign", "movement"})


# Words of a government title: an official holding one in a dateline's city is its country's.
# (Not a spokesman or an unnamed official: a story from Vienna quotes Iran's court spokesman.)
def _leads(wanted: str, person: _Person, country: str | None) -> bool:
    """'the Israeli leader' is that country's head of state or government named before
    ('Prime Minister Benjamin Netanyahu'), not its vice president."""
    words = (person.role or "").casefold().replace("-", " ").split()
    return wanted == "leader" and country is not None and person.country == country and (
        " ".join(words[-2:]) in _HEADS or words[-1:] in ([w] for w in _HEADS)
    ) and "vice" not in words


_HEADS = frozenset({"prime minister", "premier", "chancellor", "king", "emir",
                    "supreme leader", "president"})
# groups a leader speaks for ('a group led by X', 'the Saudi-led coalition')
_LED_GROUPS = frozenset({"group", "coalition", "alliance", "delegation", "team", "bloc",
                         "faction", "caucus", "camp", "contingent", "consortium", "mission",
                         "grouping", "front", "majority", "opposition"})
# what a speaker issues, which then 'says' what they said
_DOCUMENT_WORDS = frozenset({"statement", "readout", "communique", "declaration"})
# Bodies a text names for the other side ('the regime'), never for whoever spoke last.
_ADVERSARY_BODIES = frozenset({"regime", "junta"})
# bodies of many countries, in sanctions news mostly not one country's ('the council' after
# the Security Council spoke): a national one is named with its country ("Iran's council")
_SHARED_BODIES = frozenset({"council"})
_NOT_OF_THE_LAST_SPEAKER = _ADVERSARY_BODIES | _SHARED_BODIES
# "the outgoing administration": which term of a body, not another body
_TENURES = frozenset({"outgoing", "incoming", "new", "current", "previous", "former", "next",
                      "present", "interim", "caretaker", "last"})
_HOME_OFFICES = frozenset({"minister", "president", "premier", "chancellor", "secretary",
                           "attorney"})
_SMALL_WORDS = frozenset({"of", "for", "and", "on", "in"})  # lower case inside a body's name

_FEELINGS = frozenset({"contempt", "disdain", "respect", "admiration", "sympathy", "hatred",
                       "hostility", "affection", "distrust", "mistrust", "suspicion", "fondness"})
_TOWARDS_PREPS = frozenset({"on", "against", "over", "with", "to", "toward", "towards", "at",
                            "about", "into", "upon", "beside", "alongside"})


# Nouns of a field of work: a country word modifying them is what the person studies or
# covers ("director of Russian and European security studies", "an Iran expert").
_SUBJECT_NOUNS = frozenset({
    "studies", "study", "program", "programme", "programs", "expert", "experts", "specialist",
    "specialists", "analyst", "analysts", "scholar", "researcher", "correspondent", "desk",
    "initiative", "project", "center", "centre", "institute", "watcher", "hand", "policy",
    "affairs", "politics", "history", "economy", "research",
})


# People who work for or about others: 'a lawyer for the Iranians', 'an analyst of Russian
# politics' say nothing of their own country (an official's 'spokesman for the embassy' does).
_PROFESSIONS = frozenset({
    "lawyer", "lawyers", "attorney", "attorneys", "counsel", "lobbyist", "consultant",
    "analyst", "expert", "researcher", "scholar", "professor", "economist", "journalist",
    "reporter", "correspondent", "editor", "columnist", "historian", "specialist", "fellow",
})


# where a person went, or is staying, is not their country ('who lives in Washington')
_TRAVEL_VERBS = frozenset({"visit", "travel", "fly", "go", "return", "arrive", "head", "come",
                           "tour", "leave", "live", "reside", "stay", "flee", "settle"})


def _acted_upon(token: Token, clause: Token) -> bool:
    """A country the describing clause acts on, deals with or studies ('who backed sanctions
    on Iran', 'who met with Putin', 'director of Russian studies'), not the one the person
    belongs to."""
    for node in (token, *token.ancestors):
        if node.i == clause.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in _TOWARDS_PREPS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "for" \
                and node.head.head.lemma_.lower() in _FEELINGS:
            return True  # 'who has never hidden his contempt for the Kremlin'
        verb = node.head.head if node.dep_ == "pobj" else node.head
        if node.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" \
                and verb.lemma_.lower() in _TRAVEL_VERBS and not (
                    node.dep_ == "dobj" and verb.lemma_.lower() in _BELONGING_VERBS):
            return True  # 'who visited Moscow', not 'head of Iran's agency' or 'who heads it'
        if node.dep_ in ("amod", "compound", "conj", "cc") and \
                node.head.lower_ in _SUBJECT_NOUNS and node.head.i != clause.i:
            return True
        if node.dep_ == "prep" and node.lower_ in ("for", "of", "to", "representing") and \
                node.head.lower_ in _PROFESSIONS:
            return True  # 'a lawyer for three of the Iranians': the clients' country
        if node.dep_ == "dobj" and clause.dep_ == "relcl" \
                and node.head.lemma_.lower() not in _BELONGING_VERBS:
            return True  # 'who negotiated the Iran bill', 'who opposed Russian pipelines'
        if node.dep_ == "nsubj" and node.head.i == clause.i and clause.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in clause.children):
            return True  # 'whom the United States recognises': the person is acted on
    return False


# Titles of someone on another side than the person 'his' stands for ('his Japanese
# counterpart', 'her rival')
_OTHER_SIDES = frozenset({"counterpart", "rival", "opponent", "critic", "challenger", "host",
                          "guest", "interlocutor"})

# Verbs whose object in a describing clause is the person's own office or country ('who leads
# the Polish delegation', 'who represents Aristide's government'), not what they act on.
_BELONGING_VERBS = frozenset({"represent", "lead", "head", "serve", "chair", "run", "govern",
                              "rule", "command", "advise", "join", "direct", "manage"})


def _title_case(body: str, lex: Lexicons, country: str | None) -> str:
    """'the chinese foreign ministry' -> 'Chinese Foreign Ministry' (names are kept as written)."""
    words = [w for w in body.split() if w.lower() != "the"]
    return " ".join(w if w[:1].isupper() or (w in _SMALL_WORDS and i) else w.capitalize()
                    for i, w in enumerate(words)) or body


def _modifying_country(modifiers: list[Place]) -> str | None:
    """The country of the first place that has one; of two side by side, the second, nearer
    the title ('SANDEFJORD, Norway U.S. Secretary of State John Smith': a dateline that lost
    its dash, not Norway's secretary)."""
    named = [p for p in modifiers if p.iso3]
    if len(named) >= 2 and named[0].end == named[1].start:
        return named[1].iso3
    return named[0].iso3 if named else None
