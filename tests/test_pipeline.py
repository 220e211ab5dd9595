"""The application layer: the one place that runs read -> extract -> store, in two halves that
stand alone (extraction without a database, storage of extracted rows)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from stance import pipeline
from stance.config import ROOT
from stance.errors import InputError
from stance.store import open_database
from stance.upload import ARTICLES, UploadInvalid

BRIEF = ("---\ntitle: Brief\ndate: 2017-09-11\n---\n"
         "China's foreign ministry said new sanctions on North Korea were counterproductive "
         "and called for easing them.\n")


def _calls(name: str) -> set[str]:
    """The modules of stance/ and dashboard/ that call `name`."""
    found = set()
    for package in ("stance", "dashboard"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    func = node.func
                    called = func.attr if isinstance(func, ast.Attribute) else getattr(
                        func, "id", None)
                    if called == name:
                        found.add(path.relative_to(ROOT).as_posix())
    return found


def test_only_the_application_layer_extracts_and_stores():
    # the pipeline, and its cluster form (stance/scale.py: workers extract, one load stores)
    assert _calls("store_frames") == {"stance/pipeline.py", "stance/scale.py"}
    assert _calls("extract_many") <= {"stance/pipeline.py", "stance/evaluate.py",
                                      "stance/scale.py",
                                      "stance/extract/__init__.py"}  # extract() itself
    assert _calls("extract_frames") == {"stance/pipeline.py"}


def test_extract_frames_needs_no_database_and_store_frames_writes_them(tmp_path, extractor):
    article = pipeline.pasted_article(BRIEF, name="brief.md")
    frames = pipeline.extract_frames([article], "mine", extractor=extractor)
    assert list(frames.articles["dataset"]) == ["mine"] and len(frames.statements) >= 1
    assert set(frames.statements["extractor_version"]) == {extractor.version}
    db = open_database(tmp_path / "split.duckdb")
    summary = pipeline.store_frames(db, frames, "articles")
    assert (summary.articles_added, summary.statements_added) == (1, len(frames.statements))
    again = pipeline.ingest(db, [article], "mine", extractor=extractor)
    assert (again.articles_added, again.skipped_articles) == (0, 1)


def test_read_paths_takes_documents_and_tables_in_order(tmp_path):
    (tmp_path / "one.md").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "two.csv").write_text("title,text\nTwo,Russia called for easing sanctions.\n",
                                      encoding="utf-8")
    articles = pipeline.read_paths([tmp_path / "two.csv", tmp_path / "one.md"], "mixed")
    assert [a.title for a in articles] == ["Two", "Brief"]
    assert {a.dataset for a in articles} == {"mixed"}
    with pytest.raises(InputError, match="no such file or folder"):
        pipeline.read_paths([tmp_path / "missing.csv"])


def test_an_invalid_table_row_reads_nothing_unless_skipped(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("title,text\nOne,Russia called for easing.\nTwo,\n", encoding="utf-8")
    with pytest.raises(UploadInvalid):
        pipeline.read_paths([path])
    skipped: list[str] = []
    articles = pipeline.read_paths([path], skip_invalid=True, on_skip=skipped.append)
    assert [a.title for a in articles] == ["One"] and skipped == [f"{path}:3:text: empty "
                                                                  "text: every article needs "
                                                                  "its text"]


def test_an_analysis_is_saved_as_shown(tmp_path, extractor):
    analysis = pipeline.analyze(pipeline.pasted_article(BRIEF, name="pasted"))
    db = open_database(tmp_path / "analyze.duckdb")
    summary = pipeline.save_analysis(db, analysis)
    assert summary.statements_added == len(analysis.statements)
    assert analysis.saved == analysis.article.article_id
    assert set(db.query("datasets")["dataset"]) == {pipeline.PASTED_DATASET}


def test_an_articles_upload_is_extracted_then_stored(tmp_path: Path, extractor):
    path = tmp_path / "articles.csv"
    path.write_text("title,text\nOne,\"China called for easing the sanctions on Iran.\"\n",
                    encoding="utf-8")
    db = open_database(tmp_path / "upload.duckdb")
    seen: list[tuple[int, int]] = []
    result = pipeline.load_file(db, path, ARTICLES, "news", progress=lambda *d: seen.append(d))
    assert result.articles_added == 1 and seen == [(1, 1)]
    again = pipeline.load_file(db, path, ARTICLES, "news again")
    assert again.already_loaded == "news"
