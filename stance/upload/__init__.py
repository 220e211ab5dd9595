"""CSV (and JSON Lines) uploads: read real-world files, map columns, validate every row in SQL,
load coded statements all-or-nothing into a named dataset and hand articles back for
extraction (`stance.pipeline`). No Streamlit here: the app and the CLI share it."""

from stance.upload.columns import (
    ARTICLES,
    KIND_LABELS,
    KINDS,
    STATEMENTS,
    auto_mapping,
    detect_kind,
    fields,
)
from stance.upload.datasets import (
    check_dataset_name,
    default_dataset_name,
    remove_dataset,
    set_hidden,
    table_checksums,
)
from stance.upload.problems import Problem, UploadError, UploadInvalid
from stance.upload.source import Source, open_source, temporary_copy, upload_limit_mb
from stance.upload.staged import (
    TABLE_SUFFIXES,
    LoadResult,
    Upload,
    open_upload,
    read_article_table,
    upload_bytes,
)
from stance.upload.validate import Report, validate

__all__ = ["ARTICLES", "KINDS", "KIND_LABELS", "STATEMENTS", "TABLE_SUFFIXES", "LoadResult",
           "Problem", "Report", "Source", "Upload", "UploadError", "UploadInvalid",
           "auto_mapping", "check_dataset_name", "default_dataset_name", "detect_kind", "fields",
           "open_source", "open_upload", "read_article_table",
           "remove_dataset", "set_hidden", "table_checksums", "temporary_copy", "upload_bytes",
           "upload_limit_mb", "validate"]
