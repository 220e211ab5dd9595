"""Stance of a speech event's content, with the cue that justifies it.

Cues come from `data/lexicons/stance_cues.csv` (phrase, stance, weight, kind):
- `anchor` words name the measures at issue (sanctions, embargo, pressure...);
- `reference` nouns stand for measures a news report has named ("the measure was a mistake",
  "backed the resolution", "disapproved of the move"): read as anchors when they refer back
  (`_refers_back`);
- `direction` words push one way when they bear on an anchor (easing OF sanctions, STRICTER
  sanctions, sanctions are the SOLUTION);
- `standalone` phrases carry a stance on their own (maximum pressure, collective punishment);
- `judgement` words judge the measures or the target (unjust, illegal, counterproductive,
  the solution; violating sanctions): their stance holds whatever frame governs them, and only a
  negation of the word or its copula reverses it ("sanctions are not the solution");
- `flip` words reverse what they govern (not, oppose, warn of, reject): "warning of any cutback on
  pressure" is tighten, "sanctions are not the solution" is ease, "opposes lifting" is tighten;
- `support` frames turn a bare anchor into a position (supports sanctions -> tighten; a bare
  anchor under a flip -> ease). A bare anchor with no frame is a description: neutral.
Scope is the dependency path from the cue up to the reporting verb; it stops at a nested
reporting verb of the same speaker, whose content is its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import doc_ext  # noqa: F401
from .countries import place_at
from .evidence import USUAL_IMPOSERS, CueHit, joined_cue
from .lexicons import Lexicons, StanceCue, load_lexicons
from .speech import (
    DEALINGS,
    FROZEN_THINGS,
    MEASURE_KINDS,
    MODIFIER_DEPS,
    REFUSALS,
    SpeechEvent,
    barred_things,
    bars_trade,
    clause_marks,
    only_condition,
    reopens_route,
    shut_out,
)

UNLINKED_FACTOR = 0.5  # a direction cue with no anchor in reach, but one in the sentence
BARE_ANCHOR_WEIGHT = 0.8
ALIGNMENT_WEIGHT = 0.8
MAX_LINK_DISTANCE = 3
_SPLIT_GAP = 4  # words a phrasal cue's verb and preposition may have between them
CONTRAST_FACTOR = 0.5  # a cue in a concessive clause ("..., while keeping X") weighs less
_CONTRAST_MARKS = ("while", "whilst", "although", "though", "despite")
_POSITION_NOUNS = frozenset({
    "position", "stance", "view", "proposal", "remark", "call", "appeal", "approach", "plan",
    "initiative", "statement", "demand", "effort", "line", "argument", "stand", "side", "comment",
    "decision", "move", "request", "suggestion", "idea", "claim", "accusation", "push",
    "lead", "example",
})


@dataclass
class StanceEvidence:
    """What the content of one event says about sanctions, before article-level decisions."""

    hits: list[CueHit] = field(default_factory=list)
    # (party token, +1 agree / -1 disagree, cue text): "support for the Chinese position"
    refs: list[tuple[int, int, str]] = field(default_factory=list)
    anchors: int = 0
    targets: list[str] = field(default_factory=list)
    # (cue text, kind) of words that take the stance the document argues ("further steps",
    # "consequences"): decided at article level, see `assemble.ArticleAssembler._follow`
    follows: list[tuple[str, str]] = field(default_factory=list)
    described: bool = False  # a cue only describes past measures ("were imposed in 2011")
    own_target: bool = False  # the measures hit the speaker ("sanctions on us", "we are punished")
    # hits inside another speaker's reported claim, by the cue head of that claim's event
    # ("Lavrov said Washington had called for new sanctions"): the reporter's only when the
    # two speak for the same country (decided in assembly, where speakers are resolved)
    voiced: list[tuple[int, CueHit]] = field(default_factory=list)


def _opposite(stance: str) -> str:
    return "ease" if stance == "tighten" else "tighten"


def _set_aside(head: Token, conjunct: Token) -> bool:
    """'engage rather than pile on sanctions', parsed as two conjuncts joined by 'than': the
    second is what the speaker would not do."""
    return conjunct.dep_ == "conj" and any(
        c.dep_ == "cc" and c.i < conjunct.i and c.lower_ == "than"
        and any(g.lower_ == "rather" for g in c.children) for c in head.children)


# Nouns that only name a kind of what their 'of' phrase says ('an act of economic aggression')
_KIND_NOUNS = frozenset({"act", "form", "kind", "type", "instance", "example", "case",
                         "tool", "instrument", "weapon", "means"})


def _kind_named(word: Token) -> Token:
    """'aggression' in 'were an act of economic aggression' stands where 'act' does."""
    prep = word.head
    if word.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _KIND_NOUNS:
        return prep.head
    return word


def _distance(a: Token, b: Token) -> int:
    """Length of the dependency path between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in index_b:
            return n + index_b[token.i]
    return 99


@dataclass
class _ParagraphCues:
    """The stance cues of one paragraph, found once and shared by its events."""

    found: list[tuple[Span, StanceCue]]
    flips: set[int]  # token indices of flip words
    supports: set[int]
    stops: set[int]  # reporting words of other statements: a scope ends there
    anchored_sentences: set[int]  # starts of sentences that name the measures
    reliefs: set[int] = field(default_factory=set)  # heads of reliefs from them (waivers)
    references: set[int] = field(default_factory=set)  # nouns standing for them (`_refers_back`)
    # copulas that judge a direction their subject names ("lifting them would be a mistake"):
    # copula index -> the judging word, which reverses the direction and has no side alone
    judged: dict[int, str] = field(default_factory=dict)


