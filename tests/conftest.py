"""The suite's one fixtures module: databases (empty, hand-made, sample, hostile), the shared
corpus (or a clean skip), the spaCy extractor, the dashboard under AppTest, the real app in
Debian's Chromium and the CLI in a subprocess.

Helpers that tests call are fixtures as well (`open_page`, `statements_in`, `run_cli`...), so
no test module imports another; the browser harness itself is bench/browser.py (the benchmarks
drive the same app the same way). Tests mirror the source: tests/store/ for stance/store/,
tests/dashboard/ for dashboard/..., tests/e2e/ for the real browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from bench.browser import chromium_path, running_app
from stance.config import ROOT, SHARED_CORPUS
from stance.extract import Extractor, get_extractor
from stance.models import Article, Statement
from stance.pipeline import build_sample
from stance.store import Database, LoadSummary, close_all, frames_of, open_database, store_frames

APP = str(ROOT / "dashboard" / "app.py")
HOSTILE_QUOTE = "<script>alert(1)</script>"
HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","click")'

Items = list[tuple[Article, list[Statement]]]


# ---- databases ----------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _close_databases() -> Iterator[None]:
    """Each test gets fresh connections and caches: nothing leaks from one test to the next."""
    yield
    close_all()
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(autouse=True)
def _main_module_kept() -> Iterator[None]:
    """AppTest runs a page as `__main__` and leaves that script's module in its place; in an
    xdist worker, whose own `__main__` has no import spec, a Dask cluster's spawned workers
    would then run that deleted script and fail. Each test leaves `__main__` as it found it."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


def _store_items(db: Database, items: Iterable[tuple[Article, list[Statement]]], dataset: str,
                 kind: str = "articles", extractor_version: str = "",
                 replace: bool = False) -> LoadSummary:
    return store_frames(db, frames_of(items, dataset, extractor_version), kind, replace=replace)


@pytest.fixture(scope="session")
def store_items() -> Callable[..., LoadSummary]:
    """`store_items(db, items, dataset, kind=, extractor_version=, replace=)`: articles and
    statements made by hand, stored as a load stores extracted ones."""
    return _store_items


def _statement(article: Article, speaker: str, kind: str, country: str | None, stance: str,
               start: int, end: int, role: str | None = None, quote: str | None = None,
               target: str | None = "PRK") -> Statement:
    return Statement(
        article=article.name, speaker=speaker, speaker_type=kind, country=country, role=role,
        quote_type="direct" if quote else "indirect", quote=quote,
        sentence=article.text[start:end], start=start, end=end, stance=stance,
        stance_cue="called for" if stance != "neutral" else None, confidence=0.8, target=target,
    )


def _fixture_items() -> Items:
    """Three articles in two outlets: CHN eases twice, USA tightens three times, one neutral."""
    one = Article(name="one.txt", source="Wire A", published=date(2017, 9, 12),
                  title="Council votes",
                  text="China called for easing sanctions. Haley said \"we must keep pressure\".")
    two = Article(name="two.txt", source="Wire B", published=date(2018, 9, 27),
                  title="Ministers meet",
                  text="Wang Yi urged relief from sanctions. Haley said \"we must keep pressure\"."
                       " Japan noted the talks.")
    three = Article(name="three.txt", source="Wire A", published=date(2019, 2, 1),
                    title="Iran", text="The United States imposed new sanctions on Iran.",)
    return [
        (one, [_statement(one, "China", "country", "CHN", "ease", 0, 34),
               _statement(one, "Nikki Haley", "person", "USA", "tighten", 35, 72,
                          role="Ambassador", quote="we must keep pressure")]),
        (two, [_statement(two, "Wang Yi", "person", "CHN", "ease", 0, 36,
                          role="Foreign Minister"),
               _statement(two, "Nikki Haley", "person", "USA", "tighten", 37, 74,
                          role="Ambassador", quote="We must keep pressure!"),
               _statement(two, "Japan", "country", "JPN", "neutral", 75, 97, target=None)]),
        (three, [_statement(three, "United States", "country", "USA", "tighten", 0, 48,
                            target="IRN")]),
    ]


@pytest.fixture(scope="session")
def fixture_items() -> Callable[[], Items]:
    """`fixture_items()`: the hand-made articles and statements, fresh each call."""
    return _fixture_items


def _build_fixture_db(path: Path) -> Database:
    db = open_database(path)
    _store_items(db, _fixture_items(), "fixture", extractor_version="fixture")
    return db


