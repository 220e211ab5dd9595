"""Group near-identical quotes, so one remark reported by many outlets counts as one quote.

`statements.quote_norm` already folds case, quote marks and punctuation; outlets still trim or
reword a little ("we must keep pressure" / "we must keep up the pressure"). Each new normalised
quote joins the most similar existing cluster (rapidfuzz `ratio` >= THRESHOLD) or starts its own;
the table `quote_clusters` maps quote_norm -> the cluster's representative. Clustering is
incremental (only quotes without a cluster are compared) and blocked on the first and last
words, so a load of 1M statements compares each new quote with a handful of candidates only
(formulaic openings shared by thousands of quotes are narrowed by one word more). Only the
existing heads that share those words with a new quote are read from the database.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pandas as pd
from rapidfuzz import fuzz, process

from stance.store.touched import ensure_touched, touch
from stance.store.tx import Tx

THRESHOLD = 90.0  # rapidfuzz ratio (0-100): one or two words changed in a sentence-long quote
MIN_WORDS = 4  # shorter quotes ("no", "not acceptable") only group when identical
_BLOCK_WORDS = 3
# A block with more heads than this (formulaic openings or endings shared by thousands of
# quotes) is narrowed to the heads that share one word more; below it results are unchanged.
_BIG_BLOCK = 500


def _blockable(norm: str) -> bool:
    """Long enough to be compared with others (shorter quotes only group when identical)."""
    return len(norm.split()) >= MIN_WORDS


def _edge_words(norm: str, words: int = _BLOCK_WORDS) -> tuple[str, str]:
    split = norm.split()
    return " ".join(split[:words]), " ".join(split[-words:])


def blocking_keys(norm: str, words: int = _BLOCK_WORDS) -> tuple[str, str]:
    """Near-duplicates almost always share their first or their last few words."""
    first, last = _edge_words(norm, words)
    return first + " …", "… " + last


class QuoteClusterer:
    """Assigns normalised quotes to clusters; `heads` are the existing representatives."""

    def __init__(self, heads: Iterable[str] = (), threshold: float = THRESHOLD):
        self.threshold = threshold
        self._index: dict[str, list[str]] = defaultdict(list)
        self._heads: set[str] = set()
        for head in heads:
            self._add_head(head)

    def _add_head(self, head: str) -> None:
        self._heads.add(head)
        if _blockable(head):
            for key in (*blocking_keys(head), *blocking_keys(head, _BLOCK_WORDS + 1)):
                self._index[key].append(head)

    def _blocks(self, norm: str) -> Iterator[list[str]]:
        """The heads `norm` is compared with: those sharing its first or last few words."""
        for key, narrow in zip(blocking_keys(norm), blocking_keys(norm, _BLOCK_WORDS + 1),
                               strict=True):
            block = self._index.get(key)
            if block and len(block) > _BIG_BLOCK:
                block = self._index.get(narrow)
            if block:
                yield block

    def assign(self, norm: str) -> str:
        """The cluster `norm` belongs to (an existing head, or `norm` itself as a new head)."""
        if norm in self._heads:
            return norm
        if _blockable(norm):
            best = None
            for block in self._blocks(norm):
                # each block is scored as it is, inside rapidfuzz: merging the blocks in Python
                # first cost a Python step per candidate (most of the time at 10M statements);
                # the earliest of equal scores wins, so the result does not depend on hashing
                found = process.extractOne(norm, block, scorer=fuzz.ratio,
                                           score_cutoff=self.threshold)
                if found and (best is None or found[1] > best[1]):
                    best = found
            if best is not None:
                return best[0]
        self._add_head(norm)
        return norm


def cluster_quotes(norms: Iterable[str], heads: Iterable[str] = (),
                   threshold: float = THRESHOLD) -> dict[str, str]:
    """quote_norm -> cluster head for `norms`; longer quotes become heads first (stable)."""
    clusterer = QuoteClusterer(heads, threshold)
    ordered = sorted(set(norms), key=lambda n: (-len(n), n))
    return {norm: clusterer.assign(norm) for norm in ordered}


def candidate_heads(tx: Tx, norms: Iterable[str]) -> list[str]:
    """The existing heads `norms` can join (queries/store/quote_cluster_candidates.sql): every
    head a QuoteClusterer holding all heads would compare them with, so the clusters come out
    the same while a load of a few quotes reads a few heads."""
    tx.run("store/quote_heads_fill", words=_BLOCK_WORDS)
    rows = [_edge_words(norm) for norm in norms if _blockable(norm)]
    frame = pd.DataFrame(rows, columns=["first_words", "last_words"], dtype=object)
    with tx.registered(new_quote_norms=frame):
        return [row[0] for row in tx.run("store/quote_cluster_candidates",
                                         min_words=MIN_WORDS).rows()]


def _store(tx: Tx, assigned: dict[str, str]) -> None:
    frame = pd.DataFrame({"quote_norm": list(assigned), "cluster": list(assigned.values())},
                         dtype=object)
    with tx.registered(new_quote_clusters=frame):
        tx.run("store/insert_quote_clusters")


def update_quote_clusters(tx: Tx, rebuild: bool = False) -> int:
    """Cluster the quotes that have none yet, inside the caller's transaction; returns how
    many quotes were assigned. `rebuild` forgets every cluster first."""
    if rebuild:
        touch(tx, "store/touch_all")  # every quote's cluster changes in the chart table
        tx.run("store/delete_quote_clusters")
    ensure_touched(tx)
    # a load records the quotes it writes: the only ones that can lack a cluster
    new = [row[0] for row in tx.run("store/unclustered_quotes", everywhere=rebuild).rows()]
    if not new:
        return 0
    assigned = cluster_quotes(new, candidate_heads(tx, new))
    _store(tx, assigned)
    return len(assigned)


@contextmanager
def clustering_alongside(tx: Tx, norms: list[str]) -> Iterator[None]:
    """Cluster `norms` (the quotes a load is about to write) in a thread while the block
    writes them: DuckDB releases the GIL while it inserts, so clustering (pure Python) takes
    the other core instead of adding its time after the inserts (bench/README.md). When the
    block ends the assignments go into the caller's transaction, followed by
    `update_quote_clusters` for any quote the block wrote beyond `norms`."""
    heads = candidate_heads(tx, norms)
    done: dict[str, str] = {}
    failed: list[BaseException] = []

    def work() -> None:
        try:
            done.update(cluster_quotes(norms, heads))
        except BaseException as error:  # re-raised in the caller's thread
            failed.append(error)

    worker = threading.Thread(target=work, name="quote-clustering", daemon=True)
    worker.start()
    try:
        yield
    finally:
        worker.join()
    if failed:
        raise failed[0]
    if done:
        _store(tx, done)
    update_quote_clusters(tx)
