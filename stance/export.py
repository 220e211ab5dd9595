"""Export filtered statements as CSV or Parquet, safe to open in a spreadsheet.

A cell that starts with `=`, `+`, `-`, `@` (after any white space or control characters, in
ASCII or full-width form), or with a tab or line break, is a formula to Excel,
LibreOffice and Google Sheets: a quote such as `=HYPERLINK(...)` in an article would run when a
researcher opens the CSV. Such cells get a leading apostrophe, which spreadsheets show as text.
Rows are streamed from DuckDB in Arrow batches, so an export never holds a whole table in pandas.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from stance.cells import FORMULA_PATTERN, is_formula
from stance.filters import Filters
from stance.store import Database
from stance.store.aggregates import narrowed

EXPORT_QUERY = "export_statements"
DEFAULT_MAX_ROWS = 1_000_000
_BATCH_ROWS = 50_000


def neutralise(value: Any) -> Any:
    """The value a spreadsheet shows as text: formula-like strings get a leading apostrophe."""
    if isinstance(value, str) and is_formula(value):
        return "'" + value
    return value


def neutralise_batch(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Every string column of an Arrow batch passed through `neutralise` (vectorised)."""
    columns = []
    for column in batch.columns:
        if pa.types.is_dictionary(column.type):  # ENUM columns: their values are text too
            column = column.dictionary_decode()
        if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
            # BLOBs: a CSV cell of bytes is text to a spreadsheet; written as text, made safe
            column = pa.array([None if v is None else v.decode("utf-8", "backslashreplace")
                               for v in column.to_pylist()], type=pa.string())
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            risky = pc.fill_null(pc.match_substring_regex(column, FORMULA_PATTERN), False)
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    names = [neutralise(name) for name in batch.schema.names]  # the header row is cells too
    return pa.RecordBatch.from_arrays(columns, names=names)


@contextmanager
def statement_reader(db: Database, filters: Filters, max_rows: int = DEFAULT_MAX_ROWS,
                     search: str = "%", min_confidence: float = 0.0
                     ) -> Iterator[pa.RecordBatchReader]:
    """The filtered statements (queries/export_statements.sql) as a stream of Arrow batches;
    `search` (an ILIKE pattern) and `min_confidence` narrow them as the explorer does."""
    params = export_params(filters, max_rows, search, min_confidence)
    with db.reading() as tx:  # the newest rows first: only the months they lie in are read
        yield tx.stream(EXPORT_QUERY, _BATCH_ROWS, **narrowed(tx, EXPORT_QUERY, params))


def export_params(filters: Filters, max_rows: int, search: str = "%",
                  min_confidence: float = 0.0) -> dict:
    """The export query's parameters (also recorded in the provenance file)."""
    return filters.params(limit=max_rows, search=search, min_confidence=min_confidence)


def write_csv(batches: Iterable[pa.RecordBatch], schema: pa.Schema, sink: Any) -> int:
    """Write batches as UTF-8 CSV with a header, formula cells neutralised; returns rows."""
    rows = 0
    # the header and the column types as written: names neutralised, ENUM and BLOB as text
    written = neutralise_batch(pa.RecordBatch.from_pylist([], schema=schema)).schema
    with pa_csv.CSVWriter(sink, written) as writer:
        for batch in batches:
            writer.write_batch(neutralise_batch(batch))
            rows += batch.num_rows
    return rows


def write_parquet(batches: Iterable[pa.RecordBatch], schema: pa.Schema, sink: Any) -> int:
    """Write batches as one Parquet file (typed columns; no neutralising needed); returns rows."""
    rows = 0
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for batch in batches:
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows


def export_statements(db: Database, filters: Filters, fmt: str,
                      max_rows: int = DEFAULT_MAX_ROWS) -> bytes:
    """The filtered statements as a CSV or Parquet file's bytes (at most `max_rows` rows)."""
    writers = {"csv": write_csv, "parquet": write_parquet}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; use csv or parquet")
    sink = io.BytesIO()
    with statement_reader(db, filters, max_rows) as reader:
        writers[fmt](reader, reader.schema, sink)
    return sink.getvalue()
