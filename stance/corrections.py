"""Researchers' corrections of machine labels, kept as an audit trail.

A correction never edits a statement: it adds a row to `corrections` (statement, field, old
value, new value, note, coder, time), and the `statements_full` view applies the latest value
per statement and field, so every chart shows corrected labels (or machine labels, on request).
Statement ids are stable hashes of the article text, offsets and speaker, so corrections
survive re-ingesting the same articles. Corrections travel between coders as CSV
(`export_corrections` / `import_corrections`), which `stance.agreement` compares.

Values are validated before anything is written, and each save or import is one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from stance.cells import is_formula
from stance.errors import InputError, StanceError
from stance.gazetteer import country_name, to_iso3
from stance.models import STANCES
from stance.provenance import (
    ExportFile,
    build_provenance,
    export_table,
    table_bytes,
    write_companion,
)
from stance.store import Database, Tx
from stance.store.queries import sql_text
from stance.store.touched import touch

FIELDS = ("stance", "speaker", "country", "target", "not_statement")
COLUMNS = ["statement_id", "field", "old_value", "new_value", "note", "coder", "corrected_at"]
REQUIRED_COLUMNS = ("statement_id", "field", "new_value")
MACHINE = "machine"  # the extractor, as a rater in stance.agreement; no coder may use the name
MAX_SPEAKER = 200
MAX_NOTE = 2000
MAX_CODER = 80


class CorrectionError(StanceError):
    """A correction that cannot be saved (unknown statement, invalid value)."""


@dataclass(frozen=True)
class Correction:
    """One row of the audit trail."""

    statement_id: str
    field: str
    new_value: str
    old_value: str | None = None
    note: str | None = None
    coder: str | None = None
    corrected_at: datetime | None = None

    def row(self) -> dict[str, Any]:
        return {"statement_id": self.statement_id, "field": self.field,
                "old_value": self.old_value, "new_value": self.new_value, "note": self.note,
                "coder": self.coder, "corrected_at": self.corrected_at}


@dataclass
class ImportSummary:
    rows: int  # data rows in the file
    added: int  # rows new to this database
    unknown_statements: int  # statement ids this database does not hold (kept for later)

    def __str__(self) -> str:
        duplicates = self.rows - self.added
        text = f"{self.added} correction(s) added"
        if duplicates:
            text += f", {duplicates} already present"
        if self.unknown_statements:
            text += (f"; {self.unknown_statements} statement(s) are not in this database "
                     "(kept: they apply once those articles are ingested)")
        return text


def normalise_value(field: str, value: Any) -> str:
    """The stored form of a new value for `field`; ValueError with a sentence if invalid."""
    if field not in FIELDS:
        raise ValueError(f"{field!r} is not a field that can be corrected "
                         f"(one of: {', '.join(FIELDS)})")
    if field == "not_statement":
        return _boolean(value)
    text = " ".join(str(value if value is not None else "").split())
    if not text:
        raise ValueError(f"the new {field} is empty")
    if field == "stance":
        if text.lower() not in STANCES:
            raise ValueError(f"{text!r} is not a stance (one of: {', '.join(STANCES)})")
        return text.lower()
    if field in ("country", "target"):
        iso3 = to_iso3(text)
        if iso3 is None:
            raise ValueError(f"{text!r} is not a country name or ISO 3166 code")
        return iso3
    if len(text) > MAX_SPEAKER:
        raise ValueError(f"the speaker is longer than {MAX_SPEAKER} characters")
    return text


def _boolean(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "y"):
        return "true"
    if text in ("false", "no", "0", "n"):
        return "false"
    raise ValueError(f"{value!r} is not true or false")


def normalise_coder(coder: str | None) -> str | None:
    text = " ".join((coder or "").split())
    if not text:
        return None
    if text.casefold() == MACHINE:
        raise ValueError(f"{MACHINE!r} names the extractor in agreement scores; "
                         "choose another coder name")
    if len(text) > MAX_CODER:
        raise ValueError(f"the coder name is longer than {MAX_CODER} characters")
    return text


def normalise_note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise ValueError(f"the note is longer than {MAX_NOTE} characters")
    return text or None


def current_labels(db: Database, statement_id: str) -> dict[str, Any] | None:
    """The statement's machine and corrected labels, or None when there is no such statement."""
    frame = db.query("corrections_statement", statement_id=statement_id, article=None)
    return None if frame.empty else frame.iloc[0].to_dict()


