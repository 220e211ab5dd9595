"""The SQL page's engine: one read-only SELECT over a locked copy, with a time limit and a row
cap; everything else refused with its own reason, and the database left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import psutil
import pytest

from bench.generate import BENCH_SQL
from stance.cli import main
from stance.corrections import correct
from stance.filters import Filters
from stance.sandbox import (
    MAX_RESULT_BYTES,
    QueryFailed,
    QueryOverMemory,
    QueryRefused,
    QueryTimeout,
    Sandbox,
    available_parameters,
    check_query,
    default_example,
    run_sql,
    sandbox_for,
)
from stance.store import close_all, open_database

# What users might try, and a phrase that only its own refusal message contains.
REFUSED = [
    ("SELECT * FROM read_csv('/etc/passwd')", "read_csv() reads files"),
    ("COPY statements TO '/tmp/stance_leak.csv'", "COPY reads or writes files"),
    ("COPY (SELECT * FROM statements) TO '/tmp/stance_leak.parquet' (FORMAT parquet)",
     "COPY reads or writes files"),
    ("ATTACH '/tmp/other.duckdb' AS other", "ATTACH opens another database"),
    ("INSTALL httpfs", "INSTALL adds DuckDB extensions"),
    ("LOAD httpfs", "LOAD adds DuckDB extensions"),
    ("SET enable_external_access = true", "SET changes DuckDB settings"),
    ("PRAGMA threads = 1", "PRAGMA changes or reads DuckDB settings"),
    ("CREATE TABLE stolen AS SELECT * FROM statements", "CREATE changes the database"),
    ("INSERT INTO corrections VALUES ('x', 'stance', NULL, 'ease', NULL, NULL, now())",
     "INSERT changes the database"),
    ("UPDATE statements SET stance = 'ease'", "UPDATE changes the database"),
    ("DELETE FROM statements", "DELETE changes the database"),
    ("DROP TABLE statements", "DROP changes the database"),
    ("SELECT 1; DROP TABLE statements", "one statement at a time"),
]


def database_state(db) -> dict[str, list]:
    """Every table's rows, sorted, to show that nothing changed."""
    state = {}
    cur = db.con.cursor()
    try:
        for (name,) in cur.execute("SELECT table_name FROM duckdb_tables() "
                                   "WHERE schema_name = 'main' ORDER BY 1").fetchall():
            rows = cur.table(name).fetchall()
            state[name] = sorted(rows, key=repr)
    finally:
        cur.close()
    return state


@pytest.mark.parametrize(("sql", "reason"), REFUSED, ids=[r[1] + ":" + r[0][:20]
                                                         for r in REFUSED])
def test_refused_with_its_own_reason_and_database_unchanged(fixture_db, sql, reason):
    before = database_state(fixture_db)
    with pytest.raises(QueryRefused, match="query refused: ") as refused:
        run_sql(fixture_db, sql)
    assert reason in str(refused.value)
    others = {r for _, r in REFUSED if r != reason}
    assert not any(other in str(refused.value) for other in others)
    assert database_state(fixture_db) == before


def test_every_kind_of_refusal_has_a_distinct_message(fixture_db):
    messages = set()
    for sql, _ in REFUSED:
        with pytest.raises(QueryRefused) as refused:
            run_sql(fixture_db, sql)
        messages.add(str(refused.value))
    assert len(messages) == len({reason for _, reason in REFUSED})


