"""Links, link lists and feeds, served from a local HTTP server (127.0.0.1, started by the
test; nothing leaves the machine): robots.txt, broken links, oversized pages, the cache."""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from stance import pipeline
from stance.ingest.links import is_url_list, link_table_columns, read_link_file
from stance.ingest.web import Fetcher, Politeness
from tests.ingest.pages.make_pages import BODIES, page

NAMES = sorted(BODIES)
BIG = 300_000  # bytes of the oversized page; the test's cap is 200,000


def article_page(number: int) -> str:
    headline, when, site, paragraphs = BODIES[NAMES[number % len(NAMES)]]
    return page(number, f"{headline} ({number})", when, site,
                [*paragraphs, f"This is report number {number} of the series."])


class Site:
    """A news site on 127.0.0.1 that counts every request."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.pages: dict[str, tuple[int, str, bytes]] = {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.hits[self.path] += 1
                status, kind, body = site.pages.get(self.path, (404, "text/plain", b"gone"))
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, path: str, body: str | bytes, status: int = 200,
            kind: str = "text/html; charset=utf-8") -> str:
        self.pages[path] = (status, kind, body.encode("utf-8") if isinstance(body, str)
                            else body)
        return self.base + path


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetcher(cache: Path) -> Fetcher:
    return Fetcher(cache=cache, polite=Politeness(delay=0.0, retries=1, backoff=0.01,
                                                  timeout=5.0, max_bytes=200_000))


def test_fifty_links_five_broken(site: Site, tmp_path: Path) -> None:
    urls = [site.add(f"/news/{n}.html", article_page(n)) for n in range(45)]
    urls += [site.base + "/news/missing.html",  # 404
             site.add("/news/down.html", "busy", status=503),  # stays 5xx after retries
             f"http://127.0.0.1:{_closed_port()}/news/refused.html",  # nothing listens
             site.add("/private/secret.html", article_page(1)),  # robots.txt says no
             site.add("/news/huge.html", "<html><body><p>" + "word " * (BIG // 5)
                      + "</p></body></html>")]
    listing = tmp_path / "links.urls"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    links = pipeline.links_in([listing])
    assert len(links) == 50
    with _fetcher(tmp_path / "cache") as fetcher:
        done = pipeline.fetch_links(links, fetcher, "web")
    assert len(done.articles) == 45
    reasons = {link.url.rsplit("/", 1)[-1]: reason for link, reason in done.failed}
    assert set(reasons) == {"missing.html", "down.html", "refused.html", "secret.html",
                            "huge.html"}
    assert "404" in reasons["missing.html"] and "503" in reasons["down.html"]
    assert "robots.txt" in reasons["secret.html"] and "MB" in reasons["huge.html"]
    assert "cannot reach" in reasons["refused.html"]
    assert site.hits["/news/down.html"] == 2  # one retry
    assert site.hits["/private/secret.html"] == 0  # never asked for
    first = done.articles[0]
    assert first.url == urls[0] and "report number 0" in first.text
    assert "cookies" not in first.text.lower()
    before = sum(site.hits.values())
    with _fetcher(tmp_path / "cache") as again:
        rerun = pipeline.fetch_links(links, again, "web")
    assert sum(site.hits.values()) == before and again.requests == 0  # all from the cache
    assert len(rerun.articles) == 45 and len(rerun.failed) == 5


def test_media_cloud_and_gdelt_exports(site: Site, tmp_path: Path) -> None:
    one, two = (site.add(f"/a/{n}.html", article_page(n)) for n in (2, 3))
    media_cloud = tmp_path / "mc.csv"
    media_cloud.write_text("stories_id,publish_date,title,url,language,media_name\n"
                           f"1,2019-04-22 10:00:00,Listed title,{one},en,Listed Outlet\n",
                           encoding="utf-8")
    gdelt = tmp_path / "gdelt.csv"
    gdelt.write_text("GKGRECORDID,DATE,SourceCommonName,DocumentIdentifier\n"
                     f"x,20190423143000,gdelt.example,{two}\n", encoding="utf-8")
    assert link_table_columns(media_cloud) and link_table_columns(gdelt)
    assert pipeline.is_link_source(media_cloud) and pipeline.is_link_source(gdelt)
    with _fetcher(tmp_path / "cache") as fetcher:
        done = pipeline.fetch_links(pipeline.links_in([media_cloud, gdelt]), fetcher, "web")
    listed, from_gdelt = done.articles
    assert (listed.title, str(listed.published), listed.source) == (
        "Listed title", "2019-04-22", "Listed Outlet")  # the list wins over the page
    assert (str(from_gdelt.published), from_gdelt.source) == ("2019-04-23", "gdelt.example")


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry news</title>
<item><title>Statement one</title><link>{one}</link>
<pubDate>Mon, 03 Jun 2019 10:00:00 GMT</pubDate></item>
<item><title>Statement two</title><link>{two}</link></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Outlet feed</title><entry><title>Atom story</title><link href="{one}"/>
<updated>2020-02-01T08:00:00Z</updated><id>x</id></entry></feed>"""


