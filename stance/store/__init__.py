"""DuckDB storage, the bottom layer: the schema, the shared connection, `Tx.run` for every
query file in queries/, and the writes (one transaction each). It never runs extraction."""

from stance.store.db import SCHEMA_VERSION, Database, close_all, open_database
from stance.store.tx import Tx
from stance.store.write import (
    Frames,
    LoadSummary,
    delete_dataset,
    frames_of,
    refresh_reference_tables,
    store_frames,
)

__all__ = ["SCHEMA_VERSION", "Database", "Frames", "LoadSummary", "Tx", "close_all",
           "delete_dataset", "frames_of", "open_database", "refresh_reference_tables",
           "store_frames"]