@pytest.mark.parametrize(("sql", "reason"), [
    ("WITH x AS (SELECT * FROM read_csv_auto('/etc/passwd')) SELECT * FROM x",
     "read_csv_auto() reads files"),
    ("SELECT * FROM (SELECT * FROM read_parquet('https://example.com/x.parquet'))",
     "read_parquet() reads files"),
    ("SELECT * FROM '/etc/passwd'", "'/etc/passwd' is a file path"),
    ("SELECT * FROM 'data.csv'", "'data.csv' is a file path"),
    ("SELECT * FROM glob('/etc/*')", "glob() reads files"),
    ("SELECT * FROM query('DROP TABLE statements')", "query() runs SQL given as text"),
    ("SELECT * FROM other.main.statements", "names another database"),
    ("SELECT * FROM secrets", "no table or view named 'secrets'"),
    ("SELECT * FROM duckdb_secrets()", "duckdb_secrets() is not available"),
    ("SUMMARIZE statements", "SUMMARIZE is not offered"),
    ("EXPLAIN SELECT 1", "EXPLAIN is not offered"),
    ("CALL pragma_version()", "CALL runs a procedure"),
    ("EXPORT DATABASE '/tmp/stance_dump'", "EXPORT DATABASE writes files"),
    ("SELECT $password", "unknown parameter $password"),
    ("SELECT ?", "positional parameters"),
    ("  ;  ", "the query is empty"),
    ("BEGIN TRANSACTION", "transactions are not needed"),
    ("-- a comment first\n/* and another */ DELETE FROM statements",
     "DELETE changes the database"),
])
def test_more_refusals(fixture_db, sql, reason):
    before = database_state(fixture_db)
    with pytest.raises(QueryRefused, match="query refused: ") as refused:
        run_sql(fixture_db, sql)
    assert reason in str(refused.value)
    assert database_state(fixture_db) == before


def test_query_past_the_time_limit_is_stopped_with_a_clear_message(fixture_db):
    before = database_state(fixture_db)
    slow = "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3"
    with pytest.raises(QueryTimeout, match=r"ran longer than the 0\.5-second limit") as err:
        run_sql(fixture_db, slow, time_limit=0.5)
    assert "narrow it" in str(err.value)
    assert database_state(fixture_db) == before
    # the engine is still usable afterwards
    assert run_sql(fixture_db, "SELECT count(*) AS n FROM statements").frame["n"][0] == 6


def _refused_by_engine(sandbox, sql: str, error_class: str) -> None:
    with pytest.raises(QueryFailed) as caught:
        sandbox.run_unchecked(sql)
    assert caught.value.engine_error == error_class, caught.value


def test_second_wall_blocks_files_and_settings_even_without_the_check(fixture_db, tmp_path):
    """The copy the queries run on is locked: bypassing the text check changes nothing."""
    sandbox = sandbox_for(fixture_db)
    _refused_by_engine(sandbox, "SELECT * FROM read_csv('/etc/passwd')", "PermissionException")
    target = tmp_path / "leak.csv"
    _refused_by_engine(sandbox, f"COPY statements TO '{target}'", "PermissionException")
    assert not target.exists()
    _refused_by_engine(sandbox, f"ATTACH '{tmp_path / 'other.duckdb'}' AS other",
                       "PermissionException")
    with pytest.raises(QueryFailed, match="locked"):
        sandbox.run_unchecked("SET enable_external_access = true")
    # the copy is open read-only: a write fails, in the copy as in the database file
    before = database_state(fixture_db)
    for write in ("DELETE FROM statements", "INSERT INTO datasets SELECT * FROM datasets",
                  "CREATE TABLE stolen AS SELECT * FROM statements",
                  "CREATE MACRO leak() AS 1", "DROP TABLE statements"):
        with pytest.raises(QueryFailed, match="read-only mode") as caught:
            sandbox.run_unchecked(write)
        assert caught.value.engine_error == "InvalidInputException", write
    assert database_state(fixture_db) == before
    assert sandbox.run_unchecked("SELECT count(*) AS n FROM statements").frame["n"][0] == 6
    assert sandbox.run_unchecked("SELECT count(*) AS n FROM datasets").frame["n"][0] == \
        len(before["datasets"])


def test_what_a_query_may_create_is_rolled_back(fixture_db):
    """A read-only database still takes temporary tables and macros (DuckDB keeps them in
    memory): each query's transaction is rolled back, so the next query finds none."""
    sandbox = sandbox_for(fixture_db)
    sandbox.run_unchecked("CREATE TEMP TABLE kept AS SELECT 1 AS x")
    with pytest.raises(QueryFailed, match="kept"):
        sandbox.run_unchecked("SELECT * FROM kept")
    sandbox.run_unchecked("CREATE TEMP MACRO kept_macro() AS 1")
    with pytest.raises(QueryFailed, match="kept_macro"):
        sandbox.run_unchecked("SELECT kept_macro()")


