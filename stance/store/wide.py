"""Keep `statements_wide` (statements_full materialised) and the aggregates in step with the
tables they read.

Every chart query reads `filtered_statements(...)`, which scans `statements_wide` instead of
joining statements, articles, datasets and corrections on each call (bench/README.md has the
figures), or a pre-aggregated table (stance/store/aggregates.py). `Database.transaction()`
calls `refresh_statements_wide` before it commits, so any write (load, upload, deletion,
correction) leaves them exact, atomically.

Writers record the articles they touch (stance/store/touched.py); the refresh rewrites those
articles' rows and reads nothing else, so a write costs the same at 10k or 10M statements.
With `verify` (a program's first transaction on a file, and any direct call), when a program
that records nothing (an older version) may have written since (the saved state is not marked
`tracked`), it also compares order-free signatures of the source tables with the saved ones
(one scan each) and, when they differ, per-article checksums; the aggregates are then counted
again from scratch. A new, legacy or reshaped table is
rebuilt whole (so is one an earlier version wrote in arrival order: the table is kept in
speaker-country and date order, queries/store/wide_rebuild.sql), and so is one whose articles
mostly changed. Hidden datasets are not
materialised: the macro reads `datasets.hidden` at query time.
"""

from __future__ import annotations

from stance.store.aggregates import (
    add_back_stale,
    aggregates_current,
    rebuild_aggregates,
    take_off_stale,
)
from stance.store.touched import ensure_touched
from stance.store.tx import Tx

_SIGNED = ("statements", "articles", "corrections", "clusters")


def _find_changed(tx: Tx, signature: tuple, saved: tuple) -> None:
    """Add to wide_stale_articles from the per-article checksums: the articles whose statements,
    metadata or quote clusters differ from statements_wide, and those of statements whose
    corrections changed."""
    statements, articles, corrections, clusters = signature
    if (statements, articles, clusters) != (saved[0], saved[1], saved[3]):
        tx.run("store/wide_stale_articles", clusters_changed=clusters != saved[3])
    if corrections != saved[2]:
        tx.run("store/wide_stale_statements")
        tx.run("store/wide_stale_add_statements")


def _rebuild(tx: Tx) -> str:
    tx.run("store/wide_rebuild")
    tx.run("store/indexes")  # the replaced table lost it
    rebuild_aggregates(tx)
    return "rebuilt"


def _rewrite_stale(tx: Tx, recount: bool) -> str:
    """Rewrite the out-of-step articles' rows (wide_stale_articles) and add their difference to
    every aggregate; rebuild instead when more than half of the articles are out of step. The
    aggregates are counted from scratch instead with `recount`, or when they have another
    shape. Articles that only had corrections added are relabelled from their old rows
    (a correction at 10M statements: 120 -> 20 ms for the rewrite)."""
    share = tx.run("store/wide_stale_share").scalar()
    if share > 0.5:  # one rewrite then beats deleting and re-inserting their rows
        return _rebuild(tx)
    merge = not recount and aggregates_current(tx)
    if share > 0:  # their rows, found once: the aggregates and the delete read these
        tx.run("store/wide_take_old")
    if share > 0 and merge:
        take_off_stale(tx)
    if share > 0:
        relabel = not recount and tx.run("store/wide_labels_only").scalar()
        tx.run("store/wide_delete_stale")
        tx.run("store/wide_relabel" if relabel else "store/wide_insert_articles")
    if not merge:
        rebuild_aggregates(tx)
    elif share > 0:
        add_back_stale(tx)
    return "updated" if share > 0 else "unchanged"


def refresh_statements_wide(tx: Tx, verify: bool = True) -> str:
    """Bring statements_wide and the aggregates up to date inside the caller's transaction;
    says what it did: "unchanged", "updated" or "rebuilt". Only the articles the transaction's
    writers touched are looked at, unless `verify` finds that a program which records nothing
    wrote since the last verification (the saved state is not `tracked`)."""
    ensure_touched(tx)
    state = tx.run("store/wide_state").one()
    saved, rows, tracked = (tuple(state[:4]), state[4], state[5]) if state else (None, 0, False)
    shapes = dict(tx.run("store/wide_columns").rows())
    reshaped = (shapes.get("statements_wide") != shapes.get("statements_wide_source")
                or rows > 0 and not tx.run("store/wide_order").scalar())
    compare = saved is None or (verify and not tracked)
    signature = tuple(tx.run("store/wide_signatures").one()) if compare else None
    # first build, first load, a reshaped view or a table in an earlier version's order
    if saved is None or rows == 0 or reshaped:
        done = _rebuild(tx)
    else:
        tx.run("store/wide_none_articles")
        if signature is not None and signature != saved:
            _find_changed(tx, signature, saved)
        tx.run("store/wide_stale_add_touched")
        # a program that keeps no aggregates may have written: count them again
        done = _rewrite_stale(tx, recount=signature is not None)
    if signature is not None:
        tx.run("store/wide_clear_state")
        tx.run("store/wide_save_state", **dict(zip(_SIGNED, signature, strict=True)))
    return done
