"""Print the documents table of tests/gold/README.md from the gold files themselves.

Run `python tests/gold/summarize.py` after labelling and paste its output into the README, so
the counts there are never typed by hand.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
STANCES = ("tighten", "ease", "neutral")


def document_counts(path: Path) -> Counter:
    """Required and optional rows of one gold file, by stance, plus on-topic (target set) rows."""
    counts: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        kind = "optional" if row.get("optional") else "required"
        counts["rows"] += 1
        counts[kind] += 1
        counts[f"{row['stance']}.{kind}"] += 1
        if row.get("target"):
            counts["on_topic"] += 1
    return counts


def table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def format_counts(name: list[str], counts: Counter) -> str:
    stance_cells = [f"{counts[f'{s}.required']}+{counts[f'{s}.optional']}" for s in STANCES]
    numbers = [str(counts[key]) for key in ("rows", "required", "optional", "on_topic")]
    return table_row([*name, *numbers, *stance_cells])


def main() -> int:
    header = ["corpus", "document", "rows", "required", "optional", "on topic", *STANCES]
    lines = [table_row(header), table_row(["---"] * len(header))]
    grand: Counter = Counter()
    documents = 0
    for corpus_dir in sorted(p for p in GOLD_DIR.iterdir() if p.is_dir() and p.name[0] != "_"):
        for path in sorted(corpus_dir.glob("*.gold.jsonl")):
            counts = document_counts(path)
            grand.update(counts)
            documents += 1
            name = path.name.removesuffix(".gold.jsonl")
            short = name if len(name) <= 60 else name[:59] + "…"
            lines.append(format_counts([corpus_dir.name, short], counts))
    lines.append(format_counts(["**total**", f"{documents} documents"], grand))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
