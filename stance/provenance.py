"""Citable exports: every downloaded table travels with a small provenance file.

A download is a ZIP holding the data (`NAME.csv` or `NAME.parquet`) and `NAME.provenance.json`:
what was exported and when, the filters (and the link that reopens the view, when known), the
SQL and its parameters, the datasets it draws on (kind, date, source, statements, corrections),
the extractor versions that labelled them, the program version, and a suggested citation.
CSV cells that a spreadsheet would run as a formula are neutralised (stance.export).

Pages call `export_table(...)` for their own results or `export_statements_file(...)` for the
filtered statements, then hand `ExportFile` to `st.download_button(**file.button_args())`.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from stance import __version__
from stance.export import (
    DEFAULT_MAX_ROWS,
    EXPORT_QUERY,
    export_params,
    statement_reader,
    write_csv,
    write_parquet,
)
from stance.extract import EXTRACTOR_VERSION
from stance.filters import Filters
from stance.store import Database
from stance.store.queries import bind, sql_text

FORMATS = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}
PROGRAM = "Sanctions Stance"


@dataclass
class Provenance:
    """Where an exported table comes from; `to_json()` is the companion file's content."""

    title: str
    data_file: str
    rows: int
    sql: str
    parameters: dict[str, Any]
    filters: dict[str, Any]
    labels: str  # "corrected" (researchers' corrections applied) or "machine"
    datasets: list[dict[str, Any]]
    extractor_versions: list[str]
    database: str
    created_at: str
    program: str = f"{PROGRAM} {__version__}"
    current_extractor_version: str | None = None
    view_url: str | None = None
    note: str | None = None
    citation: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, default=_json_value)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def filters_description(filters: Filters) -> dict[str, Any]:
    """The filters as plain values, in the words of the dashboard's URL parameters."""
    return {
        "country": list(filters.country), "target": list(filters.target),
        "stance": list(filters.stance), "outlet": list(filters.outlet),
        "dataset": list(filters.dataset),
        "from": filters.date_from.isoformat() if filters.date_from else None,
        "to": filters.date_to.isoformat() if filters.date_to else None,
        "labels": "corrected" if filters.corrected else "machine",
    }


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def build_provenance(db: Database, title: str, data_file: str, rows: int, sql: str,
                     parameters: dict[str, Any] | None = None, filters: Filters | None = None,
                     all_datasets: bool = False, view_url: str | None = None,
                     note: str | None = None, now: datetime | None = None) -> Provenance:
    """Provenance of a table made by `sql` under `filters` (all datasets when `all_datasets`,
    e.g. for SQL page results, which may read any table)."""
    filters = filters or Filters()
    frame = db.query("sql_provenance", **filters.params(all_datasets=all_datasets))
    datasets = []
    versions: set[str] = set()
    for row in frame.to_dict("records"):
        row_versions = [str(v) for v in row.pop("extractor_versions")]
        versions.update(row_versions)
        created = row["created_at"]
        datasets.append({
            **row, "created_at": created.isoformat() if pd.notna(created) else None,
            "statements": int(row["statements"]), "corrected": int(row["corrected"]),
            "hidden": bool(row["hidden"]), "extractor_versions": row_versions,
        })
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    provenance = Provenance(
        title=title, data_file=data_file, rows=rows, sql=sql.strip(),
        parameters={k: _plain(v) for k, v in sorted((parameters or {}).items())},
        filters=filters_description(filters),
        labels="corrected" if filters.corrected else "machine",
        datasets=datasets, extractor_versions=sorted(versions), database=db.path.name,
        created_at=stamp.isoformat(timespec="seconds"), current_extractor_version=EXTRACTOR_VERSION,
        view_url=view_url, note=note)
    provenance.citation = _citation(provenance)
    return provenance


def _citation(p: Provenance) -> str:
    names = ", ".join(d["dataset"] for d in p.datasets) or "no dataset"
    versions = ", ".join(p.extractor_versions) or "none"
    return (f"{p.title}. {p.program}; datasets: {names}; extractor version(s): {versions}; "
            f"{p.labels} labels; exported {p.created_at[:10]}.")


@dataclass
class ExportFile:
    """A finished download: bytes, file name and MIME type."""

    data: bytes
    file_name: str
    mime: str = "application/zip"

    def button_args(self) -> dict[str, Any]:
        """Keyword arguments for `st.download_button`."""
        return {"data": self.data, "file_name": self.file_name, "mime": self.mime}


