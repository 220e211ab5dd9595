"""The words of a statement as features for the learned decision (`model.py`).

Names of countries and people are replaced by placeholders, so that what the model learns is
how sides are argued ("lift", "n:waive" after a negation, "tough"), not which country was in
the news when the gold was labelled.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .countries import place_at

_NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nor", "neither"})
_NEGATION_REACH = 4  # tokens after a negation that it governs, for the word features
_KEEP_STOP = frozenset({"more", "further", "new", "less", "no", "not", "never", "against",
                        "any", "all", "until", "unless", "must", "should", "will", "would",
                        "could", "may", "might", "can", "up", "off", "down", "out", "back"})


def _word(token: Token, places) -> str | None:
    place = place_at(places, token.i)
    if place is not None:
        return "<org>" if place.kind == "org" else "<place>"
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        return "<name>"
    if not token.is_alpha and token.lower_ != "n't":
        return None
    if token.is_stop and token.lower_ not in _KEEP_STOP:
        return None
    return token.lemma_.lower()


def sentence_features(doc: Doc, sent: Span, tokens: set[int]) -> tuple[list[str],
                                                                       dict[str, float]]:
    """(ISO3 of the countries the tokens name, word features of the tokens).

    Features: `w:` lemmas, `n:` lemmas within reach of a negation, `s:` lemmas of the whole
    sentence outside the statement's own words. (Pairs of neighbouring words were tried: they
    widened the gap between fitted and held-out tighten/ease F1 from 0.07 to 0.13 and gained
    nothing held out.)"""
    places = doc._.sx_places or []
    named = sorted({p.iso3 for p in places if p.iso3 and p.kind != "org"
                    and sent.start <= p.start < sent.end and p.start in tokens})
    features: dict[str, float] = {}
    negated_until = -1
    last_place = -1
    for token in sent:
        word = _word(token, places)
        if token.lower_ in _NEGATIONS:
            negated_until = token.i + _NEGATION_REACH
        if token.i not in tokens:
            if word is not None and word[0] != "<":
                features[f"s:{word}"] = 1.0
            continue
        if word is None:
            continue
        place = place_at(places, token.i)
        if place is not None and place.start == last_place:
            continue  # one placeholder per multi-word name
        last_place = place.start if place is not None else -1
        features[f"w:{word}"] = 1.0
        if token.i <= negated_until and token.lower_ not in _NEGATIONS:
            features[f"n:{word}"] = 1.0
    return named, features
