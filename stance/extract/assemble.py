"""Article-level assembly: parsed paragraphs -> one Statement per speaker per sentence.

Here live the decisions that need the whole article: who "he", "Pompeo" or "the US Secretary of
State" is (via `SpeakerResolver`), floating quotes whose speaker is in a neighbouring sentence,
first-person statements of a document's author, stances that follow another party's position
("expressed support for the Chinese position"), and the article's default sanctions target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..models import Article, Statement
from ..people import display_name
from .clean import LIST_ITEM, dateline_city
from .countries import place_at
from .decision import decide_cues
from .evidence import ArticleContext, Candidate, CueHit, report_event
from .features import sentence_features
from .lexicons import Lexicons
from .quotes import find_quotes
from .speakers import PARTY_TAG, Mention, Speaker, SpeakerResolver, gender_fits, name_tokens
from .speech import SpeechEvent, as_clause
from .stance import ALIGNMENT_WEIGHT, StanceReader
from .turns import label_name

DIRECT_SHARE = 0.8  # share of the claim's words inside quotation marks for a direct quote
FLOATING_SHARE = 0.6  # a sentence this much in quotes, with no speaker, is a floating quote
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "poss")
_PERSONISH = ("person",)
_MODALS = ("must", "should", "ought", "need")
_SIGNING = ("sign", "issue", "send", "submit", "propose", "announce", "unveil")
_INSTRUMENTS = ("order", "proclamation", "memorandum", "directive", "decree", "e.o.", "eo",
                "nspm", "proposal", "package")


@dataclass
class _Said:
    """A resolved speech event: who, and through which event."""

    speaker: Speaker
    event: SpeechEvent


_BYLINE_TITLE = re.compile(
    r"^\W*(?:statement|remarks|readout|message|address|op-ed|letter)s?\b[^:]*?\b(?:from|by|of)\s+"
    r"(?P<who>[^,:;]+?)(?:\s+(?:on|at|regarding|about|to|in|for|following|after|upon|ahead\s+of"
    r"|marking|before)\b|[,:;]|$)",
    re.IGNORECASE,
)
_ROLE_WORDS_EXTRA = ("advisor", "adviser", "national", "security", "press", "state", "general")


SALUTATION_WORDS = 8  # a verbless line this short in a speech addresses, it does not assert
_SALUTATION = re.compile(r"^(?:Mr\.?|Madam|Madame|Mister|Your|Excellenc|Distinguished|Ladies|Dear|"
                         r"Honou?rable)\b", re.IGNORECASE)
_THANKS = re.compile(r"^(?:I\s+)?thank\s+you(?:\s+(?:very|so)\s+much)?(?:,?\s+Mr\.?\s+"
                     r"President)?\W*$", re.IGNORECASE)


def _bare_tag(doc: Doc, event: SpeechEvent) -> bool:
    """'she shouted.' parsed apart from the quotation it closes: a speaker, no words said (a
    parenthetical 'the talks, Xi said, will go on' is no sentence of its own: it stays)."""
    return event.kind == "verb" and doc[event.cue_start].dep_ == "ROOT" and not any(
        doc[i].is_alpha for i in event.content if not event.cue_start <= i < event.cue_end)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def infer_author(article: Article, lex: Lexicons) -> tuple[str, str | None] | None:
    """(name, role) from a press-release title such as 'Statement by President X on Y'."""
    title = article.title or _first_line(article.text)
    match = _BYLINE_TITLE.match(title or "")
    if not match:
        return None
    words = match.group("who").split()
    role_words = {w for key, kind in lex.speaker_nouns.items() if kind == "role"
                  for w in key.split()} | set(_ROLE_WORDS_EXTRA)
    cut = max((i + 1 for i, w in enumerate(words) if w.casefold().strip(".") in role_words),
              default=0)
    name = " ".join(words[cut:])
    if not name or not name[0].isupper():
        return None
    return name, " ".join(words[:cut]) or None


# An order or proclamation speaks for who signs it: 'By the authority vested in me as President
# by the Constitution ... it is hereby ordered:' ... 'DONALD J. TRUMP' / 'THE WHITE HOUSE, ...'
_VESTED = re.compile(r"\bBy the authority vested in me as "
                     r"(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:of|by|under)\b")
_SIGNATURE = re.compile(r"^(?P<name>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,4})\s*$", re.MULTILINE)


def instrument_signer(article: Article, lex: Lexicons) -> tuple[str, str | None] | None:
    """(name, office) of who signs an executive order or proclamation: the name in capitals
    that closes it, else the office holder the gazetteer knows on its date."""
    vested = _VESTED.search(article.text[:2000])
    if vested is None:
        return None
    office = vested.group("office")
    closing = [m.group("name") for m in _SIGNATURE.finditer(article.text[-600:])
               if not m.group("name").startswith("THE ")]
    name = label_name(closing[-1])[1] if closing else None  # 'JOSEPH R. BIDEN JR.'
    if name:
        return name, office
    house = publisher(article, lex)
    holder = SpeakerResolver(lex, article.published).resolve(Mention(
        "role", office, role=office, country=house.country if house is not None else None))
    return (holder.name, office) if holder is not None and holder.official_id else None


# An opinion piece ends with a note on its writer: 'Rep. Jo Roe, D-Fla., chairs the DNC.'
_WRITER_NOTE = re.compile(
    r"^(?P<title>(?:Rep|Sen|Gov|Dr|Prof|Mr|Mrs|Ms)\.\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?P<tag>(?:,[^,]{1,40})?,?)\s+(?:is|was|chairs|serves|heads|directs|leads|teaches|"
    r"represents|writes|served|founded)\b[^\n]{0,240}$")
_FIRST_PERSON_WORDS = re.compile(r"\b(?:I|we|We|our|Our|my|My|me|us)\b")
OP_ED_FIRST_PERSON = 3  # first-person words outside quotations that make a writer's voice


@lru_cache(maxsize=8)
def op_ed_writer(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, role, country) of an opinion piece's writer, from the note that closes the
    article's `text`, when the body speaks in the first person outside quotations (a
    reporter's closing bio in a news story does not). Kept for the few articles in flight:
    the extractor and the assembler both ask."""
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip()
    note = _WRITER_NOTE.match(last)
    if note is None or len(last.split()) > 45:
        return None
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) < 3:
        return None
    voiced = 0
    for paragraph in paragraphs[:-1]:
        quoted = find_quotes(paragraph)
        voiced += sum(1 for m in _FIRST_PERSON_WORDS.finditer(paragraph)
                      if not any(s <= m.start() < e for s, e in quoted))
    if voiced < OP_ED_FIRST_PERSON:
        return None
    country = "USA" if PARTY_TAG.match(note.group("tag") + " ") else None
    return note.group("name"), (note.group("title") or "").strip() or None, country


