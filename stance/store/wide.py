"""Keep `statements_wide` (statements_full materialised) in step with the tables it reads.

Every chart query reads `filtered_statements(...)`, which scans `statements_wide` instead of
joining statements, articles, datasets and corrections on each call (bench/README.md has the
figures). `Database.transaction()` calls `refresh_statements_wide` before it commits, so any
write (load, upload, deletion, correction) leaves the table exact, atomically.

The refresh first compares order-free signatures of the source tables with the ones saved at
the last refresh (one scan each; nothing more when nothing changed). When statements, articles
or quote clusters changed it finds the articles whose per-article checksum differs or one of
whose quotes moved to another cluster (compared on 64-bit keys, not id strings); when
corrections changed, the statements whose correction count or latest stamp differs; and it
rewrites only those rows. A new, legacy or reshaped table is rebuilt whole, and so is one whose
articles mostly changed. Hidden datasets are not
materialised: the macro reads `datasets.hidden` at query time.
"""

from __future__ import annotations

from stance.store.tx import Tx


def _update_stale_rows(tx: Tx, signature: tuple, saved: tuple) -> bool:
    """Rewrite the rows of the articles and statements that changed; False (nothing done)
    when more than half of the articles did, for the caller to rebuild instead."""
    statements, articles, corrections, clusters = signature
    rows_changed = (statements, articles, clusters) != (saved[0], saved[1], saved[3])
    if rows_changed:
        tx.run("store/wide_stale_articles", clusters_changed=clusters != saved[3])
    else:
        tx.run("store/wide_none_articles")
    if rows_changed and tx.run("store/wide_stale_share").scalar() > 0.5:
        return False
    corrected = corrections != saved[2]
    if corrected:
        tx.run("store/wide_stale_statements")
    else:
        tx.run("store/wide_none_statements")
    tx.run("store/wide_delete_stale")
    # each insert only when it has rows to write: the source view's set-up alone costs 0.3 s
    # at 10M statements
    if rows_changed:
        tx.run("store/wide_insert_articles")
    if corrected:
        tx.run("store/wide_insert_statements")
    return True


def refresh_statements_wide(tx: Tx) -> str:
    """Bring statements_wide up to date inside the caller's transaction; says what it did:
    "unchanged", "updated" or "rebuilt"."""
    signature = tuple(tx.run("store/wide_signatures").one())
    state = tx.run("store/wide_state").one()
    saved, rows = (tuple(state[:4]), state[4]) if state else (None, 0)
    shapes = dict(tx.run("store/wide_columns").rows())
    reshaped = shapes.get("statements_wide") != shapes.get("statements_wide_source")
    if signature == saved and not reshaped:
        return "unchanged"
    # first build, first load, a reshaped view, or most articles changed (one rewrite then
    # beats deleting and re-inserting their rows)
    fresh = saved is None or rows == 0 or reshaped
    if fresh or not _update_stale_rows(tx, signature, saved):
        tx.run("store/wide_rebuild")
        done = "rebuilt"
    else:
        done = "updated"
    tx.run("store/wide_clear_state")
    tx.run("store/wide_save_state", **dict(zip(("statements", "articles", "corrections",
                                                "clusters"), signature, strict=True)))
    return done
