"""Citable exports: every download is the data plus a provenance file, and a CSV opened in a
spreadsheet cannot run a formula."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from stance.corrections import correct
from stance.filters import Filters
from stance.provenance import (
    build_provenance,
    export_statements_file,
    export_stem,
    export_table,
    table_bytes,
)
from stance.sandbox import available_parameters, run_sql

SCRIPT_QUOTE = "<script>alert(1)</script>"  # as conftest's hostile_db holds them
FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+2", "-2+3", "@SUM(A1:A9)"]


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def spreadsheet_cells(content: bytes) -> list[str]:
    """Every cell of a CSV, as a spreadsheet would read it."""
    rows = csv.reader(io.StringIO(content.decode("utf-8")))
    return [cell for row in rows for cell in row]


def assert_no_formula(cells: list[str]) -> None:
    risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not risky, f"cells a spreadsheet would run as formulas: {risky}"


def test_statements_export_carries_provenance_and_no_formula(hostile_db):
    filters = Filters(stance=("ease", "tighten"))
    file = export_statements_file(hostile_db, filters, "csv", stem="statements",
                                  view_url="http://localhost/statements?stance=ease,tighten")
    assert file.file_name == "statements.zip" and file.mime == "application/zip"
    files = unzip(file.data)
    assert sorted(files) == ["statements.csv", "statements.provenance.json"]
    cells = spreadsheet_cells(files["statements.csv"])
    assert_no_formula(cells)
    assert "'" + FORMULAS[0] in cells and "'@Minister" in cells and "'=cue" in cells
    assert SCRIPT_QUOTE in cells  # text stays text in a CSV
    provenance = json.loads(files["statements.provenance.json"])
    assert provenance["title"] == "Statements"
    assert provenance["data_file"] == "statements.csv"
    assert provenance["rows"] == len(list(csv.reader(io.StringIO(
        files["statements.csv"].decode())))) - 1 == 7
    assert provenance["filters"]["stance"] == ["ease", "tighten"]
    assert provenance["filters"]["labels"] == "corrected"
    assert provenance["view_url"].endswith("stance=ease,tighten")
    assert "FROM filtered_statements(" in provenance["sql"]
    assert provenance["parameters"]["stance"] == ["ease", "tighten"]
    assert {d["dataset"]: d["statements"] for d in provenance["datasets"]} == {
        "fixture": 5, "hostile": 2}
    assert provenance["extractor_versions"] == ["fixture-1", "hostile-2"]
    assert provenance["program"].startswith("Sanctions Stance ")
    assert datetime.fromisoformat(provenance["created_at"]).tzinfo is not None
    assert "datasets: fixture, hostile" in provenance["citation"]


def test_statements_parquet_keeps_types_and_provenance(hostile_db):
    files = unzip(export_statements_file(hostile_db, Filters(country=("RUS",)), "parquet",
                                         stem="statements").data)
    table = pq.read_table(io.BytesIO(files["statements.parquet"]))
    assert table.num_rows == 1
    assert table.column("quote").to_pylist() == [SCRIPT_QUOTE]
    provenance = json.loads(files["statements.provenance.json"])
    assert provenance["rows"] == 1
    assert [d["dataset"] for d in provenance["datasets"]] == ["hostile"]


def test_sql_result_export(hostile_db):
    result = run_sql(hostile_db, "SELECT speaker, quote, role, [1, 2] AS numbers, 3 AS n "
                                 "FROM filtered_statements($country, $target, $stance, $from, "
                                 "$to, $outlet, $dataset, $corrected) WHERE quote IS NOT NULL "
                                 "ORDER BY speaker",
                     available_parameters(Filters(dataset=("hostile",))))
    file = export_table(hostile_db, result.table, "csv", "sql_result", "SQL query result",
                        result.sql, result.params, Filters(dataset=("hostile",)),
                        all_datasets=True)
    files = unzip(file.data)
    cells = spreadsheet_cells(files["sql_result.csv"])
    assert_no_formula(cells)
    assert cells[:5] == ["speaker", "quote", "role", "numbers", "n"]
    assert cells[5:] == ["Adam Hacker", "'" + FORMULAS[0], "'+Envoy", "[1, 2]", "3",
                         "Eve <b>Minister</b>", SCRIPT_QUOTE, "'@Minister", "[1, 2]", "3"]
    provenance = json.loads(files["sql_result.provenance.json"])
    assert provenance["sql"] == result.sql.strip()
    assert provenance["parameters"]["dataset"] == ["hostile"]
    # a SQL result may read any table: every dataset is listed
    assert [d["dataset"] for d in provenance["datasets"]] == ["fixture", "hostile"]


@pytest.mark.parametrize("value", FORMULAS + ["\tTAB", "\rCR"])
def test_every_formula_prefix_is_neutralised(value):
    table = pa.table({"cell": [value, "plain", None], "n": [-1, 2, 3]})
    cells = spreadsheet_cells(table_bytes(table, "csv"))
    assert cells == ["cell", "n", "'" + value, "-1", "plain", "2", "", "3"]
    assert_no_formula([cells[2]])  # (numbers stay numbers: -1 is a number, not a formula)


def test_provenance_under_machine_labels_and_fixed_date(hostile_db):
    provenance = build_provenance(hostile_db, "Test", "t.csv", 0, "SELECT 1",
                                  filters=Filters(corrected=False, date_from=date(2019, 1, 1)),
                                  now=datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC))
    assert provenance.labels == "machine"
    assert provenance.filters["from"] == "2019-01-01"
    assert provenance.created_at == "2025-03-04T05:06:07+00:00"
    assert "machine labels; exported 2025-03-04" in provenance.citation
    assert [d["dataset"] for d in provenance.datasets] == ["fixture", "hostile"]
    assert json.loads(provenance.to_json())["datasets"][0]["created_at"]


def test_unknown_format_is_refused(hostile_db):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        export_statements_file(hostile_db, Filters(), "xlsx")


def test_sql_page_download_is_a_zip_with_provenance(open_page, problems, hostile_db, monkeypatch):
    """The SQL page's download buttons carry the same bundle (AppTest runs the page)."""

    monkeypatch.setenv("STANCE_DB", str(hostile_db.path))
    at = open_page("sql")
    at.text_area(key="sql_text").set_value("SELECT quote FROM statements "
                                           "WHERE quote LIKE '<%'")
    at.button(key="FormSubmitter:sql_form-Run query").click().run()
    assert not problems(at)
    [frame] = [d.value for d in at.dataframe if list(d.value.columns) == ["quote"]]
    assert frame["quote"].tolist() == [SCRIPT_QUOTE]
    # the page shows the text as data (a dataframe cell), never as markdown or HTML
    assert not any(SCRIPT_QUOTE in m.value for m in at.markdown)


def test_export_names_say_what_they_hold():
    filters = Filters(country=("CHN",), target=("PRK",), date_from=date(2016, 1, 1),
                      date_to=date(2018, 12, 31))
    assert export_stem(filters, today=date(2026, 12, 3)) == \
        "statements_CHN_PRK_2016-2018_2026-12-03"
    assert export_stem(Filters(dataset=("my corpus",)), "%lavrov%", date(2026, 1, 2)) == \
        "statements_my-corpus_search_2026-01-02"


def test_the_export_holds_the_views_rows_with_machine_labels_beside(fixture_db, statement_of):
    japan = statement_of(fixture_db, "Japan")
    correct(fixture_db, japan, {"stance": "ease"}, coder="ann")
    file = export_statements_file(fixture_db, Filters(), "csv", stem="s", search="%japan%")
    rows = list(csv.DictReader(io.StringIO(unzip(file.data)["s.csv"].decode())))
    assert [(r["speaker"], r["stance"], r["machine_stance"], r["corrected"]) for r in rows] == [
        ("Japan", "ease", "neutral", "true")]
    provenance = json.loads(unzip(file.data)["s.provenance.json"])
    assert provenance["rows"] == 1 and provenance["parameters"]["search"] == "%japan%"