def _effective(labels: Mapping[str, Any]) -> dict[str, str | None]:
    """The value each field has now (corrected where corrected), in stored form."""
    values: dict[str, str | None] = {
        name: _text(labels.get(f"corrected_{name}"))
        for name in ("stance", "speaker", "country", "target")}
    values["not_statement"] = "true" if bool(labels.get("rejected")) else "false"
    return values


def _text(value: Any) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def correct(db: Database, statement_id: str, changes: Mapping[str, Any],
            note: str | None = None, coder: str | None = None, confirm: bool = False,
            now: datetime | None = None, article_id: str | None = None) -> list[Correction]:
    """Record a coder's labels for one statement; returns the rows written.

    `changes` maps fields to new values. A value equal to the current one is skipped, unless
    `confirm`: then it is written too (old = new), recording that the coder checked it, which
    agreement scores need. All rows are written in one transaction, or none. `article_id`,
    when the caller knows the statement's article (the correction form), finds the statement
    within it, a fraction of a lookup by id alone in a large database.
    """
    try:
        wanted = {field: normalise_value(field, value) for field, value in changes.items()}
        coder_name = normalise_coder(coder)
        note_text = normalise_note(note)
    except ValueError as error:
        raise CorrectionError(str(error)) from error
    stamp = now or datetime.now()
    with db.transaction() as tx:
        labels = tx.run("corrections_statement", statement_id=statement_id,
                        article=article_id).frame()
        if labels.empty:
            raise CorrectionError(f"there is no statement {statement_id!r} in {db.path.name}")
        before = _effective(labels.iloc[0].to_dict())
        rows = [Correction(statement_id, field, value, before[field], note_text, coder_name,
                           stamp)
                for field, value in wanted.items() if confirm or value != before[field]]
        if rows:
            _insert(tx, rows, articles=[labels["article_id"].iloc[0]])
    return rows


def describe_value(field: str, value: str | None) -> str:
    """A value as people read it ("Russia (RUS)", "not a statement")."""
    if value is None:
        return "(none)"
    if field in ("country", "target"):
        return f"{country_name(value)} ({value})"
    if field == "not_statement":
        return "not a statement" if value == "true" else "a statement"
    return value


def _insert(tx: Tx, rows: Iterable[Correction], articles: list[str] | None = None) -> int:
    """Insert inside the caller's transaction; returns how many rows were new. `articles`: the
    corrected statements' articles, when the caller knows them (else they are looked up)."""
    frame = pd.DataFrame([r.row() for r in rows], columns=COLUMNS, dtype=object)
    frame["corrected_at"] = pd.to_datetime(frame["corrected_at"])
    before = tx.run("store/corrections_count").scalar()
    with tx.registered(new_corrections=frame):
        if articles is None:
            touch(tx, "store/touch_corrections")
        else:
            touch(tx, "store/touch_labels", articles=articles)
        tx.run("store/corrections_insert")
    return tx.run("store/corrections_count").scalar() - before


EXPORT_QUERY = "corrections_export"
EXPORT_TITLE = "Corrections (audit trail)"


def export_rows(db: Database) -> pa.Table:
    """Every correction, oldest first, in the exchange columns (Arrow: it goes to a file)."""
    return db.table(EXPORT_QUERY)


def export_download(db: Database) -> ExportFile:
    """Every correction as a download: `corrections.csv` with its provenance, zipped."""
    return export_table(db, export_rows(db), "csv", "corrections", EXPORT_TITLE,
                        sql_text(EXPORT_QUERY), all_datasets=True)


def _restore(value: str) -> str:
    """Undo stance.export's neutralising (a leading apostrophe before = + - @) on import."""
    if value.startswith("'") and value[1:2] and is_formula(value[1:]):
        return value[1:]
    return value


