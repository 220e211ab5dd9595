"""People resolved across articles in the store: every write gives each new person name its
canonical name; decisions in the merges file survive a rebuild; corrections still win."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stance import merges
from stance.corrections import correct
from stance.filters import Filters
from stance.models import Article, Statement
from stance.store import open_database
from stance.upload import STATEMENTS, open_upload


def _said(article: Article, speaker: str, country: str | None = None,
          official_id: str | None = None) -> Statement:
    return Statement(article=article.name, speaker=speaker, speaker_type="person",
                     country=country, role=None, quote_type="indirect", quote=None,
                     sentence=article.text, start=0, end=len(article.text), stance="tighten",
                     stance_cue="demanded", confidence=0.8, target="PRK",
                     official_id=official_id)


def _items(*speakers: tuple[str, str | None, str | None]) -> list:
    items = []
    for number, (speaker, country, official_id) in enumerate(speakers):
        article = Article(name=f"a{number}.txt", source="Wire", published=date(2018, 1, 1 + number),
                          text=f"{speaker} demanded tougher sanctions (report {number}).")
        items.append((article, [_said(article, speaker, country, official_id)]))
    return items


def _people(db) -> dict[str, int]:
    table = db.query("officials_table", **Filters().params(limit=50, offset=0, sort="name"))
    return dict(zip(table["speaker"], table["statements"], strict=True))


@pytest.fixture(autouse=True)
def _own_decisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "people_merges.csv"
    monkeypatch.setenv("STANCE_PEOPLE_MERGES", str(path))
    return path


def test_spellings_of_one_person_are_one_row(store_items, empty_db) -> None:
    store_items(empty_db, _items(
        ("Mr. Sergey Lavrov", "RUS", None), ("Sergei Lavrov", "RUS", "ru-lavrov"),
        ("Ban Ki - moon", None, None), ("Ban Ki-moon", None, "un-ban"),
        ("Donald J. Trump", "USA", None), ("Donald Trump", "USA", None),
        ("Mr. Malcolm Turnbull", "AUS", None), ("Malcolm Turnbull", "AUS", None),
        ("Kofi Anan", None, None), ("Kofi Annan", None, "un-annan"),
    ), "news")
    people = _people(empty_db)
    assert people == {"Ban Ki-moon": 2, "Donald Trump": 2, "Kofi Annan": 2,
                      "Malcolm Turnbull": 2, "Sergei Lavrov": 2}


def test_a_later_load_joins_the_names_already_stored(store_items, empty_db) -> None:
    store_items(empty_db, _items(("Vladimir Makei", "BLR", None)), "one")
    store_items(empty_db, _items(("Mr. Vladamir Makei", "BLR", None),
                                 ("Adam B. Schiff", "USA", None)), "two")
    assert _people(empty_db) == {"Vladimir Makei": 2, "Adam B. Schiff": 1}


def test_a_coded_upload_joins_the_names_already_stored(store_items, empty_db,
                                                      tmp_path: Path) -> None:
    """An upload records the person names it writes (touch_upload.sql): the resolution after
    it looks there, not at the statements table."""
    store_items(empty_db, _items(("Vladimir Makei", "BLR", None)), "one")
    path = tmp_path / "coded.csv"
    path.write_text("speaker,speaker_type,country,stance,quote\n"
                    "Mr. Vladamir Makei,person,BLR,tighten,We will not bend\n"
                    "Adam B. Schiff,person,USA,tighten,They must pay\n")
    with open_upload(path, empty_db) as upload:
        upload.validate(STATEMENTS)
        upload.store_statements("coded")
    assert _people(empty_db) == {"Vladimir Makei": 2, "Adam B. Schiff": 1}


def test_two_middle_initials_never_meet_through_a_bare_name(store_items, empty_db) -> None:
    store_items(empty_db, _items(("Ann Roe", "USA", None), ("Ann B. Roe", "USA", None)), "one")
    store_items(empty_db, _items(("Ann C. Roe", "USA", None)), "two")  # a later load too
    assert _people(empty_db) == {"Ann Roe": 2, "Ann C. Roe": 1}


def test_different_people_stay_apart(store_items, empty_db) -> None:
    store_items(empty_db, _items(
        ("Bill Clinton", "USA", None), ("Hillary Clinton", "USA", None),
        ("Kim Jong Un", "PRK", None), ("Kim Jong Il", "PRK", None),
        ("George W. Bush", "USA", None), ("George H. W. Bush", "USA", None),
        ("Vladimir Makai", "RUS", None), ("Vladimir Makei", "BLR", None),
    ), "news")
    assert len(_people(empty_db)) == 8  # the last pair: alike, but two countries


def test_merge_and_keep_apart_hold_for_a_rebuilt_database(store_items, tmp_path,
                                                          _own_decisions) -> None:
    items = [("Abe Shinzo", "JPN", None), ("Shinzo Abe", "JPN", None),
             ("Kelly Craft", "USA", None), ("Kelli Craft", "USA", None)]
    db = open_database(tmp_path / "first.duckdb")
    store_items(db, _items(*items), "news")
    assert _people(db) == {"Abe Shinzo": 1, "Shinzo Abe": 1, "Kelli Craft": 2}
    assert merges.merge(db, "Abe Shinzo", "Shinzo Abe") == 1
    merges.keep_apart("Kelly Craft", "Kelli Craft")
    assert _people(db) == {"Shinzo Abe": 2, "Kelli Craft": 2}  # the merge, at once
    text = _own_decisions.read_text(encoding="utf-8")
    assert "Abe Shinzo,Shinzo Abe,same" in text and "Kelly Craft,Kelli Craft,distinct" in text
    rebuilt = open_database(tmp_path / "second.duckdb")
    store_items(rebuilt, _items(*items), "news")
    assert _people(rebuilt) == {"Shinzo Abe": 2, "Kelly Craft": 1, "Kelli Craft": 1}


def test_a_corrected_speaker_still_wins(store_items, empty_db) -> None:
    store_items(empty_db, _items(("Mr. Sergey Lavrov", "RUS", None),
                                 ("Sergei Lavrov", "RUS", "ru-lavrov")), "news")
    first = empty_db.query("export_statements", **Filters().params(
        limit=10, search="%", min_confidence=0.0))["statement_id"].iloc[0]
    correct(empty_db, first, {"speaker": "Maria Zakharova"}, coder="ann")
    assert _people(empty_db) == {"Sergei Lavrov": 1, "Maria Zakharova": 1}


def test_a_write_that_fails_after_resolving_leaves_no_trace(store_items, empty_db,
                                                            monkeypatch) -> None:
    store_items(empty_db, _items(("Wang Yi", "CHN", None)), "one")

    def broken(tx, verify: bool = True) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr("stance.store.db.refresh_statements_wide", broken)
    with pytest.raises(RuntimeError):
        store_items(empty_db, _items(("Mr. Malcolm Turnbull", "AUS", None)), "two")
    monkeypatch.undo()
    with empty_db.reading() as tx:
        names = tx.run("store/people_canonical").rows()
    assert names == [("Wang Yi", "CHN", ["Wang Yi"])]
    assert _people(empty_db) == {"Wang Yi": 1}


def test_suggestions_list_look_alikes_with_counts(store_items, empty_db) -> None:
    store_items(empty_db, _items(("John Kerry", "USA", None), ("John Kerry", "USA", None),
                                 ("John Kirby", "USA", None)), "news")
    [suggestion] = merges.suggestions(empty_db)
    assert (suggestion.name, suggestion.statements, suggestion.other,
            suggestion.other_statements) == ("John Kerry", 2, "John Kirby", 1)