_FACT_SHEET = re.compile(r"^\W*fact\s*sheet\b", re.IGNORECASE)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def publisher(article: Article, lex: Lexicons) -> Speaker | None:
    """The body that publishes a document: its outlet, else the organisation whose name is the
    web address's host ('whitehouse.gov' -> White House, 'kremlin.ru' -> Kremlin)."""
    keys = []
    if article.source:
        keys.append(_letters(article.source))
    host = re.match(r"^(?:https?://)?([^/:]+)", article.url or "")
    labels = [_letters(label) for label in host.group(1).split(".")[:-1]] if host else []
    for org in lex.organizations:
        names = {_letters(n) for n in (org.name, *org.aliases)}
        # a label may carry a prefix: 'bidenwhitehouse.archives.gov' is the White House's
        if any(key in names for key in keys if key) or any(
                label.endswith(name) for label in labels for name in names if len(name) >= 6):
            return Speaker(org.name, "organization", org.country)
    return None


def author_speaker(article: Article, lex: Lexicons) -> Speaker | None:
    """The speaker of 'I' / 'we' in a first-person document: metadata, else a title such as
    'Statement by ...', else the publisher of a fact sheet (which speaks as its publisher)."""
    name, role, country = article.author, article.author_role, article.author_country
    if not name:
        inferred = infer_author(article, lex) or instrument_signer(article, lex)
        title = article.title or _first_line(article.text)
        writer = op_ed_writer(article.text) if inferred is None else None
        if writer is not None:
            name, role, country = writer
        elif inferred is None:
            return publisher(article, lex) if _FACT_SHEET.match(title or "") else None
        else:
            name, role = inferred
        house = publisher(article, lex)  # 'Statement by NSC Spokesperson X' on whitehouse.gov
        country = country or (house.country if house is not None else None)
    name = name.strip()
    folded = name.casefold()
    for org in lex.organizations:
        if folded in (org.name.casefold(), *(a.casefold() for a in org.aliases)):
            return Speaker(org.name, "organization", country or org.country, role)
    for known in lex.countries:
        if folded in (known.name.casefold(), *(a.casefold() for a in known.aliases)):
            return Speaker(known.name, "country", known.iso3, role)
    words = name.split()
    looks_personal = 1 <= len(words) <= 6 and all(w[:1].isalpha() for w in words)
    speaker = Speaker(display_name(name) if looks_personal else name,
                      "person" if looks_personal else "country", country, role)
    resolver = SpeakerResolver(lex, article.published)
    official = resolver.official_for(name)
    if official is not None and looks_personal:
        if len(name_tokens(official.name)) > len(name_tokens(name)):
            speaker.name = official.name
        speaker.country = speaker.country or official.country
        speaker.role = speaker.role or official.role
        speaker.official_id = official.official_id
    return speaker


# 'Joint Statement on ...', 'The Spirit of Camp David: Joint Statement of Japan, ...'
_JOINT_TITLE = re.compile(r"(?:^\W*|:\s+)joint\s+(?:statement|declaration|communiqu)",
                          re.IGNORECASE)
# where a list of signatories ends: before the verb ('..., and the United States, met')
_LIST_END = r",?\s+(?=(?!the\b|and\b|of\b)[a-z])"
_JOINT_SIGNERS = re.compile(
    r"\bWe,?\s+the\s+(?i:leaders|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers"
    r"|governments|representatives)\s+of\s+(?P<list>[^.;:]+?)" + _LIST_END)
# 'We, the President of France, Chancellor of Germany, and President of the United States, met':
# the signatories are office holders, each named in the title ('... Chancellor of Germany
# Angela Merkel, ...'), else by the gazetteer
_JOINT_OFFICES = re.compile(
    r"\bWe,?\s+the\s+(?P<list>(?:[A-Z][\w’'-]*\s+){1,4}of\s+[^.;:]+?)" + _LIST_END)
_OFFICE_ITEM = re.compile(r"^(?:the\s+)?(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+of\s+"
                          r"(?P<place>.+)$")
_BODY_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# 'and' parts offices only before another office ('Prime Minister of Trinidad and Tobago')
_OFFICE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z][\w’'-]*"
                           r"(?:\s+[A-Z][\w’'-]*){0,3}\s+of\b)")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]*\.?$")


