"""The upload's manifest (queries/store/upload.toml) is complete: every temporary object the
upload SQL and stance/upload create is listed with what makes it, and every query file it
names exists."""

from __future__ import annotations

import ast
import re

from stance.config import ROOT
from stance.store.queries import QUERIES, manifest
from stance.upload.columns import KINDS
from stance.upload.validate import kind_steps

_CREATED = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?TEMP(?:ORARY)?\s+(?:TABLE|VIEW|MACRO)\s+"
                      r"(\w+)", re.IGNORECASE)


def _made_by_sql() -> dict[str, set[str]]:
    """Temporary object -> the query files that create it."""
    made: dict[str, set[str]] = {}
    for name in QUERIES.names("store"):
        for created in _CREATED.findall(QUERIES.text(name)):
            made.setdefault(created, set()).add(name)
    return made


def _registered_in_code() -> set[str]:
    """Frames stance/upload registers by name (tx.register("x", ...), tx.registered(x=...))."""
    names = set()
    for path in (ROOT / "stance" / "upload").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "register" and node.args and isinstance(
                        node.args[0], ast.Constant):
                    names.add(node.args[0].value)
                elif node.func.attr == "registered":
                    names |= {k.arg for k in node.keywords if k.arg}
    return names


def test_every_temporary_object_of_an_upload_is_in_the_manifest():
    objects = manifest("store/upload")["objects"]
    upload_made = {name for name, files in _made_by_sql().items()
                   if any(f.startswith("store/upload_") for f in files)}
    assert upload_made | _registered_in_code() <= set(objects)
    for name, entry in objects.items():
        made_by = entry["made_by"]
        if made_by.startswith("kinds."):
            assert all(name in _made_by_sql() and kind_steps(k)[made_by.split(".")[-1]]
                       in _made_by_sql()[name] for k in KINDS), name
        elif made_by.endswith(".py"):
            assert (ROOT / made_by).is_file(), made_by
        else:
            assert made_by in QUERIES.names(), made_by
        assert entry["what"].strip()


def test_every_kind_names_existing_query_files_for_every_step():
    steps = {step for kind in KINDS for step in kind_steps(kind)}
    assert steps == {"clean", "duplicates", "valid", "summary", "problems", "preview"}
    for kind in KINDS:
        assert set(kind_steps(kind)) == steps
        assert set(kind_steps(kind).values()) <= set(QUERIES.names())
