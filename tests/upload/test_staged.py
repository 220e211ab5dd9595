"""stance.upload on real-world files: sniffing, encodings, column and value mapping, loading;
an upload is opened and validated once, and loaded from what it staged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stance.models import Article
from stance.pipeline import load_file, load_upload
from stance.store.queries import manifest
from stance.store.quotes import normalise_quote
from stance.upload import (
    ARTICLES,
    STATEMENTS,
    UploadError,
    UploadInvalid,
    auto_mapping,
    default_dataset_name,
    detect_kind,
    open_source,
    open_upload,
    remove_dataset,
    set_hidden,
    table_checksums,
    temporary_copy,
    upload_bytes,
)

HEADER = "speaker,country,stance,role,quote,date,outlet,target,article_title,article_url\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def validated(db, path: Path, kind: str = STATEMENTS, mapping: dict | None = None):
    """The report of `path` validated as `kind` for `db` (nothing is written)."""
    with open_upload(path, db) as upload:
        return upload.validate(kind, mapping)


def load_statements(db, path: Path, dataset: str, **options):
    return load_file(db, path, STATEMENTS, dataset, **options)


def read_articles(db, path: Path, dataset: str):
    """An articles file validated, and its valid rows as Articles (nothing is written)."""
    with open_upload(path, db) as upload:
        report = upload.validate(ARTICLES)
        return report, upload.articles(dataset)


def rows(db, sql_name: str = "SELECT speaker, speaker_type, country, stance, role, quote, "
                            "target, origin FROM statements ORDER BY speaker") -> list[tuple]:
    return db.con.cursor().execute(sql_name).fetchall()


def test_kind_is_detected_from_the_header():
    assert detect_kind(["Official", "ISO3", "Position"]) == STATEMENTS
    assert detect_kind(["headline", "published", "body"]) == ARTICLES
    assert detect_kind(["a", "b"]) is None


def test_synonyms_map_themselves():
    header = ["Official", "Nation", "Position", "Published", "Source", "headline"]
    mapping = auto_mapping(header, STATEMENTS)
    assert mapping["speaker"] == 0 and mapping["country"] == 1 and mapping["stance"] == 2
    assert mapping["date"] == 3 and mapping["outlet"] == 4 and mapping["title"] == 5
    assert mapping["quote"] is None


@pytest.mark.parametrize(("delimiter", "note"), [(",", None), (";", "semicolons"),
                                                 ("\t", "tabs")])
def test_delimiter_is_sniffed(tmp_path, empty_db, delimiter, note):
    text = delimiter.join(["speaker", "country", "stance", "quote"]) + "\n" + delimiter.join(
        ["Sergey Lavrov", "RUS", "ease", '"Not the answer, not now"']) + "\n"
    path = write(tmp_path, "d.csv", text)
    report = validated(empty_db, path, STATEMENTS)
    assert report.ok and report.valid_rows == 1
    assert report.preview["quote"].iloc[0] == "Not the answer, not now"
    assert (note is None) == (not any("separated by" in n for n in report.notes))


def test_utf8_bom_and_quoted_newlines_are_read(tmp_path, empty_db):
    text = "\ufeff" + HEADER + ('Nikki Haley,USA,tighten,Ambassador,"We must keep\nup the '
                               'pressure",2017-09-11,Reuters,PRK,Vote,https://example.org/b\n')
    path = write(tmp_path, "bom.csv", text)
    report = validated(empty_db, path, STATEMENTS)
    assert report.ok
    assert report.header[0] == "speaker"
    assert report.preview["quote"].iloc[0] == "We must keep\nup the pressure"


def test_windows_1252_is_read_with_a_note(tmp_path, empty_db):
    text = HEADER + ("Jean-Yves Le Drian,France,tighten,Ministre des Affaires étrangères,"
                     "“Il faut maintenir la pression”,2017-09-11,Le Monde,PRK,Vote,\n")
    path = write(tmp_path, "latin.csv", text, encoding="cp1252")
    report = validated(empty_db, path, STATEMENTS)
    assert report.ok
    assert any("Windows-1252" in note for note in report.notes)
    row = report.preview.iloc[0]
    assert row["role"] == "Ministre des Affaires étrangères"
    assert row["quote"] == "“Il faut maintenir la pression”"
    assert row["country"] == "FRA"


def test_utf16_from_excel_unicode_text_is_read(tmp_path, empty_db):
    text = "speaker\tcountry\tstance\nSergey Lavrov\tRUS\tease\n"
    path = write(tmp_path, "excel.txt", text, encoding="utf-16")
    report = validated(empty_db, path, STATEMENTS)
    assert report.ok and report.valid_rows == 1
    assert any("UTF-16" in note for note in report.notes)


def test_country_names_and_iso2_are_mapped_and_shown(tmp_path, empty_db):
    text = HEADER + ("Sergey Lavrov,RU,ease,,,,,North Korea,,\n"
                     "Wang Yi,China,ease,,,,,DPRK,,\n"
                     "Nikki Haley,USA,tighten,,,,,PRK,,\n")
    report = validated(empty_db, write(tmp_path, "c.csv", text), STATEMENTS)
    assert report.ok
    shown = dict(zip(report.countries["value"], report.countries["ISO3"], strict=True))
    assert shown == {"RU": "RUS", "China": "CHN", "North Korea": "PRK", "DPRK": "PRK"}
    assert list(report.preview["country"]) == ["RUS", "CHN", "USA"]
    assert list(report.preview["target"]) == ["PRK", "PRK", "PRK"]


def test_stance_synonyms_are_mapped_with_a_note(tmp_path, empty_db):
    values = ["tougher", "Tighten", "+1", "lift", "ease", "-1", "0", "neutral"]
    text = "speaker,country,stance\n" + "".join(f"Speaker {i},USA,{v}\n"
                                               for i, v in enumerate(values))
    report = validated(empty_db, write(tmp_path, "s.csv", text), STATEMENTS)
    assert report.ok
    assert list(report.preview["stance"]) == ["tighten", "tighten", "tighten", "ease", "ease",
                                              "ease", "neutral", "neutral"]
    read_as = dict(zip(report.stances["value"], report.stances["read as"], strict=True))
    assert read_as == {"tougher": "tighten", "+1": "tighten", "lift": "ease", "-1": "ease",
                       "0": "neutral"}


@pytest.mark.parametrize(("cells", "expected", "order_note"), [
    (["2017-09-05", "2017-09-05T10:00:00Z", "2017-09-05 10:00"], [date(2017, 9, 5)] * 3, None),
    (["42983", "42983.5"], [date(2017, 9, 5)] * 2, None),  # Excel serial numbers
    (["05/09/2017", "25/12/2017"], [date(2017, 9, 5), date(2017, 12, 25)], "day/month"),
    (["09/05/2017", "12/25/2017"], [date(2017, 9, 5), date(2017, 12, 25)], "month/day"),
    (["5 September 2017", "Sept. 5, 2017", "2017"], [date(2017, 9, 5), date(2017, 9, 5),
                                                     date(2017, 1, 1)], None),
])
def test_dates_in_the_forms_spreadsheets_write(tmp_path, empty_db, cells, expected, order_note):
    text = "speaker,country,stance,date\n" + "".join(f"S{i},USA,ease,\"{c}\"\n"
                                                     for i, c in enumerate(cells))
    report = validated(empty_db, write(tmp_path, "dates.csv", text), STATEMENTS)
    assert report.ok, report.problems
    assert [d.date() for d in report.preview["date"]] == expected
    notes = " ".join(report.notes)
    assert (order_note in notes) if order_note else "were read as" not in notes


def test_coded_statements_load_as_human_statements_on_grouped_articles(tmp_path, fixture_db):
    text = HEADER + (
        "Sergey Lavrov,RUS,ease,Foreign Minister,Not the answer,2017-09-05,TASS,PRK,Talks,\n"
        ",CHN,lift,,,2017-09-05,TASS,PRK,Talks,\n"
        "Nikki Haley,USA,tighten,Ambassador,Keep the pressure,2017-09-11,Reuters,PRK,Vote,\n")
    result = load_statements(fixture_db, write(tmp_path, "coded.csv", text), "coded")
    assert (result.articles_added, result.statements_added) == (2, 3)
    got = rows(fixture_db, "SELECT speaker, speaker_type, country, stance, origin, a.title, "
                           "a.source, a.published FROM statements s JOIN articles a "
                           "USING (article_id) WHERE a.dataset = 'coded' ORDER BY speaker")
    assert got == [
        ("China", "country", "CHN", "ease", "human", "Talks", "TASS", date(2017, 9, 5)),
        ("Nikki Haley", "person", "USA", "tighten", "human", "Vote", "Reuters",
         date(2017, 9, 11)),
        ("Sergey Lavrov", "person", "RUS", "ease", "human", "Talks", "TASS",
         date(2017, 9, 5)),
    ]
    kinds = fixture_db.con.cursor().execute(
        "SELECT kind, rows, content_sha256 IS NOT NULL FROM datasets WHERE dataset = 'coded'"
    ).fetchall()
    assert kinds == [(STATEMENTS, 3, True)]


def test_the_same_file_again_adds_nothing(tmp_path, fixture_db):
    path = write(tmp_path, "once.csv", HEADER + "Wang Yi,CHN,ease,,Relief now,2018-01-01,,,,\n")
    load_statements(fixture_db, path, "once")
    before = table_checksums(fixture_db)
    again = load_statements(fixture_db, path, "twice")
    assert again.already_loaded == "once" and again.statements_added == 0
    assert "already loaded as dataset 'once'" in str(again)
    assert table_checksums(fixture_db) == before


def test_the_same_rows_in_another_file_add_nothing_to_their_dataset(tmp_path, fixture_db):
    first = write(tmp_path, "a.csv", HEADER + "Wang Yi,CHN,ease,,Relief now,2018-01-01,,,,\n")
    second = write(tmp_path, "b.csv", HEADER + "Wang Yi,CHN,ease,,Relief now,2018-01-01,,,,\n"
                                                "Nikki Haley,USA,tighten,,,2018-01-01,,,,\n")
    load_statements(fixture_db, first, "mine")
    result = load_statements(fixture_db, second, "mine")
    assert result.statements_added == 1


def test_skip_invalid_loads_only_the_valid_rows(tmp_path, fixture_db):
    path = write(tmp_path, "mixed.csv", "speaker,country,stance\nA,USA,tighten\nB,XYZ,ease\n"
                                        "C,RUS,maybe\nD,CHN,ease\n")
    with pytest.raises(UploadInvalid) as caught:
        load_statements(fixture_db, path, "mixed")
    assert caught.value.valid_rows == 2 and caught.value.total == 2
    result = load_statements(fixture_db, path, "mixed", skip_invalid=True)
    assert result.statements_added == 2 and result.report.invalid_rows == 2
    assert [r[0] for r in rows(fixture_db, "SELECT speaker FROM statements WHERE "
                                           "extractor_version = 'coded' ORDER BY 1")] == ["A",
                                                                                         "D"]


def test_rows_after_a_rejected_line_keep_their_row_numbers(tmp_path, empty_db):
    path = write(tmp_path, "q.csv", "speaker,country,stance\nA,USA,tighten\nB,RUS\n"
                                    "C,CHN,maybe\nD,USA,ease\n")
    report = validated(empty_db, path, STATEMENTS)
    assert [(p.row, p.column) for p in report.problems] == [(3, ""), (4, "stance")]
    assert list(report.preview["row"]) == [2, 5]


def test_a_mapping_chosen_by_the_user_is_used(tmp_path, empty_db):
    path = write(tmp_path, "odd.csv", "who,land,verdict\nSergey Lavrov,RUS,ease\n")
    with pytest.raises(UploadError, match="no column for 'country'"):
        validated(empty_db, path, STATEMENTS)
    report = validated(empty_db, path, STATEMENTS,
                       mapping={"speaker": 0, "country": 1, "stance": 2})
    assert report.ok and report.preview["speaker"].iloc[0] == "Sergey Lavrov"


def test_a_column_mapped_twice_is_refused(tmp_path, empty_db):
    path = write(tmp_path, "twice.csv", "speaker,country,stance\nA,USA,ease\n")
    with pytest.raises(UploadError, match="mapped to both"):
        validated(empty_db, path, STATEMENTS, mapping={"speaker": 0, "country": 0, "stance": 2})


def test_dataset_names_are_checked(tmp_path, fixture_db):
    path = write(tmp_path, "x.csv", "speaker,country,stance\nA,USA,ease\n")
    for bad, message in [("", "give the dataset a name"), ("sample", "reserved"),
                         ("=cmd", "dataset name"), ("fixture", "holds articles")]:
        with pytest.raises(UploadError, match=message):
            load_statements(fixture_db, path, bad)
    assert default_dataset_name("My coded statements (2019).csv") == "My coded statements 2019"


def test_quote_norm_in_sql_matches_python(tmp_path, empty_db):
    quotes = ["We must keep up the pressure!", "“Sanctions are NOT the answer,” he said.",
              "Les sanctions ne sont pas la réponse", "Санкции — не выход", "a  b\tc",
              "it's 100% wrong_ish"]
    text = "speaker,country,stance,quote\n" + "".join(
        f'S{i},USA,ease,"{q.replace(chr(34), chr(34) * 2)}"\n' for i, q in enumerate(quotes))
    load_statements(empty_db, write(tmp_path, "norm.csv", text), "norm")
    stored = dict(empty_db.con.cursor().execute("SELECT quote, quote_norm FROM statements"
                                                ).fetchall())
    assert stored == {q: normalise_quote(q) for q in quotes}


def test_comparisons_are_not_taken_for_html(tmp_path, empty_db):
    path = write(tmp_path, "lt.csv", 'speaker,country,stance,quote\n'
                                     'A,USA,ease,"if costs < benefits and b > a, ease"\n')
    report = validated(empty_db, path, STATEMENTS)
    assert report.ok


def test_hide_and_delete_a_dataset(tmp_path, fixture_db):
    load_statements(fixture_db, write(tmp_path, "h.csv", "speaker,country,stance\nA,USA,ease\n"),
                    "to hide")
    set_hidden(fixture_db, "to hide", True)
    listed = fixture_db.query("upload_datasets").set_index("dataset")
    assert bool(listed.loc["to hide", "hidden"]) and int(listed.loc["to hide", "statements"]) == 1
    visible = fixture_db.query("overview_counts", **{"country": [], "target": [], "stance": [],
                                                   "from": None, "to": None, "outlet": [],
                                                   "dataset": [], "corrected": True,
                                                   "all_topics": True})
    assert int(visible["statements"].iloc[0]) == 6  # the fixture's, not the hidden one
    remove_dataset(fixture_db, "to hide")
    assert "to hide" not in set(fixture_db.query("upload_datasets")["dataset"])
    assert fixture_db.con.cursor().execute("SELECT count(*) FROM statements").fetchall() == [(6,)]


def test_articles_csv_becomes_articles_with_html_converted(tmp_path, empty_db):
    text = ("title,date,outlet,url,text,speaker,country\n"
            'One,2019-01-02,Wire,https://example.org/1,"<p>Russia called for <b>easing</b> '
            'sanctions.</p>",,\n'
            "Statement,2019-01-31,Ministry,,We call for lifting the sanctions.,Spokesperson,CN\n")
    report, articles = read_articles(empty_db, write(tmp_path, "a.csv", text), "news")
    assert report.ok
    assert [a.text for a in articles] == ["Russia called for easing sanctions.",
                                          "We call for lifting the sanctions."]
    assert isinstance(articles[0], Article) and articles[0].published == date(2019, 1, 2)
    assert (articles[1].author, articles[1].author_country) == ("Spokesperson", "CHN")
    assert any("HTML markup" in note for note in report.notes)


def test_jsonl_articles_are_read(tmp_path, empty_db):
    path = write(tmp_path, "a.jsonl", '{"title": "One", "text": "Russia called for easing.", '
                                      '"date": "2019-01-02", "outlet": "Wire"}\n\n'
                                      '{"title": "Two", "text": "Iran rejected sanctions."}\n')
    report, articles = read_articles(empty_db, path, "json")
    assert report.ok and [a.title for a in articles] == ["One", "Two"]
    assert articles[0].source == "Wire"


def test_temporary_copies_are_removed_even_on_error(tmp_path):
    with pytest.raises(UploadError), temporary_copy(b"", ".csv") as path:
        assert path.exists()
        seen = path
        with open_source(path):
            pass
    assert not seen.exists()
    latin = write(tmp_path, "l.csv", "speaker,country,stance\nJosé,ESP,ease\n", "cp1252")
    with open_source(latin) as source:
        converted = source.path
        assert converted != latin and converted.exists()
    assert not converted.exists()


def test_an_upload_is_read_once_and_loads_what_it_staged(tmp_path, fixture_db):
    path = write(tmp_path, "staged.csv", "speaker,country,stance\nA,USA,ease\nB,RUS,tighten\n")
    upload = open_upload(path, fixture_db)
    report = upload.validate(STATEMENTS)
    assert upload.validate(STATEMENTS) is report  # the same choice is not validated again
    path.unlink()  # loading reads the staged rows, not the file
    result = load_upload(fixture_db, upload, "staged")
    assert result.statements_added == 2 and result.report is report
    upload.close()


def test_a_new_mapping_is_validated_on_a_fresh_staging_area(tmp_path, empty_db):
    path = write(tmp_path, "odd.csv", "who,land,verdict,elsewhere\n"
                                      "Sergey Lavrov,RUS,ease,Narnia\nX,ZZZ,ease,Oz\n")
    with open_upload(path, empty_db) as upload:
        with pytest.raises(UploadError, match="no column for 'country'"):
            upload.validate(STATEMENTS)
        report = upload.validate(STATEMENTS, {"speaker": 0, "country": 1, "stance": 2})
        assert report.valid_rows == 1 and [p.row for p in report.problems] == [3]
        again = upload.validate(STATEMENTS, {"speaker": 0, "country": 3, "stance": 2})
        assert again is not report and again.valid_rows == 0
        assert upload.validate(STATEMENTS, {"speaker": 0, "country": 3, "stance": 2}) is again


def test_an_uploads_bytes_live_as_long_as_the_upload(tmp_path, empty_db):
    upload = upload_bytes(b"speaker,country,stance\nA,USA,ease\n", "bytes.csv", empty_db)
    copy = upload.source.path
    assert copy.exists() and upload.validate(STATEMENTS).ok
    upload.close()
    assert not copy.exists()
    upload.close()  # closing twice is harmless


def test_loading_needs_a_validated_upload(tmp_path, fixture_db):
    path = write(tmp_path, "raw.csv", "speaker,country,stance\nA,USA,ease\n")
    with open_upload(path, fixture_db) as upload, pytest.raises(UploadError, match="validate"):
        upload.store_statements("raw")
    assert "raw" not in set(fixture_db.query("datasets")["dataset"])


def test_the_staging_area_holds_only_what_the_manifest_lists(tmp_path, fixture_db):
    """Validation and loading create exactly the temporary objects queries/store/upload.toml
    names (the manifest is the contract between the validator and the loader)."""
    listed = set(manifest("store/upload")["objects"])
    path = write(tmp_path, "m.csv", "speaker,country,stance,quote\nA,USA,ease,Go now\n")
    with open_upload(path, fixture_db) as upload:
        upload.validate(STATEMENTS)
        upload.store_statements("manifest")
        cur = upload._held.tx._cursor  # the staging cursor itself
        made = {name for (name,) in cur.execute(
            "SELECT table_name FROM duckdb_tables() WHERE temporary UNION "
            "SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal UNION "
            "SELECT function_name FROM duckdb_functions() WHERE schema_name = 'main' "
            "AND database_name = 'temp'").fetchall()}
    # the refresh's own (stance/store/wide.py, aggregates.py, touched.py)
    made = {name for name in made if not name.startswith(("wide_", "agg_", "touched_"))}
    made |= {"upload_frame", "upload_countries", "upload_stances"}  # registered frames
    assert made <= listed, made - listed