def joint_authors(article: Article, lex: Lexicons) -> list[Speaker]:
    """The signatories of a joint statement ('We, the leaders of France, Germany and the
    United States ...', 'We, the President of France, Chancellor of Germany ...'): each speaks
    every 'we' of the document. One body may sign alone ('We the Leaders of the Group of Seven
    (G7) ...'): the body speaks."""
    title = article.title or _first_line(article.text)
    if not _JOINT_TITLE.search(title):
        return []
    head = article.text[:3000]
    found = _JOINT_SIGNERS.search(head)
    if found:
        signers = _unique(_named_body(_signer_name(part), lex)
                          for part in _BODY_SPLIT.split(found.group("list")))
        alone = len(signers) == 1 and signers[0].speaker_type == "organization"
        return signers if len(signers) > 1 or alone else []
    found = _JOINT_OFFICES.search(head)
    if not found:
        return []
    resolver = SpeakerResolver(lex, article.published)
    signers = _unique(_office_holder(part, title, lex, resolver)
                      for part in _OFFICE_SPLIT.split(found.group("list")))
    return signers if len(signers) > 1 else []


def _unique(speakers: Iterable[Speaker | None]) -> list[Speaker]:
    out: list[Speaker] = []
    for speaker in speakers:
        if speaker is not None and speaker.key not in {s.key for s in out}:
            out.append(speaker)
    return out


def _signer_name(part: str) -> str:
    """'the Group of Seven (G7)' -> 'group of seven': a signatory's name as the gazetteer
    folds it."""
    part = re.sub(r"\s*\([^)]*\)", "", part.strip())
    return re.sub(r"^the\s+", "", part, flags=re.IGNORECASE).casefold()


def _office_holder(part: str, title: str, lex: Lexicons,
                   resolver: SpeakerResolver) -> Speaker | None:
    """'President of the United States' in a joint statement's opening: the person the
    document's title names with that office, else the gazetteer's holder on its date, else
    the office itself."""
    item = _OFFICE_ITEM.match(part.strip())
    if item is None:
        return None
    place = re.sub(r"^the\s+", "", item.group("place"), flags=re.IGNORECASE)
    country = _named_body(place.casefold(), lex)
    if country is None or country.speaker_type != "country":
        return None
    office = item.group("title")
    named = _named_in_title(title, f"{office} of", place, lex)
    if named is not None:
        official = resolver.official_for(named)
        if official is not None and official.country == country.country:
            return Speaker(official.name, "person", official.country, office,
                           official.official_id)
        return Speaker(named, "person", country.country, office)
    return resolver.resolve(Mention("role", part, role=office, country=country.country))


def _named_in_title(title: str, office: str, place: str, lex: Lexicons) -> str | None:
    """The name after an office in a title: 'Prime Minister of the United Kingdom and
    Northern Ireland Boris Johnson, and ...' -> 'Boris Johnson': the capitalised words before
    the next comma or 'on', from a known first name, else after the words of a place name."""
    found = re.search(rf"{re.escape(office)}\s+(?:the\s+)?{re.escape(place)}\b([^,]*)", title)
    if found is None:
        return None
    words = re.split(r"\s+(?:on|and|about|regarding)\s+", found.group(1).strip())[-1].split()
    run: list[str] = []
    for word in reversed(words):
        if not _NAME_WORD.match(word):
            break
        run.insert(0, word)
    first = next((i for i, word in enumerate(run) if word in lex.first_names), None)
    if first is not None:
        run = run[first:]
    else:
        place_words = {w.casefold() for known in lex.countries for w in known.name.split()}
        while len(run) > 2 and run[0].casefold() in place_words:
            run = run[1:]
    return " ".join(run) if 2 <= len(run) <= 4 else None


def _named_body(folded: str, lex: Lexicons) -> Speaker | None:
    """The organisation or country of the gazetteer that `folded` (lower case) names."""
    for org in lex.organizations:
        if folded in (org.name.casefold(), *(a.casefold() for a in org.aliases)):
            return Speaker(org.name, "organization", org.country)
    for known in lex.countries:
        if folded in (known.name.casefold(), *(a.casefold() for a in known.aliases)):
            return Speaker(known.name, "country", known.iso3)
    return None


class TurnSpeakers:
    """Who speaks in each turn of a transcript (turns.py): a labelled official, the office
    holder behind 'THE PRESIDENT', or the anonymous 'senior administration official'; staff
    ('MS. PSAKI') and anonymous officials speak for the publisher's country."""

    def __init__(self, article: Article, lex: Lexicons, resolver: SpeakerResolver,
                 author: Speaker | None):
        house = publisher(article, lex)
        self.house_country = author.country if author is not None else (
            house.country if house is not None else None)
        self.resolver = resolver
        self.author = author
        self.known: dict[str, Speaker] = {}

    def speaker(self, label: str) -> Speaker:
        if label not in self.known:
            self.known[label] = self._speaker(label)
        return replace(self.known[label])

    def _speaker(self, label: str) -> Speaker:
        if label.startswith("SENIOR ADMINISTRATION OFFICIAL"):
            role = "Senior Administration Official"
            return Speaker(role, "person", self.house_country, role)
        title, name = label_name(label)
        if name is None:  # "THE PRESIDENT": the document's author, else the office holder
            if self.author is not None and self.author.speaker_type == "person" and (
                    title or "").casefold() in (self.author.role or "").casefold():
                return replace(self.author)
            held = self.resolver.resolve(Mention("role", label, role=title,
                                                 country=self.house_country))
            return held or Speaker(title or label, "person", self.house_country, title)
        official = self.resolver.official_for(name)
        if official is not None:
            return Speaker(official.name, "person", official.country, official.role,
                           official.official_id)
        # staff ("MS. PSAKI") speak for the house; a titled guest's country is not known
        return Speaker(display_name(name), "person", None if title else self.house_country,
                       title)