def flatten_nested(table: pa.Table) -> pa.Table:
    """Lists, structs and maps as JSON text, so any result can be written as CSV (and large
    strings, which pandas makes, as plain strings for the neutralising kernel)."""
    columns = []
    for column in table.columns:
        kind = column.type
        if pa.types.is_large_string(kind):
            column = column.cast(pa.string())
        elif pa.types.is_nested(kind) or pa.types.is_map(kind):
            values = [None if v is None else json.dumps(v, ensure_ascii=False,
                                                        default=_json_value)
                      for v in column.to_pylist()]
            column = pa.array(values, type=pa.string())
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def as_arrow(data: pd.DataFrame | pa.Table) -> pa.Table:
    if isinstance(data, pa.Table):
        return data
    return pa.Table.from_pandas(data, preserve_index=False)


def table_bytes(table: pa.Table, fmt: str) -> bytes:
    """A table as CSV (formula cells neutralised, nested values as JSON) or Parquet."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use csv or parquet")
    sink = io.BytesIO()
    if fmt == "csv":
        flat = flatten_nested(table)
        write_csv(flat.to_batches(), flat.schema, sink)
    else:
        write_parquet(table.to_batches(), table.schema, sink)
    return sink.getvalue()


def bundle(data: bytes, stem: str, fmt: str, provenance: Provenance) -> ExportFile:
    """The data file and its provenance file in one ZIP."""
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.{fmt}", data)
        archive.writestr(f"{stem}.provenance.json", provenance.to_json() + "\n")
    return ExportFile(sink.getvalue(), f"{stem}.zip")


def export_table(db: Database, data: pd.DataFrame | pa.Table, fmt: str, stem: str, title: str,
                 sql: str, parameters: dict[str, Any] | None = None,
                 filters: Filters | None = None, all_datasets: bool = False,
                 view_url: str | None = None, note: str | None = None) -> ExportFile:
    """A page's result table as a ZIP of `STEM.csv|parquet` and `STEM.provenance.json`."""
    table = as_arrow(data)
    payload = table_bytes(table, fmt)
    provenance = build_provenance(db, title, f"{stem}.{fmt}", table.num_rows, sql, parameters,
                                  filters, all_datasets, view_url, note)
    return bundle(payload, stem, fmt, provenance)


def export_statements_file(db: Database, filters: Filters, fmt: str,
                           stem: str | None = None, view_url: str | None = None,
                           max_rows: int = DEFAULT_MAX_ROWS, search: str = "%",
                           min_confidence: float = 0.0, note: str | None = None
                           ) -> ExportFile:
    """The statements of a view (filters, search, least confidence; queries/
    export_statements.sql, streamed) with provenance; named after what it holds unless
    `stem` says otherwise."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use csv or parquet")
    stem = stem or export_stem(filters, search)
    writer = write_csv if fmt == "csv" else write_parquet
    sink = io.BytesIO()
    with statement_reader(db, filters, max_rows, search, min_confidence) as reader:
        rows = writer(reader, reader.schema, sink)
    parameters = export_params(filters, max_rows, search, min_confidence)
    provenance = build_provenance(
        db, "Statements", f"{stem}.{fmt}", rows, sql_text(EXPORT_QUERY),
        bind(EXPORT_QUERY, parameters), filters, view_url=view_url, note=note)
    return bundle(sink.getvalue(), stem, fmt, provenance)


def export_stem(filters: Filters, search: str = "%", today: date | None = None) -> str:
    """A file name that says what the export holds: statements_CHN_PRK_2016-2018_2026-12-03
    (countries, targets, stances, outlets and datasets picked, the years, "search" when a
    search narrowed it, the day of the export)."""
    parts = ["statements", *filters.country, *filters.target, *filters.stance,
             *filters.outlet, *filters.dataset]
    if filters.date_from or filters.date_to:
        first = filters.date_from.year if filters.date_from else ""
        last = filters.date_to.year if filters.date_to else ""
        parts.append(f"{first}-{last}" if first != last else str(first))
    if search.strip("%"):
        parts.append("search")
    parts.append((today or date.today()).isoformat())
    words = (re.sub(r"[^A-Za-z0-9.-]+", "-", part).strip("-") for part in parts)
    return "_".join(w for w in words if w)[:150]


def write_companion(path: str | Path, provenance: Provenance) -> Path:
    """Write `PATH.provenance.json` next to a file the CLI wrote; returns its path."""
    target = Path(path)
    companion = target.with_name(target.name + ".provenance.json")
    companion.write_text(provenance.to_json() + "\n", encoding="utf-8")
    return companion
