"""Every error path of the CLI: one line naming the real cause, exit status 2, nothing else on
stderr (no traceback, no 'leaked' lines), and the database unchanged."""

from __future__ import annotations

import pytest

from stance.cli import main
from stance.store import close_all, open_database
from stance.upload import table_checksums


@pytest.fixture(scope="module")
def sample_copy(tmp_path_factory):
    path = tmp_path_factory.mktemp("clean_errors") / "s.duckdb"
    assert main(["sample", "--db", str(path)]) == 0
    close_all()
    return path


def _one_line_error(result, expected: str) -> None:
    assert result.returncode == 2, result
    lines = [line for line in result.stderr.splitlines() if line.strip()
             and not line.startswith("validating ")]
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], \
        result.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (["sql", "SELECT 1", "--time-limit", "nan"], "positive number of seconds"),
    (["sql", "SELECT 1", "--time-limit", "inf"], "positive number of seconds"),
    (["sql", "SELECT 1", "--time-limit", "-1"], "positive number of seconds"),
    (["sql", "FORCE CHECKPOINT"], "CHECKPOINT writes the database file"),
    (["sql", "SELECT * FROM (PIVOT statements ON stance USING count(*))"], "PIVOT"),
    (["sql", "SELECT nosuch FROM statements"], "nosuch"),
    (["sql", "SELECT repeat('x', 100000000) FROM range(30)"], "too large"),
    (["sql", "WITH d AS (DELETE FROM statements RETURNING *) SELECT * FROM d"],
     "DELETE inside the query"),
])
def test_sql_errors_are_one_line(run_cli, sample_copy, args, expected):
    close_all()
    before = table_checksums(open_database(sample_copy, read_only=True))
    close_all()
    _one_line_error(run_cli(*args, "--db", str(sample_copy)), expected)
    assert table_checksums(open_database(sample_copy, read_only=True)) == before
    close_all()


def test_range_as_a_column_name_is_accepted(run_cli, sample_copy):
    result = run_cli("sql", "SELECT * FROM range(10) WHERE range < 5", "--db", str(sample_copy))
    assert result.returncode == 0 and "(5 rows" in result.stderr, result.stderr


def test_a_folder_given_as_a_file_and_an_empty_folder_are_named(run_cli, sample_copy, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    _one_line_error(run_cli("load-statements", str(empty), "--db", str(sample_copy)),
                    "is a folder")
    _one_line_error(run_cli("ingest", str(empty), "--db", str(sample_copy)),
                    "holds no documents")
