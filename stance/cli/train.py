"""`train GOLD...`: train the learned side/topic decision on gold statements."""

from __future__ import annotations

import argparse
from pathlib import Path

from stance.cli.evaluate import gold_files
from stance.training import DEFAULT_MODEL_PATH, train_gold

DESCRIPTION = (
    "Run the rules over the gold documents, match their statements to the gold rows and train "
    "the linear models that decide side (tighten/ease/neutral) and topic; writes the JSON "
    "model file the extractor loads. Check it first with `eval --folds 5`."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD",
                        help="gold .jsonl files (or folders of *.gold.jsonl)")
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="folder holding the articles (default: next to each gold file)")
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH,
                        help="model file to write (default: data/models/decision.json)")


def run(args: argparse.Namespace) -> int:
    model = train_gold(args.docs, gold_files(args.gold), args.out)
    features = len({k for layer in (model.side, model.topic) for row in layer.weights
                    for k in row})
    print(f"wrote {args.out}: trained on {model.trained_on}, {features} features")
    return 0
