"""The filter every chart and table shares, as SQL parameters for `filtered_statements(...)`."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

SIDES = ("tighten", "ease")
# The orders of the statement list and the $sort it takes (queries/statements_page.sql); any
# other value lists the newest first, as "date" with $descending does.
STATEMENT_SORTS = ("date", "speaker", "country", "stance", "target", "outlet", "confidence")
_NOTHING = "-"  # a stance no statement has: 'neutral only' and 'sides only' leave nothing


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the data to; empty tuples mean "everything"."""

    country: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    stance: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    dataset: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    corrected: bool = True  # False: machine labels only
    # False: only statements about the sanctions or the dispute behind them (the default);
    # True: off-topic statements of speeches and articles too
    all_topics: bool = False
    # True: the two sides only (tighten and ease; neutral left out), so every stance chart
    # shows how the argued positions divide
    sides_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def stances(self) -> list[str]:
        """The stance filter as SQL sees it; with `sides_only`, neutral is never in it."""
        if not self.sides_only:
            return list(self.stance)
        sides = [s for s in (self.stance or SIDES) if s in SIDES]
        return sides or [_NOTHING]

    def params(self, **more: Any) -> dict[str, Any]:
        """Named SQL parameters; query files pick the ones they use (see stance.store.queries)."""
        values: dict[str, Any] = {
            "country": list(self.country),
            "target": list(self.target),
            "stance": self.stances(),
            "outlet": list(self.outlet),
            "dataset": list(self.dataset),
            "from": self.date_from,
            "to": self.date_to,
            "corrected": self.corrected,
            "all_topics": self.all_topics,
        }
        values.update(self.extra)
        values.update(more)
        return values

    def is_empty(self) -> bool:
        return all(
            not getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("corrected", "all_topics", "sides_only", "extra")
        )