@pytest.fixture(scope="session")
def build_fixture_db() -> Callable[[Path], Database]:
    """`build_fixture_db(path)`: the hand-made database at `path` (no spaCy, known answers)."""
    return _build_fixture_db


@pytest.fixture
def fixture_db_file(tmp_path: Path) -> Path:
    """The hand-made database as a closed file, for a command or the app to open."""
    path = tmp_path / "fixture.duckdb"
    _build_fixture_db(path)
    close_all()
    return path


@pytest.fixture
def fixture_app(fixture_db_file: Path, monkeypatch) -> Path:
    """The hand-made database, as the file the app opens (STANCE_DB)."""
    monkeypatch.setenv("STANCE_DB", str(fixture_db_file))
    return fixture_db_file


@pytest.fixture
def empty_db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "empty.duckdb")


@pytest.fixture
def fixture_db(tmp_path: Path) -> Database:
    return _build_fixture_db(tmp_path / "fixture.duckdb")


def _hostile_items() -> Items:
    """An article whose quotes, speakers and title are HTML, script and spreadsheet formulas."""
    text = (f'Minister Eve said "{HOSTILE_QUOTE}" on sanctions. '
            f'Adam Hacker said "{HOSTILE_FORMULA}" about sanctions relief.')
    article = Article(name="hostile.txt", source="<i>Wire</i>", published=date(2020, 1, 2),
                      title="<img src=x onerror=\"window.__xss=1\">Hostile", text=text)
    first_end = text.index(" Adam")
    return [(article, [
        Statement(article="hostile.txt", speaker="Eve <b>Minister</b>", speaker_type="person",
                  country="RUS", role="@Minister", quote_type="direct", quote=HOSTILE_QUOTE,
                  sentence=text[:first_end], start=0, end=first_end, stance="ease",
                  stance_cue="-sanctions", confidence=0.9, target="PRK"),
        Statement(article="hostile.txt", speaker="Adam Hacker", speaker_type="person",
                  country="USA", role="+Envoy", quote_type="direct", quote=HOSTILE_FORMULA,
                  sentence=text[first_end + 1:], start=first_end + 1, end=len(text),
                  stance="tighten", stance_cue="=cue", confidence=0.9, target="PRK"),
    ])]


@pytest.fixture
def hostile_db(tmp_path: Path) -> Database:
    """The fixture database plus an article of script, HTML and formulas (dataset hostile)."""
    db = open_database(tmp_path / "hostile.duckdb")
    _store_items(db, _fixture_items(), "fixture", extractor_version="fixture-1")
    _store_items(db, _hostile_items(), "hostile", extractor_version="hostile-2")
    return db


@pytest.fixture(scope="session")
def hostile_text() -> tuple[str, str]:
    """The hostile article's script quote and formula quote."""
    return HOSTILE_QUOTE, HOSTILE_FORMULA


def _statement_of(db: Database, speaker: str) -> str:
    cur = db.con.cursor()
    try:
        rows = cur.execute("SELECT statement_id FROM statements WHERE speaker = ? "
                           "ORDER BY start, statement_id", [speaker]).fetchall()
    finally:
        cur.close()
    return rows[0][0]


@pytest.fixture(scope="session")
def statement_of() -> Callable[[Database, str], str]:
    """`statement_of(db, speaker)`: the id of the (first) statement by `speaker`."""
    return _statement_of


# ---- the shared corpus and the extractor --------------------------------------------------
@pytest.fixture
def shared_corpus() -> Path:
    """../shared/corpus, or a clean skip where it is absent (a clone outside this workplace)."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return SHARED_CORPUS


@dataclass(frozen=True)
class DevCorpus:
    folder: Path
    article: str
    gold: Path


@pytest.fixture
def dev_corpus() -> DevCorpus:
    """The dev article and its gold file in ../shared/corpus/dev (a clean skip without)."""
    folder = SHARED_CORPUS / "dev"
    article = "presstv-2018-09-27-un-dprk-sanctions.txt"
    gold = folder / "presstv-2018-09-27-un-dprk-sanctions.gold.jsonl"
    if not gold.is_file() or not (folder / article).is_file():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    return DevCorpus(folder, article, gold)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real spaCy extractor, loaded once per test session."""
    return get_extractor()


