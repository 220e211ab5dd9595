"""Reading real-world upload files: size, encoding, delimiter, header.

`open_source()` checks a file as a whole (empty, binary, too big, mixed encodings) and yields
a `Source` that the validation SQL can read: a UTF-8 file with a known delimiter and header
(CSV), or a frame of rows (JSON Lines). Any temporary copy it makes is always removed.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from stance.config import ROOT
from stance.encoding import UTF8_MULTIBYTE
from stance.upload.columns import normalise_header
from stance.upload.problems import Problem, UploadError

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
_HEAD_BYTES = 256 * 1024
_CHUNK = 1 << 20
_MAGIC = {
    b"PK\x03\x04": "an Excel workbook or another zip file: in Excel use File > Save As > "
                   "'CSV UTF-8 (comma delimited)'",
    b"\xd0\xcf\x11\xe0": "an old Excel (.xls) workbook: save it as 'CSV UTF-8' first",
    b"%PDF": "a PDF document, not a table",
    b"\x89PNG": "a PNG image, not a table",
    b"\xff\xd8\xff": "a JPEG image, not a table",
    b"SQLite format": "a database file, not a table",
}


def _latin1_for_undefined(error: UnicodeDecodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined read as Latin-1 (as Excel does)."""
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("stance_latin1", _latin1_for_undefined)


@dataclass
class Source:
    """A file ready for validation. `path` is UTF-8 text (CSV) or None (JSON Lines: `frame`)."""

    name: str  # the name messages use (the uploaded file's own name)
    header: list[str]
    sha256: str
    size: int
    encoding: str = "utf-8"
    delimiter: str = ","
    path: Path | None = None
    frame: pd.DataFrame | None = None  # JSON Lines rows, with a `row` column (line number)
    problems: list[Problem] = field(default_factory=list)  # lines that could not be read
    notes: list[str] = field(default_factory=list)
    temporary: Path | None = None  # a UTF-8 copy made for reading, removed by close()

    def close(self) -> None:
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)


def upload_limit_mb(config: Path = ROOT / ".streamlit" / "config.toml") -> int:
    """`server.maxUploadSize` (MB) from the app's config, Streamlit's default 200 otherwise."""
    try:
        with config.open("rb") as handle:
            return int(tomllib.load(handle).get("server", {}).get("maxUploadSize", 200))
    except (OSError, tomllib.TOMLDecodeError, ValueError):
        return 200


def check_size(path: Path, name: str, limit_mb: int | None) -> int:
    size = path.stat().st_size
    if limit_mb is not None and size > limit_mb * 1024 * 1024:
        raise UploadError(name, f"the file is {size / 1024 / 1024:.1f} MB; uploads are limited "
                                f"to {limit_mb} MB (server.maxUploadSize in "
                                f".streamlit/config.toml). Load bigger files from the command "
                                f"line: python -m stance load-statements / ingest")
    if size == 0:
        raise UploadError(name, "the file is empty")
    return size


