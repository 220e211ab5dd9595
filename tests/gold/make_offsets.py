"""Convert text-form gold statements into the offset form kept in this repository.

Gold files in the repository must not contain article text, so they carry character
offsets (``evidence_start``/``evidence_end``, ``quote_start``/``quote_end``) instead of the
``evidence``/``quote`` strings of ``GOLD_FORMAT.md``.  Annotators write the text form in a
scratch folder *outside* the repository and run this script to produce the offset form.

Text-form rows are ordinary gold rows (``evidence`` and ``quote`` as substrings of the
article) plus two optional helper keys:

* ``evidence_occurrence``: 0-based index of the occurrence meant when the evidence string
  occurs more than once in the article;
* ``quote_occurrence``: the same for the quote, counted over the whole article.

Without ``quote_occurrence`` the quote must occur exactly once inside the evidence span
or, failing that, exactly once in the evidence's paragraph.  Any missing or ambiguous
substring stops the run with a message naming the file, line and string.

Offsets are Python ``str`` indices into ``open(path, encoding="utf-8", newline="").read()``.
Matching first tries the exact string; if that fails, runs of whitespace in the string may
match any run of whitespace in the article (UN speeches carry hard line breaks inside
sentences).  No-break spaces count as spaces, as in ``GOLD_FORMAT.md``.

Usage::

    python tests/gold/make_offsets.py --corpus-root ../shared/corpus \\
        --out-root tests/gold /tmp/gold_work/text/*/*.gold.jsonl

The corpus of each input file is the name of its parent folder (``polnear-sanctions``,
``ungdc``, ``whitehouse``...) unless ``--corpus`` is given.  ``--show`` prints every span of
existing offset-form files for review, without writing anything; ``--to-text DIR`` writes
them back in text form under ``DIR`` (outside the repository) for editing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

FIELD_ORDER = [
    "article",
    "speaker",
    "aliases",
    "speaker_type",
    "country",
    "role",
    "quote_type",
    "quote_start",
    "quote_end",
    "evidence_start",
    "evidence_end",
    "stance",
    "target",
    "optional",
]


class GoldError(Exception):
    """A text-form row whose strings cannot be placed unambiguously in the article."""


def read_article(path: Path) -> str:
    """Read an article exactly as the offsets are defined (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def normalise(text: str) -> str:
    """No-break spaces count as plain spaces (same length, so offsets are unchanged)."""
    return text.replace("\u00a0", " ")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", normalise(text)).strip()


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """All (start, end) spans of ``needle`` in ``text``; whitespace-flexible as a fallback."""
    text, needle = normalise(text), normalise(needle)
    if not needle.strip():
        raise GoldError("empty string")
    spans = []
    start = text.find(needle)
    while start != -1:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    if spans:
        return spans
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """The blank-line-delimited block around ``pos``."""
    starts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"\n[ \t]*\n", text[pos:])
    end = pos + m.start() if m else len(text)
    return start, end


Span = tuple[int, int]


def pick(spans: list[Span], index: int | None, what: str, needle: str) -> Span:
    if not spans:
        raise GoldError(f"{what} not found: {needle!r}")
    if index is not None:
        if not 0 <= index < len(spans):
            raise GoldError(
                f"{what} occurrence {index} out of range ({len(spans)} found): {needle!r}"
            )
        return spans[index]
    if len(spans) > 1:
        raise GoldError(
            f"{what} is ambiguous ({len(spans)} occurrences; give {what}_occurrence): {needle!r}"
        )
    return spans[0]


def check_round_trip(text: str, span: tuple[int, int], needle: str, what: str) -> None:
    got = text[span[0] : span[1]]
    if squash(got) != squash(needle):
        raise GoldError(f"{what} does not round-trip: {got!r} != {needle!r}")


def convert_row(row: dict, text: str) -> dict:
    """One text-form row -> one offset-form row."""
    evidence = row.get("evidence")
    if not evidence:
        raise GoldError("row has no evidence")
    ev = pick(occurrences(text, evidence), row.get("evidence_occurrence"), "evidence", evidence)
    check_round_trip(text, ev, evidence, "evidence")
    out = {
        k: v
        for k, v in row.items()
        if k not in {"evidence", "quote", "evidence_occurrence", "quote_occurrence"}
    }
    out["evidence_start"], out["evidence_end"] = ev
    quote = row.get("quote")
    if quote:
        spans = occurrences(text, quote)
        if row.get("quote_occurrence") is not None:
            q = pick(spans, row["quote_occurrence"], "quote", quote)
        else:
            inside = [s for s in spans if s[0] >= ev[0] and s[1] <= ev[1]]
            if not inside:
                p0, p1 = paragraph_bounds(text, ev[0])
                inside = [s for s in spans if s[0] >= p0 and s[1] <= p1]
            if not inside:
                raise GoldError(f"quote not found in the evidence's paragraph: {quote!r}")
            q = pick(inside, None, "quote", quote)
        check_round_trip(text, q, quote, "quote")
        out["quote_start"], out["quote_end"] = q
    if row.get("quote_type") not in {"direct", "mixed", "indirect"}:
        raise GoldError(f"bad quote_type {row.get('quote_type')!r}")
    if bool(quote) == (row["quote_type"] == "indirect"):
        raise GoldError("quote_type 'indirect' goes with no quote, and only with no quote")
    ordered = {k: out[k] for k in FIELD_ORDER if k in out}
    ordered.update({k: v for k, v in out.items() if k not in ordered})
    return ordered


