"""Speech events from the dependency parse: who (speaker heads) says what (content tokens).

Three patterns, one function each: a reporting verb with its subject ("Russia and China have called
for ..."), a speech noun with its owner ("Pompeo's appeal for ...", "US accusations that ..."), and
"according to X". Cues come from `data/lexicons/speech_cues.csv`; a multi-word cue ("call for",
"point out") needs its extra words among the head's dependents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import doc_ext  # noqa: F401
from .countries import place_at
from .evidence import USUAL_IMPOSERS
from .lexicons import Lexicons, SpeechCue, load_lexicons

_SUBJECTS = ("nsubj",)
_PASSIVE_SUBJECTS = ("nsubjpass",)
_CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp", "prep", "ccomp")
_RELATIVE = ("who", "that", "which", "whom")
_NOUN_CONTENT_PREPS = ("for", "against", "on", "about", "to", "over", "of", "with", "at")
_EXPLETIVES = ("it", "there", "this", "that", "what", "which")


@dataclass
class SpeechEvent:
    """One reporting act: a cue, its speaker heads and the tokens that carry the claim."""

    kind: str  # verb | noun | according | floating | author
    cue_start: int
    cue_end: int
    speakers: list[int]  # token indices of speaker heads (conjoined speakers give several)
    content: frozenset[int]  # token indices of the claim
    sent_start: int
    sent_end: int
    inherited: bool = False  # speaker taken from a governing verb ("..., warning of ...")
    stance: object | None = None  # stance.StanceEvidence, set by the stance component
    extra: dict = field(default_factory=dict)

    def cue_text(self, doc: Doc) -> str:
        return doc[self.cue_start:self.cue_end].text

    @property
    def cue_head(self) -> int:
        return self.cue_start


def _conjuncts(head: Token) -> list[Token]:
    """'Russia and China' -> [Russia, China]; 'Russia, China and Iran' -> all three; also
    across an abbreviation in brackets: 'the Republic of Korea (ROK), and Japan'."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(_conjuncts(child))
        elif child.dep_ == "appos":
            listed = [t for g in child.children if g.dep_ == "conj"
                      and g.pos_ in ("PROPN", "NOUN") for t in _conjuncts(g)]
            if listed and head.pos_ == "NOUN" and child.pos_ == "PROPN":
                listed.insert(0, child)  # "top oil exporters Russia and Saudi Arabia"
            out.extend(listed)
    return out


_MEMBERS = frozenset({"leader", "official", "minister", "representative", "delegate",
                      "delegation", "government", "envoy", "ambassador"})


def _included(head: Token) -> list[Token]:
    """'candidates, including Donald J. Trump and Senator Ted Cruz', 'G7 leaders from Canada,
    France and Japan': the named members."""
    out: list[Token] = []
    for child in head.children:
        members = child.lower_ == "from" and (
            head.lemma_.lower() in _MEMBERS or head.lower_.removesuffix("s") in _MEMBERS)
        if child.dep_ == "prep" and (child.lower_ in ("including", "like") or members):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    # "including Donald J. Trump and Senators Ted Cruz": the parser may hang
                    # the first name on the second as a modifier
                    out.extend(m for m in obj.children
                               if m.dep_ == "nmod" and m.ent_type_ == "PERSON")
                    out.extend(_conjuncts(obj))
    return out


def _named_speakers(subject: Token) -> list[Token]:
    """The subject, its conjuncts and the members any of them names ('President Biden and G7
    leaders from Canada, France ...')."""
    conjuncts = _conjuncts(subject)
    return conjuncts + [m for c in conjuncts for m in _included(c)]


def _has_words(head: Token, cue: SpeechCue) -> bool:
    """The extra words of a multi-word cue are the head's dependents (or 'that' clauses)."""
    for word in cue.words[1:]:
        if word == "@quoted":  # words in quotation marks among its dependents
            if not any(t.is_quote for c in head.children if c.i > head.i for t in c.subtree):
                return False
        elif word.startswith("@"):  # a dependent in this relation: "call @oprd" = call X Y
            if not any(c.dep_ == word[1:] for c in head.children):
                return False
        elif word == "that":
            if not any(c.dep_ == "ccomp" and any(g.lower_ == "that" and g.dep_ == "mark"
                                                 for g in c.children) for c in head.children):
                return False
        elif not any(c.lemma_.lower() == word or c.lower_ == word for c in head.children) \
                and not _marks_its_clause(head, word):
            return False
    return True


def _marks_its_clause(head: Token, word: str) -> bool:
    """'called for the sanctions to be extended': the parser hangs 'for' on the clause."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == word
                                         for g in c.children) for c in head.children)


def _cue_end(head: Token, cue: SpeechCue) -> int:
    """Token end of the cue: the head plus an adjacent particle or preposition of the cue."""
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and end - head.i < len(cue.words) and (
        doc[end].lower_ in cue.words or doc[end].lemma_.lower() in cue.words
    ):
        end += 1
    return end


def _inserted(verb: Token) -> bool:
    """'Ruiz, an official said, was told ...': a reporting verb inserted in the clause it
    reports, with no clause or object of its own."""
    return verb.dep_ == "parataxis" and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def own_subject(verb: Token) -> Token | None:
    """The verb's own speaker: its subject (the antecedent of 'who'), or the agent of a
    passive ('was announced by X')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if _inserted(verb) and len(subjects) > 1:
        return subjects[-1]  # the parser gave it the reported clause's subject too
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                antecedent = verb.head
                while antecedent.dep_ == "appos":  # "China, Pyongyang's ally, which ..."
                    antecedent = antecedent.head
                return antecedent
            return child
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and any(
                c.dep_ in _PASSIVE_SUBJECTS for c in verb.children)):
            objs = [g for g in child.children if g.dep_ == "pobj" and not _quantity(g)]
            if objs:
                return objs[0]
    return None