def write_temporary(data: bytes, suffix: str) -> Path:
    """Uploaded bytes in a temporary file that the caller removes."""
    handle, name = tempfile.mkstemp(prefix="stance-upload-", suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


@contextmanager
def temporary_copy(data: bytes, suffix: str) -> Iterator[Path]:
    """Write uploaded bytes to a temporary file and always remove it afterwards."""
    path = write_temporary(data, suffix)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


@dataclass
class _Scan:
    """What one pass over a file's bytes found."""

    sha256: str
    bad_at: int | None  # offset of the first byte that is not UTF-8 (None: all is)
    multibyte: bool  # valid UTF-8 multi-byte characters too (a sign of mixed encodings)
    crlf: int = 0  # Windows line ends
    bare_lf: int = 0  # Unix line ends
    nul_at: int | None = None  # offset of the first NUL byte

    @property
    def mixed_line_ends(self) -> bool:
        return self.crlf > 0 and self.bare_lf > 0


def _scan(path: Path) -> _Scan:
    """One pass: the sha256, UTF-8 validity, line ends and NUL bytes of the whole file."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    found = _Scan("", None, False)
    offset, previous = 0, b""
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            if found.bad_at is None:
                pending = len(decoder.getstate()[0])
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as error:  # error.start counts the pending bytes
                    found.bad_at = offset - pending + error.start
            if not found.multibyte and UTF8_MULTIBYTE.search(chunk):
                found.multibyte = True
            if found.nul_at is None and b"\x00" in chunk:
                found.nul_at = offset + chunk.index(b"\x00")
            lines = chunk.count(b"\n")
            crlf = chunk.count(b"\r\n") + (previous == b"\r" and chunk[:1] == b"\n")
            found.crlf += crlf
            found.bare_lf += lines - crlf
            previous = chunk[-1:]
            offset += len(chunk)
    if found.bad_at is None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            found.bad_at = offset - 1
    found.sha256 = digest.hexdigest()
    return found


def _line_of(path: Path, offset: int) -> int:
    with path.open("rb") as handle:
        return handle.read(offset).count(b"\n") + 1


def _transcode(path: Path, encoding: str, errors: str = "strict") -> Path:
    """A UTF-8 temporary copy of `path` with every line end as LF (the caller removes it)."""
    handle, name = tempfile.mkstemp(prefix="stance-utf8-", suffix=path.suffix)
    with path.open("rb") as src, os.fdopen(handle, "wb") as out:
        reader = codecs.getreader(encoding)(src, errors=errors)
        carry = ""
        while chunk := reader.read(_CHUNK):
            chunk = carry + chunk
            carry = "\r" if chunk.endswith("\r") else ""
            chunk = chunk[:-1] if carry else chunk
            out.write(chunk.replace("\r\n", "\n").encode("utf-8"))
        out.write(carry.encode("utf-8"))
    return Path(name)


def _check_binary(head: bytes, name: str) -> None:
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise UploadError(name, f"this is {what}")
    sample = head[:8192]
    if b"\x00" in sample:
        raise UploadError(name, "this is a binary file, not CSV text")
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample and controls / len(sample) > 0.05:
        raise UploadError(name, "this is a binary file, not CSV text")


def _records(text: str, delimiter: str, limit: int = 50) -> list[list[str]]:
    """The first complete records of `text` (a truncated last line is dropped)."""
    if not text.endswith("\n"):
        text = text.rsplit("\n", 1)[0] if "\n" in text else text
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', strict=False)
    rows = []
    try:
        for row in reader:
            if row:
                rows.append(row)
            if len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows


def sniff_delimiter(head: str, name: str) -> str:
    """Comma, semicolon or tab: the one that splits the header into most columns and the next
    lines into as many. A file whose header is one column is read with commas."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        rows = _records(head, delimiter)
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for row in rows[1:] if len(row) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0, 0):
        first = head.split("\n", 1)[0]
        for other, label in (("|", "'|'"), (":", "':'"), ("^", "'^'")):
            if first.count(other) >= 2:
                raise UploadError(name, f"the columns seem to be separated by {label}; save the "
                                        "file with commas, semicolons or tabs between values")
    return best


def _header(head: str, delimiter: str, name: str) -> list[str]:
    rows = _records(head if "\n" in head else head + "\n", delimiter, limit=1)
    if not rows:
        raise UploadError(name, "the file is empty")
    header = [cell.strip() for cell in rows[0]]
    for index, cell in enumerate(header, start=1):
        if not cell:
            raise UploadError(name, f"column {index} has no name in the header (row 1)")
    seen: dict[str, int] = {}
    for index, cell in enumerate(header, start=1):
        key = normalise_header(cell)
        if key in seen:
            raise UploadError(name, f"two columns are called {cell!r} (columns {seen[key]} and "
                                    f"{index}); rename one")
        seen[key] = index
    return header