def convert_file(src: Path, corpus_root: Path, corpus: str | None) -> tuple[str, list[dict]]:
    corpus = corpus or src.parent.name
    rows, text, article = [], None, None
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if article is None:
            article = row["article"]
            text = read_article(corpus_root / corpus / article)
        elif row["article"] != article:
            raise GoldError(f"{src}:{lineno}: mixed articles {article} / {row['article']}")
        try:
            rows.append(convert_row(row, text))
        except GoldError as exc:
            raise GoldError(f"{src}:{lineno}: {exc}") from None
    return corpus, rows


TEXT_ORDER = [
    "article",
    "speaker",
    "aliases",
    "speaker_type",
    "country",
    "role",
    "quote_type",
    "quote",
    "evidence",
    "stance",
    "target",
    "optional",
    "evidence_occurrence",
    "quote_occurrence",
]


def to_text_row(row: dict, text: str) -> dict:
    """The inverse of :func:`convert_row`: an offset-form row back in text form.

    Occurrence indices are added where a string occurs more than once, so that converting
    the result again gives the same offsets.
    """
    out = {k: v for k, v in row.items() if not k.endswith(("_start", "_end"))}
    span = (row["evidence_start"], row["evidence_end"])
    out["evidence"] = text[span[0] : span[1]]
    spans = occurrences(text, out["evidence"])
    if len(spans) > 1:
        out["evidence_occurrence"] = spans.index(span)
    out["quote"] = None
    if "quote_start" in row:
        span = (row["quote_start"], row["quote_end"])
        out["quote"] = text[span[0] : span[1]]
        spans = occurrences(text, out["quote"])
        if len(spans) > 1:
            out["quote_occurrence"] = spans.index(span)
    ordered = {k: out[k] for k in TEXT_ORDER if k in out}
    ordered.update({k: v for k, v in out.items() if k not in ordered})
    return ordered


def show(path: Path, corpus_root: Path) -> None:
    """Print each offset-form row with the spans it points at, for review."""
    corpus = path.parent.name
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = read_article(corpus_root / corpus / row["article"])
        ev = squash(text[row["evidence_start"] : row["evidence_end"]])
        q = squash(text[row["quote_start"] : row["quote_end"]]) if "quote_start" in row else None
        flag = " (optional)" if row["optional"] else ""
        print(f"{row['speaker']} | {row['stance']} {row['target']}{flag} | {row['quote_type']}")
        print(f"    evidence: {ev}")
        if q:
            print(f"    quote:    {q}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--corpus-root",
        type=Path,
        default=Path(__file__).resolve().parents[3] / "shared" / "corpus",
    )
    parser.add_argument("--out-root", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--corpus", help="corpus folder name (default: each file's parent folder)")
    parser.add_argument("--show", action="store_true", help="print spans of offset-form files")
    parser.add_argument(
        "--to-text",
        type=Path,
        metavar="DIR",
        help="write offset-form files back in text form under DIR/<corpus>/ (keep DIR outside"
        " the repository: text form holds article text)",
    )
    args = parser.parse_args(argv)
    if args.show:
        for path in args.files:
            show(path, args.corpus_root)
        return 0
    if args.to_text:
        for path in args.files:
            corpus = args.corpus or path.parent.name
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            text = read_article(args.corpus_root / corpus / rows[0]["article"])
            out = args.to_text / corpus / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(
                "".join(json.dumps(to_text_row(r, text), ensure_ascii=False) + "\n" for r in rows),
                encoding="utf-8",
            )
            print(f"{out}: {len(rows)} rows")
        return 0
    try:
        for src in args.files:
            corpus, rows = convert_file(src, args.corpus_root, args.corpus)
            out = args.out_root / corpus / src.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
            )
            print(f"{out}: {len(rows)} rows")
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
