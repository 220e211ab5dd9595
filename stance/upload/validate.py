"""Validate an upload before anything is written, in SQL (queries/store/upload_*.sql).

`validate()` stages the file in temporary tables of the caller's cursor (every one is listed
in queries/store/upload.toml, with the files each kind runs), maps countries and stances
through small tables, and checks every row in one pass: a 1M-row file costs a few scans, not
a Python loop per row. It leaves `upload_valid` (the rows that would be stored) for the
loader, and returns a `Report` (problems, notes, mappings, preview).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from stance.errors import DatabaseError
from stance.store.queries import manifest
from stance.store.tx import Tx
from stance.upload.columns import (
    ARTICLES,
    STATEMENTS,
    Mapping,
    auto_mapping,
    column_names,
    mapping_problems,
    read_columns,
)
from stance.upload.problems import Problem, UploadError, UploadInvalid, explain
from stance.upload.source import DELIMITERS, Source
from stance.upload.values import (
    country_notes,
    country_table,
    day_first,
    stance_notes,
    stance_table,
)

MANIFEST = "store/upload"
_REJECT_CODES = {"MISSING COLUMNS": "missing_columns", "TOO MANY COLUMNS": "too_many_columns",
                 "UNQUOTED VALUE": "unterminated_quote"}


@dataclass
class Report:
    """What validation found; `problems` lists at most the first `problem_limit`."""

    file: str
    kind: str
    header: list[str]
    mapping: Mapping
    sha256: str
    rows: int
    valid_rows: int
    problems: list[Problem]
    truncated: bool = False  # more problems than were listed
    notes: list[str] = field(default_factory=list)
    countries: pd.DataFrame = field(default_factory=pd.DataFrame)
    stances: pd.DataFrame = field(default_factory=pd.DataFrame)
    preview: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def invalid_rows(self) -> int:
        return self.rows - self.valid_rows

    @property
    def ok(self) -> bool:
        return self.invalid_rows == 0 and not self.problems

    def error(self) -> UploadInvalid:
        return UploadInvalid(self.file, self.problems, self.invalid_rows, self.valid_rows,
                             self.truncated)

    def problem_frame(self) -> pd.DataFrame:
        return pd.DataFrame([(p.row, p.column, p.value, p.reason) for p in self.problems],
                            columns=["row", "column", "value", "reason"])


def kind_steps(kind: str) -> dict[str, str]:
    """The query files validation runs for `kind`, by step (queries/store/upload.toml)."""
    return manifest(MANIFEST)["kinds"][kind]


def _stage_csv(tx: Tx, source: Source, mapping: Mapping) -> None:
    try:
        tx.run("store/upload_read_csv", path=str(source.path), delimiter=source.delimiter,
               columns=read_columns(source.header, mapping))
    except DatabaseError as error:
        raise UploadError(source.name, f"cannot be read as CSV ({error.detail})") from None


def _stage_frame(tx: Tx, source: Source, mapping: Mapping) -> None:
    frame = source.frame if source.frame is not None else pd.DataFrame()
    staged = pd.DataFrame({"row": frame.get("row", pd.Series(dtype=object))}, dtype=object)
    for name, index in mapping.items():
        if index is not None:
            staged[name] = frame.get(source.header[index], pd.Series(dtype=object))
    with tx.registered(upload_frame=staged.astype(object)):
        tx.run("store/upload_read_frame")


def _delimiter_hint(line: str, delimiter: str) -> str:
    """When a short line holds another delimiter than the header's, say so."""
    for other, label in DELIMITERS.items():
        if other != delimiter and line.count(other) >= 1 and line.count(delimiter) == 0:
            return (f" (the header is split by {DELIMITERS[delimiter]}s but this line uses "
                    f"{label}s: is the delimiter mixed up?)")
    return ""


