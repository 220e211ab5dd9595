"""Near-identical quotes are grouped, so a quote reported by many outlets counts once each."""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
import pytest

from stance.filters import Filters
from stance.models import Article, Statement
from stance.store import quote_clusters
from stance.store.quote_clusters import (
    candidate_heads,
    cluster_quotes,
    clustering_alongside,
    update_quote_clusters,
)
from stance.store.quotes import normalise_quote
from stance.upload import table_checksums


def test_near_identical_wordings_share_a_cluster():
    a = normalise_quote("We must keep up the pressure on North Korea.")
    b = normalise_quote("“We must keep the pressure on North Korea”")
    c = normalise_quote("Sanctions are not the solution to this crisis")
    clusters = cluster_quotes([a, b, c])
    assert clusters[a] == clusters[b]
    assert clusters[c] == c


def test_short_quotes_only_group_when_identical():
    clusters = cluster_quotes(["unacceptable", "not acceptable", "unacceptable move"])
    assert len(set(clusters.values())) == 3


def test_new_quotes_join_existing_clusters():
    head = "the sanctions will remain until pyongyang gives up its nuclear weapons"
    assigned = cluster_quotes(["the sanctions will remain until pyongyang gives up nuclear "
                               "weapons"], heads=[head])
    assert list(assigned.values()) == [head]


def _article(name: str, outlet: str, day: int, quote: str, repeat: int = 1
             ) -> tuple[Article, list[Statement]]:
    sentence = f'Haley said "{quote}".'
    text = " ".join([sentence] * repeat) + f" ({name})"
    article = Article(name=name, text=text, source=outlet, published=date(2017, 9, day),
                      title=name)
    step = len(sentence) + 1
    return article, [Statement(article=name, speaker="Nikki Haley", speaker_type="person",
                               country="USA", role="Ambassador", quote_type="direct",
                               quote=quote, sentence=sentence, start=i * step,
                               end=i * step + len(sentence), stance="tighten",
                               stance_cue="keep pressure", confidence=0.9, target="PRK")
                     for i in range(repeat)]


def test_repeated_quotes_count_once_per_article_across_wordings(store_items, empty_db):
    store_items(empty_db, [
        _article("a", "Wire A", 1, "We must keep up the pressure on North Korea", repeat=2),
        _article("b", "Wire B", 2, "we must keep the pressure on North Korea!"),
    ], dataset="one")
    store_items(empty_db, [  # a later load joins the existing cluster
        _article("c", "Wire C", 3, "We must keep up the pressure on North Korea."),
        _article("d", "Wire C", 4, "Talks are the only way forward for everyone here"),
    ], dataset="two")
    frame = empty_db.query("repeated_quotes", **Filters().params(min_articles=1, limit=10))
    top = frame.iloc[0]
    assert (top.articles, top.outlets, top.statements, top.wordings) == (3, 3, 4, 2)
    assert top.first_outlet == "Wire A" and str(top.first_seen)[:10] == "2017-09-01"
    assert top.speakers == "Nikki Haley"
    assert len(frame) == 2
    spread = empty_db.query("quote_spread", **Filters().params()).set_index("articles")
    assert spread["quotes"].to_dict() == {1: 1, 3: 1}
    reports = empty_db.query("quote_articles", **Filters().params(cluster=top.cluster, limit=10))
    assert reports["outlet"].tolist() == ["Wire A", "Wire A", "Wire B", "Wire C"]


def test_rebuild_reclusters_everything(store_items, empty_db):
    store_items(empty_db, [_article("a", "Wire A", 1, "We must keep up the pressure now"),
                           _article("b", "Wire B", 2, "we must keep the pressure now")],
                dataset="one")
    with empty_db.transaction() as tx:
        assert update_quote_clusters(tx) == 0  # nothing new
        assert update_quote_clusters(tx, rebuild=True) == 2
    frame = empty_db.query("repeated_quotes", **Filters().params(min_articles=2, limit=10))
    assert frame.iloc[0].articles == 2


def _cluster_rows(db) -> int:
    return table_checksums(db)["quote_clusters"][0]


def test_clustering_alongside_a_write_lands_in_its_transaction(empty_db):
    norms = ["we must keep up the pressure now", "we must keep the pressure now"]
    with pytest.raises(RuntimeError), empty_db.transaction() as cur, \
            clustering_alongside(cur, norms):
        raise RuntimeError("the write failed")
    assert _cluster_rows(empty_db) == 0  # nothing of a failed load stays
    with empty_db.transaction() as cur, clustering_alongside(cur, norms):
        pass
    assert _cluster_rows(empty_db) == 2


def test_a_clustering_error_fails_the_load(empty_db, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("clustering broke")

    monkeypatch.setattr(quote_clusters, "cluster_quotes", broken)
    with pytest.raises(ValueError, match="clustering broke"), \
            empty_db.transaction() as cur, quote_clusters.clustering_alongside(cur, ["a b c d"]):
        pass
    assert _cluster_rows(empty_db) == 0


def _sentence(rng: random.Random, words: list[str], opening: str = "") -> str:
    return " ".join([*opening.split(), *rng.choices(words, k=rng.randint(6, 12))])


def test_a_small_load_reads_only_the_heads_its_quotes_can_join(empty_db):
    rng = random.Random(3)
    words = [f"w{i}" for i in range(400)]
    heads = sorted({_sentence(rng, words) for _ in range(3000)}
                   # a formulaic opening shared by more heads than a block holds (_BIG_BLOCK)
                   | {_sentence(rng, words, "we call on") for _ in range(700)}
                   | {"not acceptable", "no"})
    picked = rng.sample(heads, 40)
    new = sorted({*(" ".join(["x0", *h.split()[1:]]) for h in picked[:10]),  # first word changed
                  *(" ".join([*h.split()[:-1], "x1"]) for h in picked[10:20]),  # last word
                  *(f"{h} x2" for h in picked[20:30]),  # a word more
                  *(f"we call on {h}" for h in picked[30:]),
                  _sentence(rng, words), "not acceptable at all", "no"})
    clusters = pd.DataFrame({"quote_norm": heads, "cluster": heads})
    with empty_db.transaction() as tx:
        with tx.registered(new_quote_clusters=clusters):
            tx.run("store/insert_quote_clusters")
        candidates = candidate_heads(tx, new)
    assert set(candidates) <= set(heads) and len(candidates) < len(heads) / 3
    assert cluster_quotes(new, candidates) == cluster_quotes(new, heads)
    joined = sum(cluster_quotes(new, heads)[n] != n for n in new)
    assert joined >= 30  # the variants found their heads: the comparison is not vacuous
