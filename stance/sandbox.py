"""Researchers' own SQL, run safely: one read-only SELECT, over a locked copy of the data.

Two walls, so that one mistake is not enough:

1. A check of the text before anything runs. DuckDB's own parser splits it into statements
   (exactly one, of type SELECT); sqlglot then reads that statement's tree: only SELECT /
   WITH ... SELECT / set operations, tables and views of this database (or the query's own
   CTEs), a short list of table functions, nothing that reads files, and only the named
   parameters the page binds (`$country`, `$stance`... from the sidebar filters, `$limit`).
   Each refusal says what was refused and why (`QueryRefused`).
2. Where it runs. User SQL runs in an engine process of its own (stance.store.sql_engine), on
   a copy of the tables the page lists (queries/sql_catalogue.sql: not the store's agg_*
   twins and bookkeeping) in a DuckDB file of a private temporary folder. This process writes
   it from one read transaction, DuckDB copying file to file under the app's memory limit
   (the app never holds a table), and adds the views and macros of queries/store/schema.sql.
   The engine opens the file READ ONLY (no statement can write even the copy), with
   `enable_external_access=false` (no files, network, ATTACH or extensions), extension
   auto-loading off and `lock_configuration=true` (no SET). Even a statement that got past the
   check could not touch the real database. Its memory is DuckDB's buffer pool, not the data:
   the kernel caps the process at what it holds before it reads any data plus
   STANCE_SQL_MEMORY (DuckDB's own limit is half of that; large sorts and joins spill to the
   private folder), so no query can grow the app and the engine stays the same size at any
   number of statements. The copy is rebuilt when the data's fingerprint
   (queries/sql_data_version.sql) changes.

Every query runs inside a transaction that is rolled back afterwards (a change that got past
the check is never seen by another visitor), against a time limit (the engine interrupts the
query; if it has not answered a moment later the process is killed: `QueryTimeout`), and
returns at most `row_cap` rows and MAX_RESULT_BYTES (`SqlResult.truncated`).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from stance.config import ROOT, memory_limit, sql_memory
from stance.errors import DatabaseError, StanceError
from stance.filters import Filters
from stance.store import Database
from stance.store.queries import list_queries, parameter_names, sql_text
from stance.store.sql_engine import COPY_FILE
from stance.store.tx import Tx
from stance.store.wide import refresh_statements_wide

DEFAULT_TIME_LIMIT = 5.0  # seconds
DEFAULT_ROW_CAP = 10_000
MAX_RESULT_BYTES = 64 * 1024 * 1024  # a result kept for the page or printed: rows AND bytes
DEFAULT_LIMIT = 100  # the value of $limit when the caller gives none

# Table functions a query may read from; everything else in FROM must be a table or view.
ALLOWED_TABLE_FUNCTIONS = frozenset({
    "filtered_statements", "range", "generate_series", "unnest", "duckdb_tables",
    "duckdb_views", "duckdb_columns",
})
# Functions that read files or run SQL text, refused wherever they appear.
_FILE_FUNCTIONS = frozenset({"glob", "sniff_csv", "parquet_metadata", "parquet_schema",
                             "parquet_file_metadata", "parquet_kv_metadata", "read_text",
                             "read_blob"})
_SQL_TEXT_FUNCTIONS = frozenset({"query", "query_table"})
# Functions that reveal the machine: paths, settings, environment variables.
_SETTING_FUNCTIONS = frozenset({"current_setting", "getenv", "getvariable"})

_READ_ONLY = ("the SQL page only reads the data; to fix a label use the correction form on "
              "the Statements page")
_ONLY_SELECT = "only SELECT queries (or WITH ... SELECT) run here"
# First keyword of a refused statement -> why it is refused.
_REFUSALS: dict[str, str] = {
    **{kw: f"{kw} changes the database: {_READ_ONLY}"
       for kw in ("CREATE", "INSERT", "UPDATE", "DELETE", "DROP", "ALTER", "MERGE",
                  "TRUNCATE", "COMMENT", "REPLACE", "UPSERT", "DEALLOCATE")},
    "COPY": "COPY reads or writes files, which the SQL page does not allow; download the "
            "result with the buttons under the table instead",
    "EXPORT": "EXPORT DATABASE writes files, which the SQL page does not allow",
    "IMPORT": "IMPORT DATABASE reads files, which the SQL page does not allow",
    "ATTACH": "ATTACH opens another database, which the SQL page does not allow: queries read "
              "this database only",
    "DETACH": "DETACH changes which databases are open, which the SQL page does not allow",
    "USE": "USE changes which database is read, which the SQL page does not allow",
    "INSTALL": "INSTALL adds DuckDB extensions, which the SQL page does not allow",
    "LOAD": "LOAD adds DuckDB extensions, which the SQL page does not allow",
    "UPDATE EXTENSIONS": "extensions cannot be updated here",
    "SET": "SET changes DuckDB settings, which are locked on the SQL page",
    "RESET": "RESET changes DuckDB settings, which are locked on the SQL page",
    "PRAGMA": "PRAGMA changes or reads DuckDB settings, which are locked on the SQL page",
    "CALL": f"CALL runs a procedure; {_ONLY_SELECT}",
    "CHECKPOINT": f"CHECKPOINT writes the database file; {_ONLY_SELECT}",
    "VACUUM": f"VACUUM rewrites the database; {_ONLY_SELECT}",
    "BEGIN": f"transactions are not needed to read; {_ONLY_SELECT}",
    "START": f"transactions are not needed to read; {_ONLY_SELECT}",
    "COMMIT": f"transactions are not needed to read; {_ONLY_SELECT}",
    "ROLLBACK": f"transactions are not needed to read; {_ONLY_SELECT}",
    "ABORT": f"transactions are not needed to read; {_ONLY_SELECT}",
    "END": f"transactions are not needed to read; {_ONLY_SELECT}",
    "PREPARE": f"prepared statements are not offered; {_ONLY_SELECT}",
    "EXECUTE": f"prepared statements are not offered; {_ONLY_SELECT}",
    "EXPLAIN": f"EXPLAIN is not offered; {_ONLY_SELECT}",
    "DESCRIBE": f"DESCRIBE is not offered (the schema is listed beside the editor); "
                f"{_ONLY_SELECT}",
    "SHOW": f"SHOW is not offered (the schema is listed beside the editor); {_ONLY_SELECT}",
    "SUMMARIZE": f"SUMMARIZE is not offered; {_ONLY_SELECT}",
    "PIVOT": f"PIVOT statements are not offered (use GROUP BY with FILTER); {_ONLY_SELECT}",
    "UNPIVOT": f"UNPIVOT statements are not offered; {_ONLY_SELECT}",
}


class QueryRefused(StanceError):
    """The query was not run: it is not a single read-only SELECT over this database."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"query refused: {reason}")


