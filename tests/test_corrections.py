"""Corrections: validated, written as an audit trail in one transaction, applied by every chart,
kept across re-ingests, exchanged as CSV (library, CLI and the dashboard's form)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from stance.cli import main
from stance.corrections import (
    EXPORT_QUERY,
    CorrectionError,
    correct,
    current_labels,
    export_corrections,
    export_download,
    import_corrections,
    parse_corrections,
)
from stance.errors import InputError
from stance.filters import Filters
from stance.store import delete_dataset, open_database


def statement_ids(db) -> list[str]:
    return sorted(row[0] for row in db.con.execute("SELECT statement_id FROM statements")
                  .fetchall())


def counts(db, corrected: bool = True) -> tuple[int, int, int, int]:
    row = db.query("overview_counts", **Filters(corrected=corrected).params()).iloc[0]
    return int(row.statements), int(row.tighten), int(row.ease), int(row.neutral)


def trail(db) -> list[dict]:
    return db.query("corrections_export").to_dict("records")


def test_stance_correction_changes_the_charts_and_keeps_the_machine_label(statement_of, fixture_db):
    japan = statement_of(fixture_db, "Japan")
    rows = correct(fixture_db, japan, {"stance": "ease"}, note="calls for talks", coder="ann")
    assert [(r.field, r.old_value, r.new_value, r.coder, r.note) for r in rows] == [
        ("stance", "neutral", "ease", "ann", "calls for talks")]
    assert counts(fixture_db) == (6, 3, 3, 0)
    assert counts(fixture_db, corrected=False) == (6, 3, 2, 1)
    by_country = fixture_db.query("stance_by_country", **Filters().params(limit=10))
    assert by_country.set_index("country").loc["JPN", "ease"] == 1
    labels = current_labels(fixture_db, japan)
    assert (labels["machine_stance"], labels["corrected_stance"]) == ("neutral", "ease")
    [row] = trail(fixture_db)
    assert row["statement_id"] == japan and row["field"] == "stance"
    assert isinstance(row["corrected_at"], datetime)


def test_speaker_country_and_target_are_validated_and_normalised(statement_of, fixture_db):
    wang = statement_of(fixture_db, "Wang Yi")
    rows = correct(fixture_db, wang, {"speaker": "  Wang   Yi (FM) ", "country": "Russia",
                                      "target": "north korea"})
    assert {r.field: r.new_value for r in rows} == {"speaker": "Wang Yi (FM)",
                                                    "country": "RUS"}  # target was PRK
    labels = current_labels(fixture_db, wang)
    assert labels["corrected_country"] == "RUS" and labels["machine_country"] == "CHN"
    frame = fixture_db.query("stance_by_country", **Filters().params(limit=10))
    assert frame.set_index("country").loc["RUS", "ease"] == 1


@pytest.mark.parametrize(("changes", "coder", "message"), [
    ({"stance": "harsher"}, None, "'harsher' is not a stance"),
    ({"country": "Atlantis"}, None, "'Atlantis' is not a country name or ISO 3166 code"),
    ({"target": ""}, None, "the new target is empty"),
    ({"speaker": "x" * 201}, None, "longer than 200 characters"),
    ({"colour": "red"}, None, "'colour' is not a field that can be corrected"),
    ({"not_statement": "perhaps"}, None, "'perhaps' is not true or false"),
    ({"stance": "ease"}, "Machine", "names the extractor"),
])
def test_invalid_corrections_write_nothing(statement_of, fixture_db, changes, coder, message):
    japan = statement_of(fixture_db, "Japan")
    with pytest.raises(CorrectionError, match=message):
        correct(fixture_db, japan, {"stance": "tighten", **changes}, coder=coder)
    assert trail(fixture_db) == []


def test_unknown_statement_is_refused(fixture_db):
    with pytest.raises(CorrectionError, match="there is no statement 'nope'"):
        correct(fixture_db, "nope", {"stance": "ease"})
    assert trail(fixture_db) == []


def test_a_statement_found_within_its_article_is_corrected_the_same(statement_of, fixture_db):
    """The form passes the article it shows; a wrong one finds no statement and writes
    nothing."""
    japan = statement_of(fixture_db, "Japan")
    article = current_labels(fixture_db, japan)["article_id"]
    with pytest.raises(CorrectionError, match="there is no statement"):
        correct(fixture_db, japan, {"stance": "ease"}, article_id="not-its-article")
    assert trail(fixture_db) == []
    rows = correct(fixture_db, japan, {"stance": "ease"}, coder="ann", article_id=article)
    assert [(r.field, r.old_value, r.new_value) for r in rows] == [("stance", "neutral", "ease")]
    assert current_labels(fixture_db, japan)["corrected_stance"] == "ease"


def test_unchanged_labels_are_recorded_only_when_confirmed(statement_of, fixture_db):
    japan = statement_of(fixture_db, "Japan")
    assert correct(fixture_db, japan, {"stance": "neutral", "country": "JPN"}) == []
    rows = correct(fixture_db, japan, {"stance": "neutral", "country": "JPN"}, coder="bob",
                   confirm=True)
    assert {(r.field, r.old_value, r.new_value) for r in rows} == {
        ("stance", "neutral", "neutral"), ("country", "JPN", "JPN")}
    assert counts(fixture_db) == counts(fixture_db, corrected=False)


def test_not_a_statement_leaves_the_corrected_charts_and_can_be_undone(statement_of, fixture_db):
    japan = statement_of(fixture_db, "Japan")
    correct(fixture_db, japan, {"not_statement": True}, coder="ann",
            now=datetime(2024, 1, 1, 10))
    assert counts(fixture_db) == (5, 3, 2, 0)
    assert counts(fixture_db, corrected=False) == (6, 3, 2, 1)
    correct(fixture_db, japan, {"not_statement": "false"}, coder="ann",
            now=datetime(2024, 1, 1, 11))
    assert counts(fixture_db) == (6, 3, 2, 1)
    assert [r["old_value"] for r in trail(fixture_db)] == ["false", "true"]


def test_latest_correction_wins(statement_of, fixture_db):
    japan = statement_of(fixture_db, "Japan")
    correct(fixture_db, japan, {"stance": "ease"}, coder="ann", now=datetime(2024, 1, 2))
    correct(fixture_db, japan, {"stance": "tighten"}, coder="bob", now=datetime(2024, 1, 3))
    assert current_labels(fixture_db, japan)["corrected_stance"] == "tighten"
    assert [r["old_value"] for r in trail(fixture_db)] == ["neutral", "ease"]


def test_corrections_survive_rebuilding_the_dataset(statement_of, fixture_items, store_items,
                                                    fixture_db):
    """Statement ids are hashes of the article text, offsets and speaker: the same articles
    loaded again (the sample rebuilt, a dataset replaced) get the same ids."""
    japan = statement_of(fixture_db, "Japan")
    correct(fixture_db, japan, {"stance": "ease"}, coder="ann")
    store_items(fixture_db, fixture_items(), dataset="fixture", replace=True,
                   extractor_version="fixture")
    assert counts(fixture_db, corrected=False) == (6, 3, 2, 1)  # fresh machine labels
    assert statement_of(fixture_db, "Japan") == japan
    assert current_labels(fixture_db, japan)["corrected_stance"] == "ease"
    assert counts(fixture_db) == (6, 3, 3, 0)


def test_corrections_survive_reingesting_an_article_with_the_extractor(tmp_path, capsys):
    article = tmp_path / "brief.md"
    article.write_text("---\ntitle: Brief\ndate: 2017-09-11\n---\n"
                       "China's foreign ministry said new sanctions on North Korea were "
                       "counterproductive and called for easing them.\n")
    db_path = tmp_path / "x.duckdb"
    assert main(["ingest", str(article), "--db", str(db_path), "--dataset", "mine"]) == 0
    db = open_database(db_path)
    ids = statement_ids(db)
    assert ids, "the extractor found no statement in the test article"
    correct(db, ids[0], {"stance": "neutral"}, coder="ann")
    with db.transaction() as write:
        delete_dataset(write, "mine")
    assert db.scalar("store/count_statements") == 0
    assert main(["ingest", str(article), "--db", str(db_path), "--dataset", "mine"]) == 0
    capsys.readouterr()
    db = open_database(db_path)
    assert statement_ids(db) == ids
    assert current_labels(db, ids[0])["corrected_stance"] == "neutral"


# --- exchange as CSV -------------------------------------------------------------------

def test_export_import_round_trip_between_two_coders(statement_of, build_fixture_db, tmp_path):
    mine = build_fixture_db(tmp_path / "mine.duckdb")
    japan, wang = statement_of(mine, "Japan"), statement_of(mine, "Wang Yi")
    correct(mine, japan, {"stance": "ease"}, note="=HYPERLINK(\"http://evil\")", coder="ann",
            now=datetime(2024, 5, 1, 9, 30))
    correct(mine, wang, {"target": "IRN", "not_statement": True}, note="-- see article",
            coder="ann", now=datetime(2024, 5, 1, 9, 31))
    path = tmp_path / "ann.csv"
    assert export_corrections(mine, path) == 3
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["statement_id", "field", "old_value", "new_value", "note", "coder",
                             "corrected_at"]
    assert rows[0]["note"] == "'=HYPERLINK(\"http://evil\")"  # cannot run in a spreadsheet
    assert rows[1]["note"] == "'-- see article"
    provenance = json.loads((tmp_path / "ann.csv.provenance.json").read_text())
    assert provenance["rows"] == 3 and "FROM corrections" in provenance["sql"]
    assert provenance["datasets"][0]["dataset"] == "fixture"

    theirs = build_fixture_db(tmp_path / "theirs.duckdb")
    summary = import_corrections(theirs, path)
    assert (summary.rows, summary.added, summary.unknown_statements) == (3, 3, 0)
    assert trail(theirs) == trail(mine)  # notes restored, times kept
    assert import_corrections(theirs, path).added == 0  # the same file twice: nothing new
    assert len(trail(theirs)) == 3
    assert counts(theirs) == counts(mine) == (5, 3, 2, 0)


def test_the_downloaded_trail_is_the_exported_file_read_with_no_frame(statement_of,
                                                                      build_fixture_db,
                                                                      tmp_path):
    db = build_fixture_db(tmp_path / "mine.duckdb")
    correct(db, statement_of(db, "Japan"), {"stance": "ease"}, note="=1+1", coder="ann",
            now=datetime(2024, 5, 1, 9, 30))
    correct(db, statement_of(db, "Wang Yi"), {"target": "IRN"}, coder="bob",
            now=datetime(2024, 5, 1, 9, 31))
    rows = db.table(EXPORT_QUERY)  # the download's read: Arrow, as it goes to the file
    assert rows.to_pandas().equals(db.query(EXPORT_QUERY))  # the page's frame, row for row
    path = tmp_path / "corrections.csv"
    assert export_corrections(db, path) == rows.num_rows == 2
    with zipfile.ZipFile(io.BytesIO(export_download(db).data)) as bundle:
        assert bundle.read("corrections.csv") == path.read_bytes()
        assert json.loads(bundle.read("corrections.provenance.json"))["rows"] == 2
    assert b"'=1+1" in path.read_bytes()  # neutralised on the way


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("content", "where", "reason"), [
    ("statement_id,value\nx,ease\n", "bad.csv", "missing column(s) field, new_value"),
    ("statement_id,field,new_value\n{id},stance,ease\n{id},stance,harsh\n{id},mood,x\n",
     "bad.csv:3:new_value", "'harsh' is not a stance (one of: tighten, ease, neutral) "
                            "(1 more row(s) have errors)"),
    ("statement_id,field,new_value\n{id},mood,x\n", "bad.csv:2:field",
     "'mood' is not a field"),
    ("statement_id,field,new_value,corrected_at\n{id},stance,ease,yesterday-ish\n",
     "bad.csv:2:corrected_at", "'yesterday-ish' is not a date and time"),
    ("statement_id,field,new_value\n,stance,ease\n", "bad.csv:2:statement_id",
     "the statement id is empty"),
    ("statement_id,field,new_value,coder\n{id},stance,ease,machine\n", "bad.csv:2:coder",
     "names the extractor"),
])
def test_bad_import_names_line_and_column_and_writes_nothing(statement_of, fixture_db, tmp_path,
                                                              content, where, reason):
    japan = statement_of(fixture_db, "Japan")
    path = _write(tmp_path / "bad.csv", content.format(id=japan))
    with pytest.raises(InputError) as error:
        import_corrections(fixture_db, path)
    assert str(error.value).startswith(str(tmp_path / where) + ": ")
    assert reason in str(error.value)
    assert trail(fixture_db) == []


def test_import_keeps_corrections_for_statements_not_here_yet(statement_of, fixture_db, tmp_path):
    japan = statement_of(fixture_db, "Japan")
    path = _write(tmp_path / "c.csv", "\ufeffstatement_id,field,new_value,coder\n"
                                      f"{japan},stance,Ease,bob\nfuture00000000000000,"
                                      "country,Iran,bob\n")
    summary = import_corrections(fixture_db, path)
    assert (summary.added, summary.unknown_statements) == (2, 1)
    assert "1 statement(s) are not in this database" in str(summary)
    assert current_labels(fixture_db, japan)["corrected_stance"] == "ease"
    assert [r["new_value"] for r in trail(fixture_db)] == ["ease", "IRN"]


def test_parse_accepts_spreadsheet_dates_and_timezones(tmp_path):
    path = _write(tmp_path / "c.csv", "statement_id,field,new_value,corrected_at\n"
                                      "a,stance,ease,2024-05-01 14:30\n"
                                      "b,stance,ease,2024-05-01T14:30:00+02:00\n")
    first, second = parse_corrections(path)
    assert first.corrected_at == datetime(2024, 5, 1, 14, 30)
    assert second.corrected_at == datetime(2024, 5, 1, 12, 30)


def test_cli_corrections_export_and_import(statement_of, build_fixture_db, tmp_path, capsys):
    mine = build_fixture_db(tmp_path / "mine.duckdb")
    correct(mine, statement_of(mine, "Japan"), {"stance": "tighten"}, coder="ann")
    out = tmp_path / "out.csv"
    assert main(["corrections", "export", str(out), "--db", str(mine.path)]) == 0
    assert "1 correction(s) written" in capsys.readouterr().out
    assert out.with_name("out.csv.provenance.json").exists()
    theirs = build_fixture_db(tmp_path / "theirs.duckdb")
    assert main(["corrections", "import", str(out), "--db", str(theirs.path)]) == 0
    assert "1 correction(s) added" in capsys.readouterr().out
    assert main(["corrections", "import", str(out), "--db", str(theirs.path)]) == 0
    assert "0 correction(s) added, 1 already present" in capsys.readouterr().out
    bad = _write(tmp_path / "bad.csv", "statement_id,field,new_value\nx,stance,maybe\n")
    assert main(["corrections", "import", str(bad), "--db", str(theirs.path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {bad}:2:new_value: 'maybe' is not a stance (one of: tighten, " \
                  "ease, neutral)"


# --- the dashboard ---------------------------------------------------------------------

@pytest.fixture
def app_db(build_fixture_db, tmp_path, monkeypatch):
    db = build_fixture_db(tmp_path / "app.duckdb")
    monkeypatch.setenv("STANCE_DB", str(db.path))
    return db


def test_form_saves_a_correction_and_the_overview_follows(open_page, problems, statement_of,
                                                          app_db):
    japan = statement_of(app_db, "Japan")
    at = open_page("statements", {"statement": japan})
    assert not problems(at)
    key = f"correction_{japan}"
    assert at.selectbox(key=f"{key}_stance").value == "neutral"
    assert at.selectbox(key=f"{key}_country").value == "JPN"
    at.selectbox(key=f"{key}_stance").set_value("ease")
    at.text_area(key=f"{key}_note").set_value("asks for talks")
    at.text_input(key=f"{key}_coder").set_value("Ann")
    at.button(key=f"FormSubmitter:{key}-Save correction").click().run()
    assert not problems(at)
    assert any("Saved: stance → ease" in s.value for s in at.success)
    [row] = trail(app_db)
    assert (row["old_value"], row["new_value"], row["coder"], row["note"]) == (
        "neutral", "ease", "Ann", "asks for talks")
    overview = open_page("overview")
    assert "Ease 3" in " ".join(c.value for c in overview.caption)
    machine = open_page("overview", {"labels": "machine"})
    assert "Ease 2" in " ".join(c.value for c in machine.caption)
    assert machine.sidebar.toggle(key="filter_machine_labels").value is True


def test_form_refuses_nothing_changed_and_shows_history(open_page, statement_of, app_db):
    japan = statement_of(app_db, "Japan")
    correct(app_db, japan, {"target": "PRK"}, coder="bob", note="<b>not bold</b>")
    at = open_page("statements", {"statement": japan})
    key = f"correction_{japan}"
    at.button(key=f"FormSubmitter:{key}-Save correction").click().run()
    assert any("Nothing changed" in i.value for i in at.info)
    [history] = [d.value for d in at.dataframe if "note" in d.value.columns]
    assert history["note"].tolist() == ["<b>not bold</b>"]  # shown as text, not HTML
    assert history["new_value"].tolist() == ["North Korea (PRK)"]


def test_sidebar_toggle_switches_to_machine_labels(open_page, problems, statement_of, app_db):
    correct(app_db, statement_of(app_db, "Japan"), {"stance": "ease"})
    at = open_page("overview")
    assert "Ease 3" in " ".join(c.value for c in at.caption)
    at.sidebar.toggle(key="filter_machine_labels").set_value(True).run()
    assert not problems(at)
    assert "Ease 2" in " ".join(c.value for c in at.caption)
    assert at.query_params["labels"] == "machine"
