"""A small hand-made database for query and dashboard tests: no spaCy, known answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from stance.models import Article, Statement
from stance.store import Database, load_extracted, open_database

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"

# A test value for every query parameter that is not a filter (see stance.filters.Filters).
# A new query with a new parameter adds it here, and test_queries runs it on the fixture.
QUERY_DEFAULTS: dict[str, object] = {
    "limit": 10, "offset": 0, "period": "month", "search": "%", "sort": "date",
    "descending": True, "min_articles": 1, "article": "0000000000000000",
    "statement_id": "00000000000000000000", "cluster": "we must keep pressure",
    "field": "stance", "rater_a": "machine", "rater_b": "ann", "all_datasets": True,
}


def _statement(article: Article, speaker: str, kind: str, country: str | None, stance: str,
               start: int, end: int, role: str | None = None, quote: str | None = None,
               target: str | None = "PRK") -> Statement:
    return Statement(
        article=article.name, speaker=speaker, speaker_type=kind, country=country, role=role,
        quote_type="direct" if quote else "indirect", quote=quote,
        sentence=article.text[start:end], start=start, end=end, stance=stance,
        stance_cue="called for" if stance != "neutral" else None, confidence=0.8, target=target,
    )


def fixture_items() -> list[tuple[Article, list[Statement]]]:
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


def build_fixture_db(path: Path) -> Database:
    db = open_database(path)
    load_extracted(db, fixture_items(), dataset="fixture", kind="articles",
                   extractor_version="fixture")
    return db
