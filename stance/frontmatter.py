"""`---`-delimited front matter (`key: value` lines) at the top of a Markdown or text file.

The body keeps its place in the file: offsets are into the whole text, front matter included,
so evidence offsets always point into the file as read.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front-matter fields and the offset where the body starts (0 when there is none)."""
    match = _BLOCK.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip('"').strip("'")
    return fields, match.end()