def _quantity(noun: Token) -> bool:
    """'cut by 90 percent', 'by a third': how much, not by whom."""
    return noun.lemma_.lower() in _AMOUNTS or any(c.like_num for c in noun.children)


_AMOUNTS = frozenset({"percent", "pct", "point", "third", "half", "quarter", "fifth"})


def _climbs(current: Token, verb: Token) -> bool:
    """May the search for a speaker go on from `current` to the verb that governs it?"""
    if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
        return False
    if current.dep_ == "prep" and current.head.pos_ not in ("VERB", "AUX"):
        return False
    if current.dep_ == "ccomp" and current.i != verb.i:
        return False
    return current.head.pos_ in ("VERB", "AUX", "ADP")


def _reporting_it(verb: Token, subject: Token, kind: str, inherited: bool) -> bool:
    """'It said that ...', 'it also said': a body or country named before reports (not 'it
    is said', 'it was reported', where 'it' stands for no one)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (kind == "verb" and not inherited and subject.lower_ == "it"
            and subjects == [subject] and subject.i < verb.i)


def _stranded_subject(verb: Token) -> Token | None:
    """A subject the parser joined to the object before it: in "Iran met the terms of the
    accord and the United States lifted sanctions", 'lifted' is parsed as a second verb of
    the sentence's subject and 'the United States' as a second object. A name right before a
    past-tense verb that has no subject of its own is that verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ not in ("NNP", "NNPS") or before.dep_ not in ("conj", "pobj", "dobj") \
            or before.head.i == verb.i:
        return None
    return before


_SAYING_DEPS = frozenset({"dobj", "oprd", "ccomp"})  # what a verb says, in its dependents


def _subject_made_root(verb: Token) -> Token | None:
    """In "The Lithuanian prime minister called on Brussels to ban ...", the parser made the
    noun the sentence's root and the past-tense verb a clause describing it: a noun that ends
    right before a past-tense verb it governs is that verb's subject. Tagged a participle, the
    verb must say something ("the oil minister called U.S. sanctions illegal"), which "the
    sanctions imposed last year" does not, or ask something done ("a U.N. rapporteur called on
    the United States to lift ..."). The noun may be another verb's subject when the
    verb says a thing of something ("called U.S. sanctions a blockade and said ...")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") \
            or head.pos_ not in ("NOUN", "PROPN") or head.i != verb.i - 1:
        return None
    said = [c for c in verb.children if c.dep_ in _SAYING_DEPS]
    if head.dep_ == "nsubj":  # "the minister called X Y and said ...", not "a firm called Z"
        return head if len(said) > 1 else None
    wanted = any(c.dep_ == "xcomp" for c in verb.children)  # "called on Caracas to ..."
    return head if head.dep_ == "ROOT" and (said or wanted or verb.tag_ == "VBD") else None


def verb_subject(verb: Token) -> tuple[Token | None, bool]:
    """The speaker head of a reporting verb and whether it was inherited from a governing verb
    ("..., warning of ...", "moved to impose ...")."""
    if own_subject(verb) is None and (stranded := _stranded_subject(verb)
                                      or _subject_made_root(verb)) is not None:
        return stranded, False
    current, inherited = verb, False
    for _ in range(4):
        if current.i != verb.i and current.lemma_.lower() in _RELAY_VERBS:
            relayed = _relayed_speaker(current)
            if relayed is not None:
                return relayed, inherited  # "media quoted the minister as saying": the minister
        subject = own_subject(current)
        if subject is not None:
            return _quoted_source(subject) or subject, inherited
        if not _climbs(current, verb):
            return None, inherited
        current, inherited = current.head, True
    return None, inherited


# Words that tell measures are newly imposed ('new U.N. sanctions'), and verbs whose object's
# sender imposes it ('drew sanctions from South Korea').
_NEW_MEASURES = frozenset({"new", "fresh", "tough", "tougher", "toughen", "toughened", "harsh",
                           "harsher", "additional", "further", "stiff", "stiffer", "broad",
                           "sweeping", "unilateral", "bilateral"})
_SELF_ACTING = frozenset({"sanction", "blacklist"})  # act on measures whatever their object
FROZEN_THINGS = frozenset({"asset", "account", "fund", "property", "holding", "reserve",
                           "aid", "assistance", "loan", "credit", "lending"})  # "froze aid"
# verbs that bar trade, and the trade they bar: "banned imports of Nicaraguan goods"
_BARRING = frozenset({"ban", "halt", "bar", "prohibit", "suspend", "stop", "block", "restrict",
                      "curb", "limit", "forbid", "outlaw", "withhold"})
_REMAINING = frozenset({"remain", "stay"})
_PENALIZING = frozenset({"sanction", "penalize", "penalise", "punish", "blacklist"})
_CUTTING = frozenset({"cut", "reduce", "slash", "lower"})  # ... import quotas
_LINKS = frozenset({"link", "tie"})  # ... and air links or ties with a country
_DRAFTING = frozenset({"sponsor", "co-sponsor", "cosponsor", "introduce"})  # ... a bill
_TEXTS = frozenset({"bill", "resolution", "legislation", "draft", "text", "amendment", "law"})
_RAISING = frozenset({"raise", "increase", "hike", "double"})  # ... the measures themselves
_RAISED = frozenset({"tariff", "duty", "levy", "sanction", "penalty"})  # (not "exports")
_CLOSING = frozenset({"close", "shut", "seal"})  # ... a border, airspace or ports
_CROSSINGS = frozenset({"border", "frontier", "airspace", "port", "crossing"})
# ... verbs that keep someone out of the places and systems trade goes through
_EXCLUDING = frozenset({"exclude", "disconnect", "expel", "remove", "shut", "cut"})
_TRADE_ROUTES = frozenset({"airspace", "airport", "port", "harbor", "harbour", "swift",
                           "market", "waters"})
# verbs whose subject does not do what their clause says ("declined to back the embargo")
REFUSALS = frozenset({"refuse", "decline", "fail"})
DEALINGS = frozenset({"import", "export", "purchase", "sale", "shipment", "investment", "aid",
                      "assistance", "cargo", "trade", "loan", "credit", "delivery", "dealing",
                      "transaction", "supply", "transit"})
# ... and the trading a barring verb may govern as a clause ("stop buying Libyan oil")
_TRADING = frozenset({"buy", "sell", "import", "export", "trade", "purchase", "invest", "fly",
                      "land"})
_DRAWING_VERBS = frozenset({"draw", "face", "prompt", "trigger", "incur", "earn", "bring"})
# Cue kinds that name measures: the measures themselves, and reliefs from them (waivers,
# exemptions), which a direction word moves the other way ("ended the waivers": tighten).
MEASURE_KINDS = ("anchor", "relief")
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


def bars_trade(verb: Token) -> bool:
    """'banned imports of Nicaraguan goods', 'halted shipments', 'froze Syrian government
    assets': the verb is the measure."""
    lemma = verb.lemma_.lower()
    if lemma == "target":
        return _targets_holders(verb)
    barring = lemma in _BARRING or (lemma == "cut" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))  # "cut off supplies"
    if (barring or lemma in _EXCLUDING) and shut_out(verb):
        return True
    things = barred_things(verb) if barring or lemma in _CUTTING or lemma in _CLOSING else []
    named = {c.lemma_.lower() for c in things}
    if lemma in _CUTTING and "quota" in named:
        return True  # "would cut China's textile quotas"
    if lemma in _CLOSING and named & _CROSSINGS:
        # "closed its land border with Qatar", "shut its airspace to Qatari traffic"
        return _crossing_to_a_country(verb, things)
    if lemma in _CUTTING and named & _LINKS:
        return _country_named(verb, [])  # "cut its air links with South Africa"
    if not barring:
        return _freezes_assets(verb)
    return any(_dealing_named(t) for c in things
               for t in (c, *c.conjuncts)) or any(  # "stop buying Libyan oil"
        c.dep_ in ("xcomp", "pcomp") and _trading(c) for c in verb.children) or any(
        g.dep_ == "pcomp" and _trading(g) for c in verb.children  # "barred firms from doing
        if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)  # business with"


