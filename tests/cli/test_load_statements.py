"""`python -m stance load-statements FILE.csv` and `ingest FILE.csv`: exit codes, the
FILE:ROW:COLUMN lines, and a database left unchanged by a file with an invalid row."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.cli import main
from stance.store import close_all, open_database
from tests.dbfiles import file_state

BAD = Path(__file__).parents[1] / "bad_inputs"
GOOD = ("speaker,country,stance,quote,date,outlet\n"
        "Sergey Lavrov,RUS,ease,Not the answer,2017-09-05,TASS\n"
        ",China,lift,,2017-09-05,Xinhua\n")
MIXED = GOOD + "Nikki Haley,USA,maybe,,2017-09-11,Reuters\nX,Narnia,ease,,,\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    close_all()
    out, err = capsys.readouterr()
    return code, out, err


def test_invalid_rows_print_file_row_column_lines_and_change_nothing(tmp_path, fixture_db_file,
                                                                     capsys):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    before = file_state(fixture_db_file)
    code, out, err = run(capsys, "load-statements", str(path), "--db", str(fixture_db_file))
    assert code == 2
    lines = err.splitlines()
    assert f"{path}:4:stance: unknown stance 'maybe': use tighten, ease or neutral (or tougher " \
           "/ lift / +1 / -1 / 0)" in lines
    assert any(line.startswith(f"{path}:5:country: unknown country 'Narnia'") for line in lines)
    assert f"error: {path}: 2 invalid row(s), nothing was loaded; fix them, or load only the 2 " \
           "valid row(s)" in lines
    assert out == ""
    assert file_state(fixture_db_file) == before


def test_skip_invalid_loads_the_valid_rows_into_the_named_dataset(tmp_path, fixture_db_file,
                                                                  capsys):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    code, out, err = run(capsys, "load-statements", str(path), "--db", str(fixture_db_file),
                         "--dataset", "Coded 2017", "--skip-invalid")
    assert code == 0
    assert "dataset 'Coded 2017': 2 article(s) and 2 statement(s) added (2 invalid row(s) " \
           "skipped)" in out
    assert f"skipped {path}:4:stance: unknown stance 'maybe'" in err
    db = open_database(fixture_db_file)
    speakers = db.con.cursor().execute(
        "SELECT s.speaker, s.speaker_type, s.origin FROM statements s JOIN articles a "
        "USING (article_id) WHERE a.dataset = 'Coded 2017' ORDER BY 1").fetchall()
    assert speakers == [("China", "country", "human"), ("Sergey Lavrov", "person", "human")]


def test_default_dataset_name_and_a_second_run_adds_nothing(tmp_path, fixture_db_file, capsys):
    path = tmp_path / "coded_2017.csv"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "load-statements", str(path), "--db", str(fixture_db_file))
    assert code == 0 and "dataset 'coded_2017'" in out
    before = file_state(fixture_db_file)
    code, out, _ = run(capsys, "load-statements", str(path), "--db", str(fixture_db_file))
    assert code == 0 and "already loaded as dataset 'coded_2017'" in out
    assert file_state(fixture_db_file) == before


@pytest.mark.parametrize(("name", "message"), [
    ("empty.csv", "the file is empty"),
    ("binary.csv", "this is a binary file"),
    ("missing_stance_column.csv", "no column for 'stance'"),
])
def test_a_file_that_cannot_be_read_is_one_error_line(fixture_db_file, capsys, name, message):
    before = file_state(fixture_db_file)
    code, _, err = run(capsys, "load-statements", str(BAD / name), "--db", str(fixture_db_file))
    assert code == 2
    assert err.splitlines()[-1].startswith(f"error: {BAD / name}: {message}")
    assert file_state(fixture_db_file) == before


def test_ingest_csv_with_invalid_rows_prints_lines_and_changes_nothing(fixture_db_file, capsys):
    before = file_state(fixture_db_file)
    path = BAD / "articles_empty_text.csv"
    code, out, err = run(capsys, "ingest", str(path), "--db", str(fixture_db_file))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == f"error: {path}:3:text: empty text: every article needs its text"
    assert lines[-1].startswith(f"{path}: 1 invalid row(s), nothing was loaded")
    assert file_state(fixture_db_file) == before


def test_ingest_points_a_coded_statements_file_to_load_statements(tmp_path, fixture_db_file,
                                                                  capsys):
    path = tmp_path / "coded.csv"
    path.write_text(GOOD, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(path), "--db", str(fixture_db_file))
    assert code == 2 and "python -m stance load-statements" in err


def test_ingest_csv_and_jsonl_store_articles(tmp_path, fixture_db_file, capsys):
    csv_path = tmp_path / "news.csv"
    csv_path.write_text(
        "title,date,outlet,url,text\n"
        'Brazil on Venezuela,2021-03-02,Example Wire,https://example.org/br,"Brazilian Foreign '
        'Minister Carlos Franca said on Tuesday that sanctions on Venezuela should be lifted. '
        '""Sanctions are not the answer,"" Franca told reporters."\n', encoding="utf-8")
    jsonl_path = tmp_path / "news.jsonl"
    jsonl_path.write_text('{"title": "Quiet day", "text": "Nothing was said about sanctions '
                          'today.", "date": "2021-03-03"}\n', encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(csv_path), str(jsonl_path),
                         "--db", str(fixture_db_file), "--dataset", "news")
    assert code == 0, err
    assert "2 article(s) added" in out
    db = open_database(fixture_db_file)
    titles = db.con.cursor().execute("SELECT title, published, source FROM articles WHERE dataset "
                                 "= 'news' ORDER BY title").fetchall()
    assert [t[0] for t in titles] == ["Brazil on Venezuela", "Quiet day"]
    assert titles[0][2] == "Example Wire"
    brazil = db.con.cursor().execute(
        "SELECT DISTINCT s.country, s.stance FROM statements s JOIN articles a "
        "USING (article_id) WHERE a.title = 'Brazil on Venezuela'").fetchall()
    assert ("BRA", "ease") in brazil


def test_ingest_csv_skip_invalid_loads_the_valid_rows_and_names_the_others(fixture_db_file,
                                                                          capsys):
    path = BAD / "articles_empty_text.csv"
    code, out, err = run(capsys, "ingest", str(path), "--db", str(fixture_db_file),
                         "--skip-invalid", "--dataset", "partial")
    assert code == 0, err
    assert err.splitlines()[0] == (f"skipped {path}:3:text: empty text: every article needs "
                                   "its text")
    assert "dataset 'partial':" in out and "0 article(s) added" not in out
