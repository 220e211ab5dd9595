"""The benchmark data generator (bench/generate.py) and the harness's output format
(bench/run.py). No timings are asserted: figures are printed, never tested."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.generate import BENCH_SQL, generate_coded_csv, generate_database, parse_size
from bench.run import label
from stance.config import ROOT
from stance.pipeline import load_file
from stance.store import close_all, open_database
from stance.upload import STATEMENTS

UPLOAD_COLUMNS = ["speaker", "country", "stance", "role", "quote", "date", "outlet", "target"]
FIGURE_KEYS = ["name", "size", "value", "unit", "baseline", "baseline_value", "ratio"]


def contents(path: Path) -> list[tuple]:
    try:
        with open_database(path).reading() as tx:
            return tx.using(BENCH_SQL).run("contents").rows()
    finally:
        close_all()


def shape(path: Path) -> dict:
    try:
        with open_database(path).reading() as tx:
            frame = tx.using(BENCH_SQL).run("shape").frame()
    finally:
        close_all()
    return frame.iloc[0].to_dict()


def test_the_same_seed_gives_the_same_database(tmp_path):
    generate_database(tmp_path / "a.duckdb", 3000, seed=3)
    generate_database(tmp_path / "b.duckdb", 3000, seed=3)
    generate_database(tmp_path / "c.duckdb", 3000, seed=4)
    first = contents(tmp_path / "a.duckdb")
    assert first == contents(tmp_path / "b.duckdb")
    assert first != contents(tmp_path / "c.duckdb")


def test_a_generated_database_has_the_shape_of_real_coverage(tmp_path):
    made = generate_database(tmp_path / "shape.duckdb", 5000, seed=7)
    got = shape(made.path)
    assert got["statements"] == got["wide_rows"] == 5000
    assert 700 <= got["articles"] <= 900  # about six statements per article
    assert got["datasets"] == 5 and got["hidden_datasets"] == 1
    assert got["outlets"] >= 20
    assert 0.2 < got["top_country_share"] < 0.6  # a few countries dominate...
    assert got["countries"] >= 40  # ...over a long tail
    assert got["most_articles_per_quote"] >= 10  # popular quotes recur across articles
    assert got["years"] >= 10
    assert 20 <= got["corrected_statements"] <= 100 and got["corrections"] >= 20
    assert got["misplaced_offsets"] == 0  # start/end point at the sentence in the text
    assert got["coded_statements"] > 0


def test_the_coded_csv_has_the_upload_columns_and_loads(tmp_path):
    first, second = tmp_path / "one.csv", tmp_path / "two.csv"
    rows = generate_coded_csv(first, 400, seed=5)
    generate_coded_csv(second, 400, seed=5)
    assert first.read_bytes() == second.read_bytes()
    with first.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == UPLOAD_COLUMNS
    assert len(table) - 1 == rows and 390 <= rows <= 400
    assert {row[2] for row in table[1:]} == {"tighten", "ease", "neutral"}
    result = load_file(open_database(tmp_path / "load.duckdb"), first, STATEMENTS, "bench coded")
    assert result.statements_added == rows


def test_sizes_read_like_people_write_them():
    assert [parse_size(s) for s in ("10k", "1m", "2.5k", "1200")] == [
        10_000, 1_000_000, 2_500, 1_200]
    assert [label(n) for n in (10_000, 1_000_000, 30_000_000, 2_000)] == [
        "10k", "1M", "30M", "2,000"]


@pytest.mark.slow
def test_run_quick_prints_one_json_figure_per_line(tmp_path):
    results = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--only", "queries,csv_load",
         "--sizes", "2k", "--reps", "1", "--workdir", str(tmp_path), "--results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = [json.loads(line) for line in done.stdout.splitlines()]
    assert figures and all(list(f) == FIGURE_KEYS for f in figures)
    names = {f["name"] for f in figures}
    assert {"query.overview_counts", "query.overview_counts.p95",
            "query.overview_counts.filtered", "csv_load", "csv_load.floor",
            "csv_load.floor_with_chart_table"} <= names
    for figure in figures:
        assert figure["size"] == 2000 and figure["value"] is not None
        assert isinstance(figure["value"], float) and figure["unit"]
        if figure["baseline_value"]:
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline_value"],
                                                    rel=0.01, abs=0.001)
    pandas = [f for f in figures if f["baseline"] == "pandas"]
    assert {f["name"] for f in pandas} >= {"query.overview_counts", "query.stance_by_country",
                                          "query.top_officials"}
    table = results.read_text()
    assert "| query.overview_counts | ms |" in table and "Machine:" in table
    assert "Its floor at 2,000: copying the rows it stored" in table
