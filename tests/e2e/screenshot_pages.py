"""Screenshots of every dashboard page, reproducibly: `python -m tests.e2e.screenshot_pages`.

Builds the sample database in a temporary folder, starts the real app on a free port, and
photographs each page at 1280x720, 1920x1080 and 390x844 (a phone), in normal and
presentation mode, with
Debian's Chromium. All shots go to docs/screenshots/all/ (git-ignored); the few used by the
README are copied to docs/screenshots/ (`--readme`).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image

from bench.browser import browser_page, running_app, wait_for_app
from stance.config import ROOT
from stance.pipeline import build_sample
from stance.store import close_all, open_database

OUT = ROOT / "docs" / "screenshots"
SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080), "390x844": (390, 844)}
PAGES = {  # name -> path and query (the sample has these countries and articles)
    "overview": "/?slide=2",  # presentation mode opens on the stance-by-country chart
    "countries": "/countries?country=RUS",
    "compare": "/countries?country=USA,RUS,CHN",
    "officials": "/officials",
    "outlets": "/outlets",
    "quotes": "/quotes",
    "statements": "/statements?country=RUS&stance=ease",
    "article": "/article",
    "analyze": "/analyze",
}
README = ["overview-1280x720", "compare-1920x1080", "statements-1280x720",
          "article-1280x720", "overview-present-1280x720", "quotes-1920x1080"]


def _first_article(url: str, page) -> str:
    """The article picker's first choice, so the Article shot shows a real text."""
    page.goto(f"{url}/article")
    wait_for_app(page)
    page.locator("[data-testid='stMain'] [data-testid='stSelectbox']").first.click()
    page.locator("[role='option']").first.click()
    page.wait_for_url(re.compile(r"article="))
    return page.url.split("?", 1)[1]


def shoot(url: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    taken = []
    for size, (width, height) in SIZES.items():
        with browser_page(width, height) as page:
            article_query = _first_article(url, page)
            for name, path in PAGES.items():
                if name == "article":
                    path = f"/article?{article_query}"
                for present in (False, True):
                    sep = "&" if "?" in path else "?"
                    page.goto(url + path + (f"{sep}present=1" if present else ""))
                    wait_for_app(page)
                    if present and width >= 1600:  # a big screen reloads once, larger
                        page.wait_for_url(re.compile(r"screen=large"))
                        wait_for_app(page)
                    page.wait_for_timeout(1200)  # plotly draws after the script finishes
                    file = out / f"{name}{'-present' if present else ''}-{size}.png"
                    page.screenshot(path=str(file))
                    taken.append(file)
    return taken


def shrink(source: Path, target: Path) -> None:
    """A small PNG for git: 256 colours (charts and text stay sharp), optimised."""
    with Image.open(source) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
            target, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true",
                        help="also copy the README's shots to docs/screenshots/")
    parser.add_argument("--db", type=Path, help="use this database instead of a fresh sample")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.duckdb"
        if args.db:
            shutil.copy(args.db, db)
        else:
            build_sample(open_database(db))
            close_all()
        with running_app(db) as url:
            taken = shoot(url, OUT / "all")
    print(f"{len(taken)} screenshots in {OUT / 'all'}")
    if args.readme:
        for name in README:
            shrink(OUT / "all" / f"{name}.png", OUT / f"{name}.png")
        print(f"README shots: {', '.join(README)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
