"""Agreement between raters: Cohen's kappa checked against hand-computed examples, per-label
specific agreement, and the comparison of the machine and coders on a real database."""

from __future__ import annotations

import math
import random
from datetime import datetime

import pytest

from stance.agreement import cohen_kappa, compare, observed_agreement, per_label
from stance.corrections import correct


def test_kappa_two_labels_hand_computed():
    """50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
    p_o = 35/50 = 0.7; A says yes 25 times, B 30: p_e = (25*30 + 25*20) / 50^2 = 0.5;
    kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4."""
    pairs = [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 \
        + [("no", "no")] * 15
    assert observed_agreement(pairs) == pytest.approx(0.7)
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_kappa_three_stances_hand_computed():
    """A: t t t e e e n n n t / B: t t e e e n n n t t. Seven agree: p_o = 0.7.
    Both raters use t 4 times, e 3, n 3: p_e = (16 + 9 + 9) / 100 = 0.34;
    kappa = 0.36 / 0.66 = 6/11."""
    a = ["t", "t", "t", "e", "e", "e", "n", "n", "n", "t"]
    b = ["t", "t", "e", "e", "e", "n", "n", "n", "t", "t"]
    pairs = list(zip(a, b, strict=True))
    assert cohen_kappa(pairs) == pytest.approx(6 / 11)
    labels = per_label(pairs).set_index("label")
    assert labels.loc["t"].tolist() == [4, 4, 3, pytest.approx(0.75)]
    assert labels.loc["e"].tolist() == [3, 3, 2, pytest.approx(4 / 6)]
    assert labels.loc["n"].tolist() == [3, 3, 2, pytest.approx(4 / 6)]


def test_kappa_edge_cases():
    assert cohen_kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)
    assert cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)
    assert math.isnan(cohen_kappa([("a", "a"), ("a", "a")]))  # chance agreement is 1
    assert math.isnan(cohen_kappa([]))
    assert math.isnan(observed_agreement([]))


def test_kappa_matches_a_reference_implementation_on_a_random_table():
    """The same formula computed from a confusion matrix, independently."""

    rng = random.Random(7)
    labels = ["tighten", "ease", "neutral"]
    pairs = [(rng.choice(labels), rng.choice(labels + ["tighten"])) for _ in range(200)]
    n = len(pairs)
    matrix = {(x, y): sum(1 for p in pairs if p == (x, y)) for x in labels for y in labels}
    p_o = sum(matrix[(x, x)] for x in labels) / n
    rows = {x: sum(matrix[(x, y)] for y in labels) / n for x in labels}
    cols = {y: sum(matrix[(x, y)] for x in labels) / n for y in labels}
    p_e = sum(rows[x] * cols[x] for x in labels)
    assert cohen_kappa(pairs) == pytest.approx((p_o - p_e) / (1 - p_e))


@pytest.fixture
def coded_db(statement_of, build_fixture_db, tmp_path):
    """Fixture statements (machine: China ease, Haley tighten, Wang ease, Haley tighten,
    Japan neutral, US tighten) coded by ann (4 statements) and bob (4)."""
    db = build_fixture_db(tmp_path / "coded.duckdb")
    first = datetime(2024, 1, 1)
    ann = {"China": "ease", "Nikki Haley": "tighten", "Japan": "ease", "United States":
           "neutral"}
    bob = {"China": "ease", "Nikki Haley": "ease", "Japan": "ease", "Wang Yi": "ease"}
    for coder, labels in (("ann", ann), ("bob", bob)):
        for speaker, stance in labels.items():
            correct(db, statement_of(db, speaker), {"stance": stance}, coder=coder,
                    confirm=True, now=first)
    return db


def test_machine_against_a_coder(coded_db):
    """Pairs (machine, ann): (ease, ease) (tighten, tighten) (neutral, ease) (tighten, neutral):
    p_o = 0.5; machine ease 1 tighten 2 neutral 1, ann ease 2 tighten 1 neutral 1:
    p_e = (2 + 2 + 1) / 16; kappa = (0.5 - 5/16) / (11/16) = 3/11."""
    result = compare(coded_db, "stance", "machine", "ann")
    assert result.statements == 4
    assert result.observed == pytest.approx(0.5)
    assert result.kappa == pytest.approx(3 / 11)
    assert sorted(map(tuple, result.disagreements[["speaker", "label_a", "label_b"]].values)) \
        == [("Japan", "neutral", "ease"), ("United States", "tighten", "neutral")]
    labels = result.labels.set_index("label")
    assert labels.loc["ease", ["rater_a", "rater_b", "both"]].tolist() == [1, 2, 1]
    assert "agree on 50% of 4 statement(s); Cohen's kappa 0.27" in result.summary()


def test_two_coders_compare_on_statements_both_labelled(coded_db):
    """ann and bob share China, Haley, Japan: (ease, ease) (tighten, ease) (ease, ease):
    p_o = 2/3; ann ease 2 tighten 1, bob ease 3: p_e = 6/9: kappa = 0."""
    result = compare(coded_db, "stance", "ann", "bob")
    assert result.statements == 3
    assert result.observed == pytest.approx(2 / 3)
    assert result.kappa == pytest.approx(0.0)
    assert result.disagreements["speaker"].tolist() == ["Nikki Haley"]


def test_a_coders_latest_label_counts(statement_of, coded_db):
    us = statement_of(coded_db, "United States")
    correct(coded_db, us, {"stance": "tighten"}, coder="ann", now=datetime(2024, 2, 1))
    result = compare(coded_db, "stance", "machine", "ann")
    assert result.observed == pytest.approx(0.75)
    assert result.disagreements["speaker"].tolist() == ["Japan"]


def test_country_agreement_reads_names_and_no_shared_statements(statement_of, coded_db):
    correct(coded_db, statement_of(coded_db, "Wang Yi"), {"country": "RUS"}, coder="cy")
    result = compare(coded_db, "country", "machine", "cy")
    assert (result.statements, result.observed, result.kappa) == (1, 0.0, 0.0)
    assert result.disagreements[["label_a", "label_b"]].values.tolist() == [
        ["China (CHN)", "Russia (RUS)"]]
    empty = compare(coded_db, "country", "ann", "cy")
    assert empty.statements == 0
    assert "have no country labels on the same statements yet" in empty.summary()
    with pytest.raises(ValueError, match="not a labelled field"):
        compare(coded_db, "mood", "ann", "bob")


def test_sql_page_shows_kappa_and_disagreements(open_page, problems, coded_db, monkeypatch):
    monkeypatch.setenv("STANCE_DB", str(coded_db.path))
    at = open_page("sql")
    assert not problems(at)
    at.selectbox(key="agreement_b").set_value("ann").run()
    assert not problems(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Statements both labelled": "4", "Observed agreement": "50%",
                       "Cohen's kappa": "0.27"}
    frames = [d.value for d in at.dataframe]
    [disagreements] = [f for f in frames if "label_a" in f.columns]
    assert sorted(disagreements["speaker"]) == ["Japan", "United States"]
    assert any("fair agreement on the Landis & Koch scale" in c.value for c in at.caption)
