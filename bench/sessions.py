"""Simulated people for the concurrency benchmark: Streamlit's own browser protocol, no browser.

What a browser showing a Streamlit app asks of the server is small: it GETs the page and the
assets index.html names (once), opens the websocket `/_stcore/stream`, and for every click sends
one BackMsg `rerun_script` (the URL's query string, the page, every widget's value); the server
runs the script and answers with ForwardMsgs (the page's elements as deltas, then
`script_finished`). `Tab` speaks that protocol with the installed streamlit's own protobuf
classes, and `run_sessions` runs many tabs as asyncio tasks in one process, so 30 people cost a
few CPU seconds instead of a Chromium renderer each (bench/README.md, "concurrency").

    python -m bench.sessions http://127.0.0.1:8501 --sessions 30 --think 2-5

A session opens one page, picks a country in the sidebar's "Speaker country" filter, then
moves to the next two pages through the sidebar's navigation.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import random
import ssl
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import psutil
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Element_pb2 import Element
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.RootContainer_pb2 import RootContainer
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SIDEBAR = RootContainer.SIDEBAR
COUNTRY_LABEL = "Speaker country"
DEFAULT_THINK = (2.0, 5.0)  # seconds a person reads a page before the next click
BROWSER_CONNECTIONS = 6  # parallel HTTP/1.1 connections a browser opens to one host
CONTEXT = {"timezone": "UTC", "timezone_offset": 0, "locale": "en-US", "is_embedded": False,
           "color_scheme": "light"}  # what the frontend says about the browser on every rerun


class StepFailed(Exception):
    """A step that could not finish: the socket closed, or no script_finished in time."""


@dataclass(frozen=True)
class Settings:
    """How the simulated people behave; `think` is the (low, high) seconds a person reads a
    page before the next click, drawn uniformly from a seeded generator ((0, 0): none). One
    country for everyone is a class told "pick Russia"; several make people miss the cache."""

    sessions: int = 30
    ramp: float = 10.0
    think: tuple[float, float] = DEFAULT_THINK
    step_timeout: float = 120.0
    total_timeout: float = 600.0
    assets: bool = True
    seed: int = 7
    countries: tuple[str, ...] = ("RUS",)  # session i picks countries[i % len(countries)]


@dataclass
class Widget:
    """A widget's value as the frontend holds it: the WidgetState field and the value."""

    kind: str
    value: Any
    root: int = 0
    forced: bool = False  # the script set this value (session state), so the frontend takes it


