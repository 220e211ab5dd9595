"""Benchmarks: speed, memory and growth of Sanctions Stance, each figure beside a baseline
measured in the same run.

    python -m bench.run --quick          # under a minute: small sizes, few repetitions
    python -m bench.run                  # full: 10k, 100k, 1M and 10M statements (~11 min, +3 once)
    python -m bench.run --sizes 1m --only queries,app

Prints one JSON line per figure: {"name", "size", "value", "unit", "baseline",
"baseline_value", "ratio"} with ratio = value / baseline_value, and writes a table to
bench/RESULTS.md (the full run) with the date and the machine. Figures are printed, never
asserted: see bench/README.md for the targets and how to read them.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import hashlib
import json
import os
import platform
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import psutil
import spacy
from playwright.async_api import async_playwright

from bench import baselines, sessions
from bench.browser import CHROMIUM_ARGS, running_app
from bench.generate import (
    BENCH_SQL,
    ROOT,
    SIZES,
    generate_coded_csv,
    generate_database,
    parse_size,
)
from stance.config import SAMPLE_DIR, SHARED_CORPUS
from stance.corrections import EXPORT_QUERY as CORRECTIONS_EXPORT
from stance.corrections import correct
from stance.extract import MODEL_NAMES, get_extractor
from stance.filters import Filters
from stance.models import Article, Statement
from stance.pipeline import load_file, read_paths
from stance.store import close_all, frames_of, open_database, store_frames
from stance.store.aggregates import answering
from stance.store.queries import list_queries, parameter_examples, parameter_names
from stance.upload import STATEMENTS

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"  # generated databases and CSVs (git-ignored)
RESULTS = BENCH_DIR / "RESULTS.md"
SECTIONS = ("extract", "queries", "csv_load", "write", "app", "concurrency")
CORPORA = ("whitehouse", "ungdc", "polnear-sanctions")  # never news2016: held out for evaluation
TYPICAL = Filters(country=("RUS",), date_from=date(2016, 1, 1), date_to=date(2019, 12, 31))
VARIANTS = {"": Filters(), ".filtered": TYPICAL}
# queries the app reads as one Arrow table (downloads, `Database.table`), timed as it reads them
READ_AS_TABLE = frozenset({CORRECTIONS_EXPORT})
QUERY_EXTRAS: dict[str, Any] = {"limit": 25, "offset": 0, "period": "month", "search": "%",
                                "sort": "articles", "descending": True, "min_articles": 2,
                                "min_confidence": 0.0}
APP_READY = "[data-testid='stApp'][data-test-script-state='notRunning']"
NO_SKELETON = "document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0"
ERRORS = "[data-testid='stException'], [data-testid='stAlertContentError']"
RAMP = 10.0  # seconds over which the concurrent sessions arrive (default of --ramp)
COUNTRY = TYPICAL.country[0]  # the speaker country each simulated person picks
PANDAS_MAX_SIZE = 1_000_000  # above this the pandas baseline is not run (memory, minutes)
TARGET_SIZE = 1_000_000  # the size the targets are set at (bench/README.md)


@dataclass
class Figure:
    """One measured number and its baseline; ratio = value / baseline_value."""

    name: str
    size: int | None
    value: float | None
    unit: str
    baseline: str | None = None
    baseline_value: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline_value:
            return None
        return round(self.value / self.baseline_value, 4)

    def record(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:
            # significant digits, not decimals: a 0.03 s baseline keeps its precision, so
            # value / baseline_value still gives the ratio printed beside them
            return None if x is None else float(f"{float(x):.6g}")

        return {"name": self.name, "size": self.size, "value": rounded(self.value),
                "unit": self.unit, "baseline": self.baseline,
                "baseline_value": rounded(self.baseline_value), "ratio": self.ratio}


@dataclass
class Run:
    """Options and everything measured so far."""

    quick: bool
    sizes: list[int]
    sections: tuple[str, ...]
    reps: int
    seed: int
    workdir: Path
    sessions: int
    results: Path
    think: tuple[float, float] = sessions.DEFAULT_THINK
    ramp: float = RAMP
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def emit(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(json.dumps(figure.record()), flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"# {text}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def label(size: int) -> str:
    """10k, 1M, 30M: a size as the tables show it (any other number in full)."""
    for name, value in SIZES.items():
        if value == size:
            return name.upper() if name.endswith("m") else name
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    return f"{size:,}"


# ---- data -------------------------------------------------------------------------------

@functools.cache
def _fingerprint() -> str:
    """Changes when the generator, the schema or the SQL that writes does, so cached databases
    are rebuilt (a file built by older write SQL keeps its older physical order)."""
    digest = hashlib.sha256()
    files = [BENCH_DIR / "generate.py", *sorted((ROOT / "queries" / "store").glob("*.sql")),
             ROOT / "stance" / "models.py",
             *sorted((BENCH_DIR / "sql").glob("*.sql")), *sorted((ROOT / "stance" / "store"
                                                                 ).glob("*.py"))]
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def _generated(run: Run, kind: str, size: int, suffix: str, make: Callable[[Path], None]
               ) -> Path:
    """The work folder's `kind` file for `size`, made by `make(path)` once per generator
    version (older versions' files are removed first)."""
    path = run.workdir / f"{kind}-{size}-s{run.seed}-{_fingerprint()}{suffix}"
    if not path.exists():
        for stale in run.workdir.glob(f"{kind}-{size}-s{run.seed}-*{suffix}*"):
            stale.unlink()
        make(path)
    return path


def bench_database(run: Run, size: int) -> Path:
    """The synthetic database for `size` statements, generated once per generator version."""
    def make(path: Path) -> None:
        made = generate_database(path, size, run.seed)
        close_all()
        run.note(f"generated {made.statements:,} statements, {made.articles:,} articles, "
                 f"{made.corrections:,} corrections in {made.seconds:.1f} s -> {path.name}")

    return _generated(run, "bench", size, ".duckdb", make)


def bench_csv(run: Run, size: int) -> Path:
    """The coded-statements CSV for `size` (generated once per generator version)."""
    return _generated(run, "coded", size, ".csv",
                      lambda path: generate_coded_csv(path, size, run.seed))


def corpus_articles(budget_chars: int) -> tuple[list, str]:
    """Real documents, taken in turn from each corpus (by file name) up to a character budget;
    data/sample when ../shared/corpus is absent."""
    folders = [SHARED_CORPUS / name for name in CORPORA if (SHARED_CORPUS / name).is_dir()]
    if not folders:
        folders = [SAMPLE_DIR]
    streams = [iter(read_paths([folder], dataset="bench")) for folder in folders]
    chosen, total = [], 0
    while streams and total < budget_chars:
        for stream in list(streams):
            article = next(stream, None)
            if article is None:
                streams.remove(stream)
                continue
            chosen.append(article)
            total += len(article.text)
            if total >= budget_chars:
                break
    return chosen, "+".join(f.name for f in folders)


def bench_extract(run: Run) -> None:
    articles, source = corpus_articles(15_000 if run.quick else 150_000)
    texts = [a.text for a in articles]
    model = next(name for name in MODEL_NAMES if spacy.util.is_package(name))
    nlp = spacy.load(model)  # the full English pipeline, nothing disabled
    extractor = get_extractor()
    warm = articles[:2]
    list(nlp.pipe([a.text for a in warm]))
    list(extractor.extract_many(warm))
    tokens = 0
    base_times, ours_times = [], []
    for _ in range(1 if run.quick else 2):
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        base_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        statements = sum(len(found) for _, found in extractor.extract_many(articles))
        ours_times.append(time.perf_counter() - started)
    base, ours = statistics.median(base_times), statistics.median(ours_times)
    run.note(f"extraction: {len(articles)} articles from {source}, {tokens:,} tokens, "
             f"{statements:,} statements; baseline spacy.load({model!r}).pipe")
    run.emit(Figure("extract", len(articles), len(articles) / ours, "articles/s",
                    f"spacy.pipe[{model}]", len(articles) / base))
    run.emit(Figure("extract.tokens", len(articles), tokens / ours, "tokens/s",
                    f"spacy.pipe[{model}]", tokens / base))


# ---- queries ----------------------------------------------------------------------------

def _stats(samples: list[float]) -> tuple[float, float]:
    ms = [s * 1000 for s in samples]
    return statistics.median(ms), float(np.percentile(ms, 95))


def query_params(db) -> dict[str, Any]:
    """Values for the queries' non-filter parameters: real rows of this database first, then
    the examples of queries/parameters.toml for anything newer."""
    with db.reading() as tx:
        frame = tx.using(BENCH_SQL).run("bench_params").frame()
    real = {k: v for k, v in frame.iloc[0].to_dict().items() if v is not None}
    return {**parameter_examples(), **QUERY_EXTRAS, **real}


def bench_queries(run: Run, size: int, path: Path) -> None:
    db = open_database(path)
    extras = query_params(db)
    frame = None
    if size <= PANDAS_MAX_SIZE:
        with db.reading() as tx:
            frame = tx.using(BENCH_SQL).run("pandas_frame").frame()
        frame["published"] = pd.to_datetime(frame["published"])
    else:
        run.note(f"queries at {label(size)}: no pandas baseline (the frame of every statement "
                 f"would take several GB in memory, and each aggregation minutes); the "
                 f"ratios at {label(PANDAS_MAX_SIZE)} stand for it")
    pandas_reps = max(1, min(run.reps, 2 if size >= 1_000_000 else 5))
    for name in list_queries():
        for suffix, filters in VARIANTS.items():
            params = filters.params(**extras)
            missing = parameter_names(name) - params.keys()
            if missing:
                run.note(f"query {name}: no benchmark value for {sorted(missing)}; skipped")
                break
            uses_filters = bool(parameter_names(name) & {"country", "from", "to"})
            if suffix and not uses_filters:
                continue  # the filter changes nothing for this query
            fetch = db.table if name in READ_AS_TABLE else db.query
            fetch(name, **params)  # warm-up: file pages in memory, plan cached
            samples = [timed(lambda n=name, p=params, f=fetch: f(n, **p))
                       for _ in range(run.reps)]
            median, p95 = _stats(samples)
            base_median = base_p95 = None
            pandas_fn = baselines.QUERIES.get(name) if frame is not None else None
            if pandas_fn is not None:
                extra = {k: v for k, v in params.items() if k not in Filters().params()}
                base_median, base_p95 = _stats(_time_pandas(pandas_fn, frame, filters, extra,
                                                            pandas_reps))
            baseline = "pandas" if pandas_fn else None
            run.emit(Figure(f"query.{name}{suffix}", size, median, "ms", baseline, base_median))
            run.emit(Figure(f"query.{name}{suffix}.p95", size, p95, "ms", baseline, base_p95))
            if answering(name, params) != name:
                _bench_twin(run, db, size, f"{name}{suffix}", name, params, median)
    close_all()


def _bench_twin(run: Run, db, size: int, figure: str, name: str, params: dict[str, Any],
                median: float) -> None:
    """The view read from its pre-aggregated twin (the figure just taken) beside the same
    view counted from every statement, its query on the statements table."""
    with db.reading() as tx:
        tx.run(name, **params)  # warm-up
        samples = [timed(lambda: tx.run(name, **params).frame()) for _ in range(run.reps)]
    base_median, _ = _stats(samples)
    run.emit(Figure(f"aggregate.{figure}", size, median, "ms", "statements table",
                    base_median))


def _time_pandas(fn: Callable[..., Any], frame, filters: Filters, extra: dict[str, Any],
                 reps: int) -> list[float]:
    """Times of the pandas equivalent; one run only when a run takes more than 5 s."""
    samples = [timed(lambda: fn(frame, filters, **extra))]
    while len(samples) < (1 if samples[0] > 5 else reps):
        samples.append(timed(lambda: fn(frame, filters, **extra)))
    return samples


# ---- CSV load ---------------------------------------------------------------------------

def bench_csv_load(run: Run, size: int) -> None:
    csv_path = bench_csv(run, size)
    scratch = run.workdir / "csv-load"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    ours, bare, tables, chart = [], [], [], []
    for attempt in range(1 if size >= 1_000_000 or run.quick else 2):
        db_path = scratch / f"app-{attempt}.duckdb"
        db = open_database(db_path)  # schema applied, not timed
        started = time.perf_counter()
        rows = load_file(db, csv_path, STATEMENTS, "bench coded").report.rows
        ours.append(time.perf_counter() - started)
        close_all()
        with closing(duckdb.connect(str(db_path))) as con:  # the floor: copy what it stored
            tables.append(timed(lambda c=con: c.execute(BENCH_SQL.text("copy_stored_tables"))))
            chart.append(timed(lambda c=con: c.execute(BENCH_SQL.text("copy_chart_table"))))
        with closing(duckdb.connect(str(scratch / f"bare-{attempt}.duckdb"))) as con:
            bare.append(timed(lambda c=con: c.execute(BENCH_SQL.text("bare_read_csv"),
                                                      {"path": str(csv_path)})))
    shutil.rmtree(scratch, ignore_errors=True)
    seconds, baseline = statistics.median(ours), statistics.median(bare)
    floor = statistics.median(tables)
    for name, value in (("csv_load", seconds), ("csv_load.floor", floor),
                        ("csv_load.floor_with_chart_table", floor + statistics.median(chart))):
        run.emit(Figure(name, size, value, "s", "duckdb.read_csv", baseline))
    run.emit(Figure("csv_load.rows_per_s", size, rows / seconds, "rows/s", "duckdb.read_csv",
                    rows / baseline))


# ---- one small write into a big database ------------------------------------------------

def _one_article(number: int) -> tuple[Article, list[Statement]]:
    """A short article with one quoted statement, new each time (its own text and quote)."""
    sentence = (f'Russia said: "Sanctions on Iran must be eased, report {number}" at the '
                f"council.")
    article = Article(name=f"bench-write-{number}.txt", source="Bench Wire",
                      published=date(2024, 1, 2), title=f"Bench write {number}", text=sentence)
    found = Statement(article=article.name, speaker="Russia", speaker_type="country",
                      country="RUS", role=None, quote_type="direct",
                      quote=f"Sanctions on Iran must be eased, report {number}",
                      sentence=sentence, start=0, end=len(sentence), stance="ease",
                      stance_cue="must be eased", confidence=0.9, target="IRN")
    return article, [found]


def bench_write(run: Run, size: int, path: Path) -> None:
    """Saving one article (the Analyze page's Save, a small ingest) into a database of `size`
    statements: the whole load (duplicate checks, quote clustering, statements_wide kept in
    step) beside the same rows inserted bare, on a copy of the benchmark database."""
    scratch = run.workdir / f"write-{size}.duckdb"
    shutil.copyfile(path, scratch)
    try:
        db = open_database(scratch)
        store_frames(db, frames_of([_one_article(0)], "bench write"))  # warm-up
        ours = [timed(lambda n=n: store_frames(db, frames_of([_one_article(n)], "bench write")))
                for n in range(1, 4)]
        bare = []
        for n in range(4, 7):
            frames = frames_of([_one_article(n)], "bench write", "bench")
            tx = db.session()  # a raw transaction: nothing keeps statements_wide in step
            try:
                with tx.registered(new_articles=frames.articles,
                                   new_statements=frames.statements):
                    bare.append(timed(lambda t=tx: (t.begin(),
                                                    t.using(BENCH_SQL).run("bare_insert"),
                                                    t.commit())))
            finally:
                tx.close()
        fixes, bare_fixes = _time_corrections(db)
    finally:
        close_all()
        for leftover in (scratch, scratch.with_name(scratch.name + ".wal")):
            leftover.unlink(missing_ok=True)
    run.emit(Figure("write.article", size, statistics.median(ours), "s",
                    "bare INSERT", statistics.median(bare)))
    run.emit(Figure("write.correction", size, statistics.median(fixes), "s",
                    "bare INSERT", statistics.median(bare_fixes)))


def _time_corrections(db) -> tuple[list[float], list[float]]:
    """A researcher's correction of a statement's side (the Statements page's form:
    `stance.corrections.correct`), on four of the newest statements, beside one correction row
    inserted bare in a raw transaction."""
    page = db.query("statements_page", **Filters(all_topics=True).params(
        search="%", sort="date", descending=True, limit=8, offset=0, min_confidence=0.0))
    sides = ("tighten", "ease", "neutral")
    ours = [timed(lambda row=row: correct(db, row.statement_id,
                                          {"stance": sides[(sides.index(row.stance) + 1) % 3]},
                                          coder="bench", article_id=row.article_id))
            for row in page.iloc[:4].itertuples()]
    bare = []
    for row in page.iloc[4:].itertuples():
        tx = db.session()
        try:
            bare.append(timed(lambda t=tx, s=row.statement_id: (
                t.begin(), t.using(BENCH_SQL).run("bare_correction", statement_id=s),
                t.commit())))
        finally:
            tx.close()
    return ours, bare


# ---- the app: in a browser, and under simulated people ---------------------------------

@contextmanager
def app_process(db_path: Path) -> Iterator[tuple[str, Any]]:
    """The real app (bench.browser.running_app) and its process, for psutil."""
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    with running_app(db_path, timeout=300) as url:
        port = url.rsplit(":", 1)[1]
        found = [p for p in psutil.Process().children(recursive=True)
                 if p.pid not in before and "streamlit" in " ".join(p.cmdline())
                 and port in p.cmdline()]
        yield url, found[0]


async def _settle(page, timeout: float) -> None:
    await page.wait_for_selector(APP_READY, timeout=timeout)
    await page.wait_for_function(NO_SKELETON, timeout=timeout)


async def _launch(playwright):
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    return await playwright.chromium.launch(executable_path=executable, headless=True,
                                            args=CHROMIUM_ARGS)


async def _page_links(page, url: str) -> list[str]:
    await page.goto(url)
    await _settle(page, 180_000)
    hrefs = await page.eval_on_selector_all("[data-testid='stSidebarNav'] a",
                                            "els => els.map(e => e.href)")
    return list(dict.fromkeys(hrefs)) or [url]


async def _app_figures(run: Run, size: int, url: str, proc, idle: float) -> None:
    """Every page in Chromium, with and without the typical filter: memory and page time."""
    async with async_playwright() as playwright:
        browser = await _launch(playwright)
        try:
            context = await browser.new_context(viewport={"width": 1280, "height": 900})
            page = await context.new_page()
            links = await _page_links(page, url)
            page_times, errors = [], []
            for link in links:  # every page, then every page again under the typical filter
                for query in ("", "?country=RUS&from=2016-01-01&to=2019-12-31"):
                    started = time.perf_counter()
                    await page.goto(link + query)
                    await _settle(page, 180_000)
                    page_times.append(time.perf_counter() - started)
                    errors += await page.locator(ERRORS).all_inner_texts()
            await context.close()
            rss = proc.memory_info().rss / 2**20
            run.note(f"app at {label(size)}: {len(links)} pages; errors shown: {errors[:3]}")
            run.emit(Figure("app_rss", size, rss, "MB", "app_rss.idle", idle))
            run.emit(Figure("app_page", size, statistics.median(page_times), "s"))
        finally:
            await browser.close()


def _concurrency(run: Run, size: int, url: str, proc, idle_rss: float,
                 wanted: int) -> None:
    """Simulated people through Streamlit's own protocol (bench/sessions.py, no browser): a
    first pass opens every page, unfiltered and with the country picked, one session at a time
    (the app's caches fill as in any app that has been up a while; the cold steps are noted);
    then one person alone (the baseline), then `run.sessions` at once, bounded at 600 s. The
    alone session opens the Overview, so its filter step is checked against the database: the
    Overview's statement count must become the filtered one. CPU seconds of the app and of the
    load generator during the run show which side the time went to."""
    settings = sessions.Settings(run.sessions, run.ramp, run.think, seed=run.seed,
                                 countries=(COUNTRY,))
    pages = asyncio.run(sessions.page_paths(url))
    cold = asyncio.run(sessions.run_sessions(
        url, replace(settings, sessions=len(pages), think=(0.0, 0.0)), pages, one_at_a_time=True))
    run.note(f"concurrency: first visits, one session at a time over the {len(pages)} pages "
             f"(caches cold): p95 step {cold.percentile(95) or float('nan'):.2f} s, slowest "
             f"{max(cold.times(), default=float('nan')):.2f} s, {len(cold.errors())} errors "
             f"{cold.errors()[:3]}")
    alone = asyncio.run(sessions.run_sessions(url, replace(settings, sessions=1), pages))
    _check_filter_step(run, alone, wanted)
    peak = [proc.memory_info().rss]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.25):
            peak.append(proc.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    load_before = os.getloadavg()[0]
    try:
        result = asyncio.run(sessions.run_sessions(url, settings, pages, app=proc))
    finally:
        stop.set()
        sampler.join()
    times, errors = result.times(), result.errors()
    fetches = [r.fetch_seconds for r in result.sessions if r.fetch_seconds is not None]
    fetch_p95 = np.percentile(fetches, 95) if fetches else float("nan")
    run.note(f"concurrency at {label(size)}: {run.sessions} sessions arriving over "
             f"{run.ramp:g} s, think time {_think(run.think)}, {len(times)} steps in "
             f"{result.wall:.1f} s (at most {result.most_in_flight()} waiting for the app at "
             f"once), {len(errors)} errors {errors[:3]}; CPU seconds: app {result.app_cpu:.1f}, "
             f"load generator {result.generator_cpu:.1f}; page + assets GET p95 "
             f"{fetch_p95:.2f} s; load average {load_before:.1f} before, "
             f"{os.getloadavg()[0]:.1f} after (2 cores shared)")
    how = f"(think {_think(run.think)}, ramp {run.ramp:g} s)"
    run.emit(Figure("concurrency", size, result.percentile(95), f"s p95 step {how}",
                    "one session", alone.percentile(95)))
    run.emit(Figure("concurrency.median", size, statistics.median(times) if times else None,
                    f"s median step {how}", "one session",
                    statistics.median(alone.times()) if alone.times() else None))
    run.emit(Figure("concurrency.errors", size, len(errors), "errors", "one session",
                    len(alone.errors())))
    run.emit(Figure("concurrency.app_cpu", size, result.app_cpu, "CPU s",
                    "load generator CPU s", result.generator_cpu))
    run.emit(Figure("app_rss.concurrent_peak", size, max(peak) / 2**20, "MB", "app_rss.idle",
                    idle_rss))


def _think(think: tuple[float, float]) -> str:
    low, high = think
    return "none" if high == 0 else f"{low:g}-{high:g} s" if high > low else f"{low:g} s"


def _check_filter_step(run: Run, alone: sessions.LoadResult, wanted: int) -> None:
    """The alone session's filter step must show the Overview's count under the filter (read
    from the database before the app started), or the load generator is not exercising the
    app: noted either way."""
    steps = alone.sessions[0].steps
    if len(steps) < 2 or steps[0].page != "/":
        run.note(f"concurrency: the alone session did not reach its filter step: "
                 f"{alone.errors()[:3]}")
        return
    shown = steps[1].shown.get("Statements")
    verdict = "as" if shown == f"{wanted:,}" else f"NOT as (expected {wanted:,})"
    run.note(f"concurrency: picking {COUNTRY} in the sidebar took the Overview from "
             f"{steps[0].shown.get('Statements')} to {shown} statements, {verdict} the "
             "database counts")


def _filtered_statements(path: Path) -> int:
    """Statements of COUNTRY in the database (what the Overview must show once it is picked)."""
    db = open_database(path)
    try:
        counts = db.query("overview_counts", **Filters(country=(COUNTRY,)).params())
        return int(counts.iloc[0]["statements"])
    finally:
        close_all()


def concurrency_sizes(run: Run) -> list[int]:
    """Sizes the 30 sessions are run at: the target size and any bigger one (growth), or the
    largest size of a smaller run. The app's memory is measured at every size."""
    return [s for s in run.sizes if s >= TARGET_SIZE] or run.sizes[-1:]


def bench_app(run: Run, size: int, path: Path) -> None:
    close_all()
    concurrent = "concurrency" in run.sections and size in concurrency_sizes(run)
    wanted = _filtered_statements(path) if concurrent else 0
    with app_process(path) as (url, proc):
        idle = proc.memory_info().rss / 2**20
        if "app" in run.sections:
            asyncio.run(_app_figures(run, size, url, proc, idle))
        if concurrent:
            _concurrency(run, size, url, proc, idle, wanted)


# ---- report -----------------------------------------------------------------------------

def machine() -> dict[str, str]:
    return {"date": datetime.now().strftime("%Y-%m-%d %H:%M"),
            "cpus": str(os.cpu_count()),
            "memory": f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
            "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "platform": platform.platform(terse=True)}


TARGETS = {
    "query": "median <= 100 ms, p95 <= 300 ms and ratio <= 0.2 (5x faster than pandas) at 1M",
    "extract": "ratio >= 1 (at least as fast as bare nlp.pipe)",
    "csv_load": "ratio <= 2 (at most twice bare read_csv)",
    "app_rss": "< 600 MB at 1M",
    "concurrency": "0 errors and p95 page time < 2 s with 30 sessions",
}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if value < 10:
        return f"{value:.1f}" if unit == "ms" else f"{value:.2f}"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def _medians(run: Run, size: int) -> list[Figure]:
    return [f for f in run.figures if f.size == size and f.name.startswith("query.")
            and not f.name.endswith(".p95") and f.value is not None]


def _by_size(run: Run, name: str) -> dict[int, float]:
    return {f.size: f.value for f in run.figures
            if f.name == name and f.size and f.value is not None}


def _linear_reach(values: dict[int, float], bound: float) -> float:
    """Statements at which `values` (by size) would reach `bound`, growing linearly from the
    largest size measured."""
    size = max(values)
    return size * bound / values[size] if values[size] else float("inf")


def _per_size(values: dict[int, float], shown: str) -> str:
    """'1.2 s at 10k, 3.4 s at 100k' from figures by size (`shown` formats one value)."""
    return ", ".join(f"{shown.format(value)} at {label(size)}"
                     for size, value in sorted(values.items()))


def growth_sentences(run: Run) -> list[str]:
    """How each cost grows between sizes, and where it would stop scaling."""
    sizes = sorted({f.size for f in run.figures if f.name.startswith("query.") and f.size})
    lines = []
    if len(sizes) >= 2:
        steps = []
        for small, big in zip(sizes, sizes[1:], strict=False):
            before = {f.name: f.value for f in _medians(run, small)}
            after = {f.name: f.value for f in _medians(run, big)}
            shared = before.keys() & after.keys()
            grew = sum(after[n] for n in shared) / max(sum(before[n] for n in shared), 1e-9)
            steps.append(f"x{grew:.1f} from {label(small)} to {label(big)} "
                         f"({big / small:g}x the data)")
        lines.append(
            "All page queries together (medians) cost " + ", ".join(steps) + ": sub-linear "
            "while fixed costs (planning, the small tables, result transfer) weigh most and "
            "the pre-aggregated tables grow with people, quotes and months, close to linear "
            "for the views that scan the rows their filter leaves, on both cores. A filter "
            "(one country, four years) cuts the scanned rows, and the app caches each result "
            "for an hour.")
        big = sizes[-1]
        p95s = [f for f in run.figures if f.size == big and f.name.endswith(".p95")
                and f.name.startswith("query.") and f.value]
        worst = max(p95s, key=lambda f: f.value)
        over = [f.name for f in p95s if f.value > 300]
        reach = _linear_reach(_by_size(run, worst.name), 300)
        where = (f"{len(over)} p95 figures are over 300 ms at {label(big)} "
                 f"({', '.join(over[:6])}{', ...' if len(over) > 6 else ''})" if over else
                 f"it would pass 300 ms near {reach / 1e6:.1f}M statements")
        lines.append(
            f"The slowest page query is {worst.name.removesuffix('.p95')} (p95 "
            f"{worst.value:.0f} ms at {label(big)}); {where}. Those views still scan every "
            "statement they count (the SQL page's examples: arbitrary SQL), or the rows of "
            "the people, quotes and voices they rank; the views with a pre-aggregated twin "
            "(`aggregate.*` figures) read tables that grow with countries, people and months "
            "instead (bench/README.md, \"Where it would stop scaling\").")
    writes = _by_size(run, "write.article")
    if len(writes) >= 2:
        ordered = sorted(writes.items())
        slow = [size for size, value in ordered if value > 1.0]
        if slow:
            before = max((s for s in writes if s < slow[0]), default=None)
            where = (f"it passes 1 s between {label(before)} and {label(slow[0])}" if before
                     else f"it is over 1 s from {label(slow[0])}")
        else:
            where = f"it would pass 1 s near {_linear_reach(writes, 1.0) / 1e6:.1f}M statements"
        lines.append(
            f"Saving one article costs {_per_size(writes, '{:.2f} s')}, against a few "
            "milliseconds for the bare inserts: the writers record the articles they touch, "
            "indexes find their rows, and statements_wide and the aggregates rewrite only "
            "those, but merging the changes into the largest aggregates (people, quotes, "
            "articles, voices) reads more of them as they grow; "
            f"{where}.")
    for name, shown, text in (
        ("app_rss", "{:,.0f} MB", "The app's resident memory after every page is {}: "
         "Python, Streamlit and the cached results stay about the same, and DuckDB's buffer "
         "pool is capped (512 MiB or a quarter of the memory by default, STANCE_MEMORY_LIMIT "
         "to change it); the default views read small pre-aggregated tables, and DuckDB "
         "reads evicted blocks again from the operating system's file cache."),
        ("csv_load.rows_per_s", "{:,.0f} rows/s", "Coded-statement loads run at {}: fixed "
         "costs dominate small files; large ones are bound by writing the statements, the "
         "chart table and counting the aggregates (see bench/README.md)."),
    ):
        values = _by_size(run, name)
        if len(values) >= 2:
            lines.append(text.format(_per_size(values, shown)))
    return lines


def target_lines(run: Run) -> list[str]:
    """Each target of bench/README.md checked against this run's figures at 1M statements (the
    size the targets are set for), or at the largest size when 1M was not run."""
    if not run.figures:
        return []
    sizes = {f.size for f in run.figures if f.size and not f.name.startswith("extract")}
    big = TARGET_SIZE if TARGET_SIZE in sizes else max(sizes, default=None)
    by = {(f.name, f.size): f for f in run.figures}
    lines = []
    medians = _medians(run, big)
    if medians:
        slow = [f"{f.name} {f.value:.0f} ms" for f in medians if f.value > 100]
        tails = [f"{f.name} {f.value:.0f} ms" for f in run.figures if f.size == big
                 and f.name.startswith("query.") and f.name.endswith(".p95") and f.value > 300]
        lagging = [f"{f.name} x{1 / f.ratio:.1f}" for f in medians
                   if f.ratio is not None and f.ratio > 0.2]
        with_base = [f for f in medians if f.ratio is not None]
        lines += [
            f"- Page queries at {label(big)}: {len(medians) - len(slow)} of {len(medians)} "
            f"medians <= 100 ms" + (f" (over: {', '.join(slow)})" if slow else "") + ".",
            f"- p95 <= 300 ms: {'all' if not tails else 'over: ' + ', '.join(tails)}.",
            f"- >= 5x faster than pandas: {len(with_base) - len(lagging)} of {len(with_base)} "
            "with a pandas baseline" + (f" (less: {', '.join(lagging)})" if lagging else "")
            + ".",
        ]
    for name, text, good in (
        ("extract", "extraction vs bare nlp.pipe", lambda f: f.ratio >= 1),
        ("csv_load", "CSV load vs bare read_csv (target <= 2x)", lambda f: f.ratio <= 2),
        ("app_rss", "app memory (target < 600 MB)", lambda f: f.value < 600),
        ("concurrency", "30 sessions: p95 page time (target < 2 s)", lambda f: f.value < 2),
        ("concurrency.errors", "30 sessions: errors (target 0)", lambda f: f.value == 0),
    ):
        sizes = [f.size for f in run.figures if f.name == name]
        figure = by.get((name, big if big in sizes else max(sizes, default=None)))
        if figure is None or figure.value is None or (figure.ratio is None
                                                      and name in ("extract", "csv_load")):
            continue
        shown = (f"x{figure.ratio:.2f}" if name in ("extract", "csv_load")
                 else f"{figure.value:.0f} errors" if figure.unit == "errors"
                 else f"{_fmt(figure.value, figure.unit)} {figure.unit}")
        lines.append(f"- {text}: {shown} at {label(figure.size) if name != 'extract' else ''}"
                     f"{'' if name != 'extract' else str(figure.size) + ' articles'} - "
                     f"{'met' if good(figure) else 'NOT met'}.")
        if name == "csv_load":
            lines += _floor_lines(by, figure.size)
    return lines


def _floor_lines(by: dict[tuple[str, int], Figure], size: int) -> list[str]:
    """The CSV load's floor (bench_csv_load) at `size`, when it was measured."""
    floors = [by.get((name, size)) for name in ("csv_load.floor",
                                                 "csv_load.floor_with_chart_table")]
    if not all(f is not None and f.ratio is not None for f in floors):
        return []
    return [f"  - Its floor at {label(size)}: copying the rows it stored, bare, costs "
            f"x{floors[0].ratio:.2f} bare read_csv for statements and articles alone, "
            f"x{floors[1].ratio:.2f} with the chart table the page queries scan."]


def write_results(run: Run, path: Path, info: dict[str, str]) -> None:
    sizes = sorted({f.size for f in run.figures if f.size and not f.name.startswith("extract")})
    names = list(dict.fromkeys(f.name for f in run.figures))
    by = {(f.name, f.size): f for f in run.figures}
    lines = [
        "# Benchmark results", "",
        f"Written by `python -m bench.run{' --quick' if run.quick else ''}` on {info['date']}.",
        f"Machine: {info['cpus']} CPUs, {info['memory']}, load average {info['load']} at the "
        f"end (the cores are shared with other work), Python {info['python']}, DuckDB "
        f"{info['duckdb']}, {info['platform']}.", "",
        "Each figure is beside its baseline measured in the same run; ratio = value / "
        "baseline (for times lower is better, for rates higher is better). Sizes are "
        "statements in a synthetic database (`bench/generate.py`, seed "
        f"{run.seed}). Targets: see bench/README.md.", "",
    ]
    extract = [f for f in run.figures if f.name.startswith("extract")]
    if extract:
        lines += ["## Extraction (real corpora)", "", "| figure | articles | value | unit | "
                  "baseline | baseline value | ratio |", "|---|---|---|---|---|---|---|"]
        lines += [f"| {f.name} | {f.size} | {_fmt(f.value, f.unit)} | {f.unit} | {f.baseline} "
                  f"| {_fmt(f.baseline_value, f.unit)} | {f.ratio} |" for f in extract]
        lines.append("")
    header = " | ".join(label(s) for s in sizes)
    lines += ["## Growth: each figure by size", "",
              "The baseline and ratio columns are those of the largest size with a baseline "
              "(pandas is not run above 1M).", "",
              f"| figure | unit | {header} | baseline | ratio |",
              "|---|---|" + "---|" * len(sizes) + "---|---|"]
    for name in names:
        if name.startswith("extract"):
            continue
        cells = [_fmt(by[(name, s)].value, by[(name, s)].unit) if (name, s) in by else "–"
                 for s in sizes]
        measured = [by[(name, s)] for s in reversed(sizes) if (name, s) in by]
        if not measured:
            continue
        last = next((f for f in measured if f.baseline_value is not None), measured[0])
        base = (f"{_fmt(last.baseline_value, last.unit)} ({last.baseline}, {label(last.size)})"
                if last.baseline_value is not None else "–")
        lines.append(f"| {name} | {last.unit} | {' | '.join(cells)} | {base} | "
                     f"{last.ratio if last.ratio is not None else '–'} |")
    lines += ["", "## Targets", ""] + (target_lines(run) or ["- (nothing measured)"])
    lines += ["", "## How cost grows", ""]
    lines += [f"- {s}" for s in growth_sentences(run)] or ["- (one size only)"]
    if run.notes:
        lines += ["", "## Notes from this run", ""] + [f"- {n}" for n in run.notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- main -------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> Run:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes and few repetitions (under a minute)")
    parser.add_argument("--sizes", help="comma-separated sizes (default: 10k,100k,1m,10m; "
                                        "--quick: 10k)")
    parser.add_argument("--only", help=f"comma-separated sections of {', '.join(SECTIONS)}")
    parser.add_argument("--reps", type=int, help="timed runs per query (default 12, quick 3)")
    parser.add_argument("--sessions", type=int, help="concurrent sessions (default 30, "
                                                     "quick 5)")
    parser.add_argument("--think", type=sessions.parse_think, default=sessions.DEFAULT_THINK,
                        help="seconds a simulated person reads a page before the next step: "
                             "LOW-HIGH, uniform and seeded (default 2-5), or 0")
    parser.add_argument("--ramp", type=float, default=RAMP,
                        help=f"seconds over which the sessions arrive (default {RAMP:g}; 0: "
                             "all at once)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=OUT_DIR,
                        help="where generated databases are kept (default bench/out/)")
    parser.add_argument("--results", type=Path,
                        help="results table (default bench/RESULTS.md; --quick: "
                             "WORKDIR/RESULTS-quick.md)")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in (args.sizes or ("10k" if args.quick else "10k,100k,1m,10m")
                                     ).split(",")]
    sections = tuple(args.only.split(",")) if args.only else SECTIONS
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {sorted(unknown)}; choose from {SECTIONS}")
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = args.results or (args.workdir / "RESULTS-quick.md" if args.quick else RESULTS)
    return Run(args.quick, sorted(sizes), sections, args.reps or (3 if args.quick else 12),
               args.seed, args.workdir, args.sessions or (5 if args.quick else 30), results,
               args.think, args.ramp)


def attempt(run: Run, section: str, fn: Callable[..., None], *args: Any) -> bool:
    """Run one section; a failure (another part of the project mid-change, no browser...) is
    noted in the results and the other sections still run. Returns whether it worked."""
    try:
        fn(run, *args)
        return True
    except Exception as error:  # the run must go on and say what it could not measure
        run.note(f"{section} not measured: {type(error).__name__}: "
                 f"{str(error).splitlines()[0][:200] if str(error) else ''}")
        return False
    finally:
        close_all()


def main(argv: list[str] | None = None) -> int:
    run = parse_args(argv)
    started = time.perf_counter()
    failed = 0
    if "extract" in run.sections:
        failed += not attempt(run, "extraction", bench_extract)
    for size in run.sizes:
        if {"queries", "write", "app", "concurrency"} & set(run.sections):
            path = bench_database(run, size)
        if "queries" in run.sections:
            failed += not attempt(run, f"queries at {label(size)}", bench_queries, size, path)
        if "write" in run.sections:
            failed += not attempt(run, f"one write at {label(size)}", bench_write, size, path)
        if "csv_load" in run.sections:
            failed += not attempt(run, f"CSV load at {label(size)}", bench_csv_load, size)
        concurrent = "concurrency" in run.sections and size in concurrency_sizes(run)
        if "app" in run.sections or concurrent:
            failed += not attempt(run, f"the app at {label(size)}", bench_app, size, path)
    run.note(f"benchmark run took {time.perf_counter() - started:.0f} s")
    write_results(run, run.results, machine())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
