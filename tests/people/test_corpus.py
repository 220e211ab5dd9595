"""Issue 13's corpus checks, with the sample, the PolNeAR articles and UN speeches whose
metadata spell their speakers several ways (skipped without ../shared): one person, one name on
the Officials page; every PolNeAR article dated and sourced; no year-only speech shown as its
1 January."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from stance.dates import sortable_date
from stance.filters import Filters
from stance.people import same_person
from stance.pipeline import build_sample, ingest, read_paths
from stance.store import open_database

# 20 speeches: those whose metadata write Lavrov, Makei and Turnbull in two or three ways,
# and the first 13 others
VARIANTS = ("RUS_67_2012", "RUS_73_2018", "RUS_77_2022", "BLR_68_2013", "BLR_73_2018",
            "BLR_75_2020", "AUS_71_2016")


@pytest.mark.slow
def test_no_official_appears_under_two_names(shared_corpus: Path, tmp_path: Path) -> None:
    db = open_database(tmp_path / "people.duckdb")
    build_sample(db)
    ingest(db, read_paths(sorted((shared_corpus / "polnear-sanctions").glob("*.txt")),
                          "polnear"), "polnear")
    speeches = [shared_corpus / "ungdc" / f"{name}.txt" for name in VARIANTS]
    speeches += [p for p in sorted((shared_corpus / "ungdc").glob("*.txt"))
                 if p not in speeches][:13]
    ingest(db, read_paths(speeches, "un"), "un")
    table = db.query("officials_table", **Filters(all_topics=True).params(
        limit=1000, offset=0, sort="name"))
    names = table["speaker"].tolist()
    assert len(names) > 100
    for surname in ("Lavrov", "Trump", "Ban Ki", "Makei", "Turnbull"):
        found = [n for n in names if surname in n]
        assert len(found) == 1, (surname, found)
    assert not any(" - " in name or name.startswith(("Mr.", "Ms.", "H.E.")) for name in names)
    pairs = [(a, b) for a, b in combinations(names, 2) if same_person(a, b)]
    assert pairs == []
    articles = db.query("article_list", **Filters(all_topics=True, dataset=("polnear",)).params(
        search="%", limit=100))
    assert len(articles) >= 20 and articles["outlet"].notna().all()
    assert articles["published"].notna().all() and set(articles["date_precision"]) == {"day"}
    speeches = db.query("statements_page", **Filters(all_topics=True, dataset=("un",)).params(
        search="%", sort="date", descending=True, limit=1000, offset=0, min_confidence=0.0))
    shown = {sortable_date(d, p) for d, p in zip(speeches["date"], speeches["date_precision"],
                                                 strict=True)}
    assert shown and all(len(when) == 4 for when in shown)  # years, never 1 January
    assert set(speeches["outlet"]) == {"UN General Debate"}
