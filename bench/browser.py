"""The real app on a free port and Debian's Chromium driven by Playwright: the harness the
benchmarks, the browser tests (tests/conftest.py) and the screenshots share.

Chromium comes from Debian (`apt-get install chromium`), never from a browser download.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parent.parent

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-quic", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    """Debian's Chromium (/usr/bin/chromium), or None when it is not installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(db_path: Path, timeout: float = 90.0) -> Iterator[str]:
    """Start `streamlit run dashboard/app.py` on a free port against `db_path`; always stop it."""
    port = free_port()
    env = {**os.environ, "STANCE_DB": str(db_path), "PYTHONUNBUFFERED": "1"}
    log = db_path.with_suffix(f".{port}.log")
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    _app_pids[url] = proc.pid
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the app did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        _app_pids.pop(url, None)
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


_app_pids: dict[str, int] = {}  # url -> process id of each app running_app started


def app_process(url: str) -> psutil.Process:
    """The process of an app `running_app` started (its memory and CPU, its children)."""
    return psutil.Process(_app_pids[url])


class PeakMemory:
    """Samples the resident memory of the app and of its engine processes every `every`
    seconds, while the block runs: the largest of each."""

    def __init__(self, app: psutil.Process, every: float = 0.02):
        self.app, self.every = app, every
        self.app_peak = 0
        self.engine_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                self.app_peak = max(self.app_peak, self.app.memory_info().rss)
                for child in self.app.children(recursive=True):
                    self.engine_peak = max(self.engine_peak, child.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(self.every)


@contextmanager
def browser_page(width: int = 1280, height: int = 900,
                 color_scheme: str = "light") -> Iterator[Page]:
    """A fresh Playwright page in headless Debian Chromium (`color_scheme` "dark" for a
    browser set to dark mode)."""
    executable = chromium_path()
    if executable is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height},
                                    color_scheme=color_scheme)
            page.set_default_timeout(30_000)
            yield page
        finally:
            browser.close()


def wait_for_app(page, timeout: float = 60_000) -> None:
    """Wait until Streamlit has finished running the script and drawn everything."""
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout)
    page.wait_for_function("document.querySelectorAll('[data-testid=\"stSkeleton\"]').length"
                           " === 0", timeout=timeout)


def error_texts(page) -> list[str]:
    """Texts of Streamlit error and exception elements on the page (should be empty)."""
    return page.locator("[data-testid='stException'], [data-testid='stAlertContentError']"
                        ).all_inner_texts()
