"""What a text cell may not hold, wherever it comes from (uploads, front matter, exports).

A spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@` (after any white space or
control characters, in ASCII or full-width form) or with a tab or line break. One pattern,
read by Python's `re` and by Arrow's RE2 alike, so checks and exports agree.
"""

from __future__ import annotations

import re

FORMULA_PATTERN = "^[\\s\\x00-\\x1f]*[=+\\-@\uff1d\uff0b\uff0d\uff20]|^[\\t\\r\\n]"
_FORMULA = re.compile(FORMULA_PATTERN)
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|!\[[^\]]*\]\(|\]\(\s*(?:javascript|data):",
                     re.IGNORECASE)


def is_formula(value: str) -> bool:
    return _FORMULA.search(value) is not None


def has_markup(value: str) -> bool:
    """An HTML tag, a Markdown image, or a script link: never a name, title or outlet."""
    return _MARKUP.search(value) is not None


def is_web_address(url: str | None) -> bool:
    """http(s) only: a javascript:, data: or file: address would run or read something."""
    return bool(url) and url.strip().lower().startswith(("http://", "https://"))
