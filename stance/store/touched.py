"""Writers record the articles they touch, so the refresh of statements_wide and the
aggregates (stance/store/wide.py) rewrites those and scans nothing else.

Each writer calls `touch(tx, "store/touch_...")` in the same transaction, before a change
that removes or renames rows (the query must still find them) and while a load's frames are
registered. `Database.transaction()` starts every transaction with an empty record.
A correction records its article apart (`touched_labels`): it changes labels, not statements.
A writer of statements also records the quotes and person names it writes (`touched_quotes`,
`touched_people`), where the search for unclustered quotes and unresolved names looks: reading
the statements of the touched articles instead cost a save two scans of
`statements.article_id` (84 ms of 0.47-0.50 s at 10M, bench/README.md item 35).
"""

from __future__ import annotations

from typing import Any

from stance.store.tx import Tx


def reset_touched(tx: Tx) -> None:
    """Nothing touched yet (a new transaction on a cursor that may have run others)."""
    tx.run("store/touch_reset")


def ensure_touched(tx: Tx) -> None:
    """The record exists (empty when nothing was touched, or outside Database.transaction)."""
    tx.run("store/touch_ensure")


def touch(tx: Tx, query: str, /, **params: Any) -> None:
    """Record the articles `queries/QUERY.sql` selects as touched by this transaction."""
    ensure_touched(tx)
    tx.run(query, **params)
