"""The one place where a statement's side (tighten / ease / neutral) and topic are decided.

Assembly gathers, for each statement, the evidence its content carries (`Candidate`): weighted
cue hits from `data/lexicons/stance_cues.csv`, anchors (sanctions, embargo...), the countries
the measures bear on, words that take the document's side ("further steps", "consequences"),
and whether the measures hit the speaker. `decide_article` turns that evidence into labels,
article by article:

1. the cue vote of each statement (`vote`);
2. measures aimed at the speaker are never argued for by the speaker (ease);
3. words with no direction of their own take the side the document argues (`_follow`);
4. the topic: a statement is on topic when it takes a side, names the measures, names the
   country they bear on in a document about them, or names a dispute behind measures ('the war
   in Ukraine': data/lexicons/disputes.csv, whose target it takes); the target defaults to the
   document's;
5. in a report, the target speaking of the measures with no cue either way argues against
   them (`_target_speaks`), and a threat to retaliate is measures against the country whose
   measures the report tells of (`_retaliation`);
6. a learned model (`stance.extract.model`), when one is installed, re-decides side and topic
   from the same evidence plus the sentence's words, and gives the confidence.
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import Statement
from .evidence import POLAR, USUAL_IMPOSERS, ArticleContext, Candidate, CueHit, report_event
from .model import DecisionModel

DECISION_THRESHOLD = 0.5
AGAINST_SPEAKER = "(measures against the speaker)"  # the cue of a side read from whom they hit
FOLLOW_MIN = 3  # statements taking sides before a document's stance is clear
FOLLOW_SHARE = 0.75
FOLLOW_REACH = 2  # statements on either side that may name the measures a word follows
NAMED_MIN = 2  # times a country is named before a text is about it (`_fill_targets`)


def vote(hits: list[CueHit], anchors: int) -> tuple[str, str | None, float]:
    """(stance, cue, confidence) from the weighted cue hits of one statement."""
    totals = {"tighten": 0.0, "ease": 0.0}
    for hit in hits:
        totals[hit.stance] += hit.weight
    best = max(totals, key=totals.get)
    other = "ease" if best == "tighten" else "tighten"
    if totals[best] < DECISION_THRESHOLD or totals[best] == totals[other]:
        return "neutral", None, 0.4 if anchors else 0.6
    margin = (totals[best] - totals[other]) / (totals[best] + totals[other])
    confidence = 0.5 + 0.45 * margin * min(1.0, totals[best])
    cue = max((h for h in hits if h.stance == best), key=lambda h: h.weight).text
    return best, cue, round(confidence, 3)


def decide_article(candidates: list[Candidate], context: ArticleContext,
                   model: DecisionModel | None = None) -> list[Statement]:
    """Labels for every statement of one article, in article order (`decide_cues` has run on
    each as it was read)."""
    event = report_event(candidates)
    _follow(candidates, context, event)
    for candidate in candidates:
        _decide_topic(candidate, context)
        _target_speaks(candidate, context)
        _stands_firm(candidate, context, event)
        _retaliation(candidate, event)
    if model is not None:
        model.apply(candidates, context)
    _fill_targets(candidates, context)
    return [c.statement for c in candidates]


def _fill_targets(candidates: list[Candidate], context: ArticleContext) -> None:
    """An on-topic statement that names no target of its own is about the document's: the
    country its measures bear on most often, else the one the text names most
    (`_most_named_target`)."""
    target = context.default_target or _most_named_target(candidates, context)
    for candidate in candidates:
        statement = candidate.statement
        if statement.on_topic and statement.target is None:
            statement.target = target


def _most_named_target(candidates: list[Candidate], context: ArticleContext) -> str | None:
    """The country the text names most, as in a report on 'tougher U.N. sanctions' that
    names North Korea throughout: named at least `NAMED_MIN` times and more than any other.
    A country whose speakers argue to tighten presses for the measures and is not their
    target ('Peru's foreign minister', 'Lima'); nor is the author of a first-person document
    that names its own country throughout, unless it argues to ease, as the target of
    measures does ('the blockade' in Cuba's speech; not a White House fact sheet)."""
    sides: dict[str | None, Counter[str]] = {}
    for candidate in candidates:
        statement = candidate.statement
        sides.setdefault(statement.country, Counter())[statement.stance] += 1
    named = []
    for iso3, times in context.named.most_common():
        own = sides.get(iso3, Counter())
        pressing = own["tighten"] >= own["ease"] if iso3 == context.author_country \
            else own["tighten"] > own["ease"]
        if not pressing:
            named.append((iso3, times))
    if len(named) > 1 and named[0][1] == named[1][1]:
        # a country that usually imposes measures, tied for most named, is not their target
        named = [n for n in named if n[0] not in USUAL_IMPOSERS]
    if named and named[0][1] >= NAMED_MIN and (len(named) == 1 or named[0][1] > named[1][1]):
        return named[0][0]
    return None


def decide_cues(candidate: Candidate) -> None:
    """Steps 1 and 2, as soon as the statement is read: later statements may align with its
    side ("expressed support for the Chinese position")."""
    statement = candidate.statement
    stance, cue, confidence = vote(candidate.hits, candidate.anchors)
    own = candidate.own_target or (  # only the speaker named: 'sanctions on Zimbabwe' said
        stance == "tighten" and statement.country is not None  # by Zimbabwe, not a US bill
        and bool(candidate.targets)  # on 'trade with South Africa' and 'U.S. companies'
        and all(t == statement.country for t in candidate.targets))
    if own and stance != "ease":
        stance, cue, confidence = "ease", AGAINST_SPEAKER, 0.6
    statement.stance, statement.stance_cue, statement.confidence = stance, cue, confidence


def _may_follow(candidate: Candidate, context: ArticleContext) -> bool:
    """A neutral statement whose words may take the side the document argues."""
    return candidate.statement.stance == "neutral" and not candidate.described and bool(
        candidate.follows or (candidate.anchors and context.first_person))


def _near_measures(candidates: list[Candidate], i: int) -> bool:
    """The measures are named in the statement or in one of the FOLLOW_REACH statements on
    either side of it: 'accountability' in a speech's passage on governance is no threat."""
    window = candidates[max(0, i - FOLLOW_REACH):i + FOLLOW_REACH + 1]
    return any(c.anchors or c.targets for c in window)


def _direction(candidates: list[Candidate], side: str | None) -> str | None:
    """The stance a document argues: at least FOLLOW_MIN statements take sides (those of the
    author's country, in a first-person document) and FOLLOW_SHARE of them the same one."""
    votes = Counter(c.statement.stance for c in candidates if c.statement.stance in POLAR
                    and (side is None or c.statement.country == side))
    total = sum(votes.values())
    if total < FOLLOW_MIN:
        return None
    stance, count = votes.most_common(1)[0]
    return stance if count / total >= FOLLOW_SHARE else None


def _follow(candidates: list[Candidate], context: ArticleContext,
            event: Candidate | None) -> None:
    """Words with no direction of their own take the document's: 'there will be
    consequences', 'hold them accountable' or 'further steps' (tighten in a report; in a
    first-person document, tighten where its author does not argue for easing); and, in a
    first-person document, 'we will keep at it', 'our response', 'this tranche of sanctions'
    said by the author's side. `event`: the report's event, whose country imposes the
    measures (its threats are never the target's)."""
    side = context.author_country
    if context.first_person and side is None and not context.joint:
        return
    if not any(c.anchors for c in candidates):
        return  # no sanctions in the document
    followers = [c for i, c in enumerate(candidates)
                 if _may_follow(c, context) and _near_measures(candidates, i)]
    imposer = event.statement.country if event is not None else None
    for consequence_pass in (True, False):
        direction = _direction(candidates, side) or ("tighten" if consequence_pass else None)
        if direction is None:
            return
        for candidate in followers:
            statement = candidate.statement
            if statement.stance != "neutral" or (side is not None and statement.country != side):
                continue
            if side is None and statement.country not in (None, imposer) \
                    and statement.country == context.default_target:
                continue  # the target's threat ('will pay dearly') calls for no measures on it
            cues = [text for text, kind in candidate.follows if kind == "consequence"]
            # in a report, a threat is a threat whoever else the report quotes ('the United
            # States is holding accountable those responsible' amid calls for easing)
            chosen = "tighten" if consequence_pass and side is None else direction
            if not consequence_pass and side is not None:
                cues = [text for text, _ in candidate.follows] or ["(document stance)"]
            if not cues:
                continue
            statement.stance, statement.stance_cue, statement.confidence = \
                chosen, cues[0], 0.55


def _target_speaks(candidate: Candidate, context: ArticleContext) -> None:
    """The measures' target on the measures, with no cue for either side ('the embargo has
    cost the island $120 billion'): in a news report, an argument against them. The target is
    the one the statement names, or the report's ('the measures would hurt American
    businesses more than Nicaragua', said in Managua)."""
    statement = candidate.statement
    targets = {statement.target, *candidate.targets, context.default_target} - {None}
    if statement.stance == "neutral" and candidate.anchors and not candidate.described \
            and not candidate.acted and not candidate.first_person \
            and statement.country in targets:
        statement.stance, statement.stance_cue, statement.confidence = \
            "ease", AGAINST_SPEAKER, 0.55


def _stands_firm(candidate: Candidate, context: ArticleContext,
                 event: Candidate | None) -> None:
    """A party that will not bend ('would not be dictated to', 'will weather this too'), with
    no cue either way: the measures' target defies them (ease); their imposer will not back
    down from them (tighten). Anyone else's firmness takes no side."""
    statement = candidate.statement
    cue = next((text for text, kind in candidate.follows if kind == "defiance"), None)
    if cue is None or statement.stance != "neutral" or statement.country is None \
            or candidate.described or candidate.first_person:
        return
    imposer = event.statement.country if event is not None else None
    if statement.country in candidate.targets:
        stance = "ease"  # 'the sanctions on us will not make us bend'
    elif statement.country == imposer:
        stance = "tighten"  # in a tit-for-tat, the first to act is the one standing firm
    elif statement.country in (statement.target, context.default_target):
        stance = "ease"
    else:
        return
    statement.stance, statement.stance_cue, statement.confidence = stance, cue, 0.55
    statement.on_topic = True
    if statement.target in (None, statement.country) and stance == "tighten":
        statement.target = context.default_target


RETALIATION = frozenset({"retaliate", "retaliation", "hit back", "respond in kind"})
# measures taken in answer to others' ("would take firm countermeasures"): retaliation too
COUNTERMEASURES = re.compile(r"\bcounter-?(?:measures?|sanctions?)\b", re.IGNORECASE)


def _retaliation(candidate: Candidate, event: Candidate | None) -> None:
    """'Canada vowed to hit back' in a report of US tariffs: measures against the country
    whose measures the report tells of (GOLD_FORMAT: retaliation is tighten on the country it
    hits), not against the speaker's own."""
    statement = candidate.statement
    cue = next((text for text, _ in candidate.follows if text.lower() in RETALIATION), None) \
        or next(iter(COUNTERMEASURES.findall(statement.sentence)), None)
    if event is None or cue is None or candidate.first_person or (
            statement.stance == "ease" and statement.stance_cue != AGAINST_SPEAKER):
        return  # (its own countermeasures are no measures against the speaker)
    imposer = event.statement.country
    if imposer is None or statement.country == imposer or (
            statement.country is None and statement.speaker_type == "person"):
        return  # the imposer's own threat, or someone of unknown country
    statement.stance, statement.target, statement.on_topic = "tighten", imposer, True
    if statement.stance_cue in (None, AGAINST_SPEAKER):
        statement.stance_cue = cue
    statement.confidence = max(statement.confidence, 0.6)


def _decide_topic(candidate: Candidate, context: ArticleContext) -> None:
    """The measures' target, and whether the statement is about them at all."""
    statement = candidate.statement
    targets = candidate.targets
    statement.target = next((t for t in targets if t != statement.country),
                            targets[0] if targets else candidate.dispute)
    statement.on_topic = statement.stance in POLAR or candidate.anchors > 0 or bool(targets) \
        or candidate.dispute is not None
    if statement.target is None:
        statement.target = context.default_target