class ArticleAssembler:
    def __init__(self, article: Article, lex: Lexicons, reader: StanceReader):
        self.article = article
        self.lex = lex
        self.reader = reader
        self.signers = joint_authors(article, lex)
        self.author = self.signers[0] if self.signers else author_speaker(article, lex)
        self.resolver = SpeakerResolver(
            lex, article.published, self.author,
            we_is_country=article.author is not None or op_ed_writer(article.text) is None,
            home=None if self.author else lex.dateline_country(city := dateline_city(article.text)),
            seat=None if self.author else city)
        self.candidates: list[Candidate] = []
        self.event: Candidate | None = None  # the report's event (`report_event`), once found
        self.context = ArticleContext(
            None if self.signers or self.author is None else self.author.country,
            self.author is not None, joint=bool(self.signers))
        self.last_said: list[Speaker] = []
        self.doc_said: list[tuple[Span, Speaker]] = []  # who spoke where, for earlier quotes
        self.recent_subject: Mention | None = None
        self.signer: Speaker | None = None  # who signed the order a document describes
        # who said the lead-in of the list being read ("The President has directed the
        # following measures:"), and who has spoken in the sentence being read
        self.lead_in: list[tuple[Speaker, Candidate]] = []
        self.said_here: list[tuple[Speaker, Candidate]] = []

    @property
    def statements(self) -> list[Statement]:
        return [c.statement for c in self.candidates]

    def run(self, docs: list[Doc]) -> tuple[list[Candidate], ArticleContext]:
        """The article's statements with their evidence, labels not yet decided beyond each
        statement's own cues (`decision.decide_article` does the rest)."""
        turns = TurnSpeakers(self.article, self.lex, self.resolver, self.author) \
            if any(doc._.sx_turn for doc in docs) else None
        for doc in docs:
            if turns is not None and doc._.sx_turn is not None:
                # a transcript: the turn's speaker speaks as "I"
                self.author = self.resolver.author = turns.speaker(doc._.sx_turn)
                self.context.first_person = True
                self.context.author_country = turns.house_country
            self._doc(doc)
        return self.candidates, self.context

    # ---- one paragraph -------------------------------------------------------------------
    def _doc(self, doc: Doc) -> None:
        events = doc._.sx_events or []
        for event in events:
            if event.stance is not None:
                self.context.target_votes.update(event.stance.targets)
        floating: list[Span] = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            self.said_here = []
            persons = self._observe_people(doc, sent)
            here = [e for e in events if e.sent_start == sent.start]
            whole = set(range(sent.start, sent.end))
            if self._quote_share(doc, sent, whole) >= FLOATING_SHARE:
                # a sentence inside a quotation: reporting verbs in it are the quoted speaker's
                # words ("... because Putin believes ..."), not a new attribution
                here = [e for e in here if not self._quoted(doc, e.cue_start)]
            said: list[_Said] = []
            for event in sorted(here, key=lambda e: e.cue_start):
                # "EU officials said they opposed ...": 'they' is whoever reports it
                reporting = [s.speaker for s in said if event.cue_start in s.event.content
                             and s.speaker.speaker_type != "person"]
                said.extend(_Said(speaker, event)
                            for speaker in self._speakers(doc, event, persons, reporting))
            quoted = False
            if said:
                self._emit(doc, sent, said)
            elif self._quote_share(doc, sent, set(range(sent.start, sent.end))) >= FLOATING_SHARE \
                    and not any(e.speakers for e in here):
                # a quote whose reporting verb names a speaker we cannot resolve ('the
                # newspaper said') is that speaker's, not the last one's
                floating.append(sent)
                quoted = bool(self.last_said or self._speaker_of_quote_later(doc, sent))
            if self.author is not None and not quoted \
                    and self._authors_sentence(doc, sent, said):
                self._author_statement(doc, sent)
            self._note_signer(doc, sent)
            self._note_subject(doc, sent, persons)
            self._note_lead_in(doc, sent)
        for sent in floating:
            self._floating(doc, sent)

    # ---- first-person documents ------------------------------------------------------------
    def _authors_sentence(self, doc: Doc, sent: Span, said: list[_Said]) -> bool:
        """Every sentence of a speech is its author's, unless it reports someone else."""
        if sum(1 for t in sent if t.is_alpha) < 3:
            return False
        if all(t.is_upper for t in sent if t.is_alpha):
            return False  # a lead-in heading in capitals ("PROMISE KEPT:")
        if not self.resolver.we_is_country and _WRITER_NOTE.match(sent.text.strip()):
            return False  # an opinion piece's closing note on its writer
        if not any(t.pos_ in ("VERB", "AUX") for t in sent) and (
                sum(1 for t in sent if t.is_alpha) <= SALUTATION_WORDS
                or _SALUTATION.match(sent.text.strip(" *\n\t>-"))) \
                and not self._list_item(doc, sent):
            return False  # a salutation or heading ("Ladies and Gentlemen;"): nothing asserted
        if _THANKS.match(sent.text.strip(" *\n\t>-")):
            return False  # "Thank you very much.": courtesy, no claim
        if said and _we_subject(sent) and all(as_clause(doc[item.event.cue_head])
                                                for item in said):
            return True  # "As President Biden made clear, we will impose costs": both speak
        own = {key for author in (self.author, *self.signers) for key in (
            author.key, (self.lex.country_name(author.country) or "").casefold())}
        # another country's act the sentence tells of ('the measures imposed by the United
        # States have hurt our people') is the author's telling too (an act of the author's
        # own side is told for the actor: `_actor`)
        voiced = [item for item in said if item.event.kind != "act" or item.speaker.country in (
            None, self.author.country)]
        return not voiced or all(item.speaker.key in own for item in voiced) and not any(
            s.start == doc._.sx_offset + sent.start_char for s in self.statements[-len(said):]
            if s.speaker.casefold() in own
        )

    def _author_statement(self, doc: Doc, sent: Span) -> None:
        actor = self._actor(doc, sent)
        lead_in = self._list_item(doc, sent) if actor is None else []
        speakers = [actor] if actor is not None else [s for s, _ in lead_in] \
            or self.signers or [self.resolver.resolve(self._author_mention(doc, sent))]
        whole = frozenset(range(sent.start, sent.end))
        for i, speaker in enumerate(speakers):
            event = SpeechEvent("author", sent.root.i, sent.root.i + 1, [], whole, sent.start,
                                sent.end)
            event.stance = self.reader_evidence(doc, event)
            self._add(doc, sent, replace(speaker), [event],
                      completes=lead_in[i][1] if lead_in else None)

    def _list_item(self, doc: Doc, sent: Span) -> list[tuple[Speaker, Candidate]]:
        """A list item ("- Full blocking sanctions on two banks.", "- Dmitry Peskov, Putin's
        press secretary", "- Iran should be denied a nuclear weapon;") completes its lead-in
        ("The President has directed the following measures:", "Full blocking sanctions on
        these elites:"): the lead-in's statements, whose speakers say the item too, unless it
        names an actor of its own (`_actor`, tried first)."""
        line = _paragraph_opening(doc, sent)
        if not self.lead_in or line is None or not LIST_ITEM.match(line):
            return []
        return list(self.lead_in)

    def _note_lead_in(self, doc: Doc, sent: Span) -> None:
        """A sentence ending in a colon opens a list for its speakers; a paragraph that is not
        a list item closes it (a list item's later sentences keep it open)."""
        if sent.text.rstrip().endswith(":") and self.said_here:
            self.lead_in = list(self.said_here)
        elif (line := _paragraph_opening(doc, sent)) is not None and not LIST_ITEM.match(line):
            self.lead_in = []

    def _actor(self, doc: Doc, sent: Span) -> Speaker | None:
        """In a first-person document, a sentence that reports what a named person or a body did
        ("President X signed ...", "The Treasury took ...") is that actor's, not the author's, when
        the actor is on the author's side (same country); an instrument ("The Order removes ...")
        speaks for whoever signed it. A demand ("the Council must ...") and a sentence about
        another party stay the author's claim."""
        root = sent.root
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children):
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        if subject.lemma_.lower() in _INSTRUMENTS and (subject.text[:1].isupper() or any(
                c.lower_ in ("executive", "this", "the") for c in subject.children)):
            return replace(self.signer) if self.signer is not None else None
        if subject.lemma_.lower() == "government":
            return None  # the author's own government: the author (`_own_government`)
        mention = self.resolver.describe(doc, subject)
        if mention is None or mention.kind not in ("person", "organization", "role"):
            return None
        speaker = self.resolver.resolve(mention)
        if speaker is None or speaker.key == self.author.key:
            return None
        if not speaker.country or speaker.country != self.author.country:
            return None  # another party's deeds, narrated: the author's own claim about them
        return speaker

    def _note_signer(self, doc: Doc, sent: Span) -> None:
        """Who signed or issued an order in this sentence ('the President signed an Executive
        Order ...'), for later sentences whose subject is the order."""
        for token in sent:
            if token.lemma_.lower() not in _SIGNING or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in (*_INSTRUMENTS, "legislation", "bill")
                    for c in token.children):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            mention = self.resolver.describe(doc, subject) if subject is not None else None
            if mention is not None and mention.kind in ("person", "role"):
                speaker = self.resolver.resolve(mention)
                if speaker is not None:
                    self.signer = speaker

    def _author_mention(self, doc: Doc, sent: Span) -> Mention:
        """'I' -> the author; 'we' (or the author's country as subject) -> the author's country."""
        words = {t.lower_ for t in sent if t.pos_ == "PRON"}
        if words & {"i", "me", "my"}:
            return Mention("first_person", "I")
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        place = place_at(doc._.sx_places, subject.i) if subject is not None else None
        if _we_subject(sent) or (place is not None and place.iso3 == self.author.country
                                 and place.kind != "org"):
            return Mention("first_person", "we")
        return Mention("first_person", "I")

    def _observe_people(self, doc: Doc, sent: Span) -> list[Mention]:
        """People named in the sentence. Those named inside quotation marks are remembered for
        their names but are no antecedent of a later 'he' or 'she' (the quoted speaker is)."""
        out = []
        quotes = doc._.sx_quotes or []
        for ent in sent.ents:
            if ent.label_ != "PERSON":
                continue
            mention = self.resolver.describe(doc, ent.root)
            if mention is not None and mention.kind == "person":
                quoted = any(s <= ent.start_char < e for s, e in quotes)
                self.resolver.observe(mention, salient=not quoted)
                if not quoted:
                    out.append(mention)
        return out

    def _note_subject(self, doc: Doc, sent: Span, persons: list[Mention]) -> None:
        """The last person a sentence is about, for a later 'he' or 'she': one named, else a
        surname the tagger did not take for a person ("But Ruiz said ..."), else an official
        named by title and country ("Iran's foreign minister arrived ...")."""
        named = [m for m in persons if doc[m.token].dep_ in ("nsubj", "nsubjpass")]
        if named:
            self.recent_subject = named[-1]
            return
        subject = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("NN", "NNP"):
            mention = self.resolver.describe(doc, subject)
            # a title with the name in apposition: "China's ambassador, Liu Jieyi, said"
            if mention is not None and (mention.kind == "person" and (
                    subject.tag_ == "NNP" or mention.name is not None)
                    or mention.kind == "role" and mention.country):
                self.recent_subject = mention

    def _speakers(self, doc: Doc, event: SpeechEvent, persons: list[Mention],
                  reporting: list[Speaker] | None = None) -> list[Speaker]:
        out = []
        mentions = [(head, m) for head in event.speakers
                    for m in self.resolver.describe_each(doc, doc[head])
                    or self._of_subject_country(doc, event, head)]
        for head, mention in mentions:
            if mention.kind == "pronoun":
                # "Mr Obama's visit means nothing to him, he says": who trails the words is
                # not someone they name other than as their subject ("Ms. Roe found ..., she
                # said" is Ms. Roe)
                trailing = not any(i > head and not doc[i].is_punct
                                   and not event.cue_start <= i < event.cue_end
                                   for i in event.content)
                earlier = [m for m in persons if m.token < head and gender_fits(
                    self.resolver.gender(m.name), mention.text) and not (
                        trailing and m.token in event.content
                        and doc[m.token].dep_ not in ("nsubj", "nsubjpass"))]
                subjects = [m for m in earlier if doc[m.token].dep_ in _SUBJECT_DEPS]
                recent = self.recent_subject
                if recent is not None and not gender_fits(self.resolver.gender(recent.name),
                                                          mention.text):
                    recent = None
                mention = (subjects or earlier or [recent or mention])[-1]
            if mention.kind == "plural" and reporting:
                resolved = list(reporting)
            elif mention.kind == "plural" and (group := _earlier_group(doc, head)) is not None:
                # "security experts say ..., but they acknowledge ...": the experts, whom
                # no country or body claims, not whoever spoke last
                described = self.resolver.describe(doc, group)
                resolved = [self.resolver.resolve(described)] if described is not None else []
            elif mention.kind == "first_person" and self.signers:
                resolved = list(self.signers)  # a joint statement's "we": every signatory
            elif self._own_government(doc[head], mention):
                resolved = [replace(self.author)]
            else:
                resolved = [self.resolver.resolve(mention)]
                if resolved == [None] and mention.kind == "role" and mention.country is None:
                    # "France would not support new sanctions, a ministry spokesman said"
                    resolved = [self.resolver.resolve(m)
                                for m in self._of_subject_country(doc, event, head)]
            for speaker in resolved:
                if speaker is not None and speaker.key not in {s.key for s in out}:
                    out.append(speaker)
        return out

    def _of_subject_country(self, doc: Doc, event: SpeechEvent, head: int) -> list[Mention]:
        """'China will suspend coal imports, the Commerce Ministry said': a body or an
        official of no named country is of the country whose intention it reports."""
        country = _subject_country(doc, event)
        mention = self.resolver.describe_as_of(doc, doc[head], country) if country else None
        return [mention] if mention is not None else []

    def _own_government(self, head: Token, mention: Mention) -> bool:
        """'The Government of Nicaragua supports ...' in a speech by Nicaragua's minister: the
        author speaking for their government, as with "we"."""
        return self.author is not None and head.lemma_.lower() == "government" \
            and mention.country is not None and mention.country == self.author.country

    # ---- statements ----------------------------------------------------------------------
    def _emit(self, doc: Doc, sent: Span, said: list[_Said]) -> None:
        voices: dict[int, Speaker] = {}  # each event's (first) speaker, by its cue head
        for item in said:
            voices.setdefault(item.event.cue_head, item.speaker)
        groups: dict[str, list[_Said]] = {}
        for item in said:
            groups.setdefault(item.speaker.key, []).append(item)
        speakers = []
        for items in _without_restated(groups).values():
            speaker = items[0].speaker
            events = [i.event for i in items]
            # a reporting act inside another one of the same speaker is part of its content
            events = [e for e in events if not _within(e, events)
                      ] or events[:1]  # two acts holding each other's cue: keep the first
            if all(_bare_tag(doc, e) for e in events):
                self.doc_said.append((sent, speaker))  # speaks the quote before; no statement
            else:
                self._add(doc, sent, speaker, events, voices)
            if any(e.kind != "act" for e in events):
                speakers.append(speaker)
        if speakers:  # acts ("the EU extended its sanctions") give no voice to later quotes
            self.last_said = speakers
            self.resolver.spoke(speakers)

    def _floating(self, doc: Doc, sent: Span) -> None:
        """A quoted sentence with no reporting verb: the speaker of the same quote later in the
        paragraph, else the last speaker before it."""
        speakers = self._speaker_of_quote_later(doc, sent) or self.last_said
        whole = frozenset(range(sent.start, sent.end))
        for speaker in speakers:
            event = SpeechEvent("floating", sent.start, sent.start, [], whole, sent.start, sent.end)
            event.stance = self.reader_evidence(doc, event)
            self._add(doc, sent, speaker, [event])

    def _speaker_of_quote_later(self, doc: Doc, sent: Span) -> list[Speaker]:
        quotes = doc._.sx_quotes or []
        here = next((q for q in quotes if q[0] < sent.end_char and q[1] > sent.start_char), None)
        if here is None:
            return []
        for statement_sent, speaker in self.doc_said:
            # the speaker's sentence holds the quote's end, or starts as it closes
            if statement_sent.doc is doc and statement_sent.start_char <= here[1] + 2 \
                    and statement_sent.start > sent.start:
                return [speaker]
        return []

    def reader_evidence(self, doc: Doc, event: SpeechEvent):
        self.reader.read(doc, [event])
        return event.stance

    def _add(self, doc: Doc, sent: Span, speaker: Speaker, events: list[SpeechEvent],
             voices: dict[int, Speaker] | None = None, completes: Candidate | None = None
             ) -> None:
        """`voices`: who speaks each event of the sentence, for the claims of others that an
        event reports (a claim of the speaker's own country is the speaker's too).
        `completes`: the lead-in a list item completes; when it names the measures, they and
        their targets are the item's too, and so is its side unless the item has words of its
        own ("Full blocking sanctions on these elites:" ... "- Dmitry Peskov")."""
        heard = voices or {}
        content = set().union(*(e.content for e in events))
        cue_tokens = {i for e in events for i in range(e.cue_start, e.cue_end)}
        candidate = Candidate(self._statement(doc, sent, speaker, content, cue_tokens),
                              first_person=self.author is not None,
                              acted=all(e.extra.get("passive") for e in events),
                              act=all(e.kind == "act" for e in events))
        for event in events:
            evidence = event.stance
            if evidence is None:
                continue
            candidate.hits.extend(evidence.hits)
            candidate.hits.extend(hit for head, hit in evidence.voiced
                                  if _same_side(speaker, heard.get(head), self.lex))
            candidate.hits.extend(self._alignment(doc, evidence.refs))
            candidate.anchors += evidence.anchors
            candidate.targets.extend(evidence.targets)
            candidate.follows.extend(evidence.follows)
            candidate.own_target |= evidence.own_target
            candidate.described |= evidence.described
        if completes is not None and completes.anchors:
            if not candidate.hits:  # "- Ivan Doe, the press secretary": the lead-in's side
                candidate.hits.extend(completes.hits)
            candidate.anchors += completes.anchors
            candidate.targets.extend(completes.targets)
        if candidate.own_target and candidate.statement.country:
            self.context.target_votes[candidate.statement.country] += 1  # 'the sanctions on us'
        if self._event_eased(candidate.statement.start):
            candidate.hits = [_reversed(h) if h.reference else h for h in candidate.hits]
        candidate.places, candidate.features = sentence_features(doc, sent, content | cue_tokens)
        candidate.dispute = self._dispute(doc, content | cue_tokens, candidate.places)
        decide_cues(candidate)  # now: later statements may align with this one's side
        self.candidates.append(candidate)
        self.said_here.append((speaker, candidate))
        self.doc_said.append((sent, speaker))

    def _dispute(self, doc: Doc, tokens: set[int], places: list[str]) -> str | None:
        """The target of the first dispute of the lexicon the statement's words name: its
        place and one of its words ('the conflict in Ukraine' -> RUS)."""
        lemmas = {doc[i].lemma_.lower() for i in tokens}
        return next((d.target for d in self.lex.disputes
                     if d.place in places and lemmas & d.words), None)

    def _event_eased(self, sentence_start: int) -> bool:
        """The report's event eased the measures: 'the decision' a later speaker welcomes is
        the easing. The event, once found, stays the first: it is looked for only until then,
        in the sentences before this one ('Austria, Hungary and Albania said they would not
        take part': Austria's refusal is no event the others take part in)."""
        if self.event is None:
            self.event = report_event([c for c in self.candidates
                                       if c.statement.start != sentence_start])
        return self.event is not None and self.event.statement.stance == "ease"

    def _statement(self, doc: Doc, sent: Span, speaker: Speaker, content: set[int],
                   cue_tokens: set[int]) -> Statement:
        """The statement's who and where; its labels are decided in `decision`."""
        offset = doc._.sx_offset
        quotes = self._quotes(doc, sent, content)
        share = self._quote_share(doc, sent, content - cue_tokens)
        quote_type = "direct" if share >= DIRECT_SHARE else "mixed" if quotes else "indirect"
        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        end = offset + sent.end_char - (len(sent.text) - len(sent.text.rstrip()))
        return Statement(
            article=self.article.name, speaker=speaker.name, speaker_type=speaker.speaker_type,
            country=speaker.country, role=speaker.role, quote_type=quote_type,
            quote=" … ".join(quotes) if quotes else None,
            sentence=self.article.text[start:end], start=start, end=end, stance="neutral",
            stance_cue=None, confidence=0.6, target=None, official_id=speaker.official_id,
        )

    def _alignment(self, doc: Doc, refs: list[tuple[int, int, str]]) -> list[CueHit]:
        """Stance that follows (or opposes) a party quoted earlier in the article."""
        out = []
        for token_i, polarity, text in refs:
            place = place_at(doc._.sx_places, token_i)
            mention = None if place else self.resolver.describe(doc, doc[token_i])
            if place is None and mention is None:
                continue
            iso3 = place.iso3 if place else None
            tokens = name_tokens(mention.name) if mention and mention.kind == "person" \
                and mention.name else frozenset()
            for earlier in reversed(self.statements):
                stance = earlier.stance
                if stance == "neutral":
                    continue
                same_person = tokens and (tokens <= name_tokens(earlier.speaker))
                same_country = iso3 and earlier.country == iso3
                if same_person or same_country:
                    if polarity < 0:
                        stance = "ease" if stance == "tighten" else "tighten"
                    out.append(CueHit(text, stance, ALIGNMENT_WEIGHT))
                    break
        return out

    def _quotes(self, doc: Doc, sent: Span, content: set[int]) -> list[str]:
        raw = doc._.sx_raw if doc._.sx_raw is not None else doc.text
        chars = {i for t in content for i in range(doc[t].idx, doc[t].idx + len(doc[t]))}
        out = []
        for start, end in doc._.sx_quotes or []:
            start, end = max(start, sent.start_char), min(end, sent.end_char)
            if start < end and any(i in chars for i in range(start, end)):
                text = raw[start:end].strip()
                if text:
                    out.append(text)
        return out

    @staticmethod
    def _quoted(doc: Doc, token_i: int) -> bool:
        idx = doc[token_i].idx
        return any(s <= idx < e for s, e in doc._.sx_quotes or [])

    @staticmethod
    def _quote_share(doc: Doc, sent: Span, tokens: set[int]) -> float:
        quotes = doc._.sx_quotes or []
        words = [doc[i] for i in tokens if not doc[i].is_punct and not doc[i].is_space]
        if not words or not quotes:
            return 0.0
        inside = sum(1 for t in words if any(s <= t.idx < e for s, e in quotes))
        return inside / len(words)


