"""Readers: front matter, HTML, folders with metadata.csv, pasted text, and their errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stance.dates import parse_date
from stance.errors import InputError
from stance.frontmatter import split_front_matter
from stance.ingest import read_document, read_pasted, read_paths


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_front_matter_fields_and_offsets_point_into_the_whole_file(tmp_path):
    text = "---\ntitle: Council votes\ndate: 2017-09-11\noutlet: Sample Wire\n---\nBody here.\n"
    fields, body_start = split_front_matter(text)
    assert fields == {"title": "Council votes", "date": "2017-09-11", "outlet": "Sample Wire"}
    assert text[body_start:] == "Body here.\n"
    article = read_document(write(tmp_path / "a.md", text))
    assert (article.title, article.published, article.source) == (
        "Council votes", date(2017, 9, 11), "Sample Wire")
    assert article.text == text  # nothing removed: offsets index the file as read


def test_first_line_is_the_title_when_a_blank_line_follows(tmp_path):
    article = read_document(write(tmp_path / "b.txt", "A headline\n\nThe body.\n"))
    assert article.title == "A headline"


def test_html_keeps_visible_text_and_head_metadata(tmp_path):
    markup = ("<html><head><title>T</title><meta property='article:published_time' "
              "content='2019-01-29T10:00:00Z'><script>var x = 1;</script></head><body>"
              "<nav>Menu</nav><article><h1>Head</h1><p>First para.</p><p>Second para.</p>"
              "</article></body></html>")
    article = read_document(write(tmp_path / "c.html", markup))
    assert article.text == "Head\n\nFirst para.\n\nSecond para."
    # the article's own headline, not the browser-tab title
    assert (article.title, article.published) == ("Head", date(2019, 1, 29))


def test_folder_metadata_gives_author_and_country(tmp_path):
    write(tmp_path / "speech.txt", "We call for the lifting of the embargo.")
    write(tmp_path / "metadata.csv",
          "file,country,iso3,year,speaker,post,date\n"
          "speech.txt,Cuba,CUB,2019,BRUNO RODRIGUEZ,Minister for Foreign Affairs,2019\n")
    (article,) = list(read_paths([tmp_path]))
    assert (article.author, article.author_country, article.author_role) == (
        "Bruno Rodriguez", "CUB", "Minister for Foreign Affairs")
    assert article.published == date(2019, 1, 1)


def test_windows_1252_file_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\xe9 diplomacy: \x93sanctions\x94.".encode("latin-1"))
    assert read_document(path).text == "Café diplomacy: “sanctions”."


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("missing.txt", None, "no such file or folder"),
    ("empty.txt", "   \n", "the file is empty"),
    ("binary.txt", b"\x00\x01\x02PNG", "binary file"),
    ("sheet.xlsx", "x", "unsupported file type .xlsx"),
])
def test_unreadable_inputs_name_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    with pytest.raises(InputError) as caught:
        list(read_paths([path]))
    assert str(caught.value).startswith(str(path))
    assert reason in str(caught.value)


def test_bad_metadata_date_names_file_and_column(tmp_path):
    write(tmp_path / "a.txt", "Text.")
    write(tmp_path / "metadata.csv", "file,date\na.txt,someday\n")
    with pytest.raises(InputError, match="date.*unreadable date"):
        list(read_paths([tmp_path]))


def test_pasted_text_needs_content():
    assert read_pasted("Russia said so.", title="x").title == "x"
    with pytest.raises(InputError, match="empty"):
        read_pasted("  ")


@pytest.mark.parametrize(("value", "expected"), [
    ("2018-09-27", date(2018, 9, 27)), ("2016-01-13 07:36:11", date(2016, 1, 13)),
    ("27 September 2018", date(2018, 9, 27)), ("Sept. 27, 2018", date(2018, 9, 27)),
    ("1990 (UNGA general debate)", date(1990, 1, 1)), ("", None),
])
def test_dates(value, expected):
    assert parse_date(value) == expected


def test_excel_serial_dates_only_when_asked():
    assert parse_date("43370", excel_serials=True) == date(2018, 9, 27)
    with pytest.raises(ValueError):
        parse_date("not a date")
