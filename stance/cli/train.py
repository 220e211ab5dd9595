"""`train GOLD...`: train the learned decision of side and topic on gold statements."""

from __future__ import annotations

import argparse
from pathlib import Path

from stance.cli.evaluate import gold_files
from stance.evaluate import read_gold_documents
from stance.extract import MODEL_FILE, Extractor
from stance.extract.lexicons import DEFAULT_DATA_DIR
from stance.training import extract_documents, train


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "train", help="train the learned side/topic decision on gold files",
        description="Run the rules over the gold documents, match their statements to the gold "
                    "rows and train the linear models that decide side (tighten/ease/neutral) "
                    "and topic; writes a JSON model file the extractor loads. Check it first "
                    "with `eval --folds 5`.")
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD",
                        help="gold .jsonl files (or folders of *.gold.jsonl)")
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="folder holding the articles (default: next to each gold file)")
    parser.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR / MODEL_FILE,
                        help="model file to write (default: data/models/decision.json)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    documents = read_gold_documents(args.docs, gold_files(args.gold))
    model = train(extract_documents(documents, Extractor(use_model=False)), args.out)
    features = len({k for layer in (model.side, model.topic) for row in layer.weights
                    for k in row})
    print(f"wrote {args.out}: trained on {model.trained_on}, {features} features")
    return 0
