"""Read `queries/NAME.sql` and run it with named parameters.

SQL lives only in `queries/`; Python passes values, never builds SQL from user input.
Only the parameters a file mentions are bound, so callers can pass one shared filter dict.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from stance.config import QUERIES_DIR
from stance.errors import StanceError

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"--[^\n]*")


@lru_cache(maxsize=256)
def sql_text(name: str) -> str:
    """The SQL of `queries/NAME.sql` (NAME may have a sub-folder: `store/schema`)."""
    path = (QUERIES_DIR / f"{name}.sql").resolve()
    if QUERIES_DIR.resolve() not in path.parents or not path.is_file():
        raise StanceError(f"no query named {name!r} in {QUERIES_DIR}")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def parameter_names(name: str) -> frozenset[str]:
    """Named parameters (`$country`, `$from`...) that the query uses, comments ignored."""
    return frozenset(_PARAM.findall(_COMMENT.sub("", sql_text(name))))


def bind(name: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """The subset of `params` that query NAME needs; a missing one is an error that names it."""
    wanted = parameter_names(name)
    given = params or {}
    missing = sorted(wanted - given.keys())
    if missing:
        raise StanceError(f"query {name!r} needs parameter(s): {', '.join(missing)}")
    return {key: given[key] for key in wanted}


def list_queries() -> list[str]:
    """Names of the chart and table queries (top-level files), for docs and the SQL page."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.sql"))