def _reversed(hit: CueHit) -> CueHit:
    return replace(hit, stance="ease" if hit.stance == "tighten" else "tighten",
                   text=f"{hit.text} (the eased measures)")


def _same_side(reporter: Speaker, other: Speaker | None, lex: Lexicons) -> bool:
    """A claim reported inside a statement is the reporter's too when its speaker is unknown,
    speaks for the reporter's country ('Obama said Washington had called for ...') or is the
    body the reporter's title names ('the EU foreign policy chief said the EU had lifted')."""
    return other is None or (other.country is not None and other.country == reporter.country) \
        or _body_in_title(reporter.role, other, lex)


def _body_in_title(role: str | None, body: Speaker, lex: Lexicons) -> bool:
    if not role or body.speaker_type != "organization":
        return False
    title = f" {role.casefold()} "
    return any(f" {spelling.casefold()} " in title for spelling in lex.spellings.get(body.name, ()))


def _subject_country(doc: Doc, event: SpeechEvent) -> str | None:
    """The country that is the subject of the reported clause when the clause says what it
    will do ('France would not support ...', 'Japan will lift its ban'); not one the clause
    describes ('North Korea is a paranoid nation') or one named anywhere else in it."""
    for i in sorted(event.content):
        token = doc[i]
        clause = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and clause.i in event.content \
                and not event.cue_start <= clause.i < event.cue_end \
                and (event.cue_start <= clause.head.i < event.cue_end or clause.dep_ == "ROOT"):
            place = place_at(doc._.sx_places, i)
            intends = clause.lemma_ != "be" and any(
                c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in clause.children)
            return place.iso3 if intends and place is not None and place.kind != "org" else None
    return None


_INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})  # 'wo' of "won't"


def _earlier_group(doc: Doc, pronoun: int) -> Token | None:
    """A plural noun that is the subject of a clause earlier in the pronoun's sentence
    ('experts' in 'While experts say ..., they acknowledge ...'): what 'they' refers to."""
    token = doc[pronoun]
    return next((t for t in reversed(doc[token.sent.start:pronoun])
                 if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass")), None)


def _paragraph_opening(doc: Doc, sent: Span) -> str | None:
    """The sentence's text when it opens its paragraph (each list item is a paragraph of its
    own: clean.py), else None."""
    return None if doc.text[:sent.start_char].strip() else sent.text


def _we_subject(sent: Span) -> bool:
    """'We' is the subject of the sentence's main clause (or of a clause joined to it): the
    government speaking. 'Our sanctions', or 'we' inside a relative clause, leaves the
    sentence to its author."""
    main = {sent.root.i} | {t.i for t in sent.root.conjuncts}
    return any(t.lower_ == "we" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i in main
               for t in sent)


def _within(event: SpeechEvent, others: list[SpeechEvent]) -> bool:
    """The event's cue lies in what another event says: it is part of that one's content."""
    return any(o is not event and event.cue_start in o.content for o in others)


def _without_restated(groups: dict[str, list[_Said]]) -> dict[str, list[_Said]]:
    """'A spokesman for the German government said Berlin wanted the measures lifted': a
    country's position inside the words of its own official or body is the official's,
    said once. The country's acts stay its own ('a day after Lima froze the assets')."""
    kept = {}
    for key, items in groups.items():
        speaker = items[0].speaker
        outer = [o.event for other, others in groups.items() if other != key for o in others
                 if o.speaker.country == speaker.country and o.speaker.speaker_type != "country"]
        restated = speaker.speaker_type == "country" and speaker.country is not None and all(
            i.event.kind != "act" and _within(i.event, outer) for i in items)
        if not restated:
            kept[key] = items
    return kept