class QueryTimeout(StanceError):
    """The query ran past the time limit and was stopped."""


class QueryFailed(StanceError):
    """DuckDB could not run the query (syntax error, unknown column...): its message."""


class QueryOverMemory(QueryFailed):
    """The query needed more memory than the SQL engine's budget and was stopped."""


@dataclass
class SqlResult:
    """A query's first `row_cap` rows and what it took to get them."""

    frame: pd.DataFrame
    table: pa.Table  # the same rows as Arrow, typed as DuckDB returned them (for exports)
    truncated: bool  # more rows than row_cap: the frame holds the first row_cap of them
    row_cap: int
    seconds: float
    sql: str
    params: dict[str, Any] = field(default_factory=dict)  # the parameters actually bound


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the check, with the named parameters it uses."""

    sql: str
    parameters: frozenset[str]


def available_parameters(filters: Filters | None = None, limit: int = DEFAULT_LIMIT
                         ) -> dict[str, Any]:
    """What `$name` placeholders mean on the SQL page: the filters' SQL values and `$limit`."""
    return (filters or Filters()).params(limit=limit)


_parser = duckdb.connect(":memory:")  # only parses: extract_statements never runs anything
_parser_lock = threading.Lock()


def _duckdb_statements(sql: str) -> list[Any]:
    with _parser_lock:
        cur = _parser.cursor()
    try:
        return cur.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryFailed(_first_line(error)) from error
    finally:
        cur.close()


