"""`eval --docs DIR GOLD...`: score the extractor against hand-labelled gold statements."""

from __future__ import annotations

import argparse
from pathlib import Path

from stance.errors import InputError
from stance.evaluate import format_report, run_eval

DESCRIPTION = (
    "Score the extractor against gold JSONL files (corpus/GOLD_FORMAT.md, text or offset "
    "form). Prints detection P/R/F1, stance-aware P/R/F1, country accuracy, direct-quote "
    "recall, then every miss and extra."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD",
                        help="gold .jsonl files (or folders of *.gold.jsonl)")
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="folder holding the articles (default: next to each gold file)")


def _gold_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.gold.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(path, "no such gold file or folder")
    if not files:
        raise InputError(paths[0], "no *.gold.jsonl files found")
    return files


def run(args: argparse.Namespace) -> int:
    if args.docs is not None and not args.docs.is_dir():
        raise InputError(args.docs, "no such folder of documents")
    print(format_report(run_eval(args.docs, _gold_files(args.gold))))
    return 0