def _rejects(tx: Tx, names: dict[str, str], delimiter: str) -> list[Problem]:
    """Lines the CSV reader rejected, one problem per line (the first error of each)."""
    problems: dict[int, Problem] = {}
    for row, column, error_type, csv_line, message in tx.run("store/upload_rejects").rows():
        if row in problems:
            continue
        code = _REJECT_CODES.get(error_type, "csv_error")
        value = (csv_line or "").rstrip("\r\n")
        reason = explain(code, message if code == "csv_error" else value)
        if code == "missing_columns":
            reason += _delimiter_hint(value, delimiter)
        column_name = names.get(column or "", "") if code == "unterminated_quote" else ""
        problems[row] = Problem(int(row), column_name, value[:200], reason)
    return list(problems.values())


def _stage(tx: Tx, source: Source, mapping: Mapping, names: dict[str, str]
           ) -> tuple[int, int, list[Problem]]:
    """The file in upload_raw: rows read, the first rowid, and the lines that could not be."""
    tx.run("store/upload_macros")
    tx.run("store/upload_create_raw")
    structural = list(source.problems)
    if source.path is not None:
        _stage_csv(tx, source, mapping)
        structural += _rejects(tx, names, source.delimiter)
        read, first_rowid = tx.run("store/upload_count_raw").one()
        if structural:
            tx.run("store/upload_renumber", records=read + len(structural),
                   first_rowid=first_rowid)
    else:
        _stage_frame(tx, source, mapping)
        read, first_rowid = tx.run("store/upload_count_raw").one()
    if read == 0 and not structural:
        raise UploadError(source.name, "the file has a header but no data rows")
    return read, first_rowid, structural


def _mapped_values(tx: Tx, kind: str, notes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame,
                                                                   bool]:
    """Countries and stances mapped on the file's distinct values, and the date order."""
    countries = country_table(tx.run("store/upload_distinct_countries").frame())
    tx.register("upload_countries", countries)
    tx.register("upload_stances", stance_table())
    stances = pd.DataFrame()
    if kind == STATEMENTS:
        stances = stance_notes(tx.run("store/upload_distinct_stances").frame())
    order, note = day_first(tuple(int(v or 0) for v in tx.run("store/upload_date_order").one()))
    if note:
        notes.append(note)
    return countries, stances, order


def validate(tx: Tx, source: Source, kind: str, mapping: Mapping | None = None,
             problem_limit: int = 1000, preview_rows: int = 20) -> Report:
    """Stage and check `source` as `kind` on the cursor `tx` (a staging cursor of the target
    database, or an in-memory scratch database). Raises UploadError when the file as a whole
    cannot be used; row problems go into the Report."""
    mapping = dict(mapping) if mapping is not None else auto_mapping(source.header, kind)
    wrong = mapping_problems(source.header, kind, mapping)
    if wrong:
        raise UploadError(source.name, "; ".join(wrong))
    names = column_names(source.header, mapping)
    _, first_rowid, structural = _stage(tx, source, mapping, names)
    notes = list(source.notes)
    countries, stances, order = _mapped_values(tx, kind, notes)
    steps = kind_steps(kind)
    tx.run(steps["clean"], day_first=order, first_rowid=first_rowid)
    tx.run(steps["duplicates"])
    tx.run(steps["valid"])
    rows, valid = tx.run(steps["summary"]).one()
    problems = [Problem(int(row), names.get(fieldname, fieldname), value, explain(code, value))
                for row, fieldname, code, value in
                tx.run(steps["problems"], limit=problem_limit).rows()]
    problems = sorted(structural + problems, key=lambda p: p.row)
    truncated = len(problems) >= problem_limit
    problems = problems[:problem_limit]
    preview = tx.run(steps["preview"], limit=preview_rows).frame()
    if kind == ARTICLES:
        html = tx.run("store/upload_html_count").scalar()
        if html:
            notes.append(f"{html:,} text(s) contain HTML markup; it is converted to plain text "
                         "before analysis.")
    return Report(file=source.name, kind=kind, header=source.header, mapping=mapping,
                  sha256=source.sha256, rows=int(rows) + len(structural), valid_rows=int(valid),
                  problems=problems, truncated=truncated, notes=notes,
                  countries=country_notes(countries), stances=stances, preview=preview)