class StanceReader:
    """Finds stance cues in a paragraph and scores each speech event's content."""

    def __init__(self, nlp: Language, lex: Lexicons):
        self.cues: dict[str, StanceCue] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for cue in lex.stance_cues:
            self.cues[cue.phrase] = cue
            pattern = nlp.make_doc(cue.phrase)
            for token in pattern:
                token.lemma_ = token.lower_
            self.lower.add(cue.phrase, [pattern])
            self.lemma.add(cue.phrase, [pattern])
        self.speech_lemmas = {c.words[0] for c in lex.speech_cues if c.pos in ("verb", "noun")}
        # "call for", "press for": also found with words between ("called on Monday for")
        self.split_for = {w[0]: p for p in self.cues if len(w := p.split()) == 2
                          and w[1] == "for" and self.cues[p].kind == "support"}

    # ---- cue spotting -------------------------------------------------------------------
    def spot(self, doc: Doc) -> list[tuple[Span, StanceCue]]:
        spans = []
        for matcher in (self.lower, self.lemma):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans += self._split_phrasals(doc)
        # a phrase out of its sense leaves its words to the shorter cues inside it
        found = [(s, self.cues[s.label_]) for s in filter_spans(
            [s for s in spans if _in_its_sense(s)])
                 if not (self.cues[s.label_].kind == "flip" and _done_without(s.root))]
        found = [(s, _REFERENCE_ANCHOR if c.kind == "reference" else c) for s, c in found
                 if c.kind != "reference" or _refers_back(s.root)]
        return found + _pronoun_anchors(doc, found) + _bare_votes(doc) \
            + _bare_participation(doc)

    def _split_phrasals(self, doc: Doc) -> list[Span]:
        """'called on Monday for a boycott': a verb and its 'for' with a few words between,
        as one support cue."""
        spans = []
        for verb in doc:
            phrase = self.split_for.get(verb.lemma_.lower())
            if phrase is None or verb.pos_ != "VERB":
                continue
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "for" \
                        and 1 < prep.i - verb.i <= _SPLIT_GAP + 1:
                    spans.append(Span(doc, verb.i, prep.i + 1, label=phrase))
        return spans

    def _flip_at(self, token: Token, flips: set[int], below: Token | None = None,
                 entry: Token | None = None) -> bool:
        """Does `token` reverse what it governs (reached from its child `below`, itself
        reached from its child `entry`)? Not a reason given for it ('were barred from doing
        business because the embargo remained in force')."""
        if below is not None and below.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _REASONS for c in below.children):
            return False
        if below is not None and below.dep_ == "advcl" and below.tag_ == "VBG" \
                and not any(c.dep_ in ("mark", "aux") for c in below.children):
            return False  # "blocked the package, demanding an exemption": its own act
        if below is not None and below.dep_ == "prep" and below.lower_ == "by" \
                and token.lemma_.lower() in _RESPONDING \
                and any(c.dep_ == "pcomp" for c in below.children):
            return False  # "would respond to sanctions by curbing transit": the means, done
        if token.i in flips:
            if below is not None and below.dep_ == "nsubj" \
                    and token.lemma_.lower() in _FUNCTION_FLIPS:
                return False  # "the measures would block $7bn in assets": what they do
            if token.lemma_.lower() in _THREATS and _conditional(token, below):
                return False  # "warned of crippling pressure if it did not change course"
            # "warn against", "protest against": the preposition only repeats its verb;
            # "not hesitate to": a negated flip is no flip; "warned (that) it would tighten":
            # a clause reported by the flip word is what it says, not what it opposes (but
            # "warned that easing would help Iran" warns of its subject, and "questioned
            # whether" doubts its clause)
            if below is not None and below.dep_ == "ccomp" and \
                    token.lemma_.lower() in self.speech_lemmas and \
                    not _warned_of(below, entry):
                return False
            if below is not None and below.dep_ == "conj" and below.pos_ in ("VERB", "AUX"):
                return False  # "condemned the vote and imposed sanctions": a second act
            return not (token.pos_ == "ADP" and token.head.i in flips) and not _no_to(token)
        # "will not rest until every sanction is enforced": the awaited clause is wanted;
        # "did not bring us to our knees, and their removal proves ...": a clause of its own
        return _negated(token) and not _awaited(below) and not _threat_condition(token) \
            and not _own_clause(below)

    def _declined(self, token: Token, cues: _ParagraphCues) -> bool:
        """A negated verb of saying that is no flip or frame ('would not comment', 'did not
        say'): the speaker declines to say anything."""
        return token.lemma_.lower() in _SAYING and token.i not in cues.flips \
            and token.i not in cues.supports and (_negated(token, determiner=False) or (
                token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSALS))

    def _path_frames(self, start: Token, event: SpeechEvent, cues: _ParagraphCues,
                     start_determiner: bool = False) -> tuple[int, bool, list[str]]:
        """(number of flips, any support frame, flip words) from `start` up to the event's cue
        (`start_determiner`: 'no relief' negates the start itself, as 'no sanctions' does not:
        that one is read as a bare anchor under its frame)."""
        count, support, words = 0, False, []
        token, below, entry = start, None, None
        sent_root = start.sent.root
        while True:
            if token.i != start.i and self._declined(token, cues):
                break  # "would not comment on ...": nothing said, nothing reversed
            if token.i != start.i and (self._flip_at(token, cues.flips, below, entry)
                                       or _refusing(token, below)):
                count += 1
                words.append(token.text)
            elif token.i == start.i and _negated(token, determiner=start_determiner) \
                    and not _threat_condition(token):
                count += 1
                words.append("not")
            if below is not None and _set_aside(token, below):
                count += 1  # "engage with Myanmar rather than pile on sanctions"
                words.append("rather than")
            if token.i in cues.judged and below is not None and \
                    below.dep_ in ("nsubj", "csubj"):
                count += 1  # "lifting the sanctions would be a mistake"
                words.append(cues.judged[token.i])
            if token.i != start.i and (token.i in cues.supports or (
                    token.i in cues.flips and _no_to(token))
                    or _obliged_to_use(token, start, cues.supports)):
                # "would not block the embargo": a negated flip lets it be; "must answer
                # with punitive measures": a modal of obligation on the way up wants them
                support = True
            if token.i == event.cue_head:
                refused = self._refusals_of_act(token, cues)
                count, words = count + len(refused), words + refused
            if token.i == event.cue_head or token.i == sent_root.i:
                break
            if token.i != start.i and token.i in cues.stops and token.dep_ != "acl" \
                    and not _call_taken_up(token, cues) and not _refusing(token.head, token):
                break  # not "a resolution condemning the embargo": what a noun says is framed
            token, below, entry = token.head, token, below
        # a flip over a flip lets the measures be: "overrode the veto of the sanctions bill",
        # "refused to oppose the sanctions"
        return count, support or count >= 2, words

    def _refusals_of_act(self, act: Token, cues: _ParagraphCues) -> list[str]:
        """The flips over an act or a word its speaker refuses or fails to do: 'refused to
        impose sanctions', 'declined to back the embargo' (the speaker is the refuser)."""
        words, token = [], act
        while token.dep_ == "xcomp" and token.head.i != token.i:
            token, below = token.head, token
            if self._flip_at(token, cues.flips, below) or _refusing(token, below):
                words.append(token.text)
        return words

    def read(self, doc: Doc, events: list[SpeechEvent]) -> None:
        """Sets `event.stance` to a StanceEvidence for every event of the paragraph."""
        found = self.spot(doc)
        explicit = {e.cue_head for e in events if not e.inherited}
        # a reporting word inside a stand's phrase reports nothing: 'in favour of the text'
        framing = {t.i for s, c in found if c.kind in ("support", "flip") for t in s}
        cues = _ParagraphCues(
            found=found,
            flips={s.root.i for s, c in found if c.kind == "flip"},
            supports={s.root.i for s, c in found if c.kind == "support"},
            stops={t.i for t in doc if t.lemma_.lower() in self.speech_lemmas
                   and t.i not in explicit and t.i not in framing},
            anchored_sentences={s.sent.start for s, c in found if c.kind in MEASURE_KINDS},
            reliefs={s.root.i for s, c in found if c.kind == "relief"},
            references={s.root.i for s, c in found if c is _REFERENCE_ANCHOR},
            judged=_judged_copulas(doc, found),
        )
        for event in events:
            event.stance = self._read_event(doc, event, cues, _voiced(doc, event, events, cues))

    def _read_event(self, doc: Doc, event: SpeechEvent, cues: _ParagraphCues,
                    voiced: dict[int, int]) -> StanceEvidence:
        """`voiced`: the words of another speaker's claim the event reports (token -> that
        claim's cue head); their hits go to `StanceEvidence.voiced`."""
        evidence = StanceEvidence()
        if self._declined(doc[event.cue_head], cues):
            return evidence  # "would not comment on the sanctions": nothing said, no side
        if event.extra.get("passive"):  # measures done by a named party: the act is its side
            verb = doc[event.cue_head]
            evidence.hits.append(CueHit(verb.text, event.extra["passive"], 1.0))
        inside = [(s, c) for s, c in cues.found if all(t.i in event.content for t in s)]
        inside = [(s, c) for s, c in inside if not _barriers_to_lift(s.root)]
        anchors = [s for s, c in inside if c.kind in MEASURE_KINDS]
        evidence.anchors = len(anchors)
        linked_anchors: set[int] = set()
        self._cue_hits(evidence, event, inside, anchors, cues, voiced, linked_anchors)
        barrings = self._barring_hits(evidence, doc, event, cues, voiced)
        self._anchor_hits(evidence, event, anchors, cues, voiced, linked_anchors)
        evidence.own_target = _aimed_at_speaker(doc, event, anchors)
        evidence.follows = [(s.text, c.kind) for s, c in inside
                            if c.kind in ("consequence", "follow", "defiance")]
        evidence.refs = self._alignment_refs(doc, event, inside, cues)
        if event.kind == "act" and bars_trade(doc[event.cue_head]):
            barrings.append(doc[event.cue_head])  # "barred Belarusian airlines from ..."
        measures = anchors + [s for s, c in inside if c.kind == "standalone"]
        evidence.targets = self._targets(doc, event, measures, barrings)
        return evidence

    def _cue_hits(self, evidence: StanceEvidence, event: SpeechEvent,
                  inside: list[tuple[Span, StanceCue]], anchors: list[Span],
                  cues: _ParagraphCues, voiced: dict[int, int], linked: set[int]) -> None:
        """The sides of the direction, standalone and judgement words inside the event; the
        measures a word is linked to go into `linked` (their bare anchors take no side)."""
        compared = {more.i for a in anchors if (verb := _harming_verb(a.root)) is not None
                    and (more := _harm_compared(verb)) is not None}
        for span, cue in inside:
            if self._passed_over(span, cue, event, anchors, cues, compared):
                continue
            if cue.kind != "judgement" and _timed(span.root):
                linked.update(a.root.i for a in anchors if span.root.is_ancestor(a.root))
                continue  # "after the lifting of sanctions": when, not what is wanted
            if cue.kind != "judgement" and _describes(span.root):
                evidence.described = True
                continue  # "the sanctions imposed last year", "were imposed in 1962": description
            hit = self._direction_hit(span, cue, event, anchors, cues, linked)
            if hit is not None:
                _file_hit(evidence, hit, voiced.get(span.root.i))

    def _passed_over(self, span: Span, cue: StanceCue, event: SpeechEvent,
                     anchors: list[Span], cues: _ParagraphCues, compared: set[int]) -> bool:
        """A cue word inside the event that is no side of its own: not a side's kind of cue,
        the comparison of a harm, the passive's verb (counted apart), a judgement of a
        direction, a kind of measures, or a direction noun as a predicate."""
        head = span.root
        if cue.kind not in ("direction", "standalone", "judgement") or head.i in compared:
            return True
        if event.extra.get("passive") and head.i == event.cue_head:
            return True  # counted in _read_event
        if cue.kind == "judgement" and head.head.i in cues.judged and _predicate(head):
            return True  # judges the direction its subject names: reverses it (_path_frames)
        if cue.kind == "judgement" and self._kind_of_backed_measures(head, anchors, event,
                                                                      cues):
            return True  # "announced its own unilateral sanctions": a kind, not a judgement
        # "sanctions are not an end in themselves": a predicate, no act
        return cue.kind == "direction" and head.dep_ in _PREDICATE_DEPS \
            and head.pos_ == "NOUN" and not _existential(head.head)

    def _barring_hits(self, evidence: StanceEvidence, doc: Doc, event: SpeechEvent,
                      cues: _ParagraphCues, voiced: dict[int, int]) -> list[Token]:
        """Routes or trade barred or reopened in the event: their sides; returns the verbs."""
        barrings = _barrings_reported(doc, event)
        for verb in barrings:
            count, _, words = self._path_frames(verb, event, cues)
            side = "ease" if reopens_route(verb) else "tighten"
            hit = CueHit(joined_cue(*reversed(words), verb.text),
                         _opposite(side) if count % 2 else side, 1.0)
            _file_hit(evidence, hit, voiced.get(verb.i))
        return barrings

    def _anchor_hits(self, evidence: StanceEvidence, event: SpeechEvent, anchors: list[Span],
                     cues: _ParagraphCues, voiced: dict[int, int], linked: set[int]) -> None:
        """Measures no cue word is linked to: a harm argued of them (ease), else a side from
        their frame alone (_anchor_hit)."""
        for anchor in anchors:
            harm = _harm_argued(anchor.root)
            if harm is not None and anchor.root.i not in linked:
                linked.add(anchor.root.i)
                _file_hit(evidence, CueHit(harm, "ease", 1.0), voiced.get(anchor.root.i))
            if anchor.root.i not in linked and not _described(anchor.root):
                hit = self._anchor_hit(anchor, event, cues)
                if hit is not None:
                    _file_hit(evidence, hit, voiced.get(anchor.root.i))

    def _direction_hit(self, span: Span, cue: StanceCue, event: SpeechEvent,
                       anchors: list[Span], cues: _ParagraphCues, linked: set[int]
                       ) -> CueHit | None:
        """A direction, standalone or judgement word: its side, reversed by the flips on its
        way up to the reporting verb, weighed by how close it is to the measures."""
        head = span.root
        if _not_about_measures(span, cue, event, anchors):
            return None
        judged = _kind_named(head) if cue.kind == "judgement" else head
        reach = [a for a in anchors if (_distance(judged, a.root) <= MAX_LINK_DISTANCE
                                        or _far_object(head, a.root))
                 and not _in_aim(head, a.root) and not _in_condition(head, a.root)
                 and not _conceded(a.root)]
        if _transgressing(head, reach):
            # "the tariffs violated GATT rules": the measures break the rules, not someone them
            return CueHit(span.text, "tighten" if _negated(head) else "ease", cue.weight)
        near = [a for a in reach if cue.kind != "direction" or not _effect_of(a.root, span)]
        weight = _linked_weight(span, cue, event, cues, reach, near)
        if weight is None:
            return None
        linked.update(a.root.i for a in near)
        stance = _direction_turned(cue, head, near, cues)
        if cue.kind == "judgement":
            stance, text = _judged_side(span, event, stance)
        else:
            framed = self._framed_side(span, event, cues, stance)
            if framed is None:
                return None
            stance, text = framed
        return CueHit(text, stance, weight,
                      reference=bool(near) and all(a.root.i in cues.references for a in near))

    def _framed_side(self, span: Span, event: SpeechEvent, cues: _ParagraphCues, stance: str
                     ) -> tuple[str, str] | None:
        """A direction or standalone word's side and cue text after the frames on its way up
        to the reporting verb; None when it only tells of the measures."""
        head, text = span.root, span.text
        count, framed, words = self._path_frames(head, event, cues,
                                                 start_determiner=head.pos_ == "NOUN")
        if not count and (_asked(head, event) or _state_reported(span)):
            return None  # "on whether new sanctions were being prepared"; "had been in place"
        if not count and not framed and _others_decision(head):
            return None  # "had been informed of the EU decision to prolong the sanctions"
        if count % 2:
            stance, text = _opposite(stance), joined_cue(*reversed(words), span.text)
        if stance == "ease":
            price = _price_of(head)
            if price is not None or _only_on_condition(head):
                stance, text = "tighten", joined_cue(price.text if price else "only", text)
        return stance, text

    def _kind_of_backed_measures(self, word: Token, anchors: list[Span], event: SpeechEvent,
                                 cues: _ParagraphCues) -> bool:
        """A word that names a kind of measures as well as judging them ('unilateral',
        'punitive') modifies measures the speaker announces or backs: it describes them."""
        if word.lemma_.lower() not in _KINDS_OF_MEASURES or word.dep_ != "amod" \
                or all(a.root.i != word.head.i for a in anchors):
            return False
        count, support, _ = self._path_frames(word.head, event, cues)
        own = any(c.lower_ == "own" for c in word.head.children)  # "its own unilateral measures"
        return (support or own) and not count % 2

    def _anchor_hit(self, anchor: Span, event: SpeechEvent, cues: _ParagraphCues
                    ) -> CueHit | None:
        """A bare anchor takes a side only from its frame: opposed (ease) or supported
        (tighten); with no frame it describes."""
        if _relieved(anchor.root, cues.reliefs) or _reckoned(anchor.root, event) \
                or _deliberated(anchor.root, event) or _in_time_clause(anchor.root, event):
            return None  # "exemptions from the sanctions": the relief takes the side
        count, support, words = self._path_frames(anchor.root, event, cues)
        if not count and _asked(anchor.root, event):
            return None  # "reviewing whether the shipment would need an exemption"
        opposed, wanted = ("tighten", "ease") if anchor.root.i in cues.reliefs \
            else ("ease", "tighten")  # opposing a waiver keeps the measures whole
        reference = anchor.root.i in cues.references
        if count % 2:
            return CueHit(joined_cue(*reversed(words), anchor.text), opposed,
                          BARE_ANCHOR_WEIGHT, reference)
        if support or _sanctions_someone(anchor.root):
            return CueHit(anchor.text, wanted, BARE_ANCHOR_WEIGHT, reference)
        return None

    def _alignment_refs(self, doc: Doc, event: SpeechEvent, inside, cues: _ParagraphCues
                        ) -> list[tuple[int, int, str]]:
        """'support for the Chinese position' (+1), 'contested Pompeo's remarks' (-1), each
        reversed by a negation or flip on its way up ('did not support the American position')."""
        refs = []
        for span, cue in inside:
            if cue.kind not in ("support", "flip") or span.root.dep_ == "neg":
                continue
            frame = span.root
            reversals, _, _ = self._path_frames(frame, event, cues)
            polarity = (-1 if cue.kind == "flip" else 1) * (-1 if reversals % 2 else 1)
            for obj in _objects(frame):
                party = self._party(doc, obj)
                # 'urged Reagan to retaliate' asks Reagan to act: no agreement with him
                if party is not None and party.i not in event.speakers \
                        and not _addressee(obj):
                    refs.append((party.i, polarity, joined_cue(span.text, obj.text)))
        return refs

    @staticmethod
    def _party(doc: Doc, token: Token) -> Token | None:
        places = doc._.sx_places
        if place_at(places, token.i) or token.ent_type_ == "PERSON":
            return token
        if token.lemma_.lower() in _POSITION_NOUNS:
            for child in token.children:
                if child.dep_ in ("poss", "amod", "compound", "nmod") and (
                    place_at(places, child.i) or child.ent_type_ == "PERSON"
                ):
                    return child
        return None

    @staticmethod
    def _targets(doc: Doc, event: SpeechEvent, anchors: list[Span],
                 barrings: list[Token]) -> list[str]:
        """Countries the measures bear on: those named near an anchor or in what a barring
        verb governs ('barred Belarusian airlines'), and of those, the ones the measures are
        'on' or 'against' before any other ('Tokyo would impose sanctions on Pyongyang'
        targets PRK, not Japan)."""
        near: list[tuple[str, str]] = []
        hurt = _hurt_instead(anchors)
        for place in doc._.sx_places or ():
            if place.iso3 is None or place.kind == "org" or place.start not in event.content:
                continue
            token = doc[place.end - 1]
            if _imposer_modifier(token, place.iso3, anchors) or _passive_imposer(token, anchors) \
                    or _whose_dealings(token, anchors) \
                    or _whose_decision(token, anchors) or _dealer(token, anchors) \
                    or token.i in hurt or _coordinated_away(token) or _where_held(token) \
                    or _kept_out_of(token) or _addressee(token):
                continue
            if any(_distance(token, a.root) <= MAX_LINK_DISTANCE for a in anchors):
                near.append((place.iso3, _role_towards_measures(token)))
            elif _put_on(token, anchors) or _dealt_with(token, anchors):
                near.append((place.iso3, "aimed"))
            elif (role := next((role for v in barrings
                                for thing, role in _barring_objects(v)
                                if thing.is_ancestor(token) and _distance(token, thing)
                                <= MAX_LINK_DISTANCE + (role == "partner")), None)) is not None:
                near.append((place.iso3, role))  # whose trade or assets are barred
            elif _origin_of_banned_imports(token, anchors):
                near.append((place.iso3, "aimed"))
        barred = _barred_side([iso3 for iso3, role in near if role == "partner"],
                              [iso3 for iso3, role in near if role == "barred"])
        near = [(iso3, role) for iso3, role in near if role not in ("barred", "partner")] + [
            (iso3, "aimed") for iso3 in barred]
        aimed = [iso3 for iso3, role in near if role == "aimed"]
        return aimed or [iso3 for iso3, role in near if role == "other"]


