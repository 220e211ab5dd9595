"""The scorer on tiny synthetic gold / prediction lists."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import stance.evaluate as ev
from stance.errors import StanceError
from stance.evaluate import GoldError, evaluate, format_report, load_gold, speakers_compatible

TEXT = "Alpha said one thing. Beta Land wants curbs. Gamma agreed."


def gold(speaker, start, end, stance="neutral", kind="person", country=None, optional=False,
         **extra):
    row = {"article": "a.txt", "speaker": speaker, "speaker_type": kind, "country": country,
           "stance": stance, "evidence_start": start, "evidence_end": end,
           "evidence": TEXT[start:end], "optional": optional, "aliases": []}
    row.update(extra)
    return row


def pred(speaker, start, end, stance="neutral", kind="person", country=None, quote=None):
    return {"article": "a.txt", "speaker": speaker, "speaker_type": kind, "country": country,
            "stance": stance, "start": start, "end": end, "sentence": TEXT[start:end],
            "quote": quote, "quote_type": "direct" if quote else "indirect"}


def test_perfect_match_and_partial_names():
    report = evaluate([([gold("Ann Alpha", 0, 21)], [pred("Alpha", 0, 21)])])
    assert (report.detection_p, report.detection_r, report.stance_f1) == (1.0, 1.0, 1.0)


def test_wrong_stance_counts_for_detection_not_stance():
    report = evaluate([([gold("Alpha", 0, 21, "ease")], [pred("Alpha", 0, 21, "tighten")])])
    assert report.detection_f1 == 1.0
    assert report.stance_f1 == 0.0
    assert report.wrong_stance[0].predicted_stance == "tighten"


def test_country_speakers_match_by_iso3_and_spans_must_overlap():
    g = gold("Beta Land", 22, 44, "tighten", "country", "BTA")
    report = evaluate([([g], [pred("Beta", 22, 44, "tighten", "organization", "BTA"),
                              pred("Beta", 45, 58, "tighten", "country", "BTA")])])
    assert report.matched == 1
    assert len(report.extras) == 1 and report.extras[0].evidence == "Gamma agreed."
    assert report.detection_p == 0.5


def test_one_to_one_matching_prefers_the_right_stance():
    golds = [gold("Alpha", 0, 21, "ease"), gold("Alpha", 0, 21, "tighten")]
    preds = [pred("Alpha", 0, 21, "tighten")]
    report = evaluate([(golds, preds)])
    assert report.matched == 1 and report.stance_correct == 1
    assert [m.stance for m in report.misses] == ["ease"]


def test_optional_rows_neither_reward_nor_penalise():
    golds = [gold("Alpha", 0, 21), gold("Gamma", 45, 58, optional=True),
             gold("Beta", 22, 44, optional=True)]
    report = evaluate([(golds, [pred("Alpha", 0, 21), pred("Gamma", 45, 58)])])
    assert report.detection_p == 1.0 and report.detection_r == 1.0
    assert report.misses == [] and report.extras == []


def test_persons_do_not_match_countries_and_quotes_are_scored():
    golds = [gold("Alpha", 0, 21, quote="one thing", quote_type="direct")]
    report = evaluate([(golds, [pred("Alpha Land", 0, 21, kind="country")])])
    assert report.matched == 0 and math.isclose(report.direct_quote_recall, 0.0)
    report = evaluate([(golds, [pred("Alpha", 0, 21, quote="one thing")])])
    assert report.direct_quote_recall == 1.0
    assert "direct-quote recall 1.000" in format_report(report)


def test_empty_inputs_give_undefined_not_errors():
    report = evaluate([])
    assert math.isnan(report.detection_p)
    assert "n/a" in format_report(report)


def test_load_gold_resolves_offsets_and_text(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {"article": "a.txt", "speaker": "Alpha", "stance": "neutral", "evidence_start": 0,
         "evidence_end": 20, "quote_start": 11, "quote_end": 20},
        {"article": "a.txt", "speaker": "Gamma", "stance": "neutral", "evidence": "Gamma agreed"},
    ]
    path = tmp_path / "a.gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    loaded = load_gold(path)
    assert loaded[0]["evidence"] == "Alpha said one thing"
    assert loaded[0]["quote"] == "one thing"
    assert (loaded[1]["evidence_start"], loaded[1]["evidence_end"]) == (45, 57)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"article": "a.txt", "speaker": "X", "stance": "maybe", "evidence": "Gamma"}, "stance"),
        ({"article": "a.txt", "speaker": "X", "stance": "ease", "evidence": "nowhere"},
         "not found"),
        ({"article": "a.txt", "speaker": "X", "stance": "ease", "evidence_start": 5,
          "evidence_end": 500}, "outside"),
    ],
)
def test_load_gold_errors_name_file_and_line(tmp_path, row, message):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "bad.gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=message) as info:
        load_gold(path)
    assert "bad.gold.jsonl:1" in str(info.value)


def test_gold_error_is_a_one_line_stance_error():
    assert issubclass(GoldError, StanceError)


def test_articles_missing_next_to_offset_gold_are_read_from_the_shared_corpus(tmp_path,
                                                                               monkeypatch):
    repo = tmp_path / "repo"
    gold_dir = repo / "tests" / "gold" / "mini"
    corpus = tmp_path / "shared" / "corpus" / "mini"
    gold_dir.mkdir(parents=True)
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    row = {"article": "a.txt", "speaker": "Alpha", "stance": "neutral", "evidence_start": 0,
           "evidence_end": 20}
    path = gold_dir / "a.gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setattr(ev, "REPO_ROOT", repo)
    assert load_gold(path)[0]["evidence"] == "Alpha said one thing"
    (corpus / "a.txt").unlink()
    with pytest.raises(GoldError, match="shared"):
        load_gold(path)


def test_per_corpus_groups_are_scored_separately():
    first = ([gold("Alpha", 0, 21)], [pred("Alpha", 0, 21)], "news")
    second = ([gold("Beta", 22, 44, "tighten")], [pred("Gamma", 45, 58)], "speeches")
    report = evaluate([first, second])
    assert report.matched == 1 and report.articles == 2
    assert report.groups["news"].detection_f1 == 1.0
    assert report.groups["speeches"].detection_f1 == 0.0
    text = format_report(report)
    assert "per corpus:" in text and "speeches" in text
    assert "per corpus:" not in format_report(evaluate([first]))


def test_a_body_matches_under_any_of_its_gazetteer_spellings():
    gold_row = gold("United Nations Security Council", 0, 21, kind="organization")
    assert speakers_compatible(gold_row, pred("UN Security Council", 0, 21, kind="organization"))
    assert not speakers_compatible(gold_row, pred("European Union", 0, 21, kind="organization"))


MADE_UP_SETS = sorted((Path(__file__).resolve().parents[1] / "data" / "eval").glob("made-up-*"))


@pytest.mark.parametrize("folder", MADE_UP_SETS, ids=lambda p: p.name)
def test_the_made_up_evaluation_sets_load_with_every_row_found_in_its_story(folder):
    """`python -m stance eval data/eval/made-up-news*` must not fail on a bad row: every
    evidence and quote is found in its story, and every story has labelled statements."""
    golds = sorted(folder.glob("*.gold.jsonl"))
    assert golds and len(golds) == len(list(folder.glob("*.txt")))
    for gold in golds:
        rows = load_gold(gold)
        assert rows, gold
        assert {row["stance"] for row in rows} <= {"tighten", "ease", "neutral"}


def test_target_accuracy_judges_statements_on_topic_in_gold_and_prediction():
    golds = [gold("Alpha", 0, 21, target="IRN"), gold("Beta", 22, 44, "tighten", target="PRK"),
             gold("Gamma", 45, 58, target="CUB"), gold("Alpha", 0, 21, "ease", optional=True,
                                                       target="IRN")]
    right = {**pred("Alpha", 0, 21), "target": "IRN", "on_topic": True}
    wrong = {**pred("Beta", 22, 44, "tighten"), "target": "USA", "on_topic": True}
    off = {**pred("Gamma", 45, 58), "target": None, "on_topic": False}  # not judged
    report = evaluate([(golds, [right, wrong, off])])
    assert (report.target_correct, report.target_judged) == (1, 2)
    assert report.target_accuracy == 0.5
    assert "target accuracy  0.500  (1/2 matched" in format_report(report)
    assert math.isnan(evaluate([([gold("Alpha", 0, 21)], [pred("Alpha", 0, 21)])])
                      .target_accuracy)
