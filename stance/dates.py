"""Lenient date reading for metadata and uploads (ISO dates, datetimes, written dates, months,
bare years), and showing a date at the precision it was known: a speech known only by its year
is "2016", never "1 January 2016"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
            "%b. %d, %Y", "%d.%m.%Y", "%Y%m%d")
_MONTH_FORMATS = ("%B %Y", "%b %Y", "%b. %Y", "%Y-%m", "%Y/%m")
DAY, MONTH, YEAR = "day", "month", "year"
PRECISIONS = (DAY, MONTH, YEAR)
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)\b")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object, excel_serials: bool = False) -> date | None:
    """A date, or None when `value` is empty (the first day of a month or year given alone:
    `parse_dated` says which). Raises ValueError for text that is no date."""
    return parse_dated(value, excel_serials)[0]


def parse_dated(value: object, excel_serials: bool = False) -> tuple[date | None, str | None]:
    """(date, precision): precision is "day", "month" (the date is the 1st) or "year" (1
    January), None with no date. Raises ValueError for text that is no date.

    Year-only values ("1990 (UNGA session 45)") are years. Excel serial numbers (e.g. 43370)
    are read only when `excel_serials` is true.
    """
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value.date(), DAY
    if isinstance(value, date):
        return value, DAY
    text = str(value).strip()
    if not text:
        return None, None
    if excel_serials and re.fullmatch(r"\d{4,5}(\.\d+)?", text):
        serial = float(text)
        if 1 <= serial <= 2958465:
            return _EXCEL_EPOCH + timedelta(days=int(serial)), DAY
    iso = _ISO_PREFIX.match(text)
    if iso:
        return date.fromisoformat(iso.group(1)), DAY
    cleaned = text.replace("Sept.", "Sep.")
    for formats, precision in ((_FORMATS, DAY), (_MONTH_FORMATS, MONTH)):
        for fmt in formats:
            try:
                return datetime.strptime(cleaned, fmt).date(), precision
            except ValueError:
                continue
    year = _YEAR.match(text)
    if year:
        return date(int(year.group(1)), 1, 1), YEAR
    raise ValueError(f"not a date: {text!r}")


def _as_date(value: object) -> date | None:
    if value is None or value != value:  # NaN and NaT are not equal to themselves
        return None
    when = value if isinstance(value, date) else parse_date(str(value)[:10])
    return when.date() if isinstance(when, datetime) else when


def format_date(value: object, precision: str | None = DAY, long: bool = False) -> str:
    """`value` as its precision allows: "07 Sep 2018" (long: "07 September 2018"),
    "Sep 2018", "2018"; "" for no date."""
    when = _as_date(value)
    if when is None:
        return ""
    month = "%B" if long else "%b"
    if precision == YEAR:
        return f"{when.year}"
    if precision == MONTH:
        return when.strftime(f"{month} %Y")
    return when.strftime(f"%d {month} %Y")


def sortable_date(value: object, precision: str | None = DAY) -> str:
    """`value` for a table column that sorts as text: "2018-09-07", "2018-09", "2018"."""
    when = _as_date(value)
    if when is None:
        return ""
    return {YEAR: f"{when:%Y}", MONTH: f"{when:%Y-%m}"}.get(precision or DAY, f"{when:%Y-%m-%d}")