_HARMS = frozenset({"hurt", "harm", "damage", "hit", "cost", "punish", "penalize", "penalise"})


def _barrings_reported(doc: Doc, event: SpeechEvent) -> list[Token]:
    """Trade barred in what the event reports ('said Turkey would halt loans and block arms
    shipments', 'would not cut off water supplies'): each a measure, as an act of barring is
    (speech.bars_trade), whoever the reporting verb's speaker is; not one that dates the
    claim ('a day after Washington froze the assets')."""
    return [doc[i] for i in sorted(event.content) if i != event.cue_head
            and (doc[i].pos_ == "VERB" or doc[i].dep_ == "acomp")  # 'will remain frozen'
            and (bars_trade(doc[i]) or reopens_route(doc[i])) and not _describes(doc[i])
            and not any(c.dep_ == "mark" and c.lower_ in _TIMING for c in doc[i].children)]


def _harming_verb(anchor: Token) -> Token | None:
    """The verb the measures are the subject of, when it says they harm ('the sanctions hurt
    ...', 'the embargo harms ...')."""
    verb = anchor.head
    return verb if anchor.dep_ == "nsubj" and verb.lemma_.lower() in _HARMS else None


def _backfiring(anchor: Token) -> Token | None:
    """The verb in 'the measures would hurt American businesses more than they would hurt
    Nicaragua': measures said to harm someone more than the country they aim at backfire (not
    'hurt Iran more than any measures before')."""
    verb = _harming_verb(anchor)
    return verb if verb is not None and _harm_compared(verb) is not None else None


def _harm_compared(verb: Token) -> Token | None:
    """The 'more' of 'hurt American businesses (a lot) more than Nicaragua', when a place
    follows 'than': a comparison of harms, no call for more measures."""
    more = next((t for c in verb.children if c.dep_ in ("advmod", "npadvmod")
                 for t in c.subtree if t.lower_ == "more"), None)
    than = next((t for t in more.subtree if t.lower_ == "than"), None) if more else None
    if than is None:
        return None
    places = verb.doc._.sx_places or []
    compared = than.head if than.dep_ == "mark" else than
    named = any(place_at(places, t.i) is not None for t in compared.subtree if t.i > than.i)
    return more if named else None


_PLAIN_PEOPLE = frozenset({"poor", "ordinary", "innocent", "vulnerable", "common"})
_INNOCENTS = frozenset({"people", "population", "civilian", "citizen", "child", "majority",
                        "poor", "worker", "labourer", "laborer", "farmer", "grower",
                        "consumer", "family", "patient", "public"})


def _harms_the_innocent(anchor: Token) -> Token | None:
    """The verb in 'sanctions would only hurt the black majority', 'the embargo harms
    children': measures said to do nothing but harm, or to harm the people rather than a
    government, are argued against ('would not hurt ordinary people' defends them)."""
    verb = _harming_verb(anchor) or _falling_on(anchor)
    if verb is None or _negated(verb):
        return None
    only = any(c.lower_ == "only" and c.dep_ == "advmod" for c in verb.children)
    harmed = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children if g.dep_ == "pobj"]
    # 'the workers', 'poor Chileans', 'ordinary people' (not 'the generals who starve the
    # poor', not 'public finances')
    victims = any(c.lemma_.lower() in _INNOCENTS or any(
        m.dep_ == "amod" and m.lemma_.lower() in _PLAIN_PEOPLE for m in c.children)
        for c in harmed)
    return verb if only or victims else None


def _falling_on(anchor: Token) -> Token | None:
    """The verb in 'the sanctions would fall hardest on the workers': measures whose weight
    lands on someone."""
    verb = anchor.head
    return verb if anchor.dep_ == "nsubj" and verb.lemma_.lower() == "fall" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children) else None


def _harm_argued(anchor: Token) -> str | None:
    """The cue of measures argued against by the harm they do: 'the sanctions hurt European
    companies more than Russia', 'would only hurt the black majority'."""
    verb = _backfiring(anchor)
    if verb is not None:
        return joined_cue(verb.text, "more than")
    verb = _harms_the_innocent(anchor) or _deadly(anchor) or _counterproductive(anchor)
    return None if verb is None else joined_cue(anchor.text, verb.text)


_STIFFENING = frozenset({"harden", "stiffen", "embolden", "entrench", "backfire"})


def _counterproductive(anchor: Token) -> Token | None:
    """The verb in 'sanctions had only hardened the resolve of white voters', 'the embargo
    backfired': measures said to strengthen what they were meant to break."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or _negated(verb):
        return None
    if verb.lemma_.lower() in _STIFFENING or (  # "would only strengthen the resolve of"
            verb.lemma_.lower() in _STRENGTHENING and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _RESOLVE for c in verb.children)):
        return verb
    return None


_STRENGTHENING = frozenset({"strengthen", "boost", "bolster", "reinforce", "fuel"})
_RESOLVE = frozenset({"resolve", "determination", "hardliner", "nationalism", "defiance"})


_KILLING = frozenset({"kill", "starve"})
_CAUSING = frozenset({"cause", "contribute", "lead", "bring"})
_SUFFERING = frozenset({"death", "suffering", "starvation", "hunger", "famine", "malnutrition",
                        "misery", "hardship", "poverty"})


def _deadly(anchor: Token) -> Token | None:
    """The verb in 'the embargo had contributed to the deaths of 4,000 children', 'sanctions
    kill': measures said to kill or to cause suffering."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or _negated(verb):
        return None
    lemma = verb.lemma_.lower()
    caused = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children if g.dep_ == "pobj"]
    if lemma in _KILLING or (lemma in _CAUSING and any(
            t.lemma_.lower() in _SUFFERING for t in caused)):
        return verb
    return None


def _hurt_instead(anchors: list[Span]) -> set[int]:
    """'American' in 'would hurt American businesses more than Nicaragua': the words naming
    whom backfiring measures hurt, which is not their target."""
    verbs = [v for v in (_backfiring(a.root) for a in anchors) if v is not None]
    return {t.i for verb in verbs for c in verb.children if c.dep_ == "dobj" for t in c.subtree}