def _read_rows(path: Path, text: str | None = None) -> list[dict[str, str]]:
    try:
        content = text if text is not None else path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise InputError(path, "no such file") from error
    except IsADirectoryError as error:
        raise InputError(path, "is a folder; give the corrections .csv file") from error
    except UnicodeDecodeError as error:
        raise InputError(path, "is not UTF-8 text; save it as CSV UTF-8") from error
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(path, f"missing column(s) {', '.join(missing)}; a corrections file "
                               f"has the columns {', '.join(COLUMNS)}")
    reader.fieldnames = header
    return [{k: (v or "") for k, v in row.items() if k} for row in reader]


def parse_corrections(path: str | Path, text: str | None = None,
                      now: datetime | None = None) -> list[Correction]:
    """Read and validate a corrections CSV; the first bad row raises InputError naming its line
    and column (and how many other rows are bad)."""
    path = Path(path)
    stamp = now or datetime.now()
    corrections: list[Correction] = []
    errors: list[InputError] = []
    for line, raw in enumerate(_read_rows(path, text), start=2):
        row = {k: _restore(v.strip()) for k, v in raw.items()}
        try:
            corrections.append(_parse_row(row, stamp))
        except _RowError as error:
            errors.append(InputError(path, error.reason, row=line, column=error.column))
    if errors:
        first = errors[0]
        more = f" ({len(errors) - 1} more row(s) have errors)" if len(errors) > 1 else ""
        raise InputError(first.path, first.reason + more, first.row, first.column)
    return corrections


class _RowError(Exception):
    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column, self.reason = column, reason


def _parse_row(row: Mapping[str, str], stamp: datetime) -> Correction:
    statement = row.get("statement_id", "")
    if not statement:
        raise _RowError("statement_id", "the statement id is empty")
    field = row.get("field", "").lower()
    try:
        value = normalise_value(field, row.get("new_value", ""))
    except ValueError as error:
        raise _RowError("field" if field not in FIELDS else "new_value", str(error)) from error
    try:
        coder = normalise_coder(row.get("coder"))
    except ValueError as error:
        raise _RowError("coder", str(error)) from error
    try:
        note = normalise_note(row.get("note"))
    except ValueError as error:
        raise _RowError("note", str(error)) from error
    when = row.get("corrected_at", "")
    if when:
        try:
            moment = pd.Timestamp(when)
        except ValueError as error:
            raise _RowError("corrected_at", f"{when!r} is not a date and time "
                                            "(use 2024-05-01 14:30:00)") from error
        if moment.tzinfo is not None:
            moment = moment.tz_convert(None)
        corrected_at = moment.to_pydatetime()
    else:
        corrected_at = stamp
    return Correction(statement, field, value, row.get("old_value") or None, note, coder,
                      corrected_at)


def import_corrections(db: Database, path: str | Path, text: str | None = None
                       ) -> ImportSummary:
    """Add a corrections CSV (another coder's export) to this database, all rows or none.

    The latest correction per statement and field wins, by `corrected_at`; rows already
    present are skipped, so importing the same file twice changes nothing.
    """
    corrections = parse_corrections(path, text)
    if not corrections:
        return ImportSummary(0, 0, 0)
    with db.transaction() as tx:
        added = _insert(tx, corrections)
        frame = pd.DataFrame({"statement_id": [c.statement_id for c in corrections]})
        with tx.registered(new_corrections=frame):
            unknown = tx.run("store/corrections_unknown").scalar()
    return ImportSummary(len(corrections), added, int(unknown))


def export_corrections(db: Database, path: str | Path) -> int:
    """Write every correction to a CSV file (formula cells neutralised) and its provenance
    file `PATH.provenance.json` beside it; returns the number of rows."""
    target = Path(path)
    rows = export_rows(db)
    try:
        target.write_bytes(table_bytes(rows, "csv"))
    except OSError as error:
        raise InputError(target, f"cannot be written ({error.strerror})") from error
    provenance = build_provenance(db, EXPORT_TITLE, target.name, rows.num_rows,
                                  sql_text(EXPORT_QUERY), all_datasets=True)
    write_companion(target, provenance)
    return rows.num_rows
