"""The queries/ loader, every chart query on the fixture database, and every query file named
by the code that runs it."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from stance.config import ROOT
from stance.errors import StanceError
from stance.filters import Filters
from stance.store.queries import (
    QUERIES,
    bind,
    list_queries,
    manifest,
    parameter_examples,
    parameter_names,
)


def test_loader_binds_only_the_parameters_a_query_uses():
    assert parameter_names("stance_by_country") >= {"country", "from", "to", "limit"}
    bound = bind("date_range", Filters().params(limit=3))
    assert bound == {}


def test_loader_names_a_missing_parameter():
    with pytest.raises(StanceError, match="limit"):
        bind("stance_by_country", Filters().params())


def test_unknown_query_is_an_error():
    with pytest.raises(StanceError, match="no query named"):
        bind("../etc/passwd", {})


@pytest.mark.parametrize("name", list_queries())
def test_every_query_runs_on_the_fixture(fixture_db, name):
    examples = parameter_examples()
    missing = parameter_names(name) - examples.keys() - Filters().params().keys()
    assert not missing, f"add {missing} with an example to queries/parameters.toml"
    frame = fixture_db.query(name, **Filters().params(**examples))
    assert len(frame.columns) > 0


def test_overview_counts(fixture_db):
    row = fixture_db.query("overview_counts", **Filters().params()).iloc[0]
    assert (row.statements, row.articles, row.countries, row.officials) == (6, 3, 3, 2)
    assert (row.tighten, row.ease, row.neutral) == (3, 2, 1)


def test_stance_by_country_counts_each_stance(fixture_db):
    frame = fixture_db.query("stance_by_country", **Filters().params(limit=10)).set_index("country")
    assert frame.loc["USA", ["tighten", "ease", "neutral"]].tolist() == [3, 0, 0]
    assert frame.loc["CHN", ["tighten", "ease", "neutral"]].tolist() == [0, 2, 0]
    assert frame.loc["JPN", "neutral"] == 1


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(country=("CHN",)), 2),
    (Filters(stance=("tighten",)), 3),
    (Filters(target=("IRN",)), 1),
    (Filters(outlet=("Wire B",)), 3),
    (Filters(date_from=date(2018, 1, 1)), 4),
    (Filters(date_to=date(2017, 12, 31)), 2),
    (Filters(country=("CHN", "USA"), stance=("ease",)), 2),
    (Filters(dataset=("nope",)), 0),
])
def test_filters_narrow_the_statements(fixture_db, filters, expected):
    assert fixture_db.query("overview_counts", **filters.params()).iloc[0].statements == expected


def test_top_officials_counts_articles_and_outlets(fixture_db):
    frame = fixture_db.query("top_officials", **Filters().params(limit=5, rank="articles"))
    frame = frame.set_index("speaker")
    assert frame.loc["Nikki Haley", ["statements", "articles", "outlets", "tighten"]].tolist() \
        == [2, 2, 2, 2]
    assert "China" not in frame.index  # countries are not officials


def test_hidden_dataset_is_left_out_unless_chosen(fixture_db):
    fixture_db.con.cursor().execute("UPDATE datasets SET hidden = true")
    assert fixture_db.query("overview_counts", **Filters().params()).iloc[0].statements == 0
    chosen = Filters(dataset=("fixture",)).params()
    assert fixture_db.query("overview_counts", **chosen).iloc[0].statements == 6


# ---- every query file is named in code, every named query exists ----------------------------
# Callables that take a query name, and the position of the name among their arguments.
_NAME_ARGUMENT = {"run": 0, "stream": 0, "query": 0, "scalar": 0, "sql_text": 0,
                  "parameter_names": 0, "bind": 0, "figure": 1}


def _code_files() -> list[Path]:
    return sorted(p for package in ("stance", "dashboard") for p in (ROOT / package).rglob("*.py"))


def _name_arguments(tree: ast.AST) -> list[ast.expr]:
    """The arguments that stand where a query name goes, in every call of the tree."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        callee = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", None)
        position = _NAME_ARGUMENT.get(callee)
        if position is not None and len(node.args) > position:
            found.append(node.args[position])
    return found


def _strings(tree: ast.AST) -> set[str]:
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def _manifest_names() -> set[str]:
    return {name for steps in manifest("store/upload")["kinds"].values()
            for name in steps.values()}


def test_every_query_file_is_named_somewhere_and_every_named_query_exists():
    files = set(QUERIES.names())
    named: set[str] = set(_manifest_names())
    called: set[str] = set()
    built = []
    for path in _code_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named |= _strings(tree) & files
        for argument in _name_arguments(tree):
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                called.add(argument.value)
            elif isinstance(argument, ast.JoinedStr | ast.BinOp):
                built.append(f"{path.relative_to(ROOT)}:{argument.lineno}")
        named |= {s for s in _strings(tree) if s.startswith("store/")}
    manifests = {p.relative_to(QUERIES.folder).with_suffix("").as_posix()
                 for p in QUERIES.folder.rglob("*.toml")}
    assert files - named == set(), "query files no code or manifest names"
    assert named - files - manifests == set(), "names of query files that do not exist"
    assert called - files == set(), "queries called that do not exist"
    assert built == [], "query names built with f-strings or +: name the file in full"
