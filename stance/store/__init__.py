"""DuckDB storage: schema, the shared connection, transactional loads, the queries/ loader."""

from stance.store.db import SCHEMA_VERSION, Database, close_all, open_database
from stance.store.load import LoadSummary, delete_dataset, load_extracted, refresh_reference_tables

__all__ = ["SCHEMA_VERSION", "Database", "LoadSummary", "close_all", "delete_dataset",
           "load_extracted", "open_database", "refresh_reference_tables"]