def _trading(verb: Token) -> bool:
    """'buying', 'trading', 'doing business', 'dealing', 'making payments'."""
    lemma = verb.lemma_.lower()
    return lemma in _TRADING or lemma in ("deal", "pay") or (lemma in ("do", "make") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("business", "payment", "investment")
        for c in verb.children))


# Amounts a barred or frozen thing may be counted in: "billions of dollars of assistance"
_AMOUNTS = frozenset({"billion", "million", "dollar", "tonne", "ton", "barrel", "bushel",
                      "worth", "amount", "share", "bulk", "most", "much", "part"})


def _counted(thing: Token) -> Token:
    """The thing an amount counts ('assistance' in 'billions of dollars of assistance'), or
    the thing itself."""
    while thing.lemma_.lower() in _AMOUNTS:
        counted = [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if not counted:
            break
        thing = counted[0]
    return thing


def _dealing_named(thing: Token) -> bool:
    """'imports', 'Aeroflot's landing rights', 'the issue of licences for high-technology
    exports', 'billions of dollars of aid': dealings, named, licensed or counted."""
    thing = _counted(thing)
    lemma = thing.lemma_.lower()
    return lemma in DEALINGS or any(c.dep_ == "compound" and c.lemma_.lower() == "landing"
                                    for c in thing.children) or (lemma in _PERMITS and any(
            t.lemma_.lower() in DEALINGS for t in thing.subtree))


_PERMITS = frozenset({"licence", "license", "licensing", "issue", "issuance", "permit"})


# whom or what measures may be aimed at, as the object of 'target' ('targeting seven Russian
# officials', 'target oil refineries'), unlike a weapon's target ('targeting Guam')
_HOLDERS = frozenset({"official", "company", "firm", "bank", "entity", "individual", "oligarch",
                      "export", "sector", "industry", "refinery", "producer", "asset",
                      "business", "network", "supplier", "middleman", "elite", "general",
                      "exporter", "importer", "tycoon", "crony", "person"})


def _targets_holders(verb: Token) -> bool:
    """'an executive order targeting seven Russian officials', 'urged the EU to target oil
    refineries': aiming measures at people, firms or trade."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and t.lemma_.lower() in _HOLDERS
        for c in verb.children for t in (c, *c.conjuncts))


def barred_things(verb: Token) -> list[Token]:
    """What a barring or freezing verb acts on: its object, its passive subject ('loans were
    suspended'), or the subject of 'remain' or 'stay' it completes ('the reserves will
    remain frozen')."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.lemma_.lower() in _REMAINING:
        out += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and verb.head.lemma_.lower() == "keep":
        out += [c for c in verb.head.children if c.dep_ == "dobj"]  # 'keep its border closed'
    return out


def reopens_route(verb: Token) -> bool:
    """'reopen its airspace to Qatari aircraft': a crossing closed to a country opened again,
    the barring undone."""
    return verb.lemma_.lower() == "reopen" and _crossing_to_a_country(verb, barred_things(verb))


def _crossing_to_a_country(verb: Token, things: list[Token]) -> bool:
    """A border, airspace or port closed or opened to a country named with it or the verb
    ('closed its land border with Qatar'; not 'close its borders to radical groups')."""
    return bool({c.lemma_.lower() for c in things} & _CROSSINGS) and _country_named(verb, things)


def _country_named(verb: Token, things: list[Token]) -> bool:
    """A country named in what the verb acts on, or in its object or prepositions."""
    places = verb.doc._.sx_places or []
    scope = [*things, *(c for c in verb.children if c.dep_ in ("dobj", "prep"))]
    return any(place_at(places, t.i) is not None for c in scope for t in c.subtree)


def shut_out(verb: Token) -> bool:
    """'barred Belarusian airlines from its airspace', 'cut the banks off from SWIFT': kept
    out of a place or a system that trade goes through."""
    kept = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'from' on either
    return any(t.lemma_.lower() in _TRADE_ROUTES for k in kept for c in _out_of(k)
               for g in c.children if g.dep_ == "pobj"
               for t in (g, *g.conjuncts, *(m for m in g.children if m.dep_ == "compound")))


def _out_of(token: Token) -> list[Token]:
    """The prepositions keeping someone out: 'from', or the 'of' of 'out of' ('shut Toshiba
    products out of the U.S. market')."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    return [c for c in preps if c.lower_ == "from"] + [
        g for c in preps if c.lower_ == "out" for g in c.children if g.lower_ == "of"]


def _freezes_assets(verb: Token) -> bool:
    return verb.lemma_.lower() in ("freeze", "frozen") and any(  # 'frozen' tagged an adjective
        _counted(c).lemma_.lower() in FROZEN_THINGS for c in barred_things(verb))


def _barred_by_its_actor(verb: Token) -> bool:
    """The trade is barred, not refused or denied: 'banned imports', not 'refused to ban
    imports' or 'did not halt shipments' (those are read by the cues of the words above)."""
    return bars_trade(verb) and not any(c.dep_ == "neg" for c in verb.children) and not (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS)


def _names_an_imposer(token: Token) -> bool:
    """A body, or a country that usually imposes measures when it modifies them (the
    United States: 'U.S. sanctions'); any other country modifying measures is their target
    ('Iran sanctions'). stance.py reads targets the same way."""
    place = place_at(token.doc._.sx_places or [], token.i)
    return place is not None and (place.kind == "org" or place.iso3 in USUAL_IMPOSERS)


def _imposer_of(measures: Token) -> Token | None:
    """'U.N.' in 'new U.N. sanctions', 'Washington' in "Washington's sanctions"."""
    return next((c for c in measures.children if c.dep_ in MODIFIER_DEPS
                 and c.i < measures.i and _names_an_imposer(c)), None)


def _imposers(actor: Token) -> list[Token]:
    """The imposer and those joined to it ('U.S. and EU sanctions': both)."""
    return [actor, *(c for c in actor.conjuncts if c.i > actor.i and _names_an_imposer(c))]


def _imposer_taken_for_object(measures: Token) -> Token | None:
    """'came under new U.N. and bilateral sanctions', parsed as 'under U.N.' with the
    sanctions joined to it: the body the parser made the object of 'under'."""
    head = measures.head
    if measures.dep_ != "conj" or head.dep_ != "pobj" or head.head.lower_ != "under":
        return None
    return head if _names_an_imposer(head) else None


def _sender_of(head: Token) -> Token | None:
    """'South Korea' in '(drew) sanctions from its rival, South Korea'."""
    places = head.doc._.sx_places or []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for token in (obj, *(a for a in obj.children if a.dep_ == "appos")):
                    if place_at(places, token.i) is not None:
                        return token
    return None


# last words of measure phrases too common to name the measures alone ('entity list')
_COMMON_ALONE = frozenset({"list", "license", "licence"})
_BACKING = frozenset({"back", "support", "endorse"})  # reporting verbs that also back measures
_EASING_ACTS = frozenset({"lift", "ease", "waive", "remove", "suspend", "terminate", "end",
                         "revoke", "relax", "loosen", "rescind", "drop", "scrap"})
_INTENTION_AUX = frozenset({"would", "will", "could", "should", "may", "might", "must", "'ll",
                            "wo", "shall", "can"})


def _reported_intention(event: SpeechEvent, events: list[SpeechEvent], doc: Doc) -> bool:
    """An act or a word someone says will or should happen ('the minister said Tokyo would
    impose sanctions', 'said the council should respond'): part of the speaker's claim, not
    an act or a statement of its own."""
    if event.kind not in ("act", "verb"):
        return False
    verb = doc[event.cue_start]
    chain = [verb]  # 'Japan will ask the United States to lift ...': the aux is on 'ask'
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    if not any(c.dep_ == "aux" and c.lower_ in _INTENTION_AUX
               for v in chain for c in v.children):
        return False
    return any(other is not event and other.kind != "act" and event.cue_start in other.content
               for other in events)


def _name_before_relative(verb: Token) -> tuple[Token | None, set[int]]:
    """'Renzi, whose country's exporters have lost billions in sales to Russia, said ...': a
    long relative clause the parser took for what is said, leaving the verb no subject. The
    name before ', who(se)' speaks; the words before the verb are not the claim."""
    doc, sent = verb.doc, verb.sent
    if verb.i - sent.start < 4 or doc[verb.i - 1].text != ",":
        return None, set()
    for i in range(verb.i - 2, sent.start + 1, -1):
        if doc[i].lower_ in ("who", "whose") and doc[i - 1].text == ",":
            name = doc[i - 2]
            if name.ent_type_ == "PERSON" or name.pos_ == "PROPN":
                return name, set(range(sent.start, verb.i))
            break
    return None, set()


def _gapped_relative(verb: Token) -> bool:
    """A relative clause with no object or clause of its own ('the measures we are announcing
    today', 'the steps he described'): its noun is what is said or done, the clause describes
    it."""
    return verb.dep_ == "relcl" and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "advcl", "parataxis")
        or c.tag_ in ("WDT", "WP") or (c.dep_ == "prep" and not _when(c))
        for c in verb.children)