@pytest.fixture(scope="session")
def statements_in(extractor: Extractor) -> Callable[..., list[Statement]]:
    """`statements_in(text, **article_fields)`: what the extractor finds in one text."""
    def extract(text: str, **meta) -> list[Statement]:
        return extractor.extract(Article(name="t.txt", text=text, **meta))

    return extract


@pytest.fixture(scope="session")
def rules_in() -> Callable[..., list[Statement]]:
    """`rules_in(text, **article_fields)`: what the rules alone find (no learned decision):
    for tests of the rules themselves."""
    rules = Extractor(use_model=False)

    def extract(text: str, **meta) -> list[Statement]:
        return rules.extract(Article(name="t.txt", text=text, **meta))

    return extract


@pytest.fixture(scope="session")
def by_speaker() -> Callable[[list[Statement]], dict[str, list[Statement]]]:
    """`by_speaker(statements)`: statements grouped by speaker name."""
    def group(statements: list[Statement]) -> dict[str, list[Statement]]:
        out: dict[str, list[Statement]] = {}
        for s in statements:
            out.setdefault(s.speaker, []).append(s)
        return out

    return group


@pytest.fixture(scope="session")
def pasted_article() -> str:
    """An article to paste on the Analyze page, written for the tests (not from any corpus):
    one tighten and one ease statement."""
    return ("Washington and Moscow clashed over sanctions on North Korea on Monday.\n\n"
            "US Secretary of State Mike Pompeo demanded stricter enforcement of sanctions on "
            "North Korea, saying pressure must continue.\n\n"
            "Russian Foreign Minister Sergei Lavrov called for easing the sanctions, saying "
            "\"sanctions are not the solution\".\n")


# ---- the CLI ----------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def run_cli() -> Callable[..., subprocess.CompletedProcess]:
    """`run_cli(*args, env=None)`: `python -m stance ARGS` in a subprocess, from the checkout."""
    def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "stance", *args], cwd=ROOT, text=True,
                              capture_output=True, env=env, timeout=300)

    return run


# ---- the dashboard under AppTest ---------------------------------------------------------------
def _open_page(url_path: str, query: dict[str, str] | None = None) -> AppTest:
    """Run the app on page `url_path` (as /url_path?query would) and return the AppTest.

    AppTest.switch_page only knows file pages; a callable page's script hash is the hash of its
    url_path (streamlit.navigation.page.StreamlitPage._script_hash), so we set that."""
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if url_path != "overview":
        at._page_hash = calc_hash(url_path)
        at.run()
    return at


@pytest.fixture(scope="session")
def open_page() -> Callable[..., AppTest]:
    """`open_page(url_path, query=None)`: the app run on one page (AppTest)."""
    return _open_page


@pytest.fixture(scope="session")
def app_file() -> str:
    """dashboard/app.py, for AppTest.from_file."""
    return APP


@pytest.fixture(scope="session")
def problems() -> Callable[[AppTest], list[str]]:
    """`problems(at)`: exceptions and error messages on the page (both should be empty)."""
    def found(at: AppTest) -> list[str]:
        return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]

    return found


# ---- the real app in Debian's Chromium (bench/browser.py) ----------------------------------------
@pytest.fixture(scope="session")
def chromium() -> str:
    """/usr/bin/chromium, or a skip (a failure under CI=true: a skipped end-to-end suite in CI
    would hide breakage) when it is not installed."""
    found = chromium_path()
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is not installed: .ci/run must `apt-get install chromium`")
    pytest.skip("Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="session")
def sample_db_template(chromium: str, tmp_path_factory) -> Path:
    """The sample database, built once per test session (extraction of data/sample/)."""
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    build_sample(open_database(path))
    close_all()
    return path


@pytest.fixture
def app_db(sample_db_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample database, so a test may write to it."""
    path = tmp_path / "app.duckdb"
    shutil.copy(sample_db_template, path)
    return path


@pytest.fixture
def app_url(app_db: Path) -> Iterator[str]:
    """The real app, started on a free port against a copy of the sample database."""
    close_all()
    with running_app(app_db) as url:
        yield url


@pytest.fixture(scope="session")
def shared_app_url(sample_db_template: Path, tmp_path_factory) -> Iterator[str]:
    """One app for the whole session, for tests that only read (faster than one per test)."""
    path = tmp_path_factory.mktemp("shared_app") / "app.duckdb"
    shutil.copy(sample_db_template, path)
    close_all()
    with running_app(path) as url:
        yield url