def _imposer_modifier(token: Token, iso3: str, anchors: list[Span]) -> bool:
    """'new U.S. sanctions on its leader', 'averting American sanctions': the country
    modifying the measures is who imposes them, not their target."""
    return iso3 in USUAL_IMPOSERS and token.dep_ in MODIFIER_DEPS \
        and any(token.head.i == a.root.i for a in anchors)


def _passive_imposer(token: Token, anchors: list[Span]) -> bool:
    """'the blockade imposed by the United States', 'sanctions were lifted by the EU': the
    agent of a passive verb on the measures acts on them; they do not bear on it."""
    by = token.head
    if token.dep_ != "pobj" or by.dep_ != "agent":
        return False
    verb = by.head
    return any(verb.head.i == a.root.i or a.root.head.i == verb.i for a in anchors)


_DECISIONS = frozenset({"decision", "move", "plan", "proposal", "order", "bid", "attempt"})


def _others_decision(cue: Token) -> bool:
    """A direction word is the content of a decision a country or body named on it owns
    ('the EU decision to prolong the sanctions'): that party's act."""
    places = cue.doc._.sx_places or []
    return any(node.dep_ in ("acl", "relcl") and node.head.lemma_.lower() in _DECISIONS and any(
        c.dep_ in (*MODIFIER_DEPS, "poss") and place_at(places, c.i) for c in node.head.children)
        for node in (cue, *list(cue.ancestors)[:3]))


def _whose_decision(token: Token, anchors: list[Span]) -> bool:
    """'welcomed Washington's decision to end the waivers': whose decision, move or plan it
    is to act on the measures is who acts, not whom the measures are on."""
    noun = token.head
    return token.dep_ == "poss" and noun.pos_ == "NOUN" and any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
            c.is_ancestor(a.root) for a in anchors) for c in noun.children)


def _barred_dealing(noun: Token, anchors: list[Span]) -> bool:
    """'a ban on new American investment in Burma': dealings a measure is on."""
    return noun.lemma_.lower() in DEALINGS and noun.dep_ == "pobj" \
        and noun.head.lower_ == "on" and any(noun.head.head.i == a.root.i for a in anchors)


def _dealer(token: Token, anchors: list[Span]) -> bool:
    """'American' in 'a ban on new American investment in Burma': who deals with a partner
    the text names, not the target (but 'a ban on Iranian oil imports' is on Iran)."""
    return token.dep_ in MODIFIER_DEPS and _barred_dealing(token.head, anchors) and any(
        c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in token.head.children)


def _dealt_with(token: Token, anchors: list[Span]) -> bool:
    """'Burma' in 'a ban on new American investment in Burma': where the dealing goes."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in _PARTNER_PREPS \
        and _barred_dealing(prep.head, anchors)


_PARTNER_PREPS = frozenset({"in", "with", "to", "from"})  # investment in / trade with Burma


def _whose_dealings(token: Token, anchors: list[Span]) -> bool:
    """'banned new U.S. investments in Russia': the country modifying what a measure verb
    forbids is whose dealings are cut off, not the measure's target (but 'blacklisted three
    Chilean firms' names whom the measures hit)."""
    thing = token.head
    return token.dep_ in MODIFIER_DEPS and thing.dep_ == "dobj" and not shut_out(thing.head) \
        and thing.head.lemma_.lower() not in ("blacklist", "sanction", "designate") \
        and any(thing.head.i == a.root.i and a.root.pos_ == "VERB" for a in anchors)


def _barring_objects(verb: Token) -> list[tuple[Token, str]]:
    """What a barring verb governs other than its subject ('barred'): whom or what it bars;
    and when it bars someone from trading, whom the trade was with or what it was in
    ('partner': 'from dealing with them', 'from buying bonds issued by Venezuela')."""
    partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for t in c.children if t.dep_ == "pcomp" and t.lemma_.lower() not in _FLYING
                for g in t.children
                if g.dep_ == "dobj" or g.dep_ == "prep" and g.lower_ in ("with", "in", "to")]
    barred = barred_things(verb) if partners else [*barred_things(verb), *(
        c for c in verb.children if c.dep_ not in (
            "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advcl", "ccomp", "conj"))]
    return [(t, "barred") for t in barred] + [(t, "partner") for t in partners]


_FLYING = frozenset({"fly", "land"})  # 'barred from flying to Lima': a destination, no partner


def _barred_side(partners: list[str], barred: list[str]) -> list[str]:
    """Whom a barring hits: the trading partner ('barred American firms from doing business
    with Cuba'), unless that is the usual imposer ('cut off Russia's banks from doing business
    with the U.S.': the banks'); else who is barred, but not the usual imposer ('forbid U.S.
    companies from making payments to the regime' names no target)."""
    others = [iso3 for iso3 in partners if iso3 not in USUAL_IMPOSERS]
    return others or [iso3 for iso3 in barred if iso3 not in USUAL_IMPOSERS]


def _barriers_to_lift(anchor: Token) -> bool:
    """'unless Brasilia eases its restrictions on computer imports': a country's own barriers
    that a condition asks it to lift are what the dispute is about, not the measures."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                        for c in anchor.children):
        return False
    places = anchor.doc._.sx_places or []
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS
                                        for c in verb.children) and any(
        c.dep_ == "nsubj" and place_at(places, c.i) is not None for c in verb.children)


def _addressee(token: Token) -> bool:
    """'urged the United States to release the reserves', 'pressed China to enforce the
    sanctions': whom a call asks to act is not whom the measures hit."""
    call = token.head
    return token.dep_ == "dobj" and call.lemma_.lower() in _CALLING and any(
        c.dep_ == "xcomp" for c in call.children)


def _kept_out_of(token: Token) -> bool:
    """'banned North Korean ships from Japanese ports': the place kept out of is the
    imposer's, not the target."""
    for node in list(token.ancestors)[:3]:
        holder = node.head.head if node.lower_ == "of" and node.head.lower_ == "out" \
            else node.head  # 'shut Toshiba products out of the U.S. market'
        if node.dep_ == "prep" and node.lower_ in ("from", "of") and (
                shut_out(holder) or (holder.dep_ == "dobj" and shut_out(holder.head))):
            return True
    return False


_BARRED_THINGS = frozenset({"import", "purchase", "shipment", "asset", "account", "fund",
                            "property", "holding"})


def _where_held(token: Token) -> bool:
    """'froze all Venezuelan government assets in the United States': where frozen assets are
    held is not whom the measures hit (their owner is); nor in 'any assets they hold in the
    United States' or 'froze assets in the United States', nor 'the U.S. assets of Haiti's
    military leaders' (an owner named)."""
    if token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() in FROZEN_THINGS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.head.children)
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    holder = token.head.head
    if holder.dep_ in ("relcl", "acl"):  # 'assets they hold in', 'reserves held in'
        holder = holder.head
    return holder.lemma_.lower() in FROZEN_THINGS or holder.lemma_.lower() == "freeze"


def _origin_of_banned_imports(token: Token, anchors: list[Span]) -> bool:
    """'banned imports of South African iron', 'a ban on purchases of Iranian oil', 'stop
    buying Libyan oil', 'froze the assets of 12 North Korean entities': where the barred goods
    come from, or whose the frozen assets are, is whom the measures hit, however deep the
    phrase."""
    for node in list(token.ancestors)[:4]:
        if node.lemma_.lower() in _BARRED_THINGS and node.pos_ == "NOUN":
            return bars_trade(node.head) or any(_distance(node, a.root) <= 2 for a in anchors)
        if node.lemma_.lower() in _BUYING and node.pos_ == "VERB":
            return bars_trade(node.head)  # "stop buying Libyan oil"
    return False


_BUYING = frozenset({"buy", "import", "purchase"})


_AIMING_PREPS = frozenset({"on", "against", "over", "targeting", "toward", "towards", "for"})


def _put_on(token: Token, anchors: list[Span]) -> bool:
    """'imposed sanctions on 40 senior Venezuelan officials': the 'on' phrase hangs from the
    verb that puts the measures on someone, not from the measures; so does whom a verb adds
    to a sanctions list."""
    for node in (token, *list(token.ancestors)[:4]):
        if node.dep_ == "pobj" and node.head.lower_ in ("on", "against"):
            verb = node.head.head
            return verb.pos_ == "VERB" and any(
                a.root.head.i == verb.i and a.root.dep_ in ("dobj", "nsubjpass") for a in anchors)
        if node.dep_ == "dobj" and node.head.lemma_.lower() == "add":
            # "added 21 Nicaraguan officials to its sanctions list"
            return any(c.is_ancestor(a.root) for c in node.head.children
                       if c.dep_ == "prep" and c.lower_ == "to" for a in anchors)
    return False


def _role_towards_measures(token: Token) -> str:
    """'aimed': what measures are aimed at, the object of 'on', 'against'... (through a
    compound or an apposition: 'on Turkish steel', 'against the regime in Caracas');
    'subject': who acts ('Japan would join the sanctions'); else 'other'."""
    for node in (token, *list(token.ancestors)[:3]):
        if node.dep_ == "pobj" and node.head.lower_ in _AIMING_PREPS:
            return "aimed"
        if node.dep_ in ("nsubj", "nsubjpass"):
            return "subject" if node.dep_ == "nsubj" else "other"
    return "other"


_PUNISH = ("punish", "sanction", "target", "penalize", "penalise", "victimize", "victimise")


def _aimed_at_speaker(doc: Doc, event: SpeechEvent, anchors: list[Span]) -> bool:
    """First-person victims: 'the sanctions on us', 'our sanctioned economy', 'we are being
    punished': a speaker does not argue for measures against itself."""
    anchor_heads = {a.root.i for a in anchors}
    for token in doc[event.sent_start:event.sent_end]:
        if token.i not in event.content:
            continue
        lower = token.lower_
        if lower in ("us", "our") and token.dep_ in ("pobj", "poss"):
            head = token.head.head if token.dep_ == "pobj" else token.head
            if token.dep_ == "pobj" and token.head.lower_ not in ("on", "against"):
                continue
            # "our sanctions" are the ones we impose; "the sanctions on us" hit us
            if head.i in anchor_heads and token.dep_ == "poss":
                continue
            if head.i in anchor_heads or head.lemma_.lower() in _PUNISH:
                return True
        if lower == "we" and token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _PUNISH:
            return True
    return False


def _contrasted(token: Token, event: SpeechEvent) -> bool:
    """The cue sits in a concessive or contrastive clause below the claim's main verb."""
    for node in (token, *token.ancestors):
        if node.i == event.cue_head:
            return False
        if node.dep_ == "advcl" and any(c.lower_ in _CONTRAST_MARKS for c in node.children):
            return True
        if node.dep_ == "prep" and node.lower_ == "despite":
            return True
    return False


_PREDICATE_DEPS = ("attr", "acomp")


def _predicate(word: Token) -> bool:
    """What is said of a subject: 'was a mistake', 'is premature', and 'had no legal basis'."""
    return word.dep_ in _PREDICATE_DEPS or (
        word.dep_ == "dobj" and word.head.lemma_.lower() in ("have", "lack"))