def clause_marks(clause: Token) -> list[Token]:
    """The words that open a clause: 'once', 'after', 'since' (the parser may hang 'when' on
    it as an adverb)."""
    return [c for c in clause.children if c.dep_ in ("mark", "advmod")]


def only_condition(clause: Token) -> bool:
    """'only after Washington lifts them': a time clause made the one condition."""
    return any(t.lower_ == "only" for t in (
        *clause.children, *(g for m in clause_marks(clause) for g in m.children)))


_KEEPING = ("maintain", "keep", "retain")


def _kept_in_passing(verb: Token) -> bool:
    """'by making demands while maintaining sanctions', 'keeping in place curbs on arms': a
    gerund of keeping describes how the measures stand, not an act the text reports (a finite
    'maintains the sanctions in force' is one)."""
    return verb.lemma_.lower() in _KEEPING and verb.tag_ == "VBG"


def _awaited_act(verb: Token) -> bool:
    """An act a condition waits for ('will comply only once Washington has removed every
    sanction', 'unless the EU lifts ...'): a demand of the speaker's, not a thing done."""
    return verb.dep_ == "advcl" and any(
        m.lower_ in _AWAITING_MARKS or (m.lower_ in ("after", "when") and only_condition(verb))
        for m in clause_marks(verb))