def test_plain_select_reads_the_data(fixture_db):
    result = run_sql(fixture_db, "SELECT speaker, stance FROM statements ORDER BY speaker")
    assert list(result.frame.columns) == ["speaker", "stance"]
    assert result.frame["speaker"].tolist() == ["China", "Japan", "Nikki Haley", "Nikki Haley",
                                                "United States", "Wang Yi"]
    assert not result.truncated


def test_cte_and_window_functions_work(fixture_db):
    sql = """
        WITH per_country AS (
            SELECT country, stance, count(*) AS n FROM statements GROUP BY ALL
        )
        SELECT country, stance, n,
               rank() OVER (PARTITION BY stance ORDER BY n DESC, country) AS rank_in_stance,
               sum(n) OVER () AS total
        FROM per_country ORDER BY country
    """
    frame = run_sql(fixture_db, sql).frame
    assert frame.to_dict("records") == [
        {"country": "CHN", "stance": "ease", "n": 2, "rank_in_stance": 1, "total": 6},
        {"country": "JPN", "stance": "neutral", "n": 1, "rank_in_stance": 1, "total": 6},
        {"country": "USA", "stance": "tighten", "n": 3, "rank_in_stance": 1, "total": 6},
    ]


def test_views_macro_and_filter_parameters(fixture_db):
    sql = ("SELECT count(*) AS n FROM filtered_statements($country, $target, $stance, $from, "
           "$to, $outlet, $dataset, $corrected)")
    assert run_sql(fixture_db, sql).frame["n"][0] == 6
    chinese = available_parameters(Filters(country=("CHN",)))
    result = run_sql(fixture_db, sql, chinese)
    assert result.frame["n"][0] == 2
    assert result.params["country"] == ["CHN"]
    assert "limit" not in result.params  # only what the query uses is bound
    full = run_sql(fixture_db, "SELECT count(*) AS n FROM statements_full WHERE NOT rejected")
    assert full.frame["n"][0] == 6


def test_parameters_without_spaces_are_read_like_duckdb_reads_them(fixture_db):
    """sqlglot alone would take `$country,$target` for a dollar-quoted string."""
    sql = ("SELECT count(*) AS n FROM filtered_statements($country,$target,$stance,$from,"
           "$to,$outlet,$dataset,$corrected) WHERE '$x,$' <> $$a,$$")
    params = available_parameters(Filters(stance=("tighten",)))
    assert run_sql(fixture_db, sql, params).frame["n"][0] == 3


def test_limit_parameter_and_row_cap(fixture_db):
    frame = run_sql(fixture_db, "SELECT * FROM range(50) LIMIT $limit",
                    available_parameters(limit=7)).frame
    assert len(frame) == 7
    capped = run_sql(fixture_db, "SELECT * FROM range(50)", row_cap=10)
    assert capped.truncated and len(capped.frame) == 10 and capped.row_cap == 10
    exact = run_sql(fixture_db, "SELECT * FROM range(10)", row_cap=10)
    assert not exact.truncated and len(exact.frame) == 10


def test_duckdb_errors_are_one_line(fixture_db):
    with pytest.raises(QueryFailed, match='Referenced column "nope" not found'):
        run_sql(fixture_db, "SELECT nope FROM statements")
    with pytest.raises(QueryFailed, match="syntax error"):
        run_sql(fixture_db, "SELEC 1")


def test_the_copy_follows_writes_to_the_database(statement_of, fixture_db):
    count = "SELECT count(*) AS n FROM corrections"
    assert run_sql(fixture_db, count).frame["n"][0] == 0
    first = sandbox_for(fixture_db)._folder
    assert run_sql(fixture_db, count).frame["n"][0] == 0
    assert sandbox_for(fixture_db)._folder == first  # the same data: the same copy
    correct(fixture_db, statement_of(fixture_db, "Japan"), {"stance": "ease"}, coder="ann")
    assert run_sql(fixture_db, count).frame["n"][0] == 1
    assert sandbox_for(fixture_db)._folder != first and not first.exists()  # a new copy
    eased = run_sql(fixture_db, "SELECT corrected_stance FROM statements_full "
                                "WHERE machine_speaker = 'Japan'").frame
    assert eased["corrected_stance"].tolist() == ["ease"]