def _refusing(token: Token, below: Token | None) -> bool:
    """'declined to back', 'refused to impose': the clause below is what is not done (but
    'declined to say whether ...' says nothing: `_declined`)."""
    return token.lemma_.lower() in REFUSALS and below is not None and below.dep_ == "xcomp" \
        and below.lemma_.lower() not in _SAYING


# Judgement words that also name a kind of measures (see `_kind_of_backed_measures`).
_KINDS_OF_MEASURES = frozenset({"unilateral", "punitive"})
_DOUBT_MARKS = ("whether", "if")


def _existential(copula: Token) -> bool:
    """'There can be no relief': the noun after the copula is what there is, not a predicate."""
    return any(c.dep_ == "expl" for c in copula.children)


def _judged_copulas(doc: Doc, found: list[tuple[Span, StanceCue]]) -> dict[int, str]:
    """Copulas whose predicate judges badly ('a mistake', 'premature', 'wrong') a subject that
    names a direction ('lifting the sanctions', 'easing'), and verbs of a bad outcome done by
    such a subject ('would reward aggression'): copula or verb index -> judging word."""
    directions = {s.root.i for s, c in found if c.kind == "direction"}
    out = {}
    for span, cue in found:
        negative = cue.kind == "flip" or (cue.kind == "judgement" and cue.stance == "ease")
        if not negative or not _predicate(span.root):
            continue
        copula = span.root.head
        subjects = [c for c in copula.children if c.dep_ in ("nsubj", "csubj")]
        if any(t.i in directions for subject in subjects for t in subject.subtree):
            out[copula.i] = span.text
    if not directions:
        return out
    # "lifting the sanctions now would reward aggression": a verb of a bad outcome judges
    # the direction its subject names as a bad predicate does
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if verb.pos_ == "VERB" and (verb.lemma_.lower() in _BAD_OUTCOMES or _bad_end(verb)) \
                and any(t.i in directions for subject in subjects for t in subject.subtree):
            out[verb.i] = verb.text
    return out


_BAD_OUTCOMES = frozenset({"reward", "embolden", "jeopardize", "jeopardise", "endanger",
                           "sabotage", "enrich", "bankroll", "legitimize", "legitimise"})
_BAD_ENDS = frozenset({"terrorism", "terror", "terrorist", "militant", "militia"})
_PAYING_FOR = frozenset({"fund", "finance", "bankroll", "sponsor", "arm"})


def _bad_end(verb: Token) -> bool:
    """'would hand Iran billions to fund terrorism': what the outcome pays for is bad (not
    'support its efforts to counter terrorism')."""
    return any(t.lemma_.lower() in _BAD_ENDS and t.head.lemma_.lower() in _PAYING_FOR
               for c in verb.children if c.dep_ in ("dobj", "xcomp", "advcl", "prep")
               for t in c.subtree)


_CONDITION_MARKS = frozenset({"after", "once", "if", "when"})


def _own_defiance(cue: Token, event: SpeechEvent) -> bool:
    """A breach of the measures the speaker itself vows or threatens, the clause of its own
    reporting verb ('vowed to defy the sanctions'), or calls on others to commit ('called on
    Arab governments to defy it'): no accusation, a stand against them."""
    return cue.lemma_.lower() in _DEFIANCE and cue.dep_ == "xcomp" and (
        cue.head.i == event.cue_head or cue.head.lemma_.lower() in _CALLING)


_RESPONDING = frozenset({"respond", "react", "answer", "reply", "retaliate", "counter"})
_CALLING = frozenset({"call", "urge", "ask", "encourage", "invite", "appeal", "press"})


def _only_on_condition(token: Token) -> bool:
    """'could only be eased once the agreement is implemented', 'relief would come only after
    Iran met its commitments': easing held back until a condition is met keeps the pressure."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    for clause in verb.children:
        # "once the agreement is implemented", or a phrase: "only after major changes"; the
        # parser hangs "when" on its clause as an adverb
        if (clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod")
                                           and c.lower_ in _CONDITION_MARKS
                                           for c in clause.children)) or (
                clause.dep_ == "prep" and clause.lower_ in _CONDITION_MARKS):
            marks = [c for c in clause.children if c.lower_ in _CONDITION_MARKS]
            return any(c.dep_ == "advmod" and c.lower_ == "only" for c in (
                *verb.children, *clause.children, *(g for m in marks for g in m.children)))
    return False


def _price_of(cue: Token) -> Token | None:
    """The path in 'the path to sanctions relief was a transfer of control' ('the only way to
    relief is ...'): what easing would take, named as its price, holds it back."""
    prep = cue.head if cue.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "to" and prep.head.lemma_.lower() in _PATHS \
            and prep.head.dep_ in ("nsubj", "attr"):
        return prep.head
    return None


_PATHS = frozenset({"path", "road", "route", "way", "key", "condition", "precondition"})
_SAYING = frozenset({"say", "comment", "tell", "state", "confirm", "disclose", "elaborate",
                     "specify", "speculate", "discuss", "mention", "suggest"})
_STATE_CUES = frozenset({"in place", "remain", "stay", "continue"})


_CLAUSE_MARKS = _CONDITION_MARKS | {"until", "unless", "before"}


def _in_condition(cue: Token, anchor: Token) -> bool:
    """'the sanctions stay until Russia withdraws': a word in the condition of a clause about
    the measures says what the condition is, not what is done to them."""
    for node in (cue, *cue.ancestors):
        if anchor in node.subtree:
            return False
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS
                                        for c in node.children):
            return True
    return False


_DOUBTS = frozenset({"question", "doubt", "deny", "dispute"})


def _doubted(word: Token, event: SpeechEvent) -> Token | None:
    """The verb in 'questioned whether the sanctions were working', 'denied that they were
    illegal': a judgement in a clause the speaker doubts is the speaker's opposite one."""
    below = word
    for node in word.ancestors:
        if (node.lemma_.lower() in _DOUBTS or _called_untrue(node)) and below.dep_ == "ccomp":
            return node
        if node.i == event.cue_head:
            return None
        below = node
    return None


def _called_untrue(copula: Token) -> bool:
    """'It is not true that sanctions do not work', 'it is false that ...': the clause the
    copula governs is denied."""
    for adjective in (c for c in copula.children if c.dep_ == "acomp"):
        negated = any(c.dep_ == "neg" for t in (copula, adjective) for c in t.children)
        lemma = adjective.lemma_.lower()
        if (lemma == "true" and negated) or (lemma in ("untrue", "false") and not negated):
            return True
    return False


def _threat_condition(verb: Token) -> bool:
    """'if China did not enforce the measures, Washington would act': a failure named as the
    condition of a threat is what the speaker demands be done."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _THREAT_MARKS
                                        for c in verb.children)


# verbs of a forecast's assumptions: what they take in or leave out is no side taken
_RECKONINGS = frozenset({"factor", "forecast", "budget", "assume"})


def _up_to_cue(token: Token, event: SpeechEvent) -> list[Token]:
    """The words from `token` up to the event's reporting word, both included."""
    path = []
    for node in (token, *token.ancestors):
        path.append(node)
        if node.i == event.cue_head:
            break
    return path


def _reckoned(token: Token, event: SpeechEvent) -> bool:
    """The words sit below a verb of reckoning on their way to the reporting verb ('has not
    factored any lifting of sanctions into its forecast')."""
    return any(node.lemma_.lower() in _RECKONINGS and node.pos_ == "VERB"
               for node in _up_to_cue(token, event))


_DELIBERATING = frozenset({"decide", "determine", "consider", "weigh", "study", "examine",
                          "review", "assess", "debate", "discuss", "conclusion", "decision"})


def _deliberated(token: Token, event: SpeechEvent) -> bool:
    """The words sit in a 'whether' clause of a verb of deciding or studying ('had not yet
    decided whether to ease the restrictions', 'no conclusion on whether it fell under the
    sanctions act'): a question still open, negated or not."""
    return any(any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children) and any(
        a.lemma_.lower() in _DELIBERATING for a in list(node.ancestors)[:3])
        for node in _up_to_cue(token, event))


_TIME_MARKS = frozenset({"since", "after", "before", "when", "as"})


def _in_time_clause(token: Token, event: SpeechEvent) -> bool:
    """The words sit in a clause that dates something else ('since the embargo began', 'as
    bans on coal took effect'), not in a condition ('only after Washington lifts them')."""
    return any(node.i != event.cue_head and node.dep_ == "advcl" and not only_condition(node)
               and any(m.lower_ in _TIME_MARKS for m in clause_marks(node))
               for node in _up_to_cue(token, event))


def _asked(token: Token, event: SpeechEvent) -> bool:
    """The cue sits in an indirect question ('declined to comment on whether new sanctions
    were being prepared'), or the act itself is one still to decide ('will decide whether to
    revoke sanctions'): it asks, it takes no side."""
    for node in (token, *token.ancestors):
        if node.i == event.cue_head:
            return any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children)
        if _threat_condition(node) and _negated(node):
            continue  # "if China did not enforce them": a demand, no question
        if any(c.dep_ == "mark" and c.lower_ in _DOUBT_MARKS for c in node.children):
            return True
    return False


_MEASURE_PRONOUNS = frozenset({"it", "they", "them"})


_REFERENCE_ANCHOR = StanceCue("(reference)", None, 1.0, "anchor")
_REFERRING_DETERMINERS = frozenset({"the", "this", "that"})
_DEFINING_DEPS = frozenset({"acl", "relcl", "xcomp", "ccomp", "advcl"})


_VOTED_FOR = StanceCue("(voted in favour)", None, 1.0, "support")
_VOTED_AGAINST = StanceCue("(voted against)", None, 1.0, "flip")


def _bare_votes(doc: Doc) -> list[tuple[Span, StanceCue]]:
    """'China and the Soviet Union both voted in favour', 'Lebanon voted against': in a news
    report, a vote with no object is a vote on the measures the report tells of (the word
    stands for them, as 'the resolution' does; the verb frames it)."""
    if doc._.sx_first_person:
        return []
    out = []
    for token in doc:
        if not _objectless(token):
            continue  # 'in favour of lifting them', 'against the resolution': an object
        if token.lower_ in ("favour", "favor") and token.dep_ == "pobj" \
                and token.head.lower_ == "in":
            verb, cue = token.head.head, _VOTED_FOR
        elif token.lower_ == "against" and token.dep_ == "prep":
            verb, cue = token.head, _VOTED_AGAINST
        else:
            continue
        if verb.lemma_.lower() == "vote" and verb.pos_ == "VERB":
            out += [(Span(doc, token.i, token.i + 1), _REFERENCE_ANCHOR),
                    (Span(doc, verb.i, verb.i + 1), cue)]
    return out


_JOINED_IN = StanceCue("(joined in)", None, 1.0, "support")
# Taking part with nothing named: the verb and the word that completes it ('join in', 'go
# along', 'take part', 'follow suit'); 'take part in the talks' or 'go along with the plan'
# name what is joined.
_PARTICIPATING = {"join": "in", "go": "along", "take": "part", "follow": "suit"}


