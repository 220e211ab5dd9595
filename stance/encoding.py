"""Telling UTF-8 from a single-byte encoding, shared by document reading and uploads."""

from __future__ import annotations

import re

# A well-formed UTF-8 multi-byte character: a file that holds one and also bytes that are not
# UTF-8 mixes encodings, and no single reading of it is right.
UTF8_MULTIBYTE = re.compile(rb"[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}"
                            rb"|[\xF0-\xF4][\x80-\xBF]{3}")