def test_rss_and_atom_feeds_by_address_and_file(site: Site, tmp_path: Path) -> None:
    one, two = (site.add(f"/f/{n}.html", article_page(n)) for n in (4, 5))
    rss = site.add("/feed.rss", RSS.format(one=one, two=two), kind="application/rss+xml")
    atom = tmp_path / "outlet.atom"
    atom.write_text(ATOM.format(one=one), encoding="utf-8")
    with _fetcher(tmp_path / "cache") as fetcher:
        done = pipeline.fetch_links(pipeline.links_in([rss, atom]), fetcher, "web")
    assert [a.title for a in done.articles] == ["Statement one", "Statement two", "Atom story"]
    assert str(done.articles[0].published) == "2019-06-03"
    assert done.articles[0].source == "Ministry news"
    assert str(done.articles[2].published) == "2020-02-01"


def test_what_counts_as_a_link_list(tmp_path: Path) -> None:
    urls = tmp_path / "list.txt"
    urls.write_text("# my links\nhttps://a.example/1\n\nhttp://b.example/2\n", encoding="utf-8")
    prose = tmp_path / "article.txt"
    prose.write_text("Read more at https://a.example/1 about sanctions.\n", encoding="utf-8")
    articles = tmp_path / "articles.csv"
    articles.write_text("url,text\nhttps://a.example/1,China urged easing.\n", encoding="utf-8")
    assert is_url_list(urls) and not is_url_list(prose)
    assert [link.url for link in read_link_file(urls)] == ["https://a.example/1",
                                                           "http://b.example/2"]
    assert not pipeline.is_link_source(articles)  # a table of articles, read as before
    bad = tmp_path / "bad.csv"
    bad.write_text("url,title\njavascript:alert(1),x\n", encoding="utf-8")
    with pytest.raises(Exception, match="bad.csv row 2.*not an http"):
        pipeline.links_in([bad])


@pytest.mark.slow
def test_cli_ingests_links_and_lists_failures(site: Site, tmp_path: Path, run_cli) -> None:
    good = site.add("/c/1.html", article_page(0))
    listing = tmp_path / "links.urls"
    listing.write_text(f"{good}\n{site.base}/c/missing.html\n", encoding="utf-8")
    db = tmp_path / "links.duckdb"
    done = run_cli("ingest", str(listing), "--dataset", "web", "--db", str(db),
                   "--cache", str(tmp_path / "cache"), "--delay", "0")
    assert done.returncode == 0, done.stderr
    assert "missing.html: the site answered 404" in done.stderr
    assert "1 article(s) added" in done.stdout
    nothing = run_cli("ingest", f"{site.base}/c/missing.html", "--db", str(db),
                      "--cache", str(tmp_path / "cache2"), "--delay", "0")
    assert nothing.returncode == 2 and "no link gave an article" in nothing.stderr