def _bare_participation(doc: Doc) -> list[tuple[Span, StanceCue]]:
    """'Russia and France said they would not join in', 'Japan followed suit': in a news
    report, taking part in nothing named is taking part in the measures the report tells of
    (the completing word stands for them, as a bare vote does)."""
    if doc._.sx_first_person:
        return []
    out = []
    for verb in doc:
        word = _PARTICIPATING.get(verb.lemma_.lower())
        if word is None or verb.pos_ != "VERB":
            continue
        completing = [c for c in verb.children if c.lower_ == word]
        named = [g for t in (verb, *completing) for g in t.children
                 if g.dep_ == "prep" and g.lower_ in ("in", "with")]
        if len(completing) == 1 and _objectless(completing[0]) and not named:
            out += [(Span(doc, completing[0].i, completing[0].i + 1), _REFERENCE_ANCHOR),
                    (Span(doc, verb.i, verb.i + 1), _JOINED_IN)]
    return out


def _coordinated_away(token: Token) -> bool:
    """'Israel voted against and Ukraine abstained', parsed as 'against ... Ukraine': the
    object of a preposition that a coordination follows is the next clause's subject."""
    head = token.head
    return token.dep_ == "pobj" and any(
        c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)


def _objectless(token: Token) -> bool:
    """No object: no word hangs on it, or only a coordination right after it, which the parser
    took for one ('voted against and Ukraine abstained' read as 'against ... Ukraine')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not list(token.children) or (
        following is not None and following.dep_ == "cc" and following.head == token)


# Words that say which version of the text it is, not whose or of what: 'the final text',
# 'the draft resolution', 'the latest measure' still refer back.
_VERSION_WORDS = frozenset({"final", "new", "latest", "last", "draft", "revised", "amended",
                            "proposed", "current", "whole", "entire", "full", "same"})


def _refers_back(noun: Token) -> bool:
    """'the measure', 'the U.S. move', 'Washington's decision': a singular noun, made definite
    and not defined by a clause of its own ('the decision to resume talks'), in a news report.
    In a speech 'the resolution' or 'the decision' is as often another body's text as the
    measures, so first-person documents keep only the measures' own names."""
    if noun.doc._.sx_first_person or noun.tag_ != "NN":
        return False
    places = noun.doc._.sx_places or []
    for child in noun.children:
        if child.dep_ in _DEFINING_DEPS:
            return False
        if child.dep_ in MODIFIER_DEPS and place_at(places, child.i) is None \
                and child.lower_ not in _VERSION_WORDS:
            return False  # 'the bank's decision', 'the black vote': someone else's
    # the determiner may hang on a modifying name: 'the U.S. move' parsed as 'the U.S.'
    heads = [noun, *(c for c in noun.children if c.dep_ in MODIFIER_DEPS)]
    if noun.lower_ == "resolution" and any(c.dep_ == "nummod" and c.like_num
                                           for c in noun.children):
        return True  # "resolution 2270": named by its number
    return any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ == "det" and c.lower_ in _REFERRING_DETERMINERS
        for head in heads for c in head.children)


def _pronoun_anchors(doc: Doc, found: list[tuple[Span, StanceCue]]
                     ) -> list[tuple[Span, StanceCue]]:
    """'called for it to be lifted', 'demanded that they be revoked', 'called them unjust',
    'voted against them', 'refused to join them': a pronoun that a direction word acts on,
    that a judgement is said of, or that a stand for or against the measures takes as its
    object, stands for the measures named just before (in its sentence or the one before),
    and is read as they are."""
    directions = {s.root.i for s, c in found if c.kind == "direction"}
    judged = {s.root.head.i for s, c in found if c.kind == "judgement"}  # "called them unjust"
    # "considered them unacceptable": the pronoun is the subject of the judging adjective
    judging = {s.root.i for s, c in found if c.kind == "judgement" and s.root.pos_ == "ADJ"}
    flips = {s.root.i for s, c in found if c.kind == "flip"}
    backed = {s.root.i for s, c in found if c.kind == "support"}  # "refused to join them"
    anchors = [(s, c) for s, c in found if c.kind in MEASURE_KINDS]
    out = []
    for token in doc:
        if token.lower_ not in _MEASURE_PRONOUNS:
            continue
        acted_on = (token.dep_ in ("dobj", "nsubjpass") or _small_clause_subject(token)) and (
            token.head.i in directions or token.head.i in judged or token.head.i in backed)
        opposed = token.dep_ == "pobj" and token.head.i in flips  # "voted against them"
        judged_itself = token.dep_ == "nsubj" and token.head.i in judging
        if not (acted_on or opposed or judged_itself):
            continue
        sentence = token.sent
        before = [(s, c) for s, c in anchors if s.end <= token.i
                  and (s.sent == sentence or s.sent.end == sentence.start)]
        if before:
            out.append((Span(doc, token.i, token.i + 1, label=before[-1][0].label_),
                        before[-1][1]))
    return out


def _small_clause_subject(token: Token) -> bool:
    """'want them extended', 'see it lifted': the subject of a bare participle clause is
    what the participle is done to."""
    return token.dep_ == "nsubj" and token.head.tag_ == "VBN" and token.head.dep_ == "ccomp" \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.head.children)


def _state_reported(span: Span) -> bool:
    """'the sanctions had been in place since 2006', 'remained in force': a state reported in
    the past, not wanted ('must remain', 'will stay in place')."""
    if span.text.lower() not in _STATE_CUES and span.root.lemma_.lower() not in _STATE_CUES:
        return False
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    return _in_the_past(verb) or _stated_as_fact(verb)


def _stated_as_fact(verb: Token) -> bool:
    """'the blockade remains in place': a state in the present, with no modal, no 'to' and no
    condition ('must remain', 'wants them to stay', 'stay until Russia withdraws' want it)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        (c.dep_ in ("aux", "auxpass") and c.lower_ in (*_MODAL_WORDS, "to")) or (
            c.dep_ == "advcl" and any(m.lower_ in _CLAUSE_MARKS for m in c.children))
        for c in verb.children)


def _in_the_past(verb: Token) -> bool:
    """'had called', 'demanded', 'remained': done, not wanted ('must', 'will', 'would')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODAL_WORDS for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)


def _no_to(flip: Token) -> bool:
    """A negated flip word: 'did not oppose', 'has no objection to'."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in flip.children)


def _own_clause(clause: Token | None) -> bool:
    """A conjoined clause with a subject or a 'that' of its own, which a negation before it
    does not reach ('would not change its position and that there were no plans to ease';
    not 'will not lift or ease the sanctions')."""
    return clause is not None and clause.dep_ == "conj" and any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in clause.children)


def _awaited(clause: Token | None) -> bool:
    """A clause a negated verb waits for ('not rest until ...', 'not return unless ...')."""
    return clause is not None and clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("until", "unless") for c in clause.children)


def _file_hit(evidence: StanceEvidence, hit: CueHit, voice: int | None) -> None:
    """The event's own hit, or one inside the claim of the event whose cue head is `voice`."""
    if voice is None:
        evidence.hits.append(hit)
    else:
        evidence.voiced.append((voice, hit))


def _voiced(doc: Doc, event: SpeechEvent, events: list[SpeechEvent], cues: _ParagraphCues
            ) -> dict[int, int]:
    """What other named speakers did say, inside the event's content ('Lavrov said Washington
    had called for new sanctions': the call is Washington's). Not what the reporter asks of them
    ('said the council must respond'), not a pronoun's or a common noun's ('said they would
    call for', 'the country had lifted': the reporter's own), and not a call the reporter
    rejects or backs (framed by the reporter's verb)."""
    out: dict[int, int] = {}
    for other in events:
        if other is event or other.inherited or other.cue_head not in event.content:
            continue
        heads = [doc[i] for i in other.speakers]
        cue = doc[other.cue_head]
        if not heads or any(h.pos_ != "PROPN" or h.i in event.speakers for h in heads) \
                or not (cue.pos_ in ("VERB", "AUX") and _in_the_past(cue)) \
                or _call_taken_up(cue, cues):
            continue
        out.update(dict.fromkeys(other.content, other.cue_head))
    return out


def _call_taken_up(word: Token, cues: _ParagraphCues) -> bool:
    """Another's call the speaker rejects or backs ('rejected US calls for new sanctions',
    'backed calls for ...'), or a veto it overrides ('overrode the veto of the sanctions
    bill'): what the call asks for is framed by the speaker's verb."""
    return word.lemma_.lower() in _CALLS | _VETOES and word.dep_ in ("dobj", "pobj") and (
        word.head.i in cues.flips or word.head.i in cues.supports)


def _conditional(verb: Token, below: Token | None) -> bool:
    """A warning with a condition put to the other party ('... if it did not change course',
    '... unless it halts enrichment'): a threat of what it warns of, not a fear of it."""
    return any(c.dep_ == "advcl" and c is not below and any(
        m.dep_ == "mark" and m.lower_ in _THREAT_MARKS for m in c.children)
        for c in verb.children)


def _warned_of(clause: Token, entry: Token | None) -> bool:
    """A clause a flip verb reports that it opposes after all: the path came up from the
    clause's subject ('warned that easing the sanctions would help Iran'), or the clause is
    in doubt ('questioned whether they should be renewed')."""
    if entry is not None and entry.dep_ in ("nsubj", "csubj"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _DOUBT_MARKS for c in clause.children)


_CALLS = frozenset({"call", "demand", "appeal", "plea", "request", "proposal"})  # asking for
_VETOES = frozenset({"veto"})  # another's no, which a flip over it undoes
_THREATS = frozenset({"warn"})  # flip words that threaten when a condition is put
_THREAT_MARKS = frozenset({"if", "unless"})
_FUNCTION_FLIPS = frozenset({"block", "prevent", "bar", "prohibit", "forbid"})
_REASONS = frozenset({"because", "since"})
# cues that are directions only as verbs granting a relief ('issued a waiver', not 'the
# sanctions issue' or 'forced to issue resolutions'), 'add' only when it adds to something
# ('added 31 firms to its entity list', not 'he added'), 'off' only with an object
_GRANTING = frozenset({"issue", "grant"})
_GRANTED = frozenset({"waiver", "exemption", "license", "licence", "exception", "carve-out"})


def _obliged_to_use(verb: Token, start: Token, supports: set[int]) -> bool:
    """'must answer the tests with punitive measures': a modal of obligation on the verb
    whose object or means the measures are, in its own clause, wants them; not 'the
    sanctions must not block medicine' (its subject, the verb negated) nor 'it must be borne
    in mind that sanctions continue' (a clause below)."""
    if any(c.dep_ == "neg" for c in verb.children) or not any(
            c.dep_ == "aux" and c.i in supports for c in verb.children):
        return False
    node = start
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in _CLAUSE_OR_SUBJECT:
            return False
        node = node.head
    return node.i == verb.i


_CLAUSE_OR_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl",
                                "xcomp", "acl", "conj", "parataxis"})


