"""A learned decision of side and topic, trained on the project's gold (`python -m stance train`).

The rules find statements and the evidence in them; where the rules stall (a side shown by an
act, a call without a cue word, a topic named without the word "sanctions"), two linear models
decide from the same evidence plus the sentence's words: one for the side (tighten / ease /
neutral), one for the topic (about the sanctions or the dispute behind them, or not). The topic
layer also reads how much of the document names the measures (`TOPIC_ONLY` features), which
says nothing of a side.

The trained file is plain JSON (feature names, classes, weights): small, readable, and loaded
without any pickle. Nothing is downloaded; `data/models/decision.json` is trained from our gold.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from stance.errors import StanceError
from stance.models import Statement

from .evidence import CUE_JOINER, POLAR, ArticleContext, Candidate

MODEL_FORMAT = 1
KEEP_RULE = 0.6  # the model's certainty of "neutral" needed to undo a side the rules read
ADD_SIDE = 0.6  # the model's certainty of a side needed to give one where the rules read none
FLIP_SIDE = 0.55  # ... and of the other side, to turn the side the rules read
NEAR_REACH = 2  # statements on either side whose measures are "near"
PASSAGE_REACH = 5  # ... and in the same passage (a speech's section on the embargo)
TOPIC_ONLY = "topic:"  # features of what a document is about: the topic layer's alone
ON_TOPIC = 0.45  # the topic layer's probability from which a statement counts as on topic
# A statement's topic is half its own words' and half its passage's (the statements of the
# TOPIC_REACH sentences on either side): a passage on the dispute is on topic as a whole, which
# one of its sentences ("This is a ruse, a ploy.") cannot show by its words. Held out (5 folds,
# 114 documents): on-topic F1 0.733 -> 0.748; own shares 0.3-0.6 and reaches 2-4 all gave
# 0.746-0.751
TOPIC_OWN = 0.5
TOPIC_REACH = 2


class ModelError(StanceError):
    """The trained model file cannot be used; the message names the file."""


@dataclass
class LinearLayer:
    """A multinomial (or binary, one row) logistic regression over sparse named features."""

    classes: list[str]
    weights: list[dict[str, float]]  # per class (one row for a binary model)
    intercepts: list[float]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        scores = [b + sum(w.get(name, 0.0) * value for name, value in features.items())
                  for w, b in zip(self.weights, self.intercepts, strict=True)]
        if len(self.classes) == 2 and len(scores) == 1:  # binary: P(classes[1]) = sigmoid
            p = 1.0 / (1.0 + math.exp(-scores[0]))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict:
        return {"classes": self.classes, "intercepts": self.intercepts,
                "weights": [{k: round(v, 5) for k, v in row.items() if abs(v) >= 1e-4}
                            for row in self.weights]}

    @classmethod
    def from_json(cls, data: dict) -> LinearLayer:
        return cls(list(data["classes"]), [dict(row) for row in data["weights"]],
                   [float(b) for b in data["intercepts"]])


@dataclass
class DecisionModel:
    """Side and topic layers plus how far to trust them over the rules."""

    side: LinearLayer
    topic: LinearLayer
    trained_on: str = ""

    def apply(self, candidates: list[Candidate], context: ArticleContext) -> None:
        """Re-decide the side and topic of an article's statements (their features are read
        before any of them changes); the confidence is the model's."""
        features = document_features(candidates, context)
        own = [self.topic.probabilities(row).get("on", 0.0) for row in features]
        for candidate, row, topic in zip(candidates, features, passage_topic(candidates, own),
                                         strict=True):
            self._decide(candidate, row, topic)

    def _decide(self, candidate: Candidate, features: dict[str, float], topic: float) -> None:
        """Side and topic of one statement, from its features and its (passage's) topic
        probability."""
        statement = candidate.statement
        side = self.side.probabilities(features)
        best = max(side, key=side.get)
        if candidate.acted and statement.stance != "neutral":
            best = statement.stance  # measures told of, not argued: the act is the side
        elif statement.stance != "neutral" and best == "neutral" and side["neutral"] < KEEP_RULE:
            best = statement.stance  # a cue the rules read: undone only by a sure model
        elif statement.stance == "neutral" and best != "neutral" and side[best] < ADD_SIDE:
            best = "neutral"  # no cue the rules read: a side only from a fairly sure model
        elif "neutral" not in (statement.stance, best) and (
                side[best] < FLIP_SIDE or candidate.act
                or any(hit.reference for hit in candidate.hits)
                or _cue_quoted(statement)):
            # a cue for one side, a model leaning to the other: the cue; always when the
            # speaker acts on the measures, or stands to the report's event ('voted against
            # the resolution'), whose side the model's words cannot see, or says the cue in
            # their own quoted words, which a document arguing the other way does not turn
            best = statement.stance
        on_topic = topic >= ON_TOPIC or best != "neutral" \
            or candidate.dispute is not None  # a dispute the lexicon names is the topic
        if best != statement.stance:
            # the rules' cue argued for another side (or for none): the model decided
            statement.stance_cue = "(learned)" if best != "neutral" else None
            statement.stance = best
        statement.confidence = round(side[best], 3)
        statement.on_topic = on_topic
        if not on_topic:
            statement.target = None  # an on-topic one with none gets the document's later

    def to_json(self) -> dict:
        return {"format": MODEL_FORMAT, "trained_on": self.trained_on,
                "side": self.side.to_json(), "topic": self.topic.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> DecisionModel:
        return cls(LinearLayer.from_json(data["side"]), LinearLayer.from_json(data["topic"]),
                   data.get("trained_on", ""))


def passage_topic(candidates: list[Candidate], own: list[float]) -> list[float]:
    """Each statement's topic probability: TOPIC_OWN of its `own`, the rest the mean of the
    sentences within TOPIC_REACH (each sentence the mean of its statements; a joint statement's
    sentence, said by every signatory, counts once)."""
    order = {start: n for n, start in enumerate(sorted({c.statement.start for c in candidates}))}
    said: dict[int, list[float]] = {}
    for candidate, p in zip(candidates, own, strict=True):
        said.setdefault(order[candidate.statement.start], []).append(p)
    sentence = {n: sum(ps) / len(ps) for n, ps in said.items()}
    out = []
    for candidate, p in zip(candidates, own, strict=True):
        n = order[candidate.statement.start]
        around = [sentence[k] for k in range(n - TOPIC_REACH, n + TOPIC_REACH + 1)
                  if k != n and k in sentence]
        out.append(TOPIC_OWN * p + (1 - TOPIC_OWN) * sum(around) / len(around) if around
                   else p)
    return out


def _cue_quoted(statement: Statement) -> bool:
    """The rules' cue is in the speaker's own quoted words ('promised "the strongest
    sanctions in history"')."""
    cue, quote = statement.stance_cue, statement.quote
    return bool(cue and quote) and all(part.strip().casefold() in quote.casefold()
                                       for part in cue.split(CUE_JOINER.strip()))


def document_features(candidates: list[Candidate], context: ArticleContext
                      ) -> list[dict[str, float]]:
    """Each statement's features, with the sides the rules gave the article's other
    statements (all of them, and the same speaker's): a press release that announces measures
    or a speech against 'unilateral coercive measures' leans one way throughout."""
    sides = [c.statement.stance for c in candidates]
    speakers = [c.statement.speaker.casefold() for c in candidates]
    overall = Counter(s for s in sides if s != "neutral")
    by_speaker: dict[str, Counter[str]] = {}
    for speaker, side in zip(speakers, sides, strict=True):
        if side != "neutral":
            by_speaker.setdefault(speaker, Counter())[side] += 1
    anchored = [c.anchors > 0 for c in candidates]
    share = sum(anchored) / len(candidates) if candidates else 0.0
    # sentences, not statements: a joint statement's sentence is said by every signatory
    # (held out, 114 documents: on-topic F1 0.723 -> 0.733)
    anchored_sentences = len({c.statement.start for c in candidates if c.anchors > 0})
    out = []
    for i, (candidate, speaker, side) in enumerate(zip(candidates, speakers, sides,
                                                        strict=True)):
        features = model_features(candidate, context)
        features["ev:doc_anchor_share"] = share
        # how much of the document is about the measures at all (a profile that says
        # "sanctioned" once is not): for the topic layer only, it says nothing of a side
        features[f"{TOPIC_ONLY}doc_anchored"] = math.log1p(anchored_sentences)
        # the measures named in the statements around: next to it, or in the same passage
        for name, reach in (("ev:near_anchor", NEAR_REACH), ("ev:passage_anchor", PASSAGE_REACH)):
            if _named_within(anchored, i, reach):
                features[name] = 1.0
        own = Counter({side: 1}) if side != "neutral" else Counter()
        for prefix, counts in (("doc", overall - own),
                               ("speaker", by_speaker.get(speaker, Counter()) - own)):
            total = sum(counts.values())
            for name in POLAR:
                if counts[name]:
                    features[f"ev:{prefix}_{name}"] = counts[name] / total
        out.append(features)
    return out


def _named_within(anchored: list[bool], i: int, reach: int) -> bool:
    """Another statement within `reach` of statement `i`, on either side, names the measures."""
    return any(anchored[max(0, i - reach):i]) or any(anchored[i + 1:i + reach + 1])


def model_features(candidate: Candidate, context: ArticleContext) -> dict[str, float]:
    """The sentence's words (from assembly) plus the rules' evidence, as named features."""
    statement = candidate.statement
    out = dict(candidate.features)
    totals = {"tighten": 0.0, "ease": 0.0}
    for hit in candidate.hits:
        totals[hit.stance] += hit.weight
    for side, total in totals.items():
        if total:
            out[f"ev:cue_{side}"] = min(total, 2.0)
    flags = {
        "anchor": candidate.anchors > 0,
        "target_named": bool(candidate.targets),
        "place_named": bool(candidate.places),
        "names_dispute": candidate.dispute is not None,
        "names_document_target": context.default_target in candidate.places,
        "document_has_target": context.default_target is not None,
        "own_target": candidate.own_target,
        "described": candidate.described,
        "first_person_document": candidate.first_person,
        "speaker_is_target": statement.country is not None
        and statement.country in candidate.targets,
        **{f"follow_{kind}": True for _, kind in candidate.follows},
        f"rule_{statement.stance}": True,
        f"speaker_{statement.speaker_type}": True,
        f"quote_{statement.quote_type}": True,
        "bias": True,
    }
    out.update({f"ev:{name}": 1.0 for name, on in flags.items() if on})
    return out


def load_model(path: Path) -> DecisionModel | None:
    """The trained model at `path`; None when no file is there (the rules decide alone)."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(f"{path}: not a readable model file ({exc})") from exc
    if data.get("format") != MODEL_FORMAT:
        raise ModelError(f"{path}: model format {data.get('format')!r}, this program reads "
                         f"{MODEL_FORMAT}; retrain it with `python -m stance train`")
    try:
        return DecisionModel.from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{path}: malformed model file ({exc})") from exc


def save_model(model: DecisionModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")
