"""The learned decision: its JSON file, its arithmetic, how it overrides the rules, and the
shipped model the extractor loads."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from stance.extract import MODEL_FILE, Extractor
from stance.extract.decision import decide_article, decide_cues
from stance.extract.evidence import ArticleContext, Candidate, CueHit
from stance.extract.lexicons import DEFAULT_DATA_DIR
from stance.extract.model import (
    TOPIC_ONLY,
    DecisionModel,
    LinearLayer,
    ModelError,
    document_features,
    load_model,
    passage_topic,
    save_model,
)
from stance.models import Article, Statement
from stance.training import DOCUMENT_ROWS, _layer, document_share, fold_of, side_features

ROWS = [{"w:lift": 1.0, "ev:bias": 1.0}, {"w:impose": 1.0, "ev:bias": 1.0},
        {"w:meet": 1.0, "ev:bias": 1.0}, {"w:lift": 1.0, "w:embargo": 1.0, "ev:bias": 1.0},
        {"w:impose": 1.0, "w:tough": 1.0, "ev:bias": 1.0}, {"w:visit": 1.0, "ev:bias": 1.0}]
SIDES = ["ease", "tighten", "neutral", "ease", "tighten", "neutral"]
TOPICS = ["on", "on", "off", "on", "on", "off"]


@pytest.mark.parametrize("labels", [SIDES, TOPICS], ids=["multinomial", "binary"])
def test_the_json_layer_gives_scikit_learns_probabilities(labels):
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(ROWS)
    fitted = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced").fit(matrix,
                                                                          labels)
    ours = _layer(ROWS, labels, [1.0] * len(ROWS), 1.0)
    layer = LinearLayer.from_json(json.loads(json.dumps(ours.to_json())))
    for row, expected in zip(ROWS, fitted.predict_proba(matrix), strict=True):
        got = layer.probabilities(row)
        assert np.allclose([got[c] for c in fitted.classes_], expected, atol=1e-3)


def _model(side: dict[str, float], topic: float) -> DecisionModel:
    """A model whose answer does not depend on the statement (for the decision's logic)."""
    classes = sorted(side)
    logits = [float(np.log(side[c])) for c in classes]
    return DecisionModel(LinearLayer(classes, [{} for _ in classes], logits),
                         LinearLayer(["off", "on"], [{}], [float(np.log(topic / (1 - topic)))]))


def _candidate(stance_hits: list[CueHit], target: str | None = "IRN") -> Candidate:
    statement = Statement("a.txt", "Ann Roe", "person", "USA", None, "indirect", None,
                          "Ann Roe said so.", 0, 16, "neutral", None, 0.6, None)
    candidate = Candidate(statement, hits=stance_hits, anchors=1 if stance_hits else 0,
                          targets=[target] if target else [])
    decide_cues(candidate)  # as assembly does when it reads the statement
    return candidate


def test_a_confident_model_overrides_the_rules_and_says_so():
    candidate = _candidate([])
    decide_article([candidate], ArticleContext(), _model(
        {"tighten": 0.8, "ease": 0.1, "neutral": 0.1}, 0.9))
    statement = candidate.statement
    assert (statement.stance, statement.stance_cue, statement.on_topic) == (
        "tighten", "(learned)", True)
    assert statement.confidence == pytest.approx(0.8, abs=1e-3)


def test_a_side_the_rules_read_stays_unless_the_model_is_sure_it_is_none():
    unsure = _candidate([CueHit("lift", "ease", 1.0)])
    decide_article([unsure], ArticleContext(), _model(
        {"tighten": 0.2, "ease": 0.25, "neutral": 0.55}, 0.9))
    assert (unsure.statement.stance, unsure.statement.stance_cue) == ("ease", "lift")
    sure = _candidate([CueHit("lift", "ease", 1.0)])
    decide_article([sure], ArticleContext(), _model(
        {"tighten": 0.05, "ease": 0.05, "neutral": 0.9}, 0.9))
    assert (sure.statement.stance, sure.statement.stance_cue) == ("neutral", None)


def test_a_side_the_rules_did_not_read_needs_a_fairly_sure_model():
    unsure = _candidate([])
    decide_article([unsure], ArticleContext(), _model(
        {"tighten": 0.5, "ease": 0.1, "neutral": 0.4}, 0.9))
    assert (unsure.statement.stance, unsure.statement.stance_cue) == ("neutral", None)
    sure = _candidate([])
    decide_article([sure], ArticleContext(), _model(
        {"tighten": 0.7, "ease": 0.1, "neutral": 0.2}, 0.9))
    assert (sure.statement.stance, sure.statement.stance_cue) == ("tighten", "(learned)")


def test_the_rules_side_turns_to_the_other_only_when_the_model_is_fairly_sure():
    leaning = _candidate([CueHit("impose", "tighten", 1.0)])
    decide_article([leaning], ArticleContext(), _model(
        {"tighten": 0.4, "ease": 0.5, "neutral": 0.1}, 0.9))
    assert (leaning.statement.stance, leaning.statement.stance_cue) == ("tighten", "impose")
    assert leaning.statement.confidence == pytest.approx(0.4, abs=1e-3)
    sure = _candidate([CueHit("impose", "tighten", 1.0)])
    decide_article([sure], ArticleContext(), _model(
        {"tighten": 0.2, "ease": 0.7, "neutral": 0.1}, 0.9))
    assert (sure.statement.stance, sure.statement.stance_cue) == ("ease", "(learned)")


def test_measures_told_of_keep_the_side_of_the_act_whatever_the_model_says():
    sure = {"tighten": 0.05, "ease": 0.9, "neutral": 0.05}
    argued = _candidate([CueHit("sanctions", "tighten", 1.0)])
    acted = _candidate([CueHit("sanctions", "tighten", 1.0)])
    acted.acted = True  # "Washington's new sanctions were unacceptable, Ryabkov said": the US
    decide_article([argued, acted], ArticleContext(), _model(sure, 0.9))
    assert (argued.statement.stance, acted.statement.stance) == ("ease", "tighten")


def test_an_act_on_measures_keeps_its_side_against_a_model_leaning_the_other_way():
    """'President Ana Roe ordered tariffs on Chilean copper': what was done is the side; the
    model may still call it neutral when it is sure (an act told of as the past)."""
    leaning = {"tighten": 0.2, "ease": 0.7, "neutral": 0.1}
    done = _candidate([CueHit("tariffs", "tighten", 0.8)])
    done.act = True
    said = _candidate([CueHit("tariffs", "tighten", 0.8)])
    decide_article([done, said], ArticleContext(), _model(leaning, 0.9))
    assert (done.statement.stance, said.statement.stance) == ("tighten", "ease")


def test_a_stand_on_the_reports_event_keeps_its_side_against_a_model_leaning_the_other_way():
    """'The United States voted against the resolution' after a vote to end an embargo: the
    side comes from the event the words refer back to, which the model's words cannot see."""
    leaning = {"tighten": 0.2, "ease": 0.7, "neutral": 0.1}
    referred = _candidate([CueHit("against … resolution", "tighten", 1.0, reference=True)])
    said = _candidate([CueHit("against … resolution", "tighten", 1.0)])
    decide_article([referred, said], ArticleContext(), _model(leaning, 0.9))
    assert (referred.statement.stance, said.statement.stance) == ("tighten", "ease")


def test_a_cue_in_the_speakers_own_quoted_words_keeps_its_side_against_a_leaning_model():
    """'Pompeo has promised "the strongest sanctions in history"' in a report of Europe
    opposing them: the speaker's quoted words, not the document's lean, give the side."""
    leaning = {"tighten": 0.2, "ease": 0.7, "neutral": 0.1}
    quoted = _candidate([CueHit("strongest", "tighten", 1.0)])
    quoted.statement.quote_type = "mixed"
    quoted.statement.quote = "the strongest sanctions in history"
    reported = _candidate([CueHit("strongest", "tighten", 1.0)])
    reported.statement.quote_type = "mixed"
    reported.statement.quote = "in history"  # the cue is the reporter's word, not quoted
    decide_article([quoted, reported], ArticleContext(), _model(leaning, 0.9))
    assert (quoted.statement.stance, quoted.statement.stance_cue) == ("tighten", "strongest")
    assert reported.statement.stance == "ease"


def test_an_order_of_tariffs_is_an_act_a_call_for_them_is_not():
    rules = Extractor(use_model=False)
    article = Article("a.txt", "President Ana Roe of Peru ordered tariffs on Chilean copper. "
                      "Senator Al Poe said Peru should impose tariffs on Chile.")
    _, candidates, _ = next(rules.candidates([article]))
    assert [(c.statement.speaker, c.act) for c in candidates] == [
        ("Ana Roe", True), ("Al Poe", False)]


def test_only_an_imposer_or_a_passive_act_is_told_of():
    article = Article("a.txt", "Washington's new sanctions were unacceptable, Ryabkov said.")
    _, candidates, _ = next(Extractor(use_model=False).candidates([article]))
    assert sorted((c.statement.speaker, c.statement.stance, c.acted) for c in candidates) == [
        ("Ryabkov", "ease", False), ("United States", "tighten", True)]


def test_a_word_that_follows_the_documents_side_needs_the_measures_nearby():
    sided = [_candidate([CueHit("impose", "tighten", 1.0)]) for _ in range(3)]
    near = _candidate([])
    near.follows = [("consequences", "consequence")]
    filler = [_candidate([], target=None) for _ in range(3)]
    far = _candidate([], target=None)
    far.follows = [("accountability", "consequence")]
    decide_article([*sided, near, *filler, far], ArticleContext())
    assert (near.statement.stance, near.statement.stance_cue) == ("tighten", "consequences")
    assert far.statement.stance == "neutral"


def test_in_news_a_consequence_word_is_a_threat_whatever_side_the_others_take():
    # a report led by calls for easing; one official 'holds accountable' those responsible
    easing = [_candidate([CueHit("lift", "ease", 1.0)]) for _ in range(3)]
    official = _candidate([])
    official.follows = [("accountable", "consequence")]
    decide_article([*easing, official], ArticleContext())
    assert (official.statement.stance, official.statement.stance_cue) == (
        "tighten", "accountable")


def test_the_measures_named_next_to_a_statement_or_in_its_passage_are_features():
    candidates = [_candidate([CueHit("impose", "tighten", 1.0)])] + [
        _candidate([], target=None) for _ in range(7)]
    features = document_features(candidates, ArticleContext())
    near = [sorted(k for k in f if k in ("ev:near_anchor", "ev:passage_anchor"))
            for f in features]
    assert near[1] == near[2] == ["ev:near_anchor", "ev:passage_anchor"]
    assert near[3] == near[5] == ["ev:passage_anchor"]
    assert near[0] == near[6] == near[7] == []
    # one statement of eight names the measures: the document is hardly about them
    assert [f[f"{TOPIC_ONLY}doc_anchored"] for f in features] == pytest.approx([math.log(2)] * 8)


def _at(candidate: Candidate, start: int) -> Candidate:
    candidate.statement.start = start
    return candidate


def test_a_joint_statements_sentence_counts_once_for_what_the_document_is_about():
    """Three signatories say each sentence: one sentence of four names the measures."""
    signed = [_at(_candidate([CueHit("impose", "tighten", 1.0)] if n == 0 else [],
                             target=None), n * 100) for n in range(4) for _ in range(3)]
    features = document_features(signed, ArticleContext())
    assert [f[f"{TOPIC_ONLY}doc_anchored"] for f in features] == pytest.approx(
        [math.log(2)] * 12)


def test_a_sentence_between_sentences_on_the_dispute_is_on_topic_one_far_from_them_is_not():
    """'This is a ruse, a ploy.' in a passage on the dispute: its words say nothing, its
    passage does. The same words far from the passage stay off topic."""
    topic = LinearLayer(["off", "on"], [{"w:nuclear": 6.0}], [-3.0])  # 0.95 with, 0.05 without
    side = LinearLayer(["neutral", "tighten"], [{}], [-5.0])
    words = [["w:nuclear"], [], ["w:nuclear"], ["w:nuclear"], [], [], [], [], []]
    candidates = []
    for n, named in enumerate(words):
        candidate = _at(_candidate([], target=None), n * 100)
        candidate.features = dict.fromkeys(named, 1.0)
        candidates.append(candidate)
    decide_article(candidates, ArticleContext(), DecisionModel(side, topic))
    on = [c.statement.on_topic for c in candidates]
    assert on[:4] == [True, True, True, True]  # the passage, and sentence 1 inside it
    assert on[4:] == [False] * 5  # at its edge (half its neighbours on it) and beyond
    assert passage_topic(candidates[:1], [0.2]) == [0.2]  # alone, its own


def test_what_a_document_is_about_informs_the_topic_never_the_side():
    rows = [{"w:lift": 1.0, f"{TOPIC_ONLY}doc_anchored": 0.7}]
    assert side_features(rows) == [{"w:lift": 1.0}]
    shipped = load_model(DEFAULT_DATA_DIR / MODEL_FILE)
    assert shipped is not None
    assert f"{TOPIC_ONLY}doc_anchored" in shipped.topic.weights[0]
    assert not any(name.startswith(TOPIC_ONLY) for row in shipped.side.weights for name in row)


def test_off_topic_statements_lose_their_target():
    candidate = _candidate([])
    decide_article([candidate], ArticleContext(), _model(
        {"tighten": 0.1, "ease": 0.1, "neutral": 0.8}, 0.2))
    assert (candidate.statement.on_topic, candidate.statement.target) == (False, None)


def test_model_file_round_trip_and_clear_errors(tmp_path: Path):
    model = _model({"tighten": 0.5, "ease": 0.2, "neutral": 0.3}, 0.7)
    path = tmp_path / "m.json"
    save_model(model, path)
    again = load_model(path)
    assert again.side.probabilities({}) == pytest.approx(model.side.probabilities({}))
    assert load_model(tmp_path / "absent.json") is None  # no file: the rules decide alone
    path.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ModelError, match=r"m\.json: model format 99"):
        load_model(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match=r"m\.json: not a readable model file"):
        load_model(path)