def test_duplicate_column_names_are_made_unique(fixture_db):
    assert list(run_sql(fixture_db, "SELECT 1 AS a, 2 AS a").frame.columns) == ["a", "a_2"]


def test_check_is_pure_text_analysis():
    checked = check_query("SELECT $country, $limit FROM t", {"t"})
    assert checked.parameters == {"country", "limit"}
    with pytest.raises(QueryRefused, match="no table or view named 'u'"):
        check_query("WITH t AS (SELECT 1) SELECT * FROM t, u", set())


# --- the command line -------------------------------------------------------------------

def test_cli_sql_prints_a_table(fixture_db, capsys):
    code = main(["sql", "SELECT country, count(*) AS n FROM statements GROUP BY country "
                        "ORDER BY country", "--db", str(fixture_db.path)])
    assert code == 0
    out, err = capsys.readouterr()
    assert out.split() == ["country", "n", "CHN", "2", "JPN", "1", "USA", "3"]
    assert "3 rows" in err


def test_cli_sql_csv_is_spreadsheet_safe(fixture_db, capsys):
    code = main(["sql", "SELECT '=HYPERLINK(\"http://x\")' AS a, '-2+3' AS b, 5 AS c, "
                        "'@SUM(A1)' AS d, ['x', 'y'] AS e", "--db", str(fixture_db.path),
                 "--csv"])
    assert code == 0
    frame = pd.read_csv(pd.io.common.StringIO(capsys.readouterr().out))
    row = frame.iloc[0].to_dict()
    assert row["a"] == "'=HYPERLINK(\"http://x\")"
    assert row["b"] == "'-2+3"
    assert row["c"] == 5
    assert row["d"] == "'@SUM(A1)"
    assert row["e"] == '["x", "y"]'