def _far_object(verb: Token, anchor: Token) -> bool:
    """Measures a verb acts on however long the phrase between: the list added to ('added 38
    people and 24 companies to its blacklist') or removed from, what is breached ('violating
    the cap on refined petroleum imports set by resolution 2397')."""
    if not verb.is_ancestor(anchor):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "add":
        return anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "onto")
    if lemma in ("remove", "delete", "strike"):  # 'removed Rusal, its parent ... from its list'
        return anchor.dep_ == "pobj" and anchor.head.lower_ == "from"
    return lemma in _TRANSGRESSIONS and any(
        c.dep_ == "dobj" and c.is_ancestor(anchor) for c in verb.children)


def _done_without(token: Token) -> bool:
    """'present proposals without delay': a stand against that is done without is none."""
    return token.dep_ == "pobj" and token.head.lower_ == "without"


def _in_its_sense(span: Span) -> bool:
    """A cue word used in the sense the lexicon means: a label with more than one sense has
    its check in `_SENSES` (one function each, below); any other label has one sense."""
    check = _SENSES.get(span.label_)
    return check is None or check(span)


def _granted_sense(span: Span) -> bool:
    """'issue waivers', 'grant an exemption': the subtree, as the parse may hang it lower."""
    verb = span.root
    return verb.pos_ == "VERB" and any(
        t.lemma_.lower() in _GRANTED for c in verb.children if c.dep_ == "dobj"
        for t in c.subtree)


def _off_sense(span: Span) -> bool:
    """'took three firms off its blacklist', not 'cut off'."""
    verb = span.root
    return verb.dep_ == "prep" and any(c.dep_ == "pobj" for c in verb.children)


def _work_sense(span: Span) -> bool:
    """'sanctions are working', not 'citizens working there'."""
    return span.root.dep_ not in ("acl", "amod")


def _name_for_measures_sense(span: Span) -> bool:
    """What the measures are called ('an imperial aggression', 'an act of aggression'), not
    'sanctions over its aggression'."""
    verb = span.root
    return _predicate(verb) or verb.dep_ == "oprd" or _kind_named(verb) is not verb or (
        verb.dep_ == "pobj" and verb.head.lower_ == "as")


def _release_sense(span: Span) -> bool:
    """'release the frozen reserves', not 'release a report'."""
    verb = span.root
    return verb.pos_ == "VERB" and any(
        t.lemma_.lower() in (*FROZEN_THINGS, "frozen") for c in verb.children
        if c.dep_ == "dobj" for t in c.subtree)


def _stop_sense(span: Span) -> bool:
    """'stop complying', 'stop the sanctions': an act stopped, not 'will not be stopped
    without sanctions'."""
    return any(c.dep_ in ("xcomp", "dobj") for c in span.root.children)


def _break_sense(span: Span) -> bool:
    """'breaking the embargo', not 'the deadlock', by someone ('ships breaking', 'had been
    breaking'), not 'fears about breaking'."""
    verb = span.root
    return verb.dep_ != "pcomp" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BROKEN for c in verb.children)


def _retaliate_sense(span: Span) -> bool:
    """Against a country (GOLD_FORMAT: a measure on it), not 'against any new sanctions' (a
    stand against them)."""
    places = span.doc._.sx_places or []
    return any(place_at(places, t.i) is not None for t in span[-1].children
               if t.dep_ == "pobj")


def _resume_sense(span: Span) -> bool:
    """'resume aid', 'oppose any resumption of Western aid': dealings resumed (not 'talks')."""
    return any(t.lemma_.lower() in DEALINGS for c in span.root.children
               if c.dep_ in ("dobj", "prep") for t in c.subtree)


def _levy_sense(span: Span) -> bool:
    """'raise tariffs', 'put duties on', not 'raise the measures with Biden'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("tariff", "duty", "levy")
               for c in span.root.children)


def _fail_sense(span: Span) -> bool:
    """'the sanctions have failed (to ...)', not 'Tokyo had failed to live up to the pact'
    (someone else's failure to do a thing)."""
    verb = span.root
    return not any(c.dep_ == "xcomp" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEASURE_WORDS
        for c in verb.children)


def _against_sense(span: Span) -> bool:
    """Not 'against 15 pct before the embargo': a comparison."""
    return not any(c.dep_ == "pobj" and any(t.like_num for t in c.subtree)
                   for c in span.root.children)


def _full_sense(span: Span) -> bool:
    """'full enforcement', not 'the first full month'."""
    return span.root.head.lemma_.lower() not in _TIME_NOUNS


def _starve_sense(span: Span) -> bool:
    """Measures that starve people, not the aim 'to starve Tehran of oil income'."""
    return not any(t.dep_ == "prep" and t.lower_ == "of" for c in span.root.children
                   for t in (c, *(g for g in c.children if c.dep_ == "dobj")))


def _verb_sense(span: Span) -> bool:
    """'disputed the sanctions', 'drop the measures', not 'the S-400 dispute', 'the drop
    reflected the ruble's collapse'."""
    return span.root.pos_ == "VERB"


def _compliance_sense(span: Span) -> bool:
    """With the measures, not a party's own 'compliance with the nuclear deal'."""
    return not any(t.lemma_.lower() in _BARGAINS for c in span.root.children
                   if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree)


def _keep_sense(span: Span) -> bool:
    """'keep the sanctions', not 'let them keep buying oil'."""
    return not any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in span.root.children)


def _add_sense(span: Span) -> bool:
    """'to' on the verb or, as parsed, on its object; not 'added its voice to calls for ...'."""
    verb = span.root
    return verb.pos_ == "VERB" and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("voice", "weight") for c in verb.children
    ) and any(
        t.dep_ == "prep" and t.lower_ in ("to", "onto") for c in verb.children
        if c.dep_ in ("dobj", "prep") for t in c.subtree)


_SENSES: dict[str, Callable[[Span], bool]] = {
    "off": _off_sense, "work": _work_sense,
    "aggression": _name_for_measures_sense, "blackmail": _name_for_measures_sense,
    "release": _release_sense, "stop": _stop_sense, "cease": _stop_sense,
    "break": _break_sense, "breaking": _break_sense, "retaliate against": _retaliate_sense,
    "resume": _resume_sense, "resumption": _resume_sense,
    "raise": _levy_sense, "hike": _levy_sense, "put": _levy_sense,
    "fail": _fail_sense, "failed": _fail_sense, "against": _against_sense,
    "full": _full_sense, "starve": _starve_sense, "strangle": _starve_sense,
    "suffocate": _starve_sense, "dispute": _verb_sense, "drop": _verb_sense,
    "compliance": _compliance_sense, "keep": _keep_sense, "add": _add_sense,
    **dict.fromkeys(_GRANTING, _granted_sense),  # checked first in the old chain: it wins
}


_MEASURE_WORDS = frozenset({"sanction", "embargo", "blockade", "measure", "pressure", "policy",
                            "tariff", "ban", "boycott", "restriction"})
_TIME_NOUNS = frozenset({"month", "year", "week", "day", "quarter", "term", "session"})
_BARGAINS = frozenset({"deal", "agreement", "accord", "commitment", "obligation", "jcpoa"})
_OTHER_SENSES = frozenset({("end", "up")})  # a direction verb a particle turns ("end up being")
_TRANSGRESSIONS = frozenset({"violate", "breach", "flout", "circumvent", "evade", "contravene",
                             "break"})
_BROKEN = frozenset({"embargo", "sanction", "blockade", "siege", "boycott"})  # 'break' these
_DEFIANCE = _TRANSGRESSIONS | {"defy"}  # breaches a speaker may vow
_BREACHES = frozenset({"violation", "breach", "contravention"})  # ... named as a noun


def _not_about_measures(span: Span, cue: StanceCue, event: SpeechEvent,
                        anchors: list[Span]) -> bool:
    """A cue word that takes no side on the measures where it stands: another sense of it,
    an act on something else, a forecast or deliberation, or (a direction) a time."""
    head = span.root
    if any(c.dep_ == "prt" and (head.lemma_.lower(), c.lower_) in _OTHER_SENSES
           for c in head.children):
        return True  # "will end up being the strongest sanctions": no end of them
    if cue.kind == "direction" and _acts_on_other(span, anchors):
        return True  # "to ease tensions", "withdraw its troops": not done to the measures
    if cue.kind == "judgement" and _judges_what_measures_answer(head, anchors):
        return True  # "sanctions to address harmful actions": the actions are judged
    # "has not factored any lifting into its forecast": a forecast
    return _reckoned(head, event) or _deliberated(head, event) or (
        cue.kind != "judgement" and _in_time_clause(head, event))


def _judges_what_measures_answer(word: Token, anchors: list[Span]) -> bool:
    """A judgement word qualifying a noun the measures govern, not the measures ('sanctions
    to address harmful actions', 'measures against the illegal annexation'): it judges what
    they answer. ('A harmful impact' of sanctions, or sanctions that have one, is theirs.)"""
    if word.dep_ != "amod":
        return False
    noun = word.head
    roots = {a.root.i for a in anchors}
    return noun.i not in roots and any(t.i in roots for t in noun.ancestors)


def _linked_weight(span: Span, cue: StanceCue, event: SpeechEvent, cues: _ParagraphCues,
                   reach: list[Span], near: list[Span]) -> float | None:
    """How much a cue word counts: whole when it is linked to measures near it (or stands
    alone), less when only its sentence names them; None when it is linked to none."""
    if reach and not near and cue.kind != "standalone":
        return None
    if cue.kind == "standalone" or near:
        weight = cue.weight
    elif event.sent_start in cues.anchored_sentences:
        weight = cue.weight * UNLINKED_FACTOR
    else:
        return None
    return weight * CONTRAST_FACTOR if _contrasted(span.root, event) else weight


def _direction_turned(cue: StanceCue, head: Token, near: list[Span], cues: _ParagraphCues
                      ) -> str:
    """A direction word's side, turned when it acts on a relief or on a stand against the
    measures rather than on them."""
    stance = cue.stance
    if cue.kind != "direction":
        return stance
    if near and all(a.root.i in cues.reliefs or _relieved(a.root, cues.reliefs) for a in near):
        # "would not renew the waivers", "will rescind sanctions waivers": relief ended
        stance = _opposite(stance)
    if _acts_on_opposition(head, near, cues.flips):
        stance = _opposite(stance)  # "drop its opposition to sanctions": for them
    return stance


def _judged_side(span: Span, event: SpeechEvent, stance: str) -> tuple[str, str]:
    """A judgement's side and cue text: turned by a negation or a doubt ("not true that
    sanctions do not work" keeps it), or by the speaker's own defiance."""
    head = span.root
    doubter = _doubted(head, event)
    negated = _judgement_negated(head)
    if negated and doubter is not None:  # "not true that sanctions do not work"
        return stance, joined_cue(doubter.text, "not", span.text)
    if negated:
        return _opposite(stance), joined_cue("not", span.text)
    if doubter is not None:
        return _opposite(stance), joined_cue(doubter.text, span.text)
    if _own_defiance(head, event):
        return _opposite(stance), span.text  # "vowed to defy the sanctions": against them
    return stance, span.text


