"""CSV (and JSON Lines) uploads: read real-world files, map columns, validate every row in SQL,
load all-or-nothing into a named dataset. No Streamlit here: the app and the CLI share it."""

from stance.upload.columns import (
    ARTICLES,
    KIND_LABELS,
    KINDS,
    STATEMENTS,
    auto_mapping,
    detect_kind,
    fields,
)
from stance.upload.load import (
    LoadResult,
    check_dataset_name,
    default_dataset_name,
    inspect,
    load_articles,
    load_statements,
    read_articles,
    remove_dataset,
    set_hidden,
    table_checksums,
)
from stance.upload.problems import Problem, UploadError, UploadInvalid
from stance.upload.source import Source, open_source, temporary_copy, upload_limit_mb
from stance.upload.validate import Report, validate

__all__ = ["ARTICLES", "KINDS", "KIND_LABELS", "STATEMENTS", "LoadResult", "Problem", "Report",
           "Source", "UploadError", "UploadInvalid", "auto_mapping", "check_dataset_name",
           "default_dataset_name", "detect_kind", "fields", "inspect", "load_articles",
           "load_statements", "open_source", "read_articles", "remove_dataset", "set_hidden",
           "table_checksums", "temporary_copy", "upload_limit_mb", "validate"]