def read_source(path: Path, name: str | None = None, limit_mb: int | None = None) -> Source:
    """Check `path` as a whole and return it as a Source (`close()` removes the temporary
    UTF-8 copy a non-UTF-8 file needs)."""
    name = name or path.name
    if path.is_dir():
        raise UploadError(name, "is a folder; give one .csv or .jsonl file (folders of "
                                "documents go in with `ingest`)")
    if not path.is_file():
        raise UploadError(name, "no such file")
    size = check_size(path, name, limit_mb)
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return _jsonl_source(path, name, size)
    temporary: Path | None = None
    try:
        sha256, encoding, temporary, notes = _utf8(path, head, name)
        readable = temporary or path
        with readable.open("r", encoding="utf-8-sig", newline="") as handle:
            text_head = handle.read(_HEAD_BYTES)
        if not text_head.strip():
            raise UploadError(name, "the file is empty")
        delimiter = sniff_delimiter(text_head, name)
        if delimiter != ",":
            notes.append(f"Values are separated by {DELIMITERS[delimiter]}s.")
        header = _header(text_head, delimiter, name)
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise
    return Source(name=name, header=header, sha256=sha256, size=size, encoding=encoding,
                  delimiter=delimiter, path=readable, notes=notes, temporary=temporary)


def _utf8(path: Path, head: bytes, name: str) -> tuple[str, str, Path | None, list[str]]:
    """The file's sha256 and encoding, a UTF-8 copy when it is not UTF-8, and notes saying so."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        sha256 = _scan(path).sha256
        return sha256, "utf-16", _transcode(path, "utf-16"), [
            "The file is UTF-16 (Excel's 'Unicode text'); it was read as such."]
    _check_binary(head, name)
    scan = _scan(path)
    sha256, bad_at = scan.sha256, scan.bad_at
    if scan.nul_at is not None:
        raise UploadError(name, f"this is a binary file, not CSV text (a NUL byte on line "
                                f"{_line_of(path, scan.nul_at)})")
    line_note = ["Line ends mix Windows (CRLF) and Unix (LF) styles; both were read as line "
                 "ends."] if scan.mixed_line_ends else []
    if bad_at is None:
        if scan.mixed_line_ends:
            return sha256, "utf-8", _transcode(path, "utf-8"), line_note
        return sha256, "utf-8", None, []
    line = _line_of(path, bad_at)
    if scan.multibyte:
        raise UploadError(name, f"the file mixes text encodings: line {line} is not UTF-8 but "
                                "other lines are. Open it in a text editor and save it again "
                                "as UTF-8")
    return sha256, "windows-1252", _transcode(path, "cp1252", errors="stance_latin1"), [
        "The file is not UTF-8; it was read as Windows-1252 (Western European, Latin-1). "
        "Check accented names in the preview, or save the file as 'CSV UTF-8' to be sure.",
        *line_note]


@contextmanager
def open_source(path: Path, name: str | None = None,
                limit_mb: int | None = None) -> Iterator[Source]:
    """`read_source` for a block: temporary copies are always removed afterwards."""
    source = read_source(path, name, limit_mb)
    try:
        yield source
    finally:
        source.close()


def _cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _jsonl_source(path: Path, name: str, size: int) -> Source:
    """JSON Lines: one object per line; a line that is not an object is a problem of its row."""
    raw = path.read_bytes()
    _check_binary(raw[:_HEAD_BYTES], name)
    sha256 = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
        notes: list[str] = []
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="stance_latin1")
        notes = ["The file is not UTF-8; it was read as Windows-1252 (Western European)."]
    records: list[dict[str, str | None]] = []
    problems: list[Problem] = []
    header: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(Problem(number, "", line[:60], f"not valid JSON ({error.msg})"))
            continue
        if not isinstance(value, dict):
            problems.append(Problem(number, "", line[:60], "each line must be a JSON object"))
            continue
        for key in value:
            if key not in header:
                header.append(key)
        records.append({"row": number, **{k: _cell(v) for k, v in value.items()}})
    if not records and not problems:
        raise UploadError(name, "the file is empty")
    frame = pd.DataFrame(records, dtype=object)
    return Source(name=name, header=header, sha256=sha256, size=size, frame=frame,
                  problems=problems, notes=notes)
