"""`corrections export|import FILE`: exchange researchers' corrections as CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from stance.cli.options import open_db
from stance.corrections import export_corrections, import_corrections

DESCRIPTION = (
    "Corrections are kept as an audit trail (statement_id, field, old_value, new_value, "
    "note, coder, corrected_at). `export FILE` writes them all as CSV, with "
    "FILE.provenance.json beside it; `import FILE` adds another coder's file (all rows or "
    "none; rows already present are skipped; the latest correction per statement and "
    "field wins)."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("export", "import"))
    parser.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    if args.action == "export":
        db = open_db(args, read_only=True)
        rows = export_corrections(db, args.file)
        print(f"{rows} correction(s) written to {args.file} "
              f"(provenance: {args.file.name}.provenance.json)")
    else:
        db = open_db(args)
        print(f"{import_corrections(db, args.file)} in {db.path}")
    return 0
