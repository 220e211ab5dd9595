"""Fetching web pages politely, once: robots.txt honoured, one request at a time with a pause
between two requests to the same host, retries with backoff, a timeout, a size cap, a
User-Agent naming the project, and a cache of every answer on disk.

A link fetched once (article, refusal or error page) is never requested again from the same
cache: a rerun of an ingest reads the cache, so a researcher can re-run a big link list after
fixing one thing without touching the sites again. `refetch_failed` asks again for the links
that failed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from stance import __version__
from stance.config import page_cache_path

USER_AGENT = (f"SanctionsStance/{__version__} (research tool; reads news articles for "
              "sanctions statements; one request at a time)")
MAX_PAGE_BYTES = 5 * 1024 * 1024


class FetchError(Exception):
    """A link that gave no page, with the reason in words (shown as `URL: reason`)."""


@dataclass(frozen=True)
class Page:
    """A fetched page: its final address, body and declared type."""

    url: str
    body: bytes
    content_type: str


@dataclass
class Politeness:
    """How the fetcher treats a site (the defaults suit public news sites)."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0
    retries: int = 2  # after the first try, on 5xx, 429, timeouts and dropped connections
    backoff: float = 2.0  # the first retry waits backoff seconds, then twice as long...
    max_bytes: int = MAX_PAGE_BYTES


@dataclass
class Fetcher:
    """Fetches pages one at a time through a disk cache (see the module)."""

    cache: Path = field(default_factory=page_cache_path)
    polite: Politeness = field(default_factory=Politeness)
    refetch_failed: bool = False
    requests: int = 0  # requests sent in this run (robots.txt included)
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        self._client = httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=True,
                                    timeout=self.polite.timeout)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # ---- the cache ------------------------------------------------------------------------
    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.cache / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _cached(self, url: str) -> Page | None:
        body, meta = self._paths(url)
        if not meta.is_file():
            return None
        record = json.loads(meta.read_text(encoding="utf-8"))
        if record.get("error"):
            if self.refetch_failed:
                return None
            raise FetchError(record["error"])
        return Page(record["url"], body.read_bytes(), record.get("content_type", ""))

    def _remember(self, url: str, page: Page | None, error: str | None) -> None:
        body, meta = self._paths(url)
        body.parent.mkdir(parents=True, exist_ok=True)
        if page is not None:
            _write_atomically(body, page.body)
        record = {"url": page.url if page else url, "requested": url, "error": error,
                  "content_type": page.content_type if page else "",
                  "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        _write_atomically(meta, json.dumps(record).encode("utf-8"))

    # ---- fetching -------------------------------------------------------------------------
    def fetch(self, url: str, obey_robots: bool = True) -> Page:
        """The page at `url`, from the cache or the site; FetchError says why not."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        try:
            if obey_robots and not self._allowed(url):
                raise FetchError("robots.txt of the site does not allow fetching this page")
            page = self._get(url)
        except FetchError as error:
            self._remember(url, None, str(error))
            raise
        self._remember(url, page, None)
        return page

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            rules = RobotFileParser()
            try:
                page = self.fetch(f"{site}/robots.txt", obey_robots=False)
                rules.parse(page.body.decode("utf-8", errors="replace").splitlines())
            except FetchError:
                rules.parse([])  # no robots.txt (or none readable): everything is allowed
            self._robots[site] = rules
        return self._robots[site].can_fetch(USER_AGENT, url)

    def _wait_turn(self, host: str) -> None:
        pause = self._last.get(host, 0.0) + self.polite.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last[host] = time.monotonic()

    def _get(self, url: str) -> Page:
        if self._client is None:
            raise RuntimeError("use the Fetcher in a with block")
        host = urlsplit(url).netloc
        for attempt in range(self.polite.retries + 1):
            if attempt:
                time.sleep(self.polite.backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                return self._once(url)
            except _Transient as error:
                if attempt == self.polite.retries:
                    raise FetchError(f"{error} (tried {attempt + 1} times)") from None
        raise AssertionError("unreachable")

    def _once(self, url: str) -> Page:
        assert self._client is not None
        self.requests += 1
        try:
            with self._client.stream(method="GET", url=url) as answer:
                if answer.status_code in (429,) or answer.status_code >= 500:
                    raise _Transient(f"the site answered {answer.status_code}")
                if answer.status_code >= 400:
                    raise FetchError(f"the site answered {answer.status_code} "
                                     f"({answer.reason_phrase or 'error'})")
                declared = int(answer.headers.get("content-length") or 0)
                if declared > self.polite.max_bytes:
                    raise FetchError(_too_big(declared, self.polite.max_bytes))
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.polite.max_bytes:
                        raise FetchError(_too_big(len(body), self.polite.max_bytes, more=True))
                return Page(str(answer.url), bytes(body),
                            answer.headers.get("content-type", ""))
        except httpx.TimeoutException:
            raise _Transient(f"no answer within {self.polite.timeout:g} s") from None
        except httpx.TransportError as error:
            raise _Transient(f"cannot reach the site ({type(error).__name__})") from None


class _Transient(Exception):
    """A failure worth another try."""


def _too_big(size: int, cap: int, more: bool = False) -> str:
    return (f"the page is {'over ' if more else ''}{size / 1024 / 1024:.1f} MB; pages may be at "
            f"most {cap / 1024 / 1024:.0f} MB")


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
