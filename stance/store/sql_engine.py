"""The SQL page's engine: a locked in-memory DuckDB holding a copy of the data, in a process of
its own whose memory the kernel caps.

Why a process: DuckDB's `memory_limit` covers its buffer manager, not every allocation (a
list built by `range(100000000)` or a string from `repeat()` is not counted): such a query
took the dashboard from 270 MB to 7 GB with a 488 MB limit. Here the engine process sets
RLIMIT_DATA after loading the copy, to what it holds then plus the query budget
(STANCE_SQL_MEMORY), so the kernel refuses the allocation that would pass it (DuckDB reports
it as out of memory) or, failing that, the process dies; either way the app and its other
visitors are untouched. The parent (stance.sandbox) kills the process if a query outlives its
time limit by a second, and starts a new one for the next query.

Run as `python -m stance.store.sql_engine FD FOLDER BUDGET THREADS`: FD is one end of a socket
pair (a multiprocessing Connection: pickled tuples), FOLDER holds one Arrow IPC file per table.

Requests and answers:
- at start the engine sends ("ready", relations) or ("failed", message);
- ("query", sql, params, time_limit, row_cap, max_bytes) ->
  ("rows", arrow_ipc_bytes, truncated, seconds) or ("error", kind, class_name, message),
  where kind is "timeout", "memory", "too_large" or "failed".
"""

from __future__ import annotations

import contextlib
import resource
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from stance.store.tx import Tx
from stance.store.wide import refresh_statements_wide

_SLACK = 64 * 1024 * 1024  # Python's own work around a query (pickling, the Arrow stream)
TABLE_SUFFIX = ".arrow"


def main(argv: list[str]) -> int:
    fd, folder, budget, threads = int(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    conn = Connection(fd)
    try:
        con, relations = _load(folder, threads)
        _cap_memory(con, budget)
    except Exception as error:  # noqa: BLE001 - the parent reports it; nothing else may
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return 1
    conn.send(("ready", relations))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the parent closed its end or exited
            return 0
        try:
            conn.send(_answer(con, request))
        except MemoryError:
            conn.send(("error", "memory", "MemoryError", "the result does not fit"))


def _load(folder: Path, threads: int) -> tuple[duckdb.DuckDBPyConnection, list[str]]:
    """The copy: every table from its Arrow file, then the schema's views and macros; the
    store's bookkeeping is dropped again (users see only the tables the page lists)."""
    con = duckdb.connect(":memory:", config={
        "enable_external_access": False,  # no files, network, ATTACH or extensions
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "threads": threads,
        "temp_directory": "",  # no spilling to disk: a runaway query fails instead
    })
    for path in sorted(folder.glob(f"*{TABLE_SUFFIX}")):
        with pa.memory_map(str(path)) as source:  # file pages: not counted by RLIMIT_DATA
            table = pa.ipc.open_file(source).read_all()
            con.from_arrow(table).create(path.name.removesuffix(TABLE_SUFFIX))
            del table
    copy = Tx(con)
    copy.run("store/schema")  # tables exist already; adds views and macros
    # a file written by an older version may hold a statements_wide of another shape than
    # the macros expect: bring the copy in step (nothing to do otherwise)
    refresh_statements_wide(copy)
    copy.run("store/sandbox_drop_bookkeeping")  # the schema's empty agg_* tables, the state
    catalogue = copy.run("sql_catalogue").frame()
    relations = sorted(set(catalogue.loc[catalogue["kind"].isin(["table", "view"]),
                                         "relation"]))
    return con, relations


def _cap_memory(con: duckdb.DuckDBPyConnection, budget: int) -> None:
    """DuckDB's own limit and the kernel's, both at what the copy holds now plus `budget`;
    then the settings are locked (no SET from a query)."""
    held = int(con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()")
               .fetchone()[0])
    con.execute(f"SET memory_limit = '{(held + budget) // (1024 * 1024)}MB'")
    con.execute("SET lock_configuration = true")
    ceiling = _data_segment() + budget + _SLACK
    resource.setrlimit(resource.RLIMIT_DATA, (ceiling, ceiling))


def _data_segment() -> int:
    """The process's private data now (VmData, Linux), the measure RLIMIT_DATA caps."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmData:", 1)[1].split()[0]) * 1024


def _answer(con: duckdb.DuckDBPyConnection, request: tuple[Any, ...]) -> tuple[Any, ...]:
    kind, sql, params, time_limit, row_cap, max_bytes = request
    if kind != "query":
        return ("error", "failed", "ValueError", f"unknown request {kind!r}")
    cur = con.cursor()
    timed_out = threading.Event()

    def stop() -> None:
        timed_out.set()
        cur.interrupt()

    timer = threading.Timer(time_limit, stop)
    timer.daemon = True
    started = time.perf_counter()
    timer.start()
    # whatever the query does happens in a transaction that is rolled back, so no visitor's
    # query can change what the next one reads
    cur.begin()
    try:
        reader = cur.sql(sql, params=params or None).to_arrow_reader(min(row_cap + 1, 8192))
        batches, rows, size = [], 0, 0
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            size += batch.nbytes
            if rows > row_cap or size > max_bytes:
                break
        table = pa.Table.from_batches(batches, schema=reader.schema)
    except duckdb.InterruptException as error:
        return _error("timeout" if timed_out.is_set() else "failed", error)
    except (duckdb.OutOfMemoryException, MemoryError) as error:
        return _error("memory", error)
    except duckdb.Error as error:
        return _error("failed", error)
    except (pa.ArrowException, OSError) as error:  # a value too big for one Arrow buffer
        return _error("too_large", error)
    finally:
        timer.cancel()
        with contextlib.suppress(duckdb.Error):  # an interrupted query may have ended it
            cur.rollback()
        cur.close()
    seconds = time.perf_counter() - started
    truncated = table.num_rows > row_cap or size > max_bytes
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return ("rows", sink.getvalue().to_pybytes(), truncated, seconds)


def _error(kind: str, error: BaseException) -> tuple[str, str, str, str]:
    return ("error", kind, type(error).__name__, str(error))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
