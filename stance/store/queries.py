"""Read `queries/NAME.sql` and bind its named parameters.

SQL lives only in `queries/`; Python passes values, never builds SQL from user input, and names
every file it runs in full (`"store/insert_articles"`, never an f-string), so a search finds
each file's callers and `tests/store/test_queries_used.py` finds files nobody runs. Only the
parameters a file mentions are bound, so callers can pass one shared filter dict.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from stance.config import QUERIES_DIR
from stance.errors import StanceError

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"--[^\n]*")


class QueryFolder:
    """A folder of `.sql` files, each run by its name (the path without `.sql`)."""

    def __init__(self, folder: Path):
        self.folder = folder.resolve()
        self.text = lru_cache(maxsize=256)(self._text)
        self.parameters = lru_cache(maxsize=256)(self._parameters)

    def _text(self, name: str) -> str:
        """The SQL of `NAME.sql` (NAME may have a sub-folder: `store/schema`)."""
        path = (self.folder / f"{name}.sql").resolve()
        if self.folder not in path.parents or not path.is_file():
            raise StanceError(f"no query named {name!r} in {self.folder}")
        return path.read_text(encoding="utf-8")

    def _parameters(self, name: str) -> frozenset[str]:
        """Named parameters (`$country`, `$from`...) that the query uses, comments ignored."""
        return frozenset(_PARAM.findall(_COMMENT.sub("", self.text(name))))

    def bind(self, name: str, params: dict[str, Any] | None) -> dict[str, Any]:
        """The subset of `params` that query NAME needs; a missing one is an error naming it."""
        wanted = self.parameters(name)
        given = params or {}
        missing = sorted(wanted - given.keys())
        if missing:
            raise StanceError(f"query {name!r} needs parameter(s): {', '.join(missing)}")
        return {key: given[key] for key in wanted}

    def names(self, sub: str = "") -> list[str]:
        """Every query name in the folder (or one sub-folder), sorted."""
        return sorted(p.relative_to(self.folder).with_suffix("").as_posix()
                      for p in (self.folder / sub).rglob("*.sql"))


QUERIES = QueryFolder(QUERIES_DIR)


def sql_text(name: str) -> str:
    """The SQL of `queries/NAME.sql`."""
    return QUERIES.text(name)


def parameter_names(name: str) -> frozenset[str]:
    return QUERIES.parameters(name)


def bind(name: str, params: dict[str, Any] | None) -> dict[str, Any]:
    return QUERIES.bind(name, params)


def list_queries() -> list[str]:
    """Names of the chart and table queries (top-level files), for the SQL page and benchmarks."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.sql"))


@lru_cache(maxsize=8)
def manifest(name: str) -> dict[str, Any]:
    """`queries/NAME.toml`: a manifest that names query files and the objects they create
    (the upload's staging area: `store/upload`)."""
    path = QUERIES_DIR / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def parameter_examples() -> dict[str, Any]:
    """An example value of every query parameter that is not a filter (queries/parameters.toml):
    what the tests and the benchmarks run each query with."""
    return {name: entry["example"] for name, entry in manifest("parameters").items()}
