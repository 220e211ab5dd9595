"""The hand-labelled gold files in tests/gold are well formed and point at real text.

They hold offsets only (no article text), so these tests are what keeps an offset from
silently drifting onto the wrong words: every span must lie inside its article, start and
end on non-space characters, stay within one paragraph, and the quote must sit in the
evidence's paragraph.  The converter that writes them is tested on a synthetic article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.gold import make_offsets

GOLD_DIR = Path(__file__).resolve().parent
SHARED_CORPUS = GOLD_DIR.parents[2] / "shared" / "corpus"
GOLD_FILES = sorted(GOLD_DIR.glob("*/*.gold.jsonl"))

QUOTE_FIELDS = {"quote_start", "quote_end"}
FIELDS = set(make_offsets.FIELD_ORDER) - QUOTE_FIELDS  # the fields every row carries
ISO3 = re.compile(r"[A-Z]{3}")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def article_text(path: Path, row: dict) -> str:
    article = SHARED_CORPUS / path.parent.name / row["article"]
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    assert article.is_file(), f"{path.name}: article {row['article']} not found"
    return make_offsets.read_article(article)


def test_gold_files_exist() -> None:
    assert len(GOLD_FILES) >= 60
    assert {p.parent.name for p in GOLD_FILES} == {"polnear-sanctions", "news2016-open", "ungdc",
                                                   "whitehouse"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name[:40])
def test_rows_are_well_formed(path: Path) -> None:
    rows = load(path)
    assert rows, f"{path} is empty"
    for n, row in enumerate(rows, 1):
        where = f"{path.name}:{n}"
        assert "evidence" not in row and "quote" not in row, f"{where}: article text in the repo"
        assert FIELDS <= row.keys() <= FIELDS | QUOTE_FIELDS, f"{where}: fields {sorted(row)}"
        assert row["article"] == path.name.replace(".gold.jsonl", ".txt"), where
        assert row["speaker"].strip(), where
        assert isinstance(row["aliases"], list), where
        assert row["speaker_type"] in {"person", "country", "organization"}, where
        assert row["stance"] in {"tighten", "ease", "neutral"}, where
        assert row["quote_type"] in {"direct", "mixed", "indirect"}, where
        assert isinstance(row["optional"], bool), where
        for key in ("country", "target"):
            assert row[key] is None or ISO3.fullmatch(row[key]), f"{where}: {key}={row[key]!r}"
        has_quote = "quote_start" in row
        assert has_quote == (row["quote_type"] != "indirect"), f"{where}: quote vs quote_type"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name[:40])
def test_offsets_point_at_text(path: Path) -> None:
    rows = load(path)
    text = article_text(path, rows[0])
    seen = set()
    for n, row in enumerate(rows, 1):
        where = f"{path.name}:{n}"
        spans = [("evidence", row["evidence_start"], row["evidence_end"])]
        if "quote_start" in row:
            spans.append(("quote", row["quote_start"], row["quote_end"]))
        for name, start, end in spans:
            assert 0 <= start < end <= len(text), f"{where}: {name} span out of range"
            piece = text[start:end]
            assert piece == piece.strip(), f"{where}: {name} starts or ends with whitespace"
            assert not BLANK_LINE.search(piece), f"{where}: {name} crosses a paragraph break"
        if "quote_start" in row:
            p0, p1 = make_offsets.paragraph_bounds(text, row["evidence_start"])
            assert p0 <= row["quote_start"] and row["quote_end"] <= p1, (
                f"{where}: quote outside the evidence's paragraph"
            )
        key = (row["speaker"], row["evidence_start"], row["evidence_end"])
        assert key not in seen, f"{where}: duplicate row for {row['speaker']}"
        seen.add(key)


def test_no_gold_for_the_reserved_corpus() -> None:
    assert not (GOLD_DIR / "news2016").exists()


ARTICLE = (
    "Headline\n\n"
    'Sanctions must stay, the minister said. The minister said "they work" \n'
    "and will stay.\n\n"
    'Others said "they work" too.'
)


def row(**extra) -> dict:
    base = {
        "article": "a.txt",
        "speaker": "X",
        "aliases": [],
        "speaker_type": "person",
        "country": "USA",
        "role": None,
        "quote_type": "indirect",
        "quote": None,
        "stance": "tighten",
        "target": "RUS",
        "optional": False,
    }
    return base | extra


def test_converter_finds_exact_and_line_broken_spans() -> None:
    out = make_offsets.convert_row(row(evidence="Sanctions must stay"), ARTICLE)
    assert ARTICLE[out["evidence_start"] : out["evidence_end"]] == "Sanctions must stay"
    assert "evidence" not in out and "quote" not in out
    out = make_offsets.convert_row(
        row(evidence='said "they work" and will stay', quote="they work", quote_type="mixed"),
        ARTICLE,
    )
    assert ARTICLE[out["evidence_start"] : out["evidence_end"]].endswith("\nand will stay")
    assert ARTICLE[out["quote_start"] : out["quote_end"]] == "they work"
    assert out["evidence_start"] < out["quote_start"] < out["evidence_end"]


def test_converter_refuses_missing_and_ambiguous_strings() -> None:
    with pytest.raises(make_offsets.GoldError, match="not found"):
        make_offsets.convert_row(row(evidence="Sanctions must go"), ARTICLE)
    with pytest.raises(make_offsets.GoldError, match="ambiguous"):
        make_offsets.convert_row(row(evidence="minister said"), ARTICLE)
    out = make_offsets.convert_row(row(evidence="minister said", evidence_occurrence=1), ARTICLE)
    assert out["evidence_start"] == ARTICLE.index("The minister said") + len("The ")
    with pytest.raises(make_offsets.GoldError, match="quote_type"):
        make_offsets.convert_row(row(evidence="Sanctions must stay", quote_type="direct"), ARTICLE)


def test_converter_takes_the_quote_near_its_evidence() -> None:
    out = make_offsets.convert_row(
        row(evidence="Others said", quote="they work", quote_type="mixed"), ARTICLE
    )
    assert out["quote_start"] > ARTICLE.index("Others said")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name[:40])
def test_text_form_round_trips_to_the_same_offsets(path: Path) -> None:
    rows = load(path)
    text = article_text(path, rows[0])
    for row in rows:
        text_row = make_offsets.to_text_row(row, text)
        assert "evidence_start" not in text_row and text_row["evidence"]
        assert make_offsets.convert_row(text_row, text) == row
