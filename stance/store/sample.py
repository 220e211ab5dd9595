"""The bundled sample: briefs in data/sample/ loaded as the dataset `sample`."""

from __future__ import annotations

from pathlib import Path

from stance.config import SAMPLE_DIR
from stance.ingest import read_paths
from stance.store.db import Database
from stance.store.load import LoadSummary, load_extracted, refresh_reference_tables

SAMPLE_DATASET = "sample"


def build_sample(db: Database, folder: Path = SAMPLE_DIR) -> LoadSummary:
    """Replace the sample dataset with a fresh extraction of the briefs (one transaction)."""
    from stance.extract import EXTRACTOR_VERSION, get_extractor

    articles = list(read_paths([folder], dataset=SAMPLE_DATASET))
    refresh_reference_tables(db)
    return load_extracted(db, get_extractor().extract_many(articles), dataset=SAMPLE_DATASET,
                          kind="sample", extractor_version=EXTRACTOR_VERSION,
                          source_file=str(folder), replace=True)


def ensure_sample(db: Database) -> LoadSummary | None:
    """Build the sample when the database holds no articles at all (first start)."""
    if db.scalar("store/count_articles"):
        return None
    return build_sample(db)
