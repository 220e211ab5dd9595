"""One person, one name on the Officials page, with the sample, the PolNeAR articles and UN
speeches whose metadata spell their speakers several ways (skipped without ../shared)."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from stance.filters import Filters
from stance.people import same_person
from stance.pipeline import build_sample, ingest, read_paths
from stance.store import open_database

# Speeches whose metadata write Lavrov, Makei and Turnbull in two or three ways
SPEECHES = ("RUS_67_2012", "RUS_73_2018", "RUS_77_2022", "BLR_68_2013", "BLR_73_2018",
            "BLR_75_2020", "AUS_71_2016")


@pytest.mark.slow
def test_no_official_appears_under_two_names(shared_corpus: Path, tmp_path: Path) -> None:
    db = open_database(tmp_path / "people.duckdb")
    build_sample(db)
    ingest(db, read_paths(sorted((shared_corpus / "polnear-sanctions").glob("*.txt")),
                          "polnear"), "polnear")
    ingest(db, read_paths([shared_corpus / "ungdc" / f"{name}.txt" for name in SPEECHES],
                          "un"), "un")
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
