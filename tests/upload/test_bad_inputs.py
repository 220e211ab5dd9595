"""Bad uploads: every file in tests/bad_inputs/ (plus two generated here) gets its own specific
message, and the database's row counts and checksums are identical before and after."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.errors import StanceError
from stance.pipeline import load_file
from stance.upload import (
    ARTICLES,
    STATEMENTS,
    UploadError,
    UploadInvalid,
    table_checksums,
    upload_limit_mb,
)
from stance.upload.source import check_size

BAD = Path(__file__).parents[1] / "bad_inputs"

# file -> (kind, where: "ROW:COLUMN" for a row problem or None for a whole-file problem,
#          the specific message expected)
CASES: dict[str, tuple[str, str | None, str]] = {
    "empty.csv": (STATEMENTS, None, "the file is empty"),
    "whitespace_only.csv": (STATEMENTS, None, "the file is empty"),
    "header_only.csv": (STATEMENTS, None, "the file has a header but no data rows"),
    "binary.csv": (STATEMENTS, None, "this is a binary file, not CSV text"),
    "excel_workbook.csv": (STATEMENTS, None, "Excel workbook"),
    "pdf_renamed.csv": (STATEMENTS, None, "this is a PDF document, not a table"),
    "pipe_delimited.csv": (STATEMENTS, None, "the columns seem to be separated by '|'"),
    "wrong_delimiter.csv": (STATEMENTS, "2", "the header is split by semicolons but this line "
                                             "uses commas"),
    "unbalanced_quotes.csv": (STATEMENTS, "3:quote", "a double quote opened here is never "
                                                     "closed"),
    "too_many_fields.csv": (STATEMENTS, "3", "more values than the header has columns"),
    "too_few_fields.csv": (STATEMENTS, "3", "fewer values than the header has columns"),
    "missing_stance_column.csv": (STATEMENTS, None, "no column for 'stance'"),
    "missing_text_column.csv": (ARTICLES, None, "no column for 'text'"),
    "empty_header_name.csv": (STATEMENTS, None, "column 2 has no name in the header"),
    "duplicate_header.csv": (STATEMENTS, None, "two columns are called 'Country'"),
    "unknown_stance.csv": (STATEMENTS, "3:stance", "unknown stance 'maybe'"),
    "empty_stance.csv": (STATEMENTS, "3:stance", "empty stance"),
    "bad_iso_code.csv": (STATEMENTS, "3:country", "'XYZ' is not an ISO 3166 country code"),
    "unknown_country_name.csv": (STATEMENTS, "3:country", "unknown country 'Narnia'"),
    "bad_target.csv": (STATEMENTS, "3:target", "'QQ' is not an ISO 3166 country code"),
    "impossible_date.csv": (STATEMENTS, "3:date", "no such date: '2019-02-30'"),
    "impossible_slash_date.csv": (STATEMENTS, "3:date", "no such date: '31/31/2019'"),
    "unreadable_date.csv": (STATEMENTS, "3:date", "unreadable date 'last Tuesday'"),
    "future_date.csv": (STATEMENTS, "3:date", "'2999-01-01' is out of range"),
    "formula_injection.csv": (STATEMENTS, "3:speaker", "looks like a spreadsheet formula"),
    "formula_dde.csv": (STATEMENTS, "3:quote", "looks like a spreadsheet formula"),
    "formula_at_sign.csv": (STATEMENTS, "3:role", "'@SUM(1+1)*cmd' looks like a spreadsheet "
                                                  "formula"),
    "html_in_speaker.csv": (STATEMENTS, "3:speaker", "contains HTML markup ('<b>')"),
    "script_in_quote.csv": (STATEMENTS, "3:quote", "contains a script ('<script>')"),
    "javascript_url.csv": (STATEMENTS, "3:article_url", "contains a script ('javascript:')"),
    "bad_url.csv": (STATEMENTS, "3:article_url", "'www.example.org/b' is not a web address"),
    "duplicate_rows.csv": (STATEMENTS, "4", "duplicate of row 2"),
    "no_speaker_no_country.csv": (STATEMENTS, "3:speaker", "no speaker and no country"),
    "bad_speaker_type.csv": (STATEMENTS, "3:speaker_type", "unknown speaker type 'committee'"),
    "mixed_encodings.csv": (STATEMENTS, None, "the file mixes text encodings: line 3 is not "
                                              "UTF-8"),
    "valid_except_last_row.csv": (STATEMENTS, "22:date", "no such date: '2017-13-01'"),
    "articles_script_in_text.csv": (ARTICLES, "2:text", "contains a script ('<script>')"),
    "articles_empty_text.csv": (ARTICLES, "3:text", "empty text"),
    "articles_duplicate_text.csv": (ARTICLES, "3", "same text as row 2"),
    "articles_bad_date.csv": (ARTICLES, "2:date", "unreadable date '11 Sept 2017 maybe'"),
    "articles_bad_json.jsonl": (ARTICLES, "2", "not valid JSON"),
    "articles_formula_title.csv": (ARTICLES, "2:title", "'=1+2' looks like a spreadsheet "
                                                        "formula"),
}


def _load(db, path: Path, kind: str, limit_mb: int | None = 50):
    return load_file(db, path, kind, "bad upload", name=path.name, limit_mb=limit_mb)


def _expect(db, path: Path, kind: str, where: str | None, message: str,
            limit_mb: int | None = 50) -> StanceError:
    before = table_checksums(db)
    with pytest.raises(StanceError) as caught:
        _load(db, path, kind, limit_mb)
    error = caught.value
    if where is None:
        assert isinstance(error, UploadError)
        assert message in str(error)
    else:
        assert isinstance(error, UploadInvalid)
        lines = [p.line(path.name) for p in error.problems]
        assert any(line.startswith(f"{path.name}:{where}: ") and message in line
                   for line in lines), lines
    assert table_checksums(db) == before
    return error


def test_the_suite_has_at_least_30_files_and_each_has_an_expectation():
    files = {p.name for p in BAD.iterdir() if p.is_file()}
    assert len(files) >= 30
    assert files == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gets_its_message_and_changes_nothing(fixture_db, name):
    kind, where, message = CASES[name]
    _expect(fixture_db, BAD / name, kind, where, message)


def test_valid_except_last_row_names_only_the_last_row(fixture_db):
    error = _expect(fixture_db, BAD / "valid_except_last_row.csv", STATEMENTS, "22:date",
                    "no such date")
    assert [p.row for p in error.problems] == [22]
    assert error.valid_rows == 20


def test_a_100k_character_cell_is_refused(fixture_db, tmp_path):
    path = tmp_path / "long_cell.csv"
    path.write_text("speaker,country,stance,quote\nSergey Lavrov,RUS,ease,"
                    + "x" * 100_000 + "\n", encoding="utf-8")
    _expect(fixture_db, path, STATEMENTS, "2:quote",
            "100,000 characters is too long; at most 10,000 are allowed here")


def test_a_file_over_the_configured_size_limit_is_refused_before_reading(fixture_db, tmp_path):
    limit = upload_limit_mb()
    path = tmp_path / "too_big.csv"
    row = b"Sergey Lavrov,RUS,ease,Sanctions are not the answer\n"
    with path.open("wb") as out:
        out.write(b"speaker,country,stance,quote\n")
        out.write(row * (limit * 1024 * 1024 // len(row) + 1))
    _expect(fixture_db, path, STATEMENTS, None,
            f"uploads are limited to {limit} MB (server.maxUploadSize", limit_mb=limit)


def test_the_cli_limit_is_off_so_the_same_big_file_would_be_read(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * (2 * 1024 * 1024))
    assert check_size(path, "big.csv", None) == 2 * 1024 * 1024
    with pytest.raises(UploadError, match="limited to 1 MB"):
        check_size(path, "big.csv", 1)


@pytest.mark.parametrize("cell", ['"\t=HYPERLINK(""http://x"")"', '"\r=1+2"', "\uff1dHYPERLINK(1)",
                                  " @SUM(1)", "\uff0bcmd|' /C calc'!A0"])
def test_a_formula_behind_white_space_or_in_full_width_is_refused(fixture_db, tmp_path, cell):
    path = tmp_path / "hidden_formula.csv"
    path.write_text(f"speaker,country,stance,quote\nSergey Lavrov,RUS,ease,{cell}\n",
                    encoding="utf-8", newline="")
    _expect(fixture_db, path, STATEMENTS, "2:quote", "looks like a spreadsheet formula")


def test_mixed_line_ends_load_like_pythons_csv_reads_them(fixture_db, tmp_path):
    path = tmp_path / "mixed_line_ends.csv"
    path.write_bytes(b"speaker,country,stance\r\nSergey Lavrov,RUS,ease\nWang Yi,CHN,ease\r\n"
                     b"Nikki Haley,USA,tighten\n")
    before = table_checksums(fixture_db)["statements"][0]
    result = load_file(fixture_db, path, STATEMENTS, "mixed ends", name=path.name)
    assert result.statements_added == 3
    assert table_checksums(fixture_db)["statements"][0] == before + 3
    assert any("Line ends mix" in note for note in result.report.notes)


def test_a_nul_byte_past_the_first_kilobytes_is_refused_with_its_line(fixture_db, tmp_path):
    path = tmp_path / "late_nul.csv"
    rows = "".join(f"Sergey Lavrov,RUS,ease,quote {i}\n" for i in range(1000))
    path.write_bytes(b"speaker,country,stance,quote\n" + rows.encode()
                     + b"Wang Yi,CHN,e\x00ase,x\n")
    _expect(fixture_db, path, STATEMENTS, None, "a NUL byte on line 1002")
