"""Ingest is as strict as uploads: what it refuses, naming the file, and what it notes."""

from __future__ import annotations

import os

import pytest

from stance.cli import main
from stance.errors import InputError
from stance.ingest import MAX_DOCUMENT_BYTES, read_document, read_paths
from stance.store import open_database


def _ingest(tmp_path, capsys, *paths) -> tuple[int, str, int]:
    db_path = tmp_path / "x.duckdb"
    code = main(["ingest", *map(str, paths), "--db", str(db_path), "--dataset", "mine"])
    err = capsys.readouterr().err
    return code, err, open_database(db_path).scalar("store/count_articles")


def test_a_link_out_of_the_folder_is_refused_and_nothing_is_stored(tmp_path, capsys):
    outside = tmp_path / "secret.txt"
    outside.write_text("The minister said sanctions must stay.\n")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("Russia called for easing sanctions on North Korea.\n")
    os.symlink(outside, folder / "passwd.txt")
    code, err, count = _ingest(tmp_path, capsys, folder)
    assert code == 2 and "outside the folder" in err and count == 0


@pytest.mark.parametrize(("content", "reason"), [
    (b"Sanctions were lifted.\n" + b"x" * 9000 + b"\x00tail", "NUL bytes"),
    (bytes(range(1, 32)) * 40 + b"text", "control characters"),
    ("Caf\u00e9 officials said sanctions hurt.\n".encode() + b"Na\xefve line\n", "line 2"),
])
def test_binary_and_mixed_encodings_are_refused(tmp_path, content, reason):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_document(path)


def test_a_windows_1252_file_is_read_and_the_guess_is_said(tmp_path, capsys):
    path = tmp_path / "old.txt"
    path.write_bytes(b"The minister\x92s office said the embargo must end.\n")
    assert read_document(path).text.startswith("The minister\u2019s office")
    code, err, count = _ingest(tmp_path, capsys, path)
    assert code == 0 and count == 1
    assert "old.txt is not UTF-8; read as windows-1252" in err


def test_a_latin1_metadata_file_is_read(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister said sanctions must stay.\n")
    (folder / "metadata.csv").write_bytes("file,outlet\na.txt,Le Monde \xe9dition\n"
                                          .encode("latin-1"))
    [article] = list(read_paths([folder]))
    assert article.source == "Le Monde \u00e9dition"


def test_a_file_over_the_size_cap_is_refused_with_the_cap(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(InputError, match="at most 10 MB"):
        read_document(path)


def test_only_web_addresses_are_kept_as_urls(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta property="og:url" content="javascript:alert(1)">'
                    "<title>T</title></head><body><p>The minister said sanctions must stay."
                    "</p></body></html>")
    assert read_document(page).url is None
    text = tmp_path / "a.md"
    text.write_text("---\nurl: javascript:alert(1)\n---\nThe minister said sanctions stay.\n")
    with pytest.raises(InputError, match="not an http"):
        read_document(text)


def test_a_long_paragraph_is_extracted_in_pieces(statements_in):
    """No blank line in 600,000 characters (spaCy stops at 1,000,000 per parse)."""
    filler = "The weather was mild and the talks went on. " * 13_000
    text = filler + "Russia called for an easing of sanctions on North Korea. " + filler
    found = statements_in(text)
    assert any(s.country == "RUS" and s.stance == "ease" for s in found)


def test_outlet_and_date_come_from_a_polnear_style_file_name(tmp_path):
    path = tmp_path / "wash-post_2016-07-16_new-iran-sanctions-bill.txt"
    path.write_text("Headline\n\nThe senator said the sanctions must stay.\n")
    article = read_document(path)
    assert str(article.published) == "2016-07-16" and article.source == "The Washington Post"
    odd = tmp_path / "blog_2016-02-30_post.txt"  # no such date: the name tells nothing
    odd.write_text("The senator said the sanctions must stay.\n")
    assert read_document(odd).published is None


@pytest.mark.parametrize(("line", "column"), [
    ("speaker: =HYPERLINK(\"http://x\")", "speaker"),
    ("outlet: '![x](http://host/p.png)'", "outlet"),
    ("title: <b>Breaking</b>", "title"), ("role: '@SUM(1)'", "role"),
])
def test_front_matter_is_checked_like_a_csv_cell(tmp_path, line, column):
    path = tmp_path / "a.md"
    path.write_text(f"---\n{line}\n---\nThe minister said the sanctions must stay.\n")
    with pytest.raises(InputError, match=f"column '{column}'|{column}"):
        read_document(path)
