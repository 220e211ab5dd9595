"""Off-topic statements (a speech's passages on anything but the sanctions) stay out of the
default charts and counts; the sidebar's 'Include off-topic statements' brings them back."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.config import SHARED_CORPUS
from stance.filters import Filters
from stance.pipeline import ingest, read_paths
from stance.store import open_database

SPEECHES = ("ZWE_71_2016.txt", "UKR_69_2014.txt", "CUB_79_2024.txt")


@pytest.fixture(scope="module")
def speeches_db(tmp_path_factory, shared_corpus_dir):
    """Three real UN General Debate speeches (with their metadata) in a fresh database."""
    folder = shared_corpus_dir / "ungdc"
    db = open_database(tmp_path_factory.mktemp("speeches") / "speeches.duckdb")
    ingest(db, read_paths([folder / name for name in SPEECHES], dataset="speeches"),
           "speeches")
    return db


def _total(frame) -> int:
    return int(frame[["tighten", "ease", "neutral"]].to_numpy().sum())


def _counts(db, all_topics: bool) -> tuple[int, int, int, int]:
    row = db.query("overview_counts", **Filters(all_topics=all_topics).params()).iloc[0]
    return int(row.statements), int(row.tighten), int(row.ease), int(row.neutral)


def test_off_topic_sentences_of_speeches_never_reach_a_default_chart(speeches_db):
    cur = speeches_db.con.cursor()
    flags = dict(cur.execute("SELECT on_topic, count(*) FROM statements GROUP BY 1").fetchall())
    assert flags.get(True, 0) > 0 and flags.get(False, 0) > 0  # speeches are mostly off topic
    statements, tighten, ease, neutral = _counts(speeches_db, all_topics=False)
    assert statements == flags[True]  # the Overview counts only the on-topic statements
    everything = _counts(speeches_db, all_topics=True)
    assert everything[0] == flags[True] + flags[False]
    off_topic = cur.execute("SELECT statement_id, country, stance FROM statements "
                            "WHERE NOT on_topic ORDER BY statement_id LIMIT 1").fetchone()
    assert off_topic[2] == "neutral"  # an off-topic statement takes no side
    for query in ("stance_by_country", "statements_page"):
        default = speeches_db.query(query, **Filters().params(
            limit=10_000, offset=0, search="%", sort="date", descending=True,
            min_confidence=0.0))
        including = speeches_db.query(query, **Filters(all_topics=True).params(
            limit=10_000, offset=0, search="%", sort="date", descending=True,
            min_confidence=0.0))
        if "statement_id" in default:
            assert off_topic[0] not in set(default["statement_id"])
            assert off_topic[0] in set(including["statement_id"])
        else:  # the diverging bar leaves out speakers of no known country
            known = dict(cur.execute("SELECT on_topic, count(*) FROM statements WHERE country "
                                     "IS NOT NULL GROUP BY 1").fetchall())
            assert _total(default) == known[True]
            assert _total(including) == known[True] + known.get(False, 0)


@pytest.fixture(scope="module")
def shared_corpus_dir() -> Path:
    if not (SHARED_CORPUS / "ungdc").is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED_CORPUS