@dataclass
class Run:
    """What the server sent back for one rerun (ended by script_finished)."""

    page: str  # url path of the page st.navigation ran
    seconds: float
    elements: list[tuple[int, Element]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    query: str = ""

    def metrics(self) -> dict[str, str]:
        """st.metric values by label (the Overview's headline counts)."""
        return {e.metric.label: e.metric.body for _, e in self.elements
                if e.WhichOneof("type") == "metric"}

    def widget(self, kind: str, label: str, root: int | None = None) -> Element | None:
        """The first widget of that kind and label (in that root container, if given)."""
        for where, element in self.elements:
            if element.WhichOneof("type") == kind and getattr(element, kind).label == label \
                    and root in (None, where):
                return element
        return None


@dataclass
class Step:
    """One message a person sent and how long until its script_finished; `shown` holds the
    st.metric values the run drew (what the person read)."""

    action: str
    page: str
    seconds: float
    errors: list[str] = field(default_factory=list)
    shown: dict[str, str] = field(default_factory=dict)
    sent: float = 0.0  # time.perf_counter() when the message left


@dataclass
class SessionResult:
    """One simulated person: the steps done, and errors that ended the session early."""

    steps: list[Step] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fetch_seconds: float | None = None  # GET of the page and its assets

    def all_errors(self) -> list[str]:
        return [e for s in self.steps for e in s.errors] + self.errors


@dataclass
class LoadResult:
    """Every session of a run, the wall time, and the CPU seconds each side used."""

    sessions: list[SessionResult]
    wall: float
    generator_cpu: float
    app_cpu: float | None

    def times(self) -> list[float]:
        return [s.seconds for r in self.sessions for s in r.steps]

    def most_in_flight(self) -> int:
        """The most steps that were waiting for the app at the same moment."""
        edges = sorted((t, d) for r in self.sessions for s in r.steps
                       for t, d in ((s.sent + s.seconds, -1), (s.sent, 1)))
        live = most = 0
        for _, change in edges:
            live += change
            most = max(most, live)
        return most

    def errors(self) -> list[str]:
        return [e for r in self.sessions for e in r.all_errors()]

    def percentile(self, q: int) -> float | None:
        times = sorted(self.times())
        if not times:
            return None
        return float(statistics.quantiles(times, n=100, method="inclusive")[q - 1]) \
            if len(times) > 1 else times[0]


def initial_value(element: Element) -> Widget | None:
    """The value a widget registers with the frontend when it is drawn (None for widgets that
    register nothing until used: buttons, charts, tables). `set_value` means the script set
    it through session state; otherwise the widget starts at its default."""
    kind = element.WhichOneof("type")
    proto = getattr(element, kind) if kind else None
    forced = bool(getattr(proto, "set_value", False))
    if kind == "multiselect":
        value = list(proto.raw_values) if forced else [proto.options[i] for i in proto.default]
        return Widget("string_array_value", value, forced=forced)
    if kind == "date_input":
        return Widget("string_array_value", list(proto.value if forced else proto.default),
                      forced=forced)
    if kind == "checkbox":  # st.toggle too
        return Widget("bool_value", proto.value if forced else proto.default, forced=forced)
    if kind == "selectbox":
        if forced:
            return Widget("string_value", proto.raw_value, forced=True)
        if proto.HasField("default") and 0 <= proto.default < len(proto.options):
            return Widget("string_value", proto.options[proto.default])
        return None
    if kind == "number_input":
        if not (forced or proto.HasField("default")):
            return None
        number = proto.value if forced else proto.default
        if proto.data_type == NumberInput.INT:
            return Widget("int_value", int(number), forced=forced)
        return Widget("double_value", number, forced=forced)
    if kind in ("text_input", "text_area"):
        return Widget("string_value", proto.value if forced else proto.default, forced=forced)
    return None


def problems_in(element: Element) -> list[str]:
    """An exception element or an error alert (st.exception, st.error, uncaught errors)."""
    kind = element.WhichOneof("type")
    if kind == "exception":
        return [f"exception: {element.exception.type}: {element.exception.message[:160]}"]
    if kind == "alert" and element.alert.format == Alert.ERROR:
        return [f"error alert: {element.alert.body[:160]}"]
    return []


class _AssetLinks(HTMLParser):
    """The script, stylesheet, module-preload, font-preload and icon URLs of index.html."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        url = found.get("src") if tag == "script" else found.get("href") if tag == "link" \
            else None
        if url and (tag == "script" or found.get("rel") in (
                "stylesheet", "modulepreload", "preload", "shortcut icon", "icon")):
            self.links.append(url)


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every tab (never used on http://127.0.0.1, but httpx makes one per
    client otherwise, 30 ms of CPU each)."""
    return ssl.create_default_context()


def local_url(url: str) -> str:
    """The URL without a trailing slash; refuses anything but this machine (127.0.0.1)."""
    host = urlsplit(url).hostname
    if host not in LOCAL_HOSTS:
        raise ValueError(f"the load generator only talks to this machine, not {host!r}")
    return url.rstrip("/")


class Tab:
    """One browser tab on the app: cookies, the websocket, the widget values the frontend
    holds, the URL's query string and the frontend's message cache (large elements the
    server may send as a reference to a copy the tab already has)."""

    def __init__(self, base_url: str, timeout: float = 120.0) -> None:
        self.base = local_url(base_url)
        self.timeout = timeout
        self.http = httpx.AsyncClient(trust_env=False, timeout=timeout, verify=_tls(),
                                      limits=httpx.Limits(max_connections=BROWSER_CONNECTIONS))
        self.ws: ClientConnection | None = None
        self.widgets: dict[str, Widget] = {}
        self.query = ""
        self.page = ""
        self.pages: dict[str, str] = {}  # url path -> page_script_hash (from st.navigation)
        self._cache: dict[str, tuple[ForwardMsg, int]] = {}  # hash -> (message, last run)
        self.references = 0  # messages the server sent as a reference to the tab's copy
        self._runs = 0
        self._max_age = 2

    async def load(self, path: str = "/", assets: bool = True) -> float:
        """GET the page (and, like a browser with an empty cache, every asset index.html
        names, six at a time), then the health and host-config checks the frontend makes
        before it opens the websocket. Returns the seconds it took."""
        started = time.perf_counter()
        page = await self._get(self.base + path)
        if assets:
            parser = _AssetLinks()
            parser.feed(page.text)
            urls = [urljoin(self.base + "/", link) for link in dict.fromkeys(parser.links)]
            queue = [u for u in urls if u.startswith(self.base)][::-1]

            async def connection() -> None:  # one of the browser's connections, in turn
                while queue:
                    await self._get(queue.pop())

            await asyncio.gather(*[connection() for _ in range(BROWSER_CONNECTIONS)])
        await self._get(self.base + "/_stcore/health")
        await self._get(self.base + "/_stcore/host-config")
        return time.perf_counter() - started

    async def _get(self, url: str) -> httpx.Response:
        response = await self.http.get(url)
        if response.status_code != 200:
            raise StepFailed(f"GET {url}: HTTP {response.status_code}")
        return response

    async def connect(self) -> None:
        """Open /_stcore/stream as the frontend does: subprotocol `streamlit`, then the
        XSRF cookie's token, with the page's origin and cookies."""
        token = self.http.cookies.get("_streamlit_xsrf") or "PLACEHOLDER_AUTH_TOKEN"
        cookies = "; ".join(f"{k}={v}" for k, v in self.http.cookies.items())
        self.ws = await connect(
            "ws" + self.base.removeprefix("http") + "/_stcore/stream",
            subprotocols=["streamlit", token], origin=self.base, proxy=None,
            additional_headers={"Cookie": cookies} if cookies else None,
            max_size=None, open_timeout=self.timeout, ping_interval=None)

    async def open(self, url_path: str = "", query: str = "") -> Run:
        """The first run of a freshly loaded page `/url_path?query` (no widgets yet)."""
        self.query = query
        return await self._rerun(page_hash="", page_name=url_path, widgets=WidgetStates())

    async def set_widget(self, widget_id: str, value: Any) -> Run:
        """A person changes one widget: the frontend sends every widget's value."""
        self.widgets[widget_id].value = value
        return await self._rerun(page_hash=self.pages.get(self.page, ""), page_name="",
                                 widgets=self._states(self.widgets))

    async def switch_page(self, url_path: str) -> Run:
        """A click in the sidebar navigation: the page's hash, an empty query string (the app
        writes its filters back), and only the sidebar's widgets (the page's are gone)."""
        if url_path not in self.pages:
            raise StepFailed(f"no page {url_path!r} in the navigation ({sorted(self.pages)})")
        self.query = ""
        kept = {k: w for k, w in self.widgets.items() if w.root == SIDEBAR}
        run = await self._rerun(page_hash=self.pages[url_path], page_name="",
                                widgets=self._states(kept))
        if run.page != url_path:
            run.problems.append(f"asked for page {url_path!r}, the app ran {run.page!r}")
        return run

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        await self.http.aclose()

    @staticmethod
    def _states(widgets: dict[str, Widget]) -> WidgetStates:
        states = WidgetStates()
        for widget_id, widget in widgets.items():
            state = WidgetState(id=widget_id)
            if widget.kind == "string_array_value":
                state.string_array_value.data.extend(widget.value)
            else:
                setattr(state, widget.kind, widget.value)
            states.widgets.append(state)
        return states

    async def _rerun(self, *, page_hash: str, page_name: str, widgets: WidgetStates) -> Run:
        """Send one rerun_script and read until its script_finished (a run the script itself
        restarts, FINISHED_EARLY_FOR_RERUN, continues into the next one)."""
        if self.ws is None:
            raise StepFailed("not connected")
        message = self._rerun_message(page_hash, page_name, widgets)
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        run = Run(page=self.page, seconds=0.0)
        seen: dict[str, Widget] = {}
        deadline = started + self.timeout
        finished = False
        while not finished:
            try:
                raw = await asyncio.wait_for(self.ws.recv(), deadline - time.perf_counter())
            except TimeoutError as error:
                raise StepFailed(f"no script_finished within {self.timeout:.0f} s") from error
            except ConnectionClosed as error:
                raise StepFailed(f"the app closed the connection ({error.rcvd})") from error
            finished = self._take(self._resolve(raw, run), run, seen)
        run.seconds = time.perf_counter() - started
        self.page = run.page
        self.widgets = {k: self.widgets[k] if self._kept(k, w) else w for k, w in seen.items()}
        run.query = self.query
        return run

    def _rerun_message(self, page_hash: str, page_name: str, widgets: WidgetStates) -> BackMsg:
        message = BackMsg()
        rerun = message.rerun_script
        rerun.query_string = self.query
        rerun.page_script_hash = page_hash
        rerun.page_name = page_name
        rerun.widget_states.CopyFrom(widgets)
        rerun.cached_message_hashes.extend(self._cache)
        rerun.context_info.url = f"{self.base}/{page_name or self.page}"
        for key, value in CONTEXT.items():
            setattr(rerun.context_info, key, value)
        return message

    def _take(self, msg: ForwardMsg, run: Run, seen: dict[str, Widget]) -> bool:
        """Take in one message of a rerun; True when it ends the run."""
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self._max_age = msg.new_session.config.max_cached_message_age or self._max_age
        elif kind == "navigation":
            self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
            run.page = next((p for p, h in self.pages.items()
                             if h == msg.navigation.page_script_hash), "")
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "page_not_found":
            run.problems.append(f"page not found: {msg.page_not_found.page_name!r}")
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._element(msg, run, seen)
        elif kind == "script_finished":
            return self._finished(msg.script_finished, run)
        return False

    @staticmethod
    def _element(msg: ForwardMsg, run: Run, seen: dict[str, Widget]) -> None:
        root = msg.metadata.delta_path[0] if msg.metadata.delta_path else 0
        element = msg.delta.new_element
        run.elements.append((root, element))
        run.problems += problems_in(element)
        found = initial_value(element)
        if found is not None:
            found.root = root
            seen[getattr(element, element.WhichOneof("type")).id] = found

    def _finished(self, status: int, run: Run) -> bool:
        """A script_finished: the end of the run, unless the script restarts itself."""
        self._age_cache()
        if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            return False
        if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
            run.problems.append("the script did not compile")
        return True

    def _kept(self, widget_id: str, fresh: Widget) -> bool:
        """A widget drawn again keeps the value the person gave it unless the script set one."""
        held = self.widgets.get(widget_id)
        return held is not None and held.kind == fresh.kind and not fresh.forced

    def _resolve(self, raw: bytes | str, run: Run) -> ForwardMsg:
        """Parse a ForwardMsg; keep cacheable ones, and replace a reference by the copy kept
        (the frontend's ForwardMsgCache)."""
        msg = ForwardMsg()
        msg.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
        if msg.WhichOneof("type") == "ref_hash":
            kept = self._cache.get(msg.ref_hash)
            if kept is None:
                run.problems.append(f"the app referred to a message never sent ({msg.ref_hash})")
                return msg
            full = ForwardMsg()
            full.CopyFrom(kept[0])
            full.metadata.CopyFrom(msg.metadata)
            self._cache[msg.ref_hash] = (kept[0], self._runs)
            self.references += 1
            return full
        if msg.metadata.cacheable:
            self._cache[msg.hash] = (msg, self._runs)
        return msg

    def _age_cache(self) -> None:
        """Forget messages not used in the last `max_cached_message_age` runs."""
        self._runs += 1
        self._cache = {h: (m, used) for h, (m, used) in self._cache.items()
                       if self._runs - used <= self._max_age}


# ---- sessions ---------------------------------------------------------------------------

async def page_paths(base_url: str, timeout: float = 120.0) -> list[str]:
    """The app's pages in navigation order (read from st.navigation's message)."""
    tab = Tab(base_url, timeout)
    try:
        await tab.connect()
        await tab.open()
        return list(tab.pages)
    finally:
        await tab.close()


def location(url_path: str) -> str:
    """The URL path a page is served at ("" is the default page, at /)."""
    return f"/{url_path}"


async def pick_country(tab: Tab, run: Run, country: str) -> Run:
    """Choose `country` (ISO3) in the sidebar's Speaker country filter, as a person who types
    its name and presses Enter: the widget's value becomes that one option."""
    box = run.widget("multiselect", COUNTRY_LABEL, SIDEBAR)
    if box is None:
        raise StepFailed(f"no {COUNTRY_LABEL!r} filter in the sidebar of {run.page!r}")
    options = [o for o in box.multiselect.options if o.endswith(f"({country})")]
    if not options:
        raise StepFailed(f"{country} is not among the {len(box.multiselect.options)} "
                         "speaker countries offered")
    return await tab.set_widget(box.multiselect.id, [options[0]])


async def session(base_url: str, pages: Sequence[str], index: int, settings: Settings,
                  result: SessionResult) -> None:
    """One person: open page `index`, pick a country, then the next two pages; think time
    before every step after the first. Steps fill `result` as they finish."""
    rng = random.Random(settings.seed * 100_003 + index)
    tab = Tab(base_url, settings.step_timeout)
    first = pages[index % len(pages)]

    def record(action: str, run: Run) -> Run:
        result.steps.append(Step(action, location(run.page), run.seconds, run.problems,
                                 run.metrics(), time.perf_counter() - run.seconds))
        return run

    async def think() -> None:
        low, high = settings.think
        if high > 0:
            await asyncio.sleep(rng.uniform(low, high))

    try:
        result.fetch_seconds = await tab.load(location(first), settings.assets)
        await tab.connect()
        run = record(f"open {location(first)}", await tab.open(first))
        await think()
        country = settings.countries[index % len(settings.countries)]
        record(f"pick {country}", await pick_country(tab, run, country))
        for step in (1, 2):
            await think()
            target = pages[(index + step) % len(pages)]
            record(f"visit {location(target)}", await tab.switch_page(target))
    except (StepFailed, OSError, httpx.HTTPError) as error:
        result.errors.append(f"session {index}: {type(error).__name__}: {error}")
    finally:
        with contextlib.suppress(OSError, httpx.HTTPError):
            await tab.close()


def _cpu(process: psutil.Process | None) -> float | None:
    if process is None:
        return None
    times = process.cpu_times()
    return times.user + times.system


async def run_sessions(base_url: str, settings: Settings, pages: Sequence[str] | None = None,
                       app: psutil.Process | None = None,
                       one_at_a_time: bool = False) -> LoadResult:
    """`settings.sessions` people arriving evenly over `settings.ramp` seconds (or each when the
    one before has finished), all bounded by `settings.total_timeout` (a session still going
    then counts as an error). Session i starts on page i, so as many sessions as pages, one at
    a time and without think time, open every page unfiltered and filtered once. CPU seconds
    are those of this process (the load generator) and of `app` during the run."""
    pages = list(pages or await page_paths(base_url, settings.step_timeout))
    results = [SessionResult() for _ in range(settings.sessions)]
    finished = [asyncio.Event() for _ in range(settings.sessions)]

    async def arrive(i: int) -> None:
        if not one_at_a_time:
            await asyncio.sleep(settings.ramp * i / max(settings.sessions, 1))
        elif i:
            await finished[i - 1].wait()
        try:
            await session(base_url, pages, i, settings, results[i])
        finally:
            finished[i].set()

    me = psutil.Process()
    cpu_before = (_cpu(me), _cpu(app))
    started = time.perf_counter()
    tasks = [asyncio.create_task(arrive(i)) for i in range(settings.sessions)]
    _, pending = await asyncio.wait(tasks, timeout=settings.total_timeout)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    wall = time.perf_counter() - started
    for i, task in enumerate(tasks):
        if task in pending:
            results[i].errors.append(f"session {i}: not done within {settings.total_timeout:.0f} s")
    app_cpu = _cpu(app)
    return LoadResult(results, wall, _cpu(me) - cpu_before[0],
                      None if app_cpu is None else app_cpu - cpu_before[1])


# ---- command line -----------------------------------------------------------------------

def parse_think(text: str) -> tuple[float, float]:
    """`2-5` (uniform 2 to 5 s), `3` (always 3 s) or `0` (no think time)."""
    low, _, high = text.partition("-")
    pair = (float(low), float(high or low))
    if pair[0] < 0 or pair[1] < pair[0]:
        raise argparse.ArgumentTypeError(f"think time {text!r}: want LOW-HIGH seconds with "
                                         "0 <= LOW <= HIGH")
    return pair


def summary(result: LoadResult) -> dict[str, Any]:
    """The figures of a run, for printing."""
    times = result.times()
    return {"sessions": len(result.sessions), "steps": len(times),
            "p95_s": result.percentile(95), "median_s": statistics.median(times) if times else None,
            "errors": len(result.errors()), "first_errors": result.errors()[:5],
            "most_in_flight": result.most_in_flight(),
            "wall_s": round(result.wall, 1), "generator_cpu_s": round(result.generator_cpu, 2),
            "app_cpu_s": None if result.app_cpu is None else round(result.app_cpu, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sessions", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", help="the running app, e.g. http://127.0.0.1:8501")
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which they arrive")
    parser.add_argument("--think", type=parse_think, default=DEFAULT_THINK,
                        help="seconds between steps: LOW-HIGH (default 2-5) or 0")
    parser.add_argument("--no-assets", action="store_true",
                        help="skip the GET of the static assets index.html names")
    parser.add_argument("--countries", default="RUS",
                        help="speaker countries to pick, ISO3, comma-separated: session i picks "
                             "the i-th (in turn); default RUS")
    parser.add_argument("--timeout", type=float, default=600.0, help="bound on the whole run")
    parser.add_argument("--app-pid", type=int, help="the app's process, for its CPU seconds")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    settings = Settings(args.sessions, args.ramp, args.think, total_timeout=args.timeout,
                        assets=not args.no_assets, seed=args.seed,
                        countries=tuple(args.countries.upper().split(",")))
    app = psutil.Process(args.app_pid) if args.app_pid else None
    result = asyncio.run(run_sessions(args.url, settings, app=app))
    print(json.dumps(summary(result), indent=1))
    return 1 if result.errors() else 0


if __name__ == "__main__":
    sys.exit(main())
