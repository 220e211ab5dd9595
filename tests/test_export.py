"""CSV / Parquet export of the filtered statements: spreadsheet-safe and filter-true."""

from __future__ import annotations

import csv
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from stance.export import export_statements, neutralise, neutralise_batch, write_csv
from stance.filters import Filters
from stance.models import Article, Statement


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1 202", "'+1 202"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("Haley said", "Haley said"), ("a=b", "a=b"), (None, None), (3, 3), ("", ""),
    (" =1", "' =1"), ("\r=1", "'\r=1"), ("\uff1dSUM(1)", "'\uff1dSUM(1)"), ("\x0b@x", "'\x0b@x"),
])
def test_neutralise_only_touches_formula_like_strings(value, expected):
    assert neutralise(value) == expected


def test_neutralise_batch_matches_the_scalar_rule_and_keeps_nulls_and_numbers():
    batch = pa.RecordBatch.from_pydict({"text": ["=1+1", "plain", None, "-x"], "n": [1, 2, 3, 4]})
    out = neutralise_batch(batch).to_pydict()
    assert out["text"] == [neutralise(v) for v in ["=1+1", "plain", None, "-x"]]
    assert out["n"] == [1, 2, 3, 4]


def _csv_rows(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def test_csv_export_neutralises_a_formula_in_a_quote(store_items, empty_db):
    text = "Evil said \"=cmd|' /C calc'!A0\" about sanctions."
    article = Article(name="evil.txt", text=text, source="-Wire", title="@title")
    statement = Statement(article="evil.txt", speaker="+Evil", speaker_type="person",
                          country=None, role=None, quote_type="direct",
                          quote="=cmd|' /C calc'!A0", sentence=text, start=0, end=len(text),
                          stance="ease", stance_cue="about", confidence=0.5, target=None)
    store_items(empty_db, [(article, [statement])], dataset="evil")
    row = _csv_rows(export_statements(empty_db, Filters(), "csv"))[0]
    assert row["quote"] == "'=cmd|' /C calc'!A0"
    assert (row["speaker"], row["outlet"], row["title"]) == ("'+Evil", "'-Wire", "'@title")
    assert row["sentence"] == text  # starts with a letter: untouched


def test_csv_export_follows_the_filters(fixture_db):
    rows = _csv_rows(export_statements(fixture_db, Filters(country=("CHN",)), "csv"))
    assert len(rows) == 2
    assert {r["country"] for r in rows} == {"CHN"}
    assert {"speaker", "stance", "stance_cue", "sentence", "date", "outlet"} <= rows[0].keys()


def test_parquet_export_keeps_types_and_rows(fixture_db):
    table = pq.read_table(io.BytesIO(export_statements(fixture_db, Filters(), "parquet")))
    assert table.num_rows == 6
    assert pa.types.is_floating(table.schema.field("confidence").type)
    assert pa.types.is_date(table.schema.field("date").type)


def test_export_is_capped_and_an_empty_result_still_has_a_header(fixture_db):
    assert len(_csv_rows(export_statements(fixture_db, Filters(), "csv", max_rows=2))) == 2
    raw = export_statements(fixture_db, Filters(dataset=("nope",)), "csv")
    assert raw.decode().startswith('"statement_id"') and _csv_rows(raw) == []


def test_unknown_format_is_refused(fixture_db):
    with pytest.raises(ValueError, match="csv or parquet"):
        export_statements(fixture_db, Filters(), "xlsx")


def test_enum_columns_and_header_names_are_neutralised_too():
    batch = pa.RecordBatch.from_pydict({
        "=cmd": ["a"], "kind": pa.array(["=1+1"]).dictionary_encode()})
    out = neutralise_batch(batch)
    assert out.schema.names == ["'=cmd", "kind"]
    assert out.to_pydict()["kind"] == ["'=1+1"]


def test_blob_cells_are_written_as_safe_text():
    batch = pa.RecordBatch.from_pydict({"b": pa.array([b"=cmd|' /C calc'!A0", b"\xff ok", None],
                                                       type=pa.binary())})
    assert neutralise_batch(batch).to_pydict()["b"] == ["'=cmd|' /C calc'!A0", "\\xff ok", None]


def test_a_formula_header_is_neutralised_in_the_written_csv():
    batch = pa.RecordBatch.from_pydict({"=h": pa.array([b"=1+1"], type=pa.binary())})
    sink = io.BytesIO()
    write_csv([batch], batch.schema, sink)
    assert sink.getvalue().decode().splitlines() == ['"\'=h"', '"\'=1+1"']
