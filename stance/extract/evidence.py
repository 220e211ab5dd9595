"""What assembly gathers about each statement for the decision of its side and topic.

Plain records shared by `assemble` (which fills them), `decision` (the rules' decision) and
`model` (the learned one), so that neither decision module imports the other's internals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..models import Statement

POLAR = ("tighten", "ease")  # the sides; "neutral" takes none
CUE_JOINER = " … "  # between the words of a cue read along a path ('not … lift')


def joined_cue(*words: str) -> str:
    """A cue's words in reading order, with the gaps between them marked."""
    return CUE_JOINER.join(words)


@dataclass
class CueHit:
    text: str
    stance: str  # tighten | ease
    weight: float
    # read on a noun that stands for the report's measures ('welcomed the decision'): its side
    # is reversed when the report's event eased them (`assemble`)
    reference: bool = False


@dataclass
class Candidate:
    """A statement with the evidence for its labels, before they are decided."""

    statement: Statement
    hits: list[CueHit] = field(default_factory=list)
    anchors: int = 0
    targets: list[str] = field(default_factory=list)  # countries the measures bear on
    places: list[str] = field(default_factory=list)  # every country the content names
    # the country whose measures a dispute the content names is behind ('the war in Ukraine':
    # RUS, data/lexicons/disputes.csv), when it names no measures' target
    dispute: str | None = None
    own_target: bool = False  # the measures hit the speaker ("sanctions on us")
    described: bool = False  # a cue only describes past measures
    # (cue, consequence|follow|defiance): words whose side is read from the document
    follows: list[tuple[str, str]] = field(default_factory=list)
    first_person: bool = False  # the statement's document speaks for an author
    author_side: bool = False  # the speaker is on the author's side (first-person documents)
    # the speaker says nothing: the text tells of its measures ('Washington's new sanctions',
    # 'were imposed by the EU'), whose side is the act's, not one the sentence's words argue
    acted: bool = False
    act: bool = False  # the speaker does something to measures ('ordered tariffs on ...')
    features: dict[str, float] = field(default_factory=dict)  # words, for the learned model


# The country that imposes measures in most English-language reporting: a modifier of the
# measures names their imposer when it is the United States ('U.S. sanctions', speech.py), and
# of two countries a text makes its target equally often, the other one is.
USUAL_IMPOSERS = frozenset({"USA"})


@dataclass
class ArticleContext:
    """What the whole article says, for decisions one sentence cannot make."""

    author_country: str | None = None
    first_person: bool = False
    joint: bool = False  # signed by several parties, each speaking every "we"
    target_votes: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)  # countries the whole text names

    @property
    def default_target(self) -> str | None:
        """The country the statements' measures bear on most often; of those tied, one that
        does not usually impose them, then the one the text names most (a report of U.S.
        tariffs on China and China's counter-list names the United States throughout)."""
        return max(self.target_votes, key=lambda iso3: (
            self.target_votes[iso3], iso3 not in USUAL_IMPOSERS, self.named[iso3]),
            default=None)


def report_event(candidates: list[Candidate]) -> Candidate | None:
    """The report's event: its first side taken by a body, a country or an act ('The U.N.
    voted to lift sanctions on Eritrea', 'The United States imposed tariffs on steel')."""
    return next((c for c in candidates if c.statement.stance in POLAR and (
        c.act or c.acted or c.statement.speaker_type != "person")), None)