def _mandated(verb: Token) -> bool:
    """'requests one thing: that the Council adopt a decision lifting ...': a subjunctive (the
    bare verb with a subject of its own and no auxiliary) is what someone demands."""
    return verb.tag_ == "VB" and any(m.lower_ == "that" for m in clause_marks(verb)) \
        and any(c.dep_ in _SUBJECTS for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_AWAITING_MARKS = frozenset({"once", "unless", "until", "if"})


def _when(prep: Token) -> bool:
    """'on Tuesday', 'in March': a phrase that says when, and nothing said."""
    return all(g.ent_type_ in ("DATE", "TIME") for g in prep.children if g.dep_ == "pobj")


def _raised_infinitive(verb: Token) -> bool:
    """An infinitive with a subject of its own, under another verb ('expected Moscow to back
    further measures'): what someone wants that subject to do, not what it says or does."""
    return verb.head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in verb.children) and any(
        c.dep_ in _SUBJECTS for c in verb.children)


_RELAY_VERBS = frozenset({"quote", "cite"})
# particles that give a reporting verb another sense ('called off the deal')
_OTHER_PARTICLES = {"call": ("off", "up", "back", "in")}
# what a writer writes, which describes their work rather than says something
_WORKS = frozenset({"story", "book", "article", "column", "piece", "essay", "novel", "poem",
                    "memoir", "paper", "dispatch"})
# what a body releases that says something: "released a report saying ..."
_DOCUMENTS = frozenset({"report", "letter", "document", "communique", "notice", "note",
                        "release", "message"})
# verbs whose object noun carries the speech act: "led calls for", "renewed its appeal"
_LIGHT_VERBS = frozenset({"lead", "make", "issue", "renew", "repeat", "echo", "voice", "send",
                          "deliver", "express", "reiterate", "step"})


def _relaying(verb: Token) -> bool:
    """'Interfax cited the minister as saying ...': the agency passes the minister's words on
    and says nothing of its own ('Russia cited security concerns' is Russia's own claim)."""
    return verb.lemma_.lower() in _RELAY_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.pos_ == "VERB" for g in c.children)
        for c in verb.children)


def _relayed_speaker(relay: Token) -> Token | None:
    """The person a relay verb passes the words of: its object ('quoted the minister as
    saying') or, in the passive, its subject ('the minister was quoted as saying')."""
    for child in relay.children:
        if child.dep_ == "dobj" or child.dep_ == "nsubjpass":
            return child
    return None


def _speculated(verb: Token) -> bool:
    """A speech act or deed that may happen, or that someone avoids ('concerns that Iran
    may reject the deal', 'could possibly announce measures', 'is likely to announce', 'chose
    his words to avoid mentioning'), or another sense of the verb ('called off a deal')."""
    if any(c.dep_ == "prt" and c.lower_ in _OTHER_PARTICLES.get(verb.lemma_.lower(), ())
           for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children):
        return not any(c.dep_ == "neg" for c in verb.children)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                    for c in verb.children):
        return True  # "if China did not enforce the measures, Washington would ...": a condition
    governor = verb.head if verb.dep_ in ("xcomp", "pcomp") else None
    return governor is not None and governor.lemma_.lower() in ("avoid", "likely", "poised")


def _career(verb: Token) -> bool:
    """'He wrote stories about Iran', 'has written three books', 'has reported from 50
    countries': a writer's work described, no claim made (no clause, no quotation)."""
    lemma = verb.lemma_.lower()
    if lemma not in ("write", "report") or any(
            c.dep_ in ("ccomp", "xcomp", "advcl") or c.is_quote for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(o.lemma_.lower() in _WORKS for o in objects)
    return lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "from"
                                     for c in verb.children)


def _quoted_source(subject: Token) -> Token | None:
    """'IRNA, quoting Jaafari, said ...': the agency passes on the words of the person it
    quotes, who speaks; 'a statement from the foreign ministry said ...': the ministry."""
    for child in subject.children:
        if child.dep_ == "acl" and child.lemma_.lower() in _RELAY_VERBS:
            return next((g for g in child.children if g.dep_ == "dobj"), None)
        if subject.lemma_.lower() in _DOCUMENT_NOUNS and child.dep_ == "prep" \
                and child.lower_ in ("from", "by"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# what a body issues, and which says what the body says
_DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter",
                             "release", "note"})


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _subject_tokens(verb: Token, subject: Token) -> set[int]:
    """The subject's words, which are not what it says; for 'China, which has resisted ...'
    the antecedent holds the clause itself, so only the relative pronoun goes."""
    if subject.is_ancestor(verb):
        return {c.i for c in verb.children if c.dep_ in _SUBJECTS}
    return _subtree(subject)


