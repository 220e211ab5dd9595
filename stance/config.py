"""Where things live. One place, so the app, the CLI, tests and benchmarks agree."""

from __future__ import annotations

import os
from pathlib import Path

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


def memory_limit() -> str | None:
    """DuckDB's cap on the memory it keeps (its cache of table blocks grows with the data it
    reads: about 1.5 GB for a 10M-statement file), from STANCE_MEMORY_LIMIT ("1GB", "800MB");
    unset: DuckDB's default, 80% of the machine's memory."""
    return os.environ.get("STANCE_MEMORY_LIMIT") or None
