"""Where things live. One place, so the app, the CLI, tests and benchmarks agree."""

from __future__ import annotations

import math
import os
from pathlib import Path

from stance.errors import StanceError

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
QUERIES_DIR = ROOT / "queries"
SAMPLE_DIR = DATA_DIR / "sample"
DEFAULT_DB = DATA_DIR / "stance.duckdb"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db FILE` wins, then the STANCE_DB environment variable, then data/stance.duckdb."""
    chosen = explicit or os.environ.get("STANCE_DB") or DEFAULT_DB
    return Path(chosen).expanduser().resolve()


APP_MEMORY_LIMIT = 512 * 1024 ** 2  # the app's default cap (bytes), before the machine's share


def memory_limit(app: bool = False) -> str | None:
    """DuckDB's cap on the memory it keeps (its cache of table blocks grows with the data it
    reads), from STANCE_MEMORY_LIMIT ("1GB", "800MB"). Unset: for the app, which stays up and
    shares the machine, 512 MiB or a quarter of the machine's memory when that is less (DuckDB
    reads evicted blocks again from the file cache); for commands, whose bulk loads are short,
    DuckDB's own default (80% of the memory)."""
    if os.environ.get("STANCE_MEMORY_LIMIT"):
        return os.environ["STANCE_MEMORY_LIMIT"]
    if not app:
        return None
    quarter = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 4
    return f"{min(APP_MEMORY_LIMIT, quarter) // 1024 ** 2}MiB"


DEFAULT_SQL_MEMORY = 1024 ** 3  # the SQL page's engine: cached data and one query
_SIZE_UNITS = {"": 1, "B": 1, "KB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3, "KIB": 1024,
               "MIB": 1024 ** 2, "GIB": 1024 ** 3}


def sql_memory() -> int:
    """Bytes the SQL page's (or `sql`'s) engine process may use for the blocks of the copy it
    caches and for one query's work, from STANCE_SQL_MEMORY ("1GB", "500MB"; default 1 GiB):
    the kernel's cap beyond what the process holds before it reads any data; DuckDB's own
    limit there is half of it (stance.store.sql_engine says why)."""
    raw = (os.environ.get("STANCE_SQL_MEMORY") or "").strip()
    if not raw:
        return DEFAULT_SQL_MEMORY
    number = raw.rstrip("bBkKmMgGiI ").strip()
    unit = raw[len(number):].strip().upper()
    try:
        value = float(number) * _SIZE_UNITS[unit]
    except (ValueError, KeyError):
        value = -1.0
    if not math.isfinite(value) or value < 64 * 1000 ** 2:
        raise StanceError(f"STANCE_SQL_MEMORY={raw!r} is not a size of at least 64MB "
                          "(e.g. 1GB, 500MB)")
    return int(value)


DEFAULT_LOCK_WAIT = 30.0  # seconds a command waits for a database another program is using


def lock_wait() -> float:
    """How long to wait for a database file another program holds (the dashboard between two
    page loads, another command), from STANCE_LOCK_WAIT in seconds; 0 refuses at once."""
    raw = os.environ.get("STANCE_LOCK_WAIT")
    if raw is None or not raw.strip():
        return DEFAULT_LOCK_WAIT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise StanceError(f"STANCE_LOCK_WAIT={raw!r} is not a number of seconds (0 or more)")
    return value


def people_merges_path() -> Path:
    """Researchers' decisions on names of one person: STANCE_PEOPLE_MERGES, else
    data/people_merges.csv (a lab may keep its own file beside its database)."""
    return Path(os.environ.get("STANCE_PEOPLE_MERGES") or DATA_DIR / "people_merges.csv")


def page_cache_path() -> Path:
    """Where fetched web pages are kept: STANCE_PAGE_CACHE, else data/cache/pages."""
    return Path(os.environ.get("STANCE_PAGE_CACHE") or DATA_DIR / "cache" / "pages")
