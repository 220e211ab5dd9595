"""`eval GOLD... [--folds N]`: score the extractor against hand-labelled gold statements."""

from __future__ import annotations

import argparse
from pathlib import Path

from stance.errors import InputError
from stance.evaluate import EvalReport, format_report
from stance.training import cross_validate_gold, evaluate_gold

DESCRIPTION = (
    "Score the extractor against gold JSONL files (corpus/GOLD_FORMAT.md, text or offset "
    "form). Prints detection, stance-aware, tighten/ease, on-topic and country-cell P/R/F1, "
    "country and target accuracy and direct-quote recall, then every miss and extra. With "
    "--folds N the learned decision is cross-validated by document: each document is scored "
    "by a model trained on the other folds only."
)
_MEASURES = (
    ("detection F1", lambda r: r.detection_f1),
    ("stance-aware F1", lambda r: r.stance_f1),
    ("tighten/ease F1", lambda r: r.polar_all.f1),
    ("on-topic F1", lambda r: r.on_topic.f1),
    ("country cells F1", lambda r: r.cells.f1),
    ("country accuracy", lambda r: r.country_accuracy),
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD",
                        help="gold .jsonl files (or folders of *.gold.jsonl)")
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="folder holding the articles (default: next to each gold file)")
    parser.add_argument("--folds", type=_folds, metavar="N",
                        help="cross-validate the learned decision over N folds of documents")
    parser.add_argument("--rules-only", action="store_true",
                        help="score the rules without the installed learned model")


def _folds(value: str) -> int:
    try:
        folds = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if folds < 2:
        raise argparse.ArgumentTypeError("at least 2 folds are needed")
    return folds


def gold_files(paths: list[Path]) -> list[Path]:
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


def format_comparison(reports: dict[str, EvalReport]) -> str:
    """One line per measure, one column per report, and the fitted - held-out gap."""
    names = list(reports)
    lines = [f"{'':<18}" + "".join(f"{n:>12}" for n in names) + f"{'gap':>8}"]
    for label, measure in _MEASURES:
        values = [measure(reports[n]) for n in names]
        gap = measure(reports["fitted"]) - measure(reports["held-out"])
        lines.append(f"{label:<18}" + "".join(f"{v:>12.3f}" for v in values) + f"{gap:>8.3f}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.docs is not None and not args.docs.is_dir():
        raise InputError(args.docs, "no such folder of documents")
    files = gold_files(args.gold)
    if args.folds is None:
        print(format_report(evaluate_gold(args.docs, files, rules_only=args.rules_only)))
        return 0
    result = cross_validate_gold(args.docs, files, args.folds)
    print(f"cross-validated over {result.folds} folds of documents ({result.held_out.articles} "
          "documents; held-out = each document scored by a model that never saw it)\n")
    print(format_report(result.held_out))
    table = format_comparison({"rules": result.rules, "fitted": result.fitted,
                               "held-out": result.held_out})
    print(f"\nrules alone, learned decision fitted on all documents, and held out:\n{table}")
    return 0
