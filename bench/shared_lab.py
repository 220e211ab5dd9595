"""A shared lab database under load: people browsing the dashboard while a command ingests
articles into the same file (issue: the dashboard and the command line at once).

    python -m bench.shared_lab [--sessions 30] [--articles 200] [--think 2-5]

The app runs on a fresh sample database. `--sessions` simulated people (bench/sessions.py:
Streamlit's own protocol, no browser) arrive over the ramp and click through the chart pages
with think time; after the ramp, `python -m stance ingest` of `--articles` real documents
(UN speeches and White House statements from ../shared/corpus) starts on the same file. The
people go on until the command has exited (its write committed), then each person's next
step is the Overview, whose "Articles" count (articles with an on-topic statement) must be
the one a new visitor sees after the write, and differ from the one before: "within one
rerun". Figures: steps, page-time median and p95, errors, the command's duration and
whether it waited for the file, the share of people who saw the new count on that first step,
and the app's memory. Printed as JSON and appended to bench/results.jsonl.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench import sessions
from bench.browser import app_process, running_app
from bench.scale import CORPORA
from stance.config import ROOT, SHARED_CORPUS

BROWSED = ("", "countries", "officials", "outlets", "quotes", "statements")  # chart pages
RESULTS = Path(__file__).with_name("results.jsonl")


@dataclass
class Writer:
    """The command: when it started and ended, and what it said."""

    started: float = 0.0
    ended: float | None = None  # time.perf_counter() at exit: its commit is before this
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""

    @property
    def done(self) -> bool:
        return self.ended is not None


@dataclass
class Person:
    steps: list[sessions.Step] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seen_after_commit: str | None = None  # the Articles count of the first step after it


def writer_documents(count: int, folder: Path) -> Path:
    """`count` real documents (half from each corpus) copied into `folder`."""
    folder.mkdir(parents=True)
    for name in CORPORA:
        for path in sorted((SHARED_CORPUS / name).glob("*.txt"))[: count // len(CORPORA)]:
            shutil.copy(path, folder / f"{name}-{path.name}")
    return folder


async def person(url: str, index: int, think: tuple[float, float], writer: Writer,
                 result: Person, seed: int) -> None:
    """Browse the chart pages until the writer is done, then open the Overview once."""
    rng = random.Random(seed * 7919 + index)
    tab = sessions.Tab(url, 120.0)

    def record(action: str, run: sessions.Run) -> sessions.Run:
        result.steps.append(sessions.Step(action, sessions.location(run.page), run.seconds,
                                          run.problems, run.metrics(),
                                          time.perf_counter() - run.seconds))
        return run

    try:
        first = BROWSED[index % len(BROWSED)]
        await tab.load(sessions.location(first), assets=True)
        await tab.connect()
        record(f"open {sessions.location(first)}", await tab.open(first))
        step = 1
        while True:
            await asyncio.sleep(rng.uniform(*think))
            if writer.done:
                sent = time.perf_counter()
                run = record("overview after the write", await tab.switch_page(""))
                if sent >= writer.ended:
                    result.seen_after_commit = run.metrics().get("Articles")
                    return
                continue
            target = BROWSED[(index + step) % len(BROWSED)]
            record(f"visit {sessions.location(target)}", await tab.switch_page(target))
            step += 1
    except (sessions.StepFailed, OSError, httpx.HTTPError) as error:
        result.errors.append(f"person {index}: {type(error).__name__}: {error}")
    finally:
        await tab.close()


async def run_writer(command: list[str], writer: Writer) -> None:
    process = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    writer.started = time.perf_counter()
    out, err = await process.communicate()
    writer.ended = time.perf_counter()
    writer.returncode = process.returncode
    writer.stdout, writer.stderr = out.decode(), err.decode()


async def lab(url: str, db: Path, documents: Path, people: int, ramp: float,
              think: tuple[float, float], seed: int) -> tuple[list[Person], Writer, float]:
    writer = Writer()
    results = [Person() for _ in range(people)]

    async def arrive(index: int) -> None:
        await asyncio.sleep(ramp * index / max(people, 1))
        await person(url, index, think, writer, results[index], seed)

    started = time.perf_counter()
    tasks = [asyncio.create_task(arrive(i)) for i in range(people)]
    await asyncio.sleep(ramp)
    command = [sys.executable, "-m", "stance", "ingest", str(documents), "--dataset", "lab",
               "--db", str(db)]
    await run_writer(command, writer)
    await asyncio.wait(tasks, timeout=300)
    return results, writer, time.perf_counter() - started


async def overview_count(url: str) -> str | None:
    """The Overview's "Articles" count as a new visitor sees it."""
    tab = sessions.Tab(url, 120.0)
    try:
        await tab.connect()
        return (await tab.open("")).metrics().get("Articles")
    finally:
        await tab.close()


def articles_in(db: Path) -> int:
    done = subprocess.run([sys.executable, "-m", "stance", "sql",
                           "SELECT count(*) AS n FROM articles", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.shared_lab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--think", type=sessions.parse_think, default=sessions.DEFAULT_THINK)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not SHARED_CORPUS.is_dir():
        print(f"needs the corpora in {SHARED_CORPUS}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="stance-lab-"))
    try:
        db = work / "lab.duckdb"
        subprocess.run([sys.executable, "-m", "stance", "sample", "--db", str(db)], cwd=ROOT,
                       check=True, capture_output=True)
        documents = writer_documents(args.articles, work / "incoming")
        before = articles_in(db)
        with running_app(db) as url:
            app = app_process(url)
            shown_before = asyncio.run(overview_count(url))
            people, writer, wall = asyncio.run(
                lab(url, db, documents, args.sessions, args.ramp, args.think, args.seed))
            shown_after = asyncio.run(overview_count(url))
            app_rss = app.memory_info().rss
        after = articles_in(db)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    times = sorted(s.seconds for p in people for s in p.steps)
    errors = [e for p in people for e in p.errors + [x for s in p.steps for x in s.errors]]
    # the Overview counts articles with an on-topic statement: the new articles change it
    saw = sum(1 for p in people if p.seen_after_commit == shown_after != shown_before)
    figures = {
        "bench": "shared_lab", "sessions": args.sessions, "articles": args.articles,
        "steps": len(times), "errors": len(errors), "first_errors": errors[:5],
        "median_s": round(statistics.median(times), 3) if times else None,
        "p95_s": round(statistics.quantiles(times, n=100, method="inclusive")[94], 3)
        if len(times) > 1 else None,
        "max_s": round(times[-1], 3) if times else None,
        "writer_s": round((writer.ended or 0) - writer.started, 1),
        "writer_exit": writer.returncode, "writer_waited": "waiting for" in writer.stderr,
        "writer_said": writer.stdout.strip().splitlines()[-1:],
        "articles_before": before, "articles_after": after,
        "overview_articles_before": shown_before, "overview_articles_after": shown_after,
        "seen_after_commit": sorted({str(p.seen_after_commit) for p in people}),
        "saw_new_count_on_first_step_after_commit": f"{saw}/{args.sessions}",
        "app_rss_mb": round(app_rss / 1024 ** 2), "wall_s": round(wall, 1),
    }
    print(json.dumps(figures, indent=1))
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(json.dumps({**figures, "when": time.strftime("%Y-%m-%d %H:%M")}) + "\n")
    return 0 if not errors and writer.returncode == 0 and saw == args.sessions else 1


if __name__ == "__main__":
    sys.exit(main())