_ERROR_KIND = re.compile(r"^(?:Binder|Catalog|Parser|Conversion|Invalid Input|Out of Range|"
                         r"Not implemented|Constraint) Error: ")


def plain_error(error: BaseException) -> str:
    """DuckDB's error in one line: what is wrong, where (line and column), and its hint
    ('Referenced column "speakr" not found (line 1, column 8); did you mean "speaker"?')."""
    lines = [line.rstrip() for line in str(error).splitlines() if line.strip()]
    if not lines:
        return type(error).__name__
    message = _ERROR_KIND.sub("", lines[0]).rstrip("!")
    message = message[:1].upper() + message[1:]
    for index, line in enumerate(lines[1:], start=1):
        located = re.match(r"LINE (\d+): ", line)
        if located and index + 1 < len(lines) and "^" in lines[index + 1]:
            column = lines[index + 1].index("^") - len(located.group(0)) + 1
            message += f" (line {located.group(1)}, column {column})"
    hint = next((line for line in lines[1:]
                 if line.startswith(("Candidate bindings:", "Did you mean"))), None)
    if hint:
        names = hint.split(":", 1)[1].strip() if hint.startswith("Candidate") else \
            hint.removeprefix("Did you mean").strip(" ?")
        message += f"; did you mean {names}?"
    return message


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _first_keyword(sql: str) -> str:
    """The statement's first word, comments skipped (sqlglot's tokenizer, not a regex)."""
    try:
        tokens = sqlglot.tokenize(sql, read="duckdb")
    except TokenError:
        return ""
    words = [t.text.upper() for t in tokens[:2]]
    if words[:2] == ["UPDATE", "EXTENSIONS"]:
        return "UPDATE EXTENSIONS"
    if words[:1] == ["FORCE"] and len(words) == 2:
        return words[1]  # FORCE CHECKPOINT is a CHECKPOINT, FORCE INSTALL an INSTALL
    return words[0] if words else ""


def _keywords(sql: str) -> set[str]:
    try:
        return {t.text.upper() for t in sqlglot.tokenize(sql, read="duckdb")}
    except TokenError:
        return set()


def _refusal_for_keyword(keyword: str) -> str:
    return _REFUSALS.get(keyword, f"{keyword or 'this statement'} is not a SELECT; "
                                  f"{_ONLY_SELECT}")


def _spaced_parameters(sql: str) -> str:
    """`sql` with a space after every `$name` parameter, found by DuckDB's own tokenizer.

    sqlglot reads `$country,$target` as a dollar-quoted string (`$tag$...`); DuckDB reads two
    parameters. A space after each name gives sqlglot the same tokens DuckDB runs."""
    tokens = duckdb.tokenize(sql)
    cuts = []
    for index in range(len(tokens) - 1):
        start, kind = tokens[index]
        if kind == duckdb.token_type.operator and sql[start] == "$" \
                and tokens[index + 1][0] == start + 1:
            end = tokens[index + 2][0] if index + 2 < len(tokens) else len(sql)
            if end < len(sql) and not sql[end - 1].isspace():
                cuts.append(end)
    for cut in reversed(cuts):
        sql = sql[:cut] + " " + sql[cut:]
    return _quoted_column_names(sql)