@pytest.mark.parametrize(("sql", "reason"), [
    ("DROP TABLE statements", "DROP changes the database"),
    ("SELECT * FROM read_csv('/etc/passwd')", "read_csv() reads files"),
    ("SELECT 1; SELECT 2", "one statement at a time"),
])
def test_cli_sql_refusal_is_one_line_with_status_2(run_cli, fixture_db, sql, reason):
    path = fixture_db.path
    before = database_state(fixture_db)
    fixture_db.close()  # the CLI runs in its own process and needs the file
    result = run_cli("sql", sql, "--db", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: query refused: ")
    assert reason in lines[0]
    assert database_state(open_database(path)) == before


def test_cli_sql_time_limit_and_row_cap(fixture_db, capsys):
    code = main(["sql", "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3",
                 "--db", str(fixture_db.path), "--time-limit", "0.3"])
    assert code == 2
    assert "ran longer than the 0.3-second limit" in capsys.readouterr().err
    assert main(["sql", "SELECT * FROM range(20)", "--db", str(fixture_db.path),
                 "--max-rows", "5", "--csv"]) == 0
    out, err = capsys.readouterr()
    assert out.split() == ["\"range\"", "0", "1", "2", "3", "4"]
    assert "only the first 5 rows" in err


def test_cli_sql_missing_database_is_one_line(run_cli, tmp_path):
    result = run_cli("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


# --- the SQL page -----------------------------------------------------------------------

@pytest.fixture
def sql_page(open_page, fixture_db, monkeypatch):

    monkeypatch.setenv("STANCE_DB", str(fixture_db.path))
    return open_page("sql", {"country": "CHN"})


def _submit(at, sql: str):
    at.text_area(key="sql_text").set_value(sql)
    return at.button(key="FormSubmitter:sql_form-Run query").click().run()


def test_sql_page_runs_a_query_with_the_sidebar_filters(problems, sql_page):

    assert not problems(sql_page)
    at = _submit(sql_page, "SELECT speaker, stance FROM filtered_statements($country, $target, "
                           "$stance, $from, $to, $outlet, $dataset, $corrected) ORDER BY 1")
    assert not problems(at)
    [frame] = [d.value for d in at.dataframe if "stance" in d.value.columns]
    assert frame.values.tolist() == [["China", "ease"], ["Wang Yi", "ease"]]
    assert any("$country = [CHN]" in c.value for c in at.caption)
    labels = [b.label for b in at.get("download_button")]
    assert labels[:2] == ["Download CSV", "Download Parquet"]


def test_sql_page_shows_the_schema_from_the_catalogue(sql_page):
    labels = [e.label for e in sql_page.expander]
    assert "statements_full · view" in labels
    assert "filtered_statements · table macro" in labels
    assert "corrections · table" in labels


def test_sql_page_schema_lists_no_bookkeeping_tables(sql_page):
    labels = [e.label.split(" · ")[0] for e in sql_page.expander]
    assert "statements · table" in [e.label for e in sql_page.expander]
    assert not [name for name in labels if name.startswith("agg_") or name in BOOKKEEPING]


USER_TABLES = {"statements", "articles", "datasets", "corrections", "officials", "countries",
               "statements_wide", "quote_clusters"}
BOOKKEEPING = {"schema_version", "statements_wide_state"}


def test_the_copy_holds_the_user_tables_and_none_of_the_aggregates(fixture_db):
    """The agg_* twins serve the dashboard's own charts: copying them cost the engine 1.9 GB
    of Arrow at 10M statements, for tables a researcher has no use for."""
    real = {name for (name,) in fixture_db.con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    aggregates = {name for name in real if name.startswith("agg_")}
    assert "agg_article_list" in aggregates and real >= BOOKKEEPING  # the file has them
    sandbox = Sandbox(fixture_db)
    try:
        result = sandbox.run("SELECT a.source, count(*) AS n FROM statements s "
                             "JOIN articles a USING (article_id) GROUP BY ALL ORDER BY n DESC")
        assert result.frame["n"].sum() == 6  # a user query still runs on the copy
        held = set(sandbox.run_unchecked(  # the engine's database is the copy's file
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"
        ).frame["table_name"])
        assert held >= USER_TABLES
        assert not held & (aggregates | BOOKKEEPING)
        assert "statements_full" in sandbox.relations()
        assert not {r for r in sandbox.relations() if r.startswith("agg_")}
        with pytest.raises(QueryRefused, match="no table or view named 'agg_article_list'"):
            sandbox.run("SELECT * FROM agg_article_list")
        catalogue = set(fixture_db.query("sql_catalogue")["relation"])
        assert not {r for r in catalogue if r.startswith("agg_")} and not catalogue & BOOKKEEPING
        frame = sandbox.run(default_example(), available_parameters()).frame
        assert len(frame) > 0
    finally:
        sandbox.close()


def test_sql_page_explains_a_refusal_and_leaves_the_database_alone(sql_page, fixture_db):
    before = database_state(fixture_db)
    at = _submit(sql_page, "DELETE FROM statements")
    assert [e.value for e in at.error] == [
        "**Query refused:** DELETE changes the database: the SQL page only reads the data; "
        "to fix a label use the correction form on the Statements page"]
    assert not at.exception
    assert database_state(fixture_db) == before


def test_sql_page_examples_load_into_the_editor_and_run(problems, sql_page):

    box = sql_page.selectbox(key="sql_example")
    titles = box.options
    assert any(t.startswith("The officials quoted in the most articles") for t in titles)
    assert any(t == "Chart query: stance_by_country" for t in titles)
    for title in titles:  # every offered example passes the check and runs
        at = sql_page.selectbox(key="sql_example").set_value(title).run()
        assert at.text_area(key="sql_text").value.strip()
        at = at.button(key="FormSubmitter:sql_form-Run query").click().run()
        assert not problems(at), title


def test_an_older_file_opened_read_only_is_brought_in_step_in_the_copy(fixture_db):
    session = fixture_db.session()  # no transaction: nothing refreshes the table afterwards
    session.using(BENCH_SQL).run("wide_before_keys")
    session.close()
    close_all()
    old = open_database(fixture_db.path, read_only=True)
    query = ("SELECT count(*) AS n, count(DISTINCT article_key) AS articles FROM "
             "filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, "
             "$corrected)")
    frame = run_sql(old, query, Filters().params()).frame
    assert (frame["n"][0], frame["articles"][0]) == (6, 3)


@pytest.mark.parametrize("sql", [
    "WITH gone AS (DELETE FROM statements RETURNING *) SELECT count(*) FROM gone",
    "WITH renamed AS (UPDATE articles SET title = 'x' RETURNING *) SELECT * FROM renamed",
    "WITH added AS (INSERT INTO datasets SELECT * FROM datasets RETURNING *) "
    "SELECT * FROM added",
])
def test_changes_hidden_in_a_with_clause_are_refused_and_change_nothing(fixture_db, sql):
    sandbox = sandbox_for(fixture_db)
    probe = ("SELECT count(*), min(title) FROM articles CROSS JOIN "
             "(SELECT count(*) FROM statements)")
    copy_before = sandbox.run_unchecked(probe).frame.values.tolist()
    before = database_state(fixture_db)
    with pytest.raises(QueryRefused, match="inside the query changes the database"):
        run_sql(fixture_db, sql)
    assert database_state(fixture_db) == before
    assert sandbox.run_unchecked(probe).frame.values.tolist() == copy_before


def test_the_engine_rolls_back_a_change_that_got_past_the_check(fixture_db, monkeypatch):
    """Second wall: with the text check switched off, a DELETE in a CTE reaches the engine,
    which cannot write its read-only copy; every visitor still reads every statement."""
    monkeypatch.setattr("stance.sandbox._check_hidden_changes", lambda tree: None)
    with pytest.raises(QueryFailed, match="read-only mode"):
        run_sql(fixture_db, "WITH gone AS (DELETE FROM statements RETURNING *) "
                            "SELECT count(*) AS n FROM gone")
    assert run_sql(fixture_db, "SELECT count(*) AS n FROM statements").frame["n"][0] == 6


@pytest.mark.parametrize("function", ["current_setting('temp_directory')", "getenv('HOME')"])
def test_settings_and_environment_are_not_readable(fixture_db, function):
    with pytest.raises(QueryRefused, match="settings and environment"):
        run_sql(fixture_db, f"SELECT {function}")


def test_an_unknown_column_is_one_plain_line_with_the_closest_names(fixture_db):
    with pytest.raises(QueryFailed) as caught:
        run_sql(fixture_db, "SELECT speakr FROM statements")
    message = str(caught.value)
    assert "Binder Error" not in message and "\n" not in message
    assert 'did you mean "speaker"' in message


MEMORY_ATTACKS = [
    "SELECT count(*) FROM (SELECT unnest(range(100000000)))",  # an 800 MB list
    "SELECT max(length(repeat('x', 1000000000))) FROM range(3)",  # 1 GB strings
]


@pytest.mark.parametrize("attack", MEMORY_ATTACKS)
def test_a_query_past_the_memory_budget_is_stopped_and_this_process_does_not_grow(
        fixture_db, attack):
    """DuckDB's memory_limit does not count these allocations; the engine process's kernel
    cap does, and the process that asked (the app, the CLI) holds none of it."""
    sandbox = Sandbox(fixture_db, budget=200 * 1000 ** 2)
    try:
        sandbox.run("SELECT 1")
        here = psutil.Process()
        before = here.memory_info().rss
        before_state = database_state(fixture_db)
        with pytest.raises(QueryOverMemory, match=r"needs more memory than the SQL page allows "
                                              r"\(190 MB\)"):
            sandbox.run(attack)
        assert here.memory_info().rss - before < 50 * 1024 ** 2
        assert database_state(fixture_db) == before_state
        assert sandbox.run("SELECT count(*) AS n FROM statements").frame["n"][0] == 6
    finally:
        sandbox.close()


def test_an_engine_that_does_not_answer_in_time_is_killed_and_replaced(fixture_db):
    """The kill path behind the time limit: the engine is asked with a long limit of its own
    but the caller waits half a second; the process is gone and the next query starts a new
    one on the same copy."""
    sandbox = Sandbox(fixture_db)
    try:
        sandbox.run("SELECT 1")
        first = sandbox.engine_pid()
        engine = sandbox._current()
        slow = "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3"
        assert engine.ask(("query", slow, {}, 60.0, 10, MAX_RESULT_BYTES), wait=0.5) is None
        assert not engine.alive
        assert not psutil.pid_exists(first) or \
            psutil.Process(first).status() == psutil.STATUS_ZOMBIE
        assert sandbox.run("SELECT count(*) AS n FROM statements").frame["n"][0] == 6
        assert sandbox.engine_pid() not in (None, first)
    finally:
        sandbox.close()


def test_closing_stops_the_engine_and_deletes_its_copy(fixture_db):
    sandbox = Sandbox(fixture_db)
    sandbox.run("SELECT 1")
    pid, folder = sandbox.engine_pid(), sandbox._folder
    assert folder is not None and (folder / "copy.duckdb").stat().st_size > 0
    sandbox.close()
    assert not folder.exists()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_copies_left_by_a_killed_process_are_removed(fixture_db, tmp_path, monkeypatch):
    """An app killed with SIGKILL leaves its copy behind; the next engine start removes it,
    and leaves alone the copy of a process that still runs."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    orphan, alive = tmp_path / "stance-sql-orphan", tmp_path / "stance-sql-alive"
    for folder, pid in ((orphan, dead), (alive, str(os.getppid()))):
        folder.mkdir()
        (folder / "owner.pid").write_text(pid, encoding="ascii")
        (folder / "copy.duckdb").write_bytes(b"x" * 1000)
    sandbox = Sandbox(fixture_db)
    try:
        sandbox.run("SELECT 1")
        assert not orphan.exists() and alive.exists()
        assert sandbox._folder.parent == tmp_path  # its own copy went there, owned by us
        assert (sandbox._folder / "owner.pid").read_text() == str(os.getpid())
    finally:
        sandbox.close()


def _engine_memory(sandbox: Sandbox) -> tuple[int, int]:
    """The engine process's resident memory and data segment (what RLIMIT_DATA caps)."""
    pid = sandbox.engine_pid()
    status = Path(f"/proc/{pid}/status").read_text()
    return (psutil.Process(pid).memory_info().rss,
            int(status.split("VmData:", 1)[1].split()[0]) * 1024)


def _data_cap(sandbox: Sandbox) -> int:
    limits = Path(f"/proc/{sandbox.engine_pid()}/limits").read_text().splitlines()
    return int(next(line for line in limits if line.startswith("Max data size")).split()[3])


def test_the_engine_reads_more_data_than_its_budget_and_grows_by_no_more_than_it(fixture_db):
    """The engine reads the copy's file through DuckDB's buffer pool: after a scan of 300 MB
    of article text on a 100 MB budget, and a DISTINCT over it that spills to disk, it is at
    most the budget larger than an engine on six statements, and so is the kernel's cap (an
    engine that held the data, as the in-memory copy did, is larger by all of it)."""
    budget = 100 * 1024 ** 2
    small = Sandbox(fixture_db, budget=budget)
    try:
        small.run("SELECT count(*) FROM articles")
        small_rss, small_data = _engine_memory(small)
    finally:
        small.close()
    pieces = 125  # 32-character pieces: 4 kB of text per article, hard to compress
    fixture_db.con.execute(
        "INSERT INTO articles (article_id, dataset, text, sha256, ingested_at) "
        "SELECT 'big' || (n // $pieces), 'fixture', string_agg(md5(n::VARCHAR), ''), "
        "'big' || (n // $pieces), now() FROM range(75000 * $pieces) AS t(n) GROUP BY ALL",
        {"pieces": pieces})
    sandbox = Sandbox(fixture_db, budget=budget)
    try:
        assert sandbox.run_unchecked("SELECT current_setting('memory_limit') AS m"
                                     ).frame["m"][0] == "50.0 MiB"  # half: the pool
        text = sandbox.run("SELECT sum(length(text)) AS n FROM articles").frame["n"][0]
        assert text > 300 * 1000 ** 2
        distinct = "SELECT count(*) AS n FROM (SELECT DISTINCT text FROM articles)"
        assert sandbox.run(distinct).frame["n"][0] == 75_000 + 3  # spilled, not refused
        rss, _ = _engine_memory(sandbox)
        assert rss < small_rss + budget + 64 * 1024 ** 2, \
            f"{(rss - small_rss) / 1024 ** 2:.0f} MB more than on six statements"
        # the kernel's cap: an engine before it read any data, the budget, 64 MB of slack
        assert _data_cap(sandbox) <= small_data + budget + 96 * 1024 ** 2
    finally:
        sandbox.close()