def _own_subject_clauses(verb: Token) -> set[int]:
    """Conjoined clauses with a subject of their own belong to another statement."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in child.children):
            out |= _subtree(child)
    return out


def _reporters_credit(verb: Token) -> bool:
    """'X reported from Moscow', 'Y contributed reporting (from Seoul)': where a journalist
    worked, with nothing reported (no clause, object or quotation)."""
    return verb.lemma_.lower() == "report" and (verb.head.lemma_.lower() == "contribute" or any(
        c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "dative") for c in verb.children) \
        and not _carries_quote(verb)


def _carries_quote(verb: Token) -> bool:
    """A quotation among the words the verb governs, or closing just before its clause
    ('"...!" she shouted', parsed as a sentence of its own): it reports speech, where 'the
    bank posted a loss' does not."""
    doc = verb.doc
    quotes = doc._.sx_quotes or []
    if any(s <= t.idx < e for t in verb.subtree if t.i != verb.i for s, e in quotes):
        return True
    before = verb.left_edge.i - 1
    return before >= 0 and doc[before].is_quote and any(e <= doc[before].idx < e + 2
                                                         for _, e in quotes)


def as_clause(verb: Token) -> bool:
    """'As President Biden made clear, Russia will pay ...': the clause the 'as' clause is
    attached to is what was said (the verb has no clause or object of its own)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                        for c in verb.children) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _sentence_of(token: Token) -> Span:
    return token.sent


def _make(kind: str, cue_start: int, cue_end: int, speakers: list[Token], content: set[int],
          sent: Span, inherited: bool = False) -> SpeechEvent:
    content &= set(range(sent.start, sent.end))
    return SpeechEvent(kind, cue_start, cue_end, [s.i for s in speakers], frozenset(content),
                       sent.start, sent.end, inherited)


class SpeechFinder:
    """Finds `SpeechEvent`s in a parsed paragraph."""

    def __init__(self, lex: Lexicons):
        self.verbs = lex.speech_heads("verb")
        self.nouns = lex.speech_heads("noun")
        self.preps = lex.speech_heads("prep")
        self.actions = lex.speech_heads("action")
        self.quoting = lex.speech_heads("quoting")
        self.phrases = lex.speech_heads("phrase")
        self.speaker_nouns = lex.speaker_nouns
        measures = [c.phrase.split() for c in lex.stance_cues
                    if c.kind in MEASURE_KINDS and c.weight >= 0.6]
        # a phrase's last word stands for the measures ('restrictive measures': 'measures'),
        # unless it is too common a word alone ('entity list', 'general license')
        self.anchors = {words[-1] for words in measures if words[-1] not in _COMMON_ALONE}
        self.anchor_phrases = {tuple(words) for words in measures
                               if words[-1] in _COMMON_ALONE}

    def __call__(self, doc: Doc) -> list[SpeechEvent]:
        events = []
        for token in doc:
            lemma = token.lemma_.lower()
            said = self.verb_events(token, self.verbs[lemma]) \
                if token.pos_ == "VERB" and lemma in self.verbs else []
            if said or token.pos_ == "VERB" and lemma in self.verbs and lemma not in self.actions:
                events.extend(said)  # a verb that is also an act ('maintain that' or 'maintain
                # the sanctions') is the act when it does not report
            elif token.pos_ == "VERB" and lemma in self.actions and self._acts_on_measures(token) \
                    and not _kept_in_passing(token):
                acts = [] if _awaited_act(token) else \
                    self.verb_events(token, self.actions[lemma], kind="act")
                for act in acts if _barred_by_its_actor(token) else ():
                    act.extra["passive"] = "tighten"  # the barring is the measure: its side
                events.extend(acts)
            elif token.pos_ == "VERB" and lemma in self.actions:
                events.extend(self.passive_act_events(token))
            elif token.pos_ == "VERB" and lemma in self.quoting and _carries_quote(token):
                events.extend(self.verb_events(token, self.quoting[lemma]))
            elif token.pos_ == "VERB" and lemma in self.phrases:
                events.extend(self.verb_events(token, self.phrases[lemma]))
            elif token.pos_ == "NOUN" and lemma in self.nouns:
                events.extend(self.noun_events(token, self.nouns[lemma]))
            elif token.pos_ == "NOUN" and self._names_measures(token):
                events.extend(self.imposer_events(token))
            elif token.lower_ in self.preps or lemma in self.preps:
                events.extend(self.prep_events(token, self.preps.get(token.lower_)
                                               or self.preps[lemma]))
        return [e for e in events if not _reported_intention(e, events, doc)]

    def verb_events(self, verb: Token, cues: list[SpeechCue], kind: str = "verb"
                    ) -> list[SpeechEvent]:
        cue = next((c for c in sorted(cues, key=lambda c: -len(c.words)) if _has_words(verb, c)),
                   None)
        if cue is None or verb.dep_ in ("amod", "compound") or (
                verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
                and _subject_made_root(verb) is None):
            if verb.lemma_.lower() in self.actions or verb.lemma_.lower() in _BACKING:
                # "measures announced by the EU", "sanctions backed by China": acts
                return self.passive_act_events(verb)
            return []  # "the test announced by X", "Backed by Iran, Assad ...": descriptions
        if _gapped_relative(verb):
            return []  # "the measures we are announcing today": they are described
        if _raised_infinitive(verb) or _mandated(verb):
            return []  # "expected Moscow to back ...", "urged China to enforce ...", "demanded
            # that the council lift ...": wanted acts
        if _reporters_credit(verb) or _career(verb) or _speculated(verb):
            # a writer's credit line or career, or a speech act that may never happen
            return []
        if _relaying(verb):
            return []  # the verb under its 'as' makes the statement, the relayed person's
        subject, inherited = verb_subject(verb)
        if subject is None and verb.dep_ == "acl" and (
                verb.head.lemma_.lower() in self.nouns or verb.head.lemma_.lower() in _DOCUMENTS):
            # "X issued a statement saying ...": the owner of the statement speaks
            subject, inherited = verb_subject(verb.head.head) if verb.head.dep_ == "dobj" \
                else (None, False)
            inherited = True
        misparsed: set[int] = set()
        if subject is None:
            subject, misparsed = _name_before_relative(verb)
        if subject is None or (subject.lower_ in _EXPLETIVES
                               and not _reporting_it(verb, subject, kind, inherited)):
            return []
        content = _subtree(verb) - _own_subject_clauses(verb) - misparsed
        if as_clause(verb) or _inserted(verb):
            content = (_subtree(verb.head) - _own_subject_clauses(verb.head)) - _subtree(verb)
        if not inherited:
            content -= _subject_tokens(verb, subject)
        return [_make(kind, verb.i, _cue_end(verb, cue), _named_speakers(subject),
                      content, _sentence_of(verb), inherited)]

    def noun_events(self, noun: Token, cues: list[SpeechCue]) -> list[SpeechEvent]:
        if not self._noun_has_content(noun) or (noun.dep_ == "dobj" and _speculated(noun.head)):
            return []  # "to avoid mentioning Iran's position on ...": nothing said
        owner = self._noun_owner(noun)
        if owner is None:
            return []
        content = _subtree(noun) - _subtree(owner)
        return [_make("noun", noun.i, noun.i + 1, _conjuncts(owner), content,
                      _sentence_of(noun))]

    def prep_events(self, token: Token, cues: list[SpeechCue]) -> list[SpeechEvent]:
        # "according to X": the speaker is the object of "to", the claim is the rest of the sentence
        to = next((c for c in token.children if c.lower_ == "to"), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if obj is None:
            return []
        if self._relayed_clause(token.head):
            return []  # "According to Xinhua, Wang Yi told ...": the agency relays Wang's words
        sent = _sentence_of(token)
        content = set(range(sent.start, sent.end)) - _subtree(token)
        return [_make("according", token.i, to.i + 1, _conjuncts(obj), content, sent)]

    def _relayed_clause(self, head: Token) -> bool:
        """What 'according to X' is attached to says who spoke and what ('Wang Yi told his
        counterpart that ...'), so X passed it on; 'the judiciary announced the release,
        according to X' reports a deed, which X is the source of."""
        return head.pos_ == "VERB" and head.lemma_.lower() in self.verbs \
            and own_subject(head) is not None \
            and (any(c.dep_ == "ccomp" for c in head.children) or _carries_quote(head))

    def _a_party(self, token: Token) -> bool:
        """Who can act: a name, a place or body, or a speaker noun ('the council'); not 'by a
        single millimetre' or 'by 10 percent'."""
        return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
            or place_at(token.doc._.sx_places, token.i) is not None \
            or token.lemma_.lower() in self.speaker_nouns or token.lower_ in self.speaker_nouns

    def passive_act_events(self, verb: Token) -> list[SpeechEvent]:
        """Measures done by a named party, told in the passive: 'fresh U.S. sanctions were
        imposed on X', 'the Security Council sanctions imposed in March', 'sanctions were
        lifted by the EU'. The party (agent, or the measures' national modifier) acts."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        participle = verb.tag_ == "VBN" and verb.dep_ == "acl"
        if not (passive or participle):
            return []
        measures = verb.head if participle else next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if measures is not None and verb.dep_ == "relcl" and measures.lower_ in ("that", "which"):
            measures = verb.head  # 'U.N. sanctions that were tightened in March'
        easing = verb.lemma_.lower() in _EASING_ACTS
        if measures is not None and participle and self._drafted_measures(verb, measures):
            easing = measures.head.lemma_.lower() in _EASING_ACTS  # what the bill would do
        elif measures is None or not self._names_measures(measures):
            return []
        places = verb.doc._.sx_places
        # "backed by Pyongyang's sole major ally China": the place the agent is named as
        actors = [a for a in (next((a for a in g.children if a.dep_ == "appos"
                                    and place_at(places, a.i) is not None), g)
                              for c in verb.children if c.dep_ == "agent" for g in c.children
                              if g.dep_ == "pobj") if self._a_party(a)] or [
            c for c in measures.children if c.dep_ in ("compound", "amod", "poss", "nmod")
            and place_at(places, c.i) is not None
            and measures.lemma_.lower() != "quota"]  # "Nicaragua's quota was cut": its holder
        if not actors:
            return []
        # the act is the verb on the measures; how the sentence judges them ("the unjust
        # blockade imposed by X") is the writer's or the speaker's, not the actor's, and the
        # actor is no target of its own measures ("U.S. sanctions" are the US's)
        content = (_subtree(verb) | {measures.i}) - _subtree(actors[0])
        event = _make("act", verb.i, verb.i + 1, actors[:1], content, _sentence_of(verb))
        event.extra["passive"] = "ease" if easing else "tighten"
        return [event]

    def _drafted_measures(self, verb: Token, text: Token) -> bool:
        """'The bill, sponsored by Senator Marco Rubio, would impose sanctions': a text drafted
        by a party that itself acts on the measures; its drafter acts through it."""
        return verb.lemma_.lower() in _DRAFTING and text.lemma_.lower() in _TEXTS \
            and text.dep_ == "nsubj" and text.head.lemma_.lower() in self.actions \
            and self._acts_on_measures(text.head)

    def imposer_events(self, measures: Token) -> list[SpeechEvent]:
        """Measures named with who imposes them, in a sentence that tells they were imposed:
        'came under new U.N. sanctions', 'has been under European Union sanctions since 2011',
        'new U.S. sanctions on its leader', 'sanctions from its rival, South Korea'. The
        imposer acts (tighten); a speaker's words about the measures stay the speaker's
        ('Iran denounced the new U.S. sanctions' gives the US nothing)."""
        governing = next((a for a in measures.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governing is not None and (governing.lemma_.lower() in self.verbs or (
                governing.lemma_.lower() in self.actions and self._acts_on_measures(governing))):
            return []  # a speaker's words on the measures, or an act with its own actor
        asked = measures.head
        if asked.lower_ == "for" and asked.head.pos_ == "NOUN" \
                and asked.head.lemma_.lower() in self.nouns:
            return []  # "U.S. calls for tougher U.N. sanctions": asked for, not imposed
        imposed = measures.head.lower_ == "under" or any(
            c.dep_ == "amod" and c.lemma_.lower() in _NEW_MEASURES for c in measures.children)
        actor = (_imposer_of(measures) if imposed else None) or _imposer_taken_for_object(
            measures)
        if actor is None and governing is not None \
                and governing.lemma_.lower() in _DRAWING_VERBS:
            actor = _sender_of(measures) or _sender_of(governing)
        if actor is None:
            return []
        content = _subtree(measures) - ({actor.i} if actor.i == measures.head.i
                                        else _subtree(actor))
        under = measures.head if measures.head.lower_ == "under" else actor.head
        if under.lower_ == "under":
            content |= {under.i}  # the 'under' of 'came under new U.N. sanctions'
        event = _make("act", measures.i, measures.i + 1, _imposers(actor), content,
                      _sentence_of(measures))
        event.extra["passive"] = "tighten"
        return [event]

    def _acts_on_measures(self, verb: Token) -> bool:
        """'imposed sanctions on X', 'lifted the embargo': an action on the measures themselves."""
        if any(c.dep_ == "auxpass" for c in verb.children) or (
                verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")):
            return False  # "sanctions were imposed", "a bank not sanctioned by X": descriptions
        if verb.lemma_.lower() in _RAISING:  # "raised tariffs", not "raised concerns about"
            return any(c.dep_ == "dobj" and t.lemma_.lower() in _RAISED
                       for c in verb.children for t in (c, *c.conjuncts))
        for child in verb.children:
            if child.dep_ in ("dobj", "prep", "dative", "xcomp") and any(
                self._names_measures(t) for t in child.subtree
            ):
                return True
            if child.dep_ == "dobj" and child.lower_ in ("it", "them") and (
                    own_subject(verb) is not None or own_subject(verb.head) is not None) \
                    and any(self._names_measures(t) for t in verb.sent if t.i < verb.i):
                # "agreed to sanctions, but Britain refused to join them" (not "wanted them
                # to start discussing how to ease them", a wish of someone's)
                return True
            if child.dep_ == "dobj" and any(  # "passed a bill barring ...", "introduced
                    g.dep_ in ("acl", "relcl") and (  # legislation that would sanction ..."
                        bars_trade(g) or g.lemma_.lower() in _PENALIZING)
                    for g in child.children):
                return True
        lemma = verb.lemma_.lower()
        return lemma in _SELF_ACTING or bars_trade(verb) or self._object_split(verb)

    def _object_split(self, verb: Token) -> bool:
        """'imposed asset freezes on two companies', parsed as 'imposed asset' or 'asset
        freezes' with 'freezes' a verb of its own: a measures word hung on the verb right
        after a noun that is the verb's object or the word's subject."""
        objects = {c.i for c in verb.children if c.dep_ == "dobj"}
        return any(c.pos_ == "VERB" and self._names_measures(c) and (
            c.i - 1 in objects or any(g.dep_ == "nsubj" and g.i == c.i - 1 for g in c.children))
            for c in verb.children if c.dep_ in ("advcl", "ccomp", "conj"))

    def _names_measures(self, token: Token) -> bool:
        """The token is a word for the measures ('sanctions', 'embargo', 'tariffs') or ends
        a phrase that names them ('entity list')."""
        if token.lemma_.lower() in self.anchors or token.lower_ in self.anchors:
            return True
        doc = token.doc
        return any(len(words) <= token.i + 1 and all(
            t.lower_ == w or t.lemma_.lower() == w
            for t, w in zip(doc[token.i + 1 - len(words):token.i + 1], words, strict=True))
            for words in self.anchor_phrases)

    @staticmethod
    def _noun_has_content(noun: Token) -> bool:
        doc = noun.doc
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPS:
                objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if objs and not place_at(doc._.sx_places, objs[0].i) \
                        and objs[0].ent_type_ != "PERSON":
                    return True
            if child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i and any(
                g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in child.children
            ):
                return True
        return False

    def _noun_owner(self, noun: Token) -> Token | None:
        """'Pompeo's appeal', 'US accusations', 'Chinese objections', 'calls by Russia'."""
        doc = noun.doc
        for child in noun.children:
            if child.dep_ == "poss":
                return child
        for child in noun.children:
            if child.dep_ in ("compound", "nmod", "amod") and child.i < noun.i and (
                place_at(doc._.sx_places, child.i) or child.ent_type_ == "PERSON"
            ):
                return child
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS:
            return own_subject(noun.head)  # "the United States has led calls for ..."
        return None


@Language.factory("sanctions_speech", default_config={"data_dir": None},
                  requires=["doc._.sx_places", "token.dep", "token.lemma", "token.pos"],
                  assigns=["doc._.sx_events"])
def make_speech(nlp: Language, name: str, data_dir: str | None) -> SpeechComponent:
    return SpeechComponent(load_lexicons(data_dir))


class SpeechComponent:
    """Stores `SpeechEvent`s in `doc._.sx_events` (needs `sanctions_places` before it)."""

    def __init__(self, lex: Lexicons):
        self.find = SpeechFinder(lex)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sx_events = [] if doc._.sx_skip else self.find(doc)
        return doc