def _acts_on_other(cue: Span, anchors: list[Span]) -> bool:
    """A direction verb done to something other than the measures ('ease tensions', 'end
    the war', 'withdraw its troops'): its object is no pronoun or place, and no measure is
    named in its own phrase ('slapped the North with sanctions', 'expand the authority to
    sanction' and 'lift them' are about the measures)."""
    verb = cue.root
    anchored = {t.i for a in anchors for t in a}
    if verb.pos_ == "NOUN" and _change_in_other(verb, anchored):
        return True  # "the drop in oil prices", "an easing in tensions"
    if verb.lemma_.lower() in _STATE_CUES and any(
            c.dep_ in ("acomp", "attr") for c in verb.children) and not any(
            t.i in anchored for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
        return True  # "remained opposed to sanctions": a copula, the measures stay nowhere
    if verb.pos_ == "ADP":  # "without delay": a preposition is about its own object only
        return not any(t.i in anchored for c in verb.children if c.dep_ == "pobj"
                       for t in c.subtree)
    # what the verb is done to: its object, or the subject of its passive ('until martial law
    # was lifted')
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c not in cue]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ == "VERB" and not objects and subjects and all(
            s.pos_ == "NOUN" and not place_at(verb.doc._.sx_places, s.i)
            and not any(t.i in anchored for t in s.subtree) for s in subjects):
        return True  # "the number of families had doubled": something else grew
    if verb.pos_ != "VERB" or not objects or verb.lemma_.lower() in _AIMING_VERBS or any(
            o.pos_ in ("PRON", "PROPN") or place_at(verb.doc._.sx_places, o.i) for o in objects):
        return False
    own = [t for c in verb.children if c.dep_ not in _OTHER_CLAUSES for t in c.subtree]
    return not any(t.i in anchored for t in own)


def _acts_on_opposition(verb: Token, anchors: list[Span], flips: set[int]) -> bool:
    """'drop its opposition to sanctions', 'ease their resistance to the embargo': the
    direction word acts on a stand against the measures, not on the measures."""
    stands = [g for c in verb.children if c.dep_ == "dobj"  # 'dropped days of resistance'
              for g in (c, *(o for p in c.children if p.lower_ == "of" for o in p.children
                             if o.dep_ == "pobj"))]
    return any(c.i in flips and any(c.is_ancestor(a.root) for a in anchors) for c in stands)


def _change_in_other(noun: Token, anchored: set[int]) -> bool:
    """A direction noun whose 'in' or 'of' names what changes, and that is no measure ('a drop
    in prices', 'the suspension of landing rights'; 'an easing in sanctions' is one)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and not any(
        t.i in anchored for t in c.subtree) for c in noun.children)


_AIMING_VERBS = frozenset({*_PUNISH, "hit", "slap"})  # their object is whom the measures hit
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis"})


def _transgressing(cue: Token, anchors: list[Span]) -> bool:
    """A verb of breaking rules whose active subject is the measures, or a breach the measures
    are ('the embargo is a flagrant violation of human rights')."""
    if cue.lemma_.lower() in _TRANSGRESSIONS:
        verb = cue
    elif cue.lemma_.lower() in _BREACHES and cue.dep_ == "attr":
        verb = cue.head
    elif cue.lemma_.lower() in _BREACHES and cue.dep_ == "pobj" and cue.head.lower_ == "as":
        # "condemn the embargo as a violation of international law": the object breaches
        return any(a.root.dep_ == "dobj" and a.root.head.i == cue.head.head.i for a in anchors)
    else:
        return False
    # "the American action was regrettable and violated GATT": a conjoined verb's subject
    heads = [verb, verb.head] if verb.dep_ == "conj" and not any(
        c.dep_ == "nsubj" for c in verb.children) else [verb]
    return any(a.root.dep_ == "nsubj" and a.root.head in heads for a in anchors) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURES_TAKEN
        for h in heads for c in h.children)


# what a report calls the measures once they are named ('the American action violated GATT')
_MEASURES_TAKEN = frozenset({"action", "move", "decision", "step", "measure"})


def _in_aim(cue: Token, anchor: Token) -> bool:
    """'sanctions against unfair trading partners', 'sanctions on new investment': a word in
    what the measures aim at describes the target, not the measures."""
    return any(child.dep_ == "prep" and child.lower_ in _AIMING_PREPS
               and cue in child.subtree for child in anchor.children)


_CONCESSIVE = frozenset({"despite", "notwithstanding"})


def _conceded(anchor: Token) -> bool:
    """'kept buying oil despite the sanctions', 'in defiance of them': measures named as what
    an act goes against are not what a direction word there does ('keep') acts on."""
    prep = anchor.head
    return anchor.dep_ == "pobj" and (prep.lower_ in _CONCESSIVE or (
        prep.lower_ == "of" and prep.head.lower_ in ("defiance", "spite")))


def _relieved(anchor: Token, reliefs: set[int]) -> bool:
    """Measures named as what a relief frees from: 'exemptions from the sanctions', 'seek
    waivers from the U.S. sanctions' (the preposition hung on the verb)."""
    if any(t.i in reliefs for t in anchor.ancestors):
        return True
    prep = anchor.head
    return anchor.dep_ == "pobj" and prep.lower_ == "from" and any(
        c.i in reliefs for c in prep.head.children)


def _effect_of(anchor: Token, cue: Span) -> bool:
    """'sanctions would only strengthen their resolve', 'punitive measures would not bring an
    end to apartheid': the measures act on something else, and the cue says what they do, not
    what is done to them ('sanctions take effect' is one cue, verb and object; 'ultimatums and
    embargoes would not end the violence': one of joined subjects)."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    verb = anchor.head
    # its object, or a small clause with a subject of its own ('made the country stronger')
    if anchor.dep_ != "nsubj" or not any(
            (c.dep_ == "dobj" and c not in cue) or (c.dep_ == "ccomp" and any(
                g.dep_ == "nsubj" and g not in cue for g in c.children))
            for c in verb.children):
        return False
    node = cue.root
    while node.i != verb.i:
        if node.head.i == verb.i:  # in the verb's object or adjuncts: what it does to them
            return node.dep_ not in ("nsubj", "nsubjpass", "csubj", "aux", "neg", "conj", "cc")
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _sanctions_someone(token: Token) -> bool:
    """'is sanctioning 400 people', 'designated the bank': the measure as a verb with its
    object is an act of imposing it; so is a passive one that is owed or to come ('should
    have been sanctioned years ago', 'will be sanctioned'), not one reported ('were
    sanctioned in 2019')."""
    if token.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" for c in token.children) or (
        any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in _OWED_OR_COMING for c in token.children))


_OWED_OR_COMING = frozenset({"should", "must", "will", "would", "'ll", "ought", "shall"})


def _judgement_negated(head: Token) -> bool:
    """'sanctions are not the solution', 'not illegal': the word or its copula is negated;
    'we will not allow sanctions evasion' does not excuse the evasion."""
    if head.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither"
                                   for c in head.head.children):
        return True  # 'neither moral nor effective'
    governors = [head]
    if head.dep_ in ("attr", "acomp", "oprd") or head.head.lemma_ == "be":
        governors.append(head.head)
    return any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither")
               for t in governors for c in t.children)


_NOBODY = frozenset({"nobody", "none", "noone"})


def _negated(token: Token, determiner: bool = True) -> bool:
    """'not lift', 'no easing' (with `determiner`), and a verb whose subject is nobody: 'no
    president could waive', 'none of us will lift'."""
    for child in token.children:
        if child.dep_ == "neg" or (determiner and child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.lower_ in ("longer", "more") and child.dep_ == "advmod" and any(
                g.lower_ == "no" for g in child.children):
            return True  # "would no longer comply with the sanctions"
        # "no president could waive"; not "no bank is safe from our measures" (a copula)
        if child.dep_ in ("nsubj", "nsubjpass") and token.lemma_ != "be" and (
                child.lower_ in _NOBODY or any(g.dep_ == "det" and g.lower_ == "no"
                                               for g in child.children)):
            return True
    return False


_MODAL_WORDS = frozenset({"must", "should", "will", "would", "could", "can", "may", "might",
                          "need", "ought", "shall", "to", "'ll", "wo"})


def _describes(head: Token) -> bool:
    """A participle or past relative clause that reports measures as done ("the sanctions
    imposed last year", "were imposed in 1962", "the sanctions it imposed"), not one that
    wants them done ("must be fully enforced", "should be extended", "need to be lifted")."""
    if head.dep_ == "relcl" and head.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "dobj" or (c.dep_ in ("aux", "auxpass")
                                 and c.lower_ in (*_MODAL_WORDS, "has", "have"))
            or (c.dep_ == "nsubj" and c.lower_ in ("that", "which"))
            for c in head.children):
        # "lift the sanctions it imposed in 1981": which measures, not an act (but "the
        # sanctions it has enforced for decades" is a policy it still has, "the
        # ministry, which slapped duties on ..." an act of the ministry's, and "any bill that
        # chipped away at the embargo" what the bill would do)
        return True
    if head.tag_ != "VBN":
        return False
    if head.dep_ in ("acl", "amod") and not any(c.dep_ == "mark" for c in head.children):
        return True  # not "our demand that the sanctions be retracted": a content clause
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if passive and (any((c.dep_ == "auxpass" and c.lower_ == "being") or c.lower_ == "hereby"
                        for c in head.children) or (
            head.dep_ == "ccomp" and head.head.lemma_.lower() in (*_ANNOUNCING, "now"))):
        # "announced that the sanctions had been lifted", "are being lifted", "now that they
        # have been lifted": news of the act, not a description of the measures; "are hereby
        # lifted" (an order's words) is the act itself
        return False
    wanted = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL_WORDS
                 for c in head.children) or _awaited(head) or any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in head.children)  # "that they be lifted"
    return passive and not wanted


_ANNOUNCING = frozenset({"announce", "declare", "confirm", "proclaim"})


def _timed(token: Token) -> bool:
    """'did not plan to cut output after the lifting of sanctions': a change in the measures
    named as a time is no stand on it."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in _TIMING


_TIMING = frozenset({"after", "before", "since", "following"})


def _described(token: Token) -> bool:
    """A participle that describes an entity ('the largest bank not sanctioned by X'): no
    position on the measures, whatever negation it carries."""
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "relcl")


def _objects(frame: Token) -> list[Token]:
    """Direct objects of a frame word, through one preposition ('support for X', 'side with X')."""
    out = []
    for child in frame.children:
        if child.dep_ in ("dobj", "pobj", "attr"):
            out.append(child)
        elif child.dep_ == "prep":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


@Language.factory("sanctions_stance", default_config={"data_dir": None},
                  requires=["doc._.sx_events", "doc._.sx_places", "token.dep"],
                  assigns=["doc._.sx_events"])
def make_stance(nlp: Language, name: str, data_dir: str | None) -> StanceComponent:
    return StanceComponent(nlp, load_lexicons(data_dir))


class StanceComponent:
    """Attaches a `StanceEvidence` to every event in `doc._.sx_events`."""

    def __init__(self, nlp: Language, lex: Lexicons):
        self.reader = StanceReader(nlp, lex)

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.sx_skip and doc._.sx_events:
            self.reader.read(doc, doc._.sx_events)
        return doc
