"""`extract PATH... --jsonl`: print statements as JSON lines (the contract of DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stance.pipeline import extract_paths

DESCRIPTION = (
    "Extract statements from files or folders and print them; with --jsonl one JSON "
    "object per statement (article, speaker, speaker_type, country, role, quote_type, "
    "quote, sentence, start, end, stance, stance_cue, confidence, target)."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--jsonl", action="store_true", help="JSON Lines output")


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    for article, statements in extract_paths(args.paths):
        for st in statements:
            if args.jsonl:
                out.write(json.dumps(st.contract(), ensure_ascii=False) + "\n")
            else:
                country = st.country or "-"
                out.write(f"{article.name}\t{st.speaker} ({country})\t{st.stance}\t"
                          f"{st.stance_cue or ''}\t{st.sentence.strip()[:120]}\n")
    return 0