def test_the_shipped_model_loads_and_decides():
    shipped = load_model(DEFAULT_DATA_DIR / MODEL_FILE)
    assert shipped is not None and "gold documents" in shipped.trained_on
    assert Extractor().model is not None and Extractor(use_model=False).model is None
    found = Extractor().extract(Article("t.txt", "The European Union said on Monday it would "
                                                 "lift its oil embargo on Iran in January."))
    eu = [s for s in found if s.speaker == "European Union"]
    assert eu and eu[0].stance == "ease" and eu[0].on_topic and eu[0].target == "IRN"
    assert 0.0 < eu[0].confidence <= 1.0


class _Doc:
    def __init__(self, corpus: str, name: str):
        self.gold = type("G", (), {"corpus": corpus,
                                   "article": type("A", (), {"name": name})()})()


def test_folds_deal_each_corpus_across_every_fold():
    docs = [_Doc(c, f"{c}-{i}") for c in ("news", "speeches") for i in range(5)]
    folds = fold_of(docs, 5)
    for corpus in ("news", "speeches"):
        assert sorted(folds[f"{corpus}-{i}"] for i in range(5)) == [0, 1, 2, 3, 4]
    assert fold_of(docs, 5) == folds  # the same split every run


def test_of_two_countries_tied_as_the_measures_target_the_usual_imposer_is_not_it():
    """U.S. tariffs on China and China's counter-list: one vote each, and the report names the
    United States more often; the article's target is China."""
    context = ArticleContext(target_votes=Counter({"CHN": 1, "USA": 1}),
                             named=Counter({"USA": 15, "CHN": 13}))
    assert context.default_target == "CHN"


def test_of_two_countries_named_as_often_the_usual_imposer_is_not_the_target():
    """No statement says whom its measures hit, and the United States and the Soviet Union
    are named ten times each: an on-topic statement with no target of its own is about the
    Soviet Union's."""
    candidate = _candidate([], target=None)
    candidate.anchors = 1  # it speaks of the measures, taking no side
    decide_article([candidate], ArticleContext(named=Counter({"USA": 10, "RUS": 10, "AFG": 4})))
    assert candidate.statement.target == "RUS"


def test_a_long_document_counts_no_more_than_a_set_number_of_sentences():
    assert document_share(10) == 1.0
    assert document_share(DOCUMENT_ROWS) == 1.0
    assert document_share(4 * DOCUMENT_ROWS) * 4 * DOCUMENT_ROWS == DOCUMENT_ROWS
