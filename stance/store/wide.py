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

import duckdb

from stance.store.queries import sql_text


def _run(cur: duckdb.DuckDBPyConnection, name: str, params: dict | None = None):
    return cur.execute(sql_text(f"store/{name}"), params or {})


def _update_stale_rows(cur: duckdb.DuckDBPyConnection, signature: tuple, saved: tuple) -> bool:
    """Rewrite the rows of the articles and statements that changed; False (nothing done)
    when more than half of the articles did, for the caller to rebuild instead."""
    statements, articles, corrections, clusters = signature
    rows_changed = (statements, articles, clusters) != (saved[0], saved[1], saved[3])
    if rows_changed:
        _run(cur, "wide_stale_articles", {"clusters_changed": clusters != saved[3]})
    else:
        _run(cur, "wide_none_articles")
    if rows_changed and _run(cur, "wide_stale_share").fetchone()[0] > 0.5:
        return False
    corrected = corrections != saved[2]
    _run(cur, "wide_stale_statements" if corrected else "wide_none_statements")
    _run(cur, "wide_delete_stale")
    # each insert only when it has rows to write: the source view's set-up alone costs 0.3 s
    # at 10M statements
    if rows_changed:
        _run(cur, "wide_insert_articles")
    if corrected:
        _run(cur, "wide_insert_statements")
    return True


def refresh_statements_wide(cur: duckdb.DuckDBPyConnection) -> str:
    """Bring statements_wide up to date inside the caller's transaction; says what it did:
    "unchanged", "updated" or "rebuilt"."""
    signature = tuple(_run(cur, "wide_signatures").fetchone())
    state = _run(cur, "wide_state").fetchone()
    saved, rows = (tuple(state[:4]), state[4]) if state else (None, 0)
    shapes = dict(_run(cur, "wide_columns").fetchall())
    reshaped = shapes.get("statements_wide") != shapes.get("statements_wide_source")
    if signature == saved and not reshaped:
        return "unchanged"
    # first build, first load, a reshaped view, or most articles changed (one rewrite then
    # beats deleting and re-inserting their rows)
    fresh = saved is None or rows == 0 or reshaped
    if fresh or not _update_stale_rows(cur, signature, saved):
        _run(cur, "wide_rebuild")
        done = "rebuilt"
    else:
        done = "updated"
    _run(cur, "wide_clear_state")
    _run(cur, "wide_save_state", dict(zip(("statements", "articles", "corrections", "clusters"),
                                          signature, strict=True)))
    return done
