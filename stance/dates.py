"""Lenient date reading for metadata and uploads: ISO dates, datetimes, years, written dates."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y",
            "%b. %d, %Y", "%d.%m.%Y", "%Y%m%d")
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)\b")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object, excel_serials: bool = False) -> date | None:
    """A date, or None when `value` is empty. Raises ValueError for text that is no date.

    Year-only values ("1990 (UNGA session 45)") give 1 January of that year.
    Excel serial numbers (e.g. 43370) are read only when `excel_serials` is true.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if excel_serials and re.fullmatch(r"\d{4,5}(\.\d+)?", text):
        serial = float(text)
        if 1 <= serial <= 2958465:
            return _EXCEL_EPOCH + timedelta(days=int(serial))
    iso = _ISO_PREFIX.match(text)
    if iso:
        return date.fromisoformat(iso.group(1))
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text.replace("Sept.", "Sep."), fmt).date()
        except ValueError:
            continue
    year = _YEAR.match(text)
    if year:
        return date(int(year.group(1)), 1, 1)
    raise ValueError(f"not a date: {text!r}")