def _quoted_column_names(sql: str) -> str:
    """`range` used as a column (`SELECT * FROM range(10) WHERE range < 5`), quoted: sqlglot
    reads a bare `range <` as the start of a type. Only the check reads this copy."""
    out, last = [], 0
    for start, kind in duckdb.tokenize(sql):
        if kind != duckdb.token_type.keyword or sql[start:start + 5].lower() != "range":
            continue
        end = start + 5
        if end < len(sql) and (sql[end].isalnum() or sql[end] == "_"):
            continue
        if sql[end:].lstrip().startswith("("):
            continue  # the table function range(...)
        out.append(sql[last:start] + '"range"')
        last = end
    return "".join(out) + sql[last:]


def _function_name(node: exp.Func) -> str:
    return (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()


def _reads_files(name: str) -> bool:
    return (name.startswith("read_") or name.endswith("_scan") or name in _FILE_FUNCTIONS
            or name.startswith(("iceberg_", "delta_", "postgres_", "mysql_", "sqlite_",
                                "http")))


def _looks_like_path(name: str) -> bool:
    return any(mark in name for mark in ("/", "\\", ":", "*")) or (
        "." in name and name.rsplit(".", 1)[1].lower() in (
            "csv", "tsv", "txt", "json", "jsonl", "ndjson", "parquet", "duckdb", "db", "gz",
            "zst", "xlsx", "arrow", "sqlite"))


def check_query(sql: str, relations: set[str] | frozenset[str],
                parameters: Mapping[str, Any] | None = None) -> CheckedQuery:
    """Accept one read-only SELECT over `relations`, or raise QueryRefused saying why.

    `relations` are the tables and views a query may name; `parameters` the `$names` it may
    use (None: any of `available_parameters()`).
    """
    if not sql or not sql.strip().strip(";").strip():
        raise QueryRefused("the query is empty: write a SELECT")
    statements = _duckdb_statements(sql)
    if not statements:
        raise QueryRefused("the query is empty: write a SELECT")
    if len(statements) > 1:
        raise QueryRefused(f"one statement at a time: this text holds {len(statements)} "
                           "statements separated by ';'")
    statement = statements[0]
    if statement.type != duckdb.StatementType.SELECT:
        keyword = _first_keyword(sql)
        if statement.type == duckdb.StatementType.MULTI and "PIVOT" in _keywords(sql):
            keyword = "PIVOT"  # DuckDB runs a PIVOT, even one in a subquery, as several steps
        raise QueryRefused(_refusal_for_keyword(keyword))
    try:
        trees = [t for t in sqlglot.parse(_spaced_parameters(sql), read="duckdb")
                 if t is not None]
    except (ParseError, TokenError) as error:
        raise QueryRefused("the safety check cannot read this query "
                           f"({_first_line(error)}); write it as a plain SELECT") from error
    if len(trees) != 1:
        raise QueryRefused(f"one statement at a time: this text holds {len(trees)} statements")
    tree = trees[0]
    if not isinstance(tree, exp.Query):
        raise QueryRefused(_refusal_for_keyword(_first_keyword(sql)))
    _check_hidden_changes(tree)
    _check_functions(tree)
    _check_tables(tree, {r.lower() for r in relations})
    used = frozenset(statement.named_parameters)
    _check_parameters(used, available_parameters() if parameters is None else parameters)
    return CheckedQuery(sql=sql, parameters=used)


_CHANGES = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter)


def _check_hidden_changes(tree: exp.Expression) -> None:
    """'WITH d AS (DELETE ... RETURNING *) SELECT ...' is a SELECT to the parser and still
    changes data."""
    change = next(tree.find_all(*_CHANGES), None)
    if change is not None:
        raise QueryRefused(f"{change.key.upper()} inside the query changes the database: "
                           f"{_READ_ONLY}")


