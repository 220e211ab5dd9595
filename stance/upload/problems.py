"""Problems found in an upload, and the sentences that explain them.

The validation SQL returns short codes (`unknown_stance`, `too_long:300:512`...); this module is
the one place that turns a code into the sentence a user reads, in the app and in the CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stance.errors import StanceError

_STANCE_HELP = "use tighten, ease or neutral (or tougher / lift / +1 / -1 / 0)"

_MESSAGES: dict[str, str] = {
    "no_speaker": "no speaker and no country: give at least one of them",
    "unknown_country": "unknown country {value!r}: use an ISO3 code (USA), an ISO2 code (US) "
                       "or an English country name",
    "unknown_code": "{value!r} is not an ISO 3166 country code: use an ISO3 code (USA), an "
                    "ISO2 code (US) or an English country name",
    "missing_stance": f"empty stance: {_STANCE_HELP}",
    "unknown_stance": f"unknown stance {{value!r}}: {_STANCE_HELP}",
    "missing_text": "empty text: every article needs its text",
    "formula": "{value_start!r} looks like a spreadsheet formula; remove it, or put an "
               "apostrophe (') in front if it is meant as text",
    "script": "contains a script ({value_start!r}); scripts are never stored",
    "html": "contains HTML markup ({value_start!r}); use plain text",
    "impossible_date": "no such date: {value!r}",
    "unreadable_date": "unreadable date {value!r}: use YYYY-MM-DD (e.g. 2019-04-22)",
    "date_out_of_range": "date {value!r} is out of range (1900 to next year)",
    "bad_url": "{value_start!r} is not a web address (it must start with http:// or https://)",
    "unknown_speaker_type": "unknown speaker type {value!r}: use person, country or "
                            "organization",
    "duplicate": "duplicate of row {arg}: the same statement appears twice",
    "duplicate_text": "same text as row {arg}: each article once",
    "too_long": "{length:,} characters is too long; at most {limit:,} are allowed here",
    "missing_columns": "this line has fewer values than the header has columns",
    "too_many_columns": "this line has more values than the header has columns (a value with "
                        "the delimiter in it must be in double quotes)",
    "unterminated_quote": "a double quote opened here is never closed, so the rest of the file "
                          "reads as one value; close it or double the quote (\"\")",
    "csv_error": "the line cannot be read as CSV: {value!r}",
}


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be loaded. `row` is the spreadsheet row (the header is row 1);
    `column` is the column's name in the user's file ('' for the whole row)."""

    row: int
    column: str
    value: str | None
    reason: str

    def line(self, file: str) -> str:
        """`FILE:ROW:COLUMN: reason`, as the CLI prints it (no column for whole-row problems)."""
        where = ":".join(str(p) for p in (file, self.row, self.column) if p not in ("", None))
        return f"{where}: {self.reason}"


def _shorten(value: str | None, width: int = 40) -> str:
    text = (value or "").strip().replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


_MARKUP = re.compile(r"(?i)<\s*(script|iframe|object|embed)\b[^>]*>|javascript:"
                     r"|<\s*/?\s*[a-z][^>]*>")


def _offending(value: str | None) -> str | None:
    """The tag itself, when a value is refused for markup (not the start of a long text)."""
    found = _MARKUP.search(value or "")
    return found.group(0) if found else value


def explain(code: str, value: str | None) -> str:
    """The sentence for a problem code from the validation SQL (`name` or `name:arg:arg`)."""
    name, *args = code.split(":")
    if name == "unknown_country" and value and len(value.strip()) in (2, 3) \
            and value.strip().isalpha():
        name = "unknown_code"
    template = _MESSAGES.get(name)
    if template is None:
        return code
    if name in ("script", "html"):
        value = _offending(value)
    if name == "too_long":
        return template.format(limit=int(args[0]), length=int(args[1]))
    return template.format(value=_shorten(value, 60), value_start=_shorten(value, 30),
                           arg=args[0] if args else "")


class UploadError(StanceError):
    """The file as a whole cannot be used (empty, binary, too big, no such column...)."""

    def __init__(self, file: str, reason: str):
        self.file, self.reason = file, reason
        super().__init__(f"{file}: {reason}")


class UploadInvalid(StanceError):
    """Some rows are invalid and the caller asked for all-or-nothing: nothing was loaded.

    `str()` is a summary line followed by one `FILE:ROW:COLUMN: reason` line per problem (the
    first `shown`), so the CLI's one-line error handler prints every problem.
    """

    def __init__(self, file: str, problems: list[Problem], total: int, valid_rows: int,
                 truncated: bool = False):
        self.file, self.problems, self.total, self.valid_rows = file, problems, total, valid_rows
        lines = [problem.line(file) for problem in problems]
        if truncated:
            lines.append(f"{file}: ... only the first {len(problems):,} problems are listed")
        super().__init__("\n".join(lines + [self.summary()]))

    def summary(self) -> str:
        hint = (f"; fix them, or load only the {self.valid_rows:,} valid row(s)"
                if self.valid_rows else "")
        return f"{self.file}: {self.total:,} invalid row(s), nothing was loaded{hint}"