def _check_functions(tree: exp.Expression) -> None:
    for node in tree.find_all(exp.Func):
        name = _function_name(node)
        if _reads_files(name):
            raise QueryRefused(f"{name}() reads files, which the SQL page does not allow: "
                               "query the tables of this database instead")
        if name in _SQL_TEXT_FUNCTIONS:
            raise QueryRefused(f"{name}() runs SQL given as text, which the SQL page does "
                               "not allow: write the query itself")
        if name in _SETTING_FUNCTIONS:
            raise QueryRefused(f"{name}() reads the server's settings and environment, which "
                               "the SQL page does not show: query the tables of this database")


def _check_tables(tree: exp.Expression, relations: set[str]) -> None:
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        if isinstance(table.this, exp.Func):
            name = _function_name(table.this)
            if name not in ALLOWED_TABLE_FUNCTIONS:
                allowed = ", ".join(sorted(ALLOWED_TABLE_FUNCTIONS))
                raise QueryRefused(f"the table function {name}() is not available here "
                                   f"(available: {allowed})")
            continue
        name = table.name
        if table.args.get("catalog") is not None or (table.db and table.db.lower() != "main"):
            raise QueryRefused(f"{table.sql(dialect='duckdb')} names another database or "
                               "schema: queries read this database's tables only")
        if _looks_like_path(name):
            raise QueryRefused(f"'{name}' is a file path, and reading files is not allowed: "
                               "query the tables of this database instead")
        if name.lower() not in relations and name.lower() not in ctes:
            known = ", ".join(sorted(relations))
            raise QueryRefused(f"there is no table or view named '{name}' (tables and views: "
                               f"{known})")


def _check_parameters(used: frozenset[str], parameters: Mapping[str, Any]) -> None:
    positional = sorted(p for p in used if p.isdigit())
    if positional:
        raise QueryRefused("positional parameters (? or $1) cannot be bound here; use the "
                           f"named ones: {_parameter_list(parameters)}")
    unknown = sorted(used - parameters.keys())
    if unknown:
        raise QueryRefused(f"unknown parameter ${unknown[0]}; the SQL page binds "
                           f"{_parameter_list(parameters)}")


def _parameter_list(parameters: Mapping[str, Any]) -> str:
    return ", ".join(f"${name}" for name in sorted(parameters))


_ENGINE_START_LIMIT = 60.0  # seconds an engine process may take to open the copy
_KILL_GRACE = 0.8  # seconds past the time limit before the engine process is killed


class _EngineGone(Exception):
    """The engine process ended (killed by its memory cap, or by us at the time limit)."""


class _Engine:
    """One engine process (stance.store.sql_engine) reading one version of the data."""

    def __init__(self, folder: Path, budget: int, threads: int):
        ours, theirs = socket.socketpair()
        self._log = (folder / "engine.log").open("wb")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "stance.store.sql_engine", str(theirs.fileno()),
             str(folder / COPY_FILE), str(budget), str(threads)],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self._log, env=env)
        theirs.close()
        self._conn = Connection(ours.detach())
        answer = self._receive(_ENGINE_START_LIMIT)
        if answer is None or answer[0] != "ready":
            self.close()
            why = answer[1] if answer else "it did not start in time"
            raise QueryFailed(f"the SQL engine could not load the data ({why})")
        self.relations = frozenset(answer[1])

    def ask(self, request: tuple[Any, ...], wait: float) -> tuple[Any, ...] | None:
        """The engine's answer, or None when `wait` seconds pass first (then it is killed)."""
        try:
            self._conn.send(request)
        except OSError as error:
            raise _EngineGone from error
        answer = self._receive(wait)
        if answer is None:
            self.close()
        return answer

    def _receive(self, wait: float) -> tuple[Any, ...] | None:
        try:
            if not self._conn.poll(wait):
                return None
            return self._conn.recv()
        except (EOFError, OSError) as error:
            self.close()
            raise _EngineGone from error

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    @property
    def pid(self) -> int:
        return self._process.pid

    def close(self) -> None:
        """Stop the process at once (SIGKILL: a query mid-run holds no lock on anything)."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._conn.close()
        self._log.close()


class Sandbox:
    """User SQL for one database: checked, then run by an engine process on a locked
    read-only copy of its data (stance.store.sql_engine says why a process)."""

    def __init__(self, db: Database, threads: int | None = None, budget: int | None = None):
        self.db = db
        self.threads = threads or max(1, min(2, os.cpu_count() or 1))
        self.budget = budget or sql_memory()
        self._lock = threading.Lock()  # one query at a time per engine
        self._engine: _Engine | None = None
        self._folder: Path | None = None  # the copy's file, for a restarted engine
        self._version: str | None = None

    def relations(self) -> frozenset[str]:
        """Tables and views a query may read (the copy's catalogue)."""
        with self._lock:
            return self._current().relations

    def check(self, sql: str, parameters: Mapping[str, Any] | None = None) -> CheckedQuery:
        return check_query(sql, self.relations(), parameters)

    def run(self, sql: str, parameters: Mapping[str, Any] | None = None,
            time_limit: float = DEFAULT_TIME_LIMIT, row_cap: int = DEFAULT_ROW_CAP
            ) -> SqlResult:
        """Check and run `sql`; `parameters` are the values `$names` may take."""
        given = dict(available_parameters() if parameters is None else parameters)
        with self._lock:
            engine = self._current()
            checked = check_query(sql, engine.relations, given)
            bound = {name: given[name] for name in checked.parameters}
            return self._execute(engine, checked.sql, bound, time_limit, row_cap)

    def run_unchecked(self, sql: str) -> SqlResult:
        """Run `sql` on the copy without the text check: for tests of the second wall only."""
        with self._lock:
            return self._execute(self._current(), sql, {}, DEFAULT_TIME_LIMIT,
                                 DEFAULT_ROW_CAP)

    def engine_pid(self) -> int | None:
        """The engine process's id (None before the first query): for memory measurements."""
        with self._lock:
            engine = self._engine
            return engine.pid if engine is not None and engine.alive else None

    def close(self) -> None:
        """Stop the engine process and delete the copy's files."""
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
            self._version = None

    def _current(self) -> _Engine:
        version = str(self.db.scalar("sql_data_version"))
        if self._version != version:
            self._stop()
            self._folder, self._version = _export_copy(self.db)
        if self._engine is None or not self._engine.alive:
            if self._engine is not None:
                self._engine.close()
            self._engine = _Engine(self._folder, self.budget, self.threads)
        return self._engine

    def _execute(self, engine: _Engine, sql: str, params: dict[str, Any], time_limit: float,
                 row_cap: int) -> SqlResult:
        request = ("query", sql, params, time_limit, row_cap, MAX_RESULT_BYTES)
        try:
            answer = engine.ask(request, time_limit + _KILL_GRACE)
        except _EngineGone as gone:  # the kernel's cap ended the process mid-query
            self._engine = None
            raise _over_memory(self.budget) from gone
        if answer is None:
            self._engine = None
            raise QueryTimeout(_timeout_message(time_limit))
        if answer[0] == "error":
            raise _engine_error(answer[1], answer[2], answer[3], time_limit, self.budget)
        _, stream, truncated, seconds = answer
        table = pa.ipc.open_stream(stream).read_all()
        table = table.slice(0, min(row_cap, _rows_within(table, MAX_RESULT_BYTES)))
        table = table.rename_columns(_unique_names(table.column_names))
        return SqlResult(frame=table.to_pandas(), table=table, truncated=truncated,
                         row_cap=row_cap, seconds=seconds, sql=sql, params=params)


_COPY_PREFIX = "stance-sql-"
_OWNER_FILE = "owner.pid"


def remove_orphaned_copies(where: Path | None = None) -> list[Path]:
    """Delete copies left in the temporary folder by a process that is gone (an app killed
    with SIGKILL never ran its exit handler): at 10M statements each is 2.4 GB."""
    removed = []
    for folder in Path(where or tempfile.gettempdir()).glob(f"{_COPY_PREFIX}*"):
        try:
            owner = int((folder / _OWNER_FILE).read_text(encoding="ascii"))
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        except (OSError, ValueError):
            continue  # being written, another user's, or not ours to judge
    return removed


# Bookkeeping copied although the catalogue leaves it out: with them refresh_statements_wide
# finds the copy in step (without, it would rebuild statements_wide and every aggregate);
# both are one row, and they are dropped from the copy once it is in step.
_REFRESH_STATE = ("statements_wide_state", "agg_state")
COPY_ALIAS = "sql_copy"  # the copy's name while attached (queries/store/sandbox_*_copy.sql)
_copy_lock = threading.Lock()  # one copy written at a time: the alias is the connection's


def _export_copy(db: Database) -> tuple[Path, str]:
    """The tables the SQL page lists (sql_catalogue: no agg_* twins, hundreds of MB at 10M) as
    a DuckDB file in a private folder, read in one transaction, with the views and macros the
    engine cannot create in a file it opens read-only."""
    remove_orphaned_copies()
    folder = Path(tempfile.mkdtemp(prefix=_COPY_PREFIX))  # mode 0700
    copy = folder / COPY_FILE
    try:
        (folder / _OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
        version = _write_copy(db, copy)
        _finish_copy(copy)
    except BaseException as error:
        shutil.rmtree(folder, ignore_errors=True)
        reason = _disk_reason(error)
        if reason:
            raise QueryFailed(f"the SQL engine could not write its copy of the data to "
                              f"{folder.parent} ({reason}); free space there or set TMPDIR "
                              "to a folder on another disk") from error
        raise
    return folder, version


def _write_copy(db: Database, copy: Path) -> str:
    """Every listed table, file to file by DuckDB under the app's memory limit, from one read
    transaction of the database; the data's fingerprint read in the same transaction."""
    with _copy_lock, db.cursor() as tx:
        tx.run("store/sandbox_attach_copy", path=str(copy))
        try:
            tx.begin()
            version = str(tx.run("sql_data_version").scalar())
            catalogue = tx.run("sql_catalogue").frame()
            tables = set(catalogue.loc[catalogue["kind"] == "table", "relation"])
            present = set(tx.run("sql_table_names").frame()["name"])
            for name in sorted(tables | (present & set(_REFRESH_STATE))):
                tx.copy_table(name, COPY_ALIAS)
            tx.commit()  # writes the copy only: the database itself is read
        finally:
            with suppress(DatabaseError):  # after a failure: end the transaction, if any
                tx.rollback()
            tx.run("store/sandbox_detach_copy")
    return version


def _finish_copy(copy: Path) -> None:
    """The schema's views and macros into the copy, statements_wide brought in step (a file
    written by an older version may hold another shape), then the bookkeeping dropped: users
    see only the tables the page lists."""
    limit = memory_limit(app=True)
    con = duckdb.connect(str(copy), config={"memory_limit": limit} if limit else {})
    try:
        tx = Tx(con, where=copy)
        tx.run("store/schema")  # tables exist already; adds views and macros
        refresh_statements_wide(tx)
        tx.run("store/sandbox_drop_bookkeeping")  # the schema's empty agg_* tables, the state
    finally:
        con.close()


def _disk_reason(error: BaseException) -> str | None:
    """The operating system's reason ('File too large') when writing the copy failed on the
    disk, else None."""
    if isinstance(error, OSError):
        return os.strerror(error.errno) if error.errno else str(error).splitlines()[0]
    cause = error.__cause__ if isinstance(error, DatabaseError) else error
    if isinstance(cause, duckdb.IOException):
        return str(cause).splitlines()[0].rsplit(": ", 1)[-1]
    return None


def _over_memory(budget: int) -> QueryOverMemory:
    return QueryOverMemory(f"the query needs more memory than the SQL page allows "
                           f"({budget // 1024 // 1024} MB); narrow it "
                           "(WHERE, LIMIT) or aggregate before joining")


def _timeout_message(time_limit: float) -> str:
    return (f"the query ran longer than the {time_limit:g}-second limit and was stopped; "
            "narrow it (WHERE, LIMIT) or aggregate before joining")


def _engine_error(kind: str, name: str, message: str, time_limit: float, budget: int
                  ) -> StanceError:
    if kind == "timeout":
        return QueryTimeout(_timeout_message(time_limit))
    if kind == "memory":
        return _over_memory(budget)
    if kind == "too_large":
        return QueryFailed("the result is too large to return (a single column holds more "
                           "than 2 GB); select fewer rows or shorter values")
    failed = QueryFailed(plain_error(Exception(message)))
    failed.engine_error = name  # DuckDB's exception class, e.g. PermissionException
    return failed


def _rows_within(table: pa.Table, limit: int) -> int:
    """How many leading rows of `table` fit in `limit` bytes (at least one, if any)."""
    if table.num_rows == 0 or table.nbytes <= limit:
        return table.num_rows
    return max(1, int(table.num_rows * limit / table.nbytes))


def _unique_names(names: list[str]) -> list[str]:
    """Column names made unique (`SELECT 1, 1` gives two columns called "1")."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        count = seen.get(name, 0)
        seen[name] = count + 1
        unique.append(name if count == 0 else f"{name}_{count + 1}")
    return unique


_sandboxes: weakref.WeakKeyDictionary[Database, Sandbox] = weakref.WeakKeyDictionary()
_sandboxes_lock = threading.Lock()


def sandbox_for(db: Database) -> Sandbox:
    """The shared Sandbox of a database (its copy is rebuilt only when the data change)."""
    with _sandboxes_lock:
        sandbox = _sandboxes.get(db)
        if sandbox is None:
            sandbox = _sandboxes[db] = Sandbox(db)
        return sandbox


@atexit.register
def close_sandboxes() -> None:
    """Stop every engine process and delete its copy (also at exit: no process or temporary
    file outlives the app or the command)."""
    with _sandboxes_lock:
        for sandbox in _sandboxes.values():
            sandbox.close()
        _sandboxes.clear()


def run_sql(db: Database, sql: str, parameters: Mapping[str, Any] | None = None,
            time_limit: float = DEFAULT_TIME_LIMIT, row_cap: int = DEFAULT_ROW_CAP
            ) -> SqlResult:
    """Check and run one user query on `db` (see the module docstring for the rules)."""
    return sandbox_for(db).run(sql, parameters, time_limit, row_cap)


# The SQL page's examples (queries/sql_example_*.sql), in the order the page offers them; the
# first line of each file (`-- Example: ...`) is its title.
EXAMPLES = ("sql_example_corrected", "sql_example_cues", "sql_example_datasets",
            "sql_example_most_quoted", "sql_example_stance_by_country",
            "sql_example_yearly_balance")
DEFAULT_EXAMPLE = "sql_example_stance_by_country"  # in the editor when the page opens
_NOT_EXAMPLES = ("sql_", "corrections_")  # the page's own queries, the corrections' tables


def examples() -> dict[str, str]:
    """Title -> SQL: the examples, then the queries behind the charts that need no more than
    the SQL page's parameters."""
    usable = set(available_parameters())
    found: dict[str, str] = {}
    for name in EXAMPLES:
        text = sql_text(name)
        first = text.splitlines()[0].removeprefix("--").strip()
        title = first.removeprefix("Example:").strip() or name
        found[title[:1].upper() + title[1:]] = text
    for name in list_queries():
        if name.startswith(_NOT_EXAMPLES) or not parameter_names(name) <= usable:
            continue
        found[f"Chart query: {name}"] = sql_text(name)
    return found


def default_example() -> str:
    """The SQL in the editor when the SQL page opens."""
    return sql_text(DEFAULT_EXAMPLE).strip()
