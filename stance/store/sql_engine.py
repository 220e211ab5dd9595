"""The SQL page's engine: a locked, read-only DuckDB on a copy of the data, in a process of its
own whose memory the kernel caps.

The copy is a DuckDB file (stance.sandbox writes it): the engine opens it READ ONLY as its only
database, so its memory is DuckDB's buffer pool (blocks are read from the file as queries need
them and evicted under `memory_limit`), not the size of the data. At 10M statements the copy is
2.4 GB on disk; an in-memory copy held 11.5 GB.

Why a process: DuckDB's `memory_limit` covers its buffer manager, not every allocation (a
list built by `range(100000000)` or a string from `repeat()` is not counted): such a query
took the dashboard from 270 MB to 7 GB with a 488 MB limit. Here the engine caps RLIMIT_DATA
at what the process holds once the file is open plus the budget (STANCE_SQL_MEMORY), so the
kernel refuses the allocation that would pass it (DuckDB reports it as out of memory) or,
failing that, the process dies; either way the app and its other visitors are untouched.
DuckDB's `memory_limit` (the cached blocks of the file and a query's own work) is half the
budget (`_pool`), and a large sort, join or aggregate spills to the copy's private folder (at
most SPILL_LIMIT). The parent (stance.sandbox) kills the process if a query outlives its time
limit by a second, and starts a new one for the next query.

Run as `python -m stance.store.sql_engine FD COPY BUDGET THREADS`: FD is one end of a socket
pair (a multiprocessing Connection: pickled tuples), COPY the DuckDB file of the copy.

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

_SLACK = 64 * 1024 * 1024  # Python's own work around a query (pickling, the Arrow stream)
COPY_FILE = "copy.duckdb"  # the copy's file name in its private folder
SPILL_FOLDER = "spill"  # beside it: what a query spills to disk
SPILL_LIMIT = 4 * 1024 ** 3  # bytes a query may spill


def main(argv: list[str]) -> int:
    fd, copy, budget, threads = int(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    conn = Connection(fd)
    try:
        con, relations = _open(copy, budget, threads)
        _cap_memory(budget)
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


def _open(copy: Path, budget: int, threads: int
          ) -> tuple[duckdb.DuckDBPyConnection, list[str]]:
    """The copy, read-only and locked before any query: no writes (not even to the copy), no
    files, network, ATTACH or extensions, no SET; the views and macros are in the file."""
    con = duckdb.connect(str(copy), read_only=True, config={
        "enable_external_access": False,  # no files, network, ATTACH or extensions
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "threads": threads,
        "memory_limit": f"{_pool(budget) // (1024 * 1024)}MiB",  # cached blocks, queries' work
        # a large sort, join or aggregate spills beside the copy (a private folder), up to
        # SPILL_LIMIT; a query past that fails
        "temp_directory": str(copy.parent / SPILL_FOLDER),
        "max_temp_directory_size": f"{SPILL_LIMIT // (1024 * 1024)}MiB",
        "lock_configuration": True,  # no SET from a query
    })
    catalogue = Tx(con).run("sql_catalogue").frame()
    relations = sorted(set(catalogue.loc[catalogue["kind"].isin(["table", "view"]),
                                         "relation"]))
    return con, relations


def _pool(budget: int) -> int:
    """DuckDB's memory limit: half the budget. The kernel caps address space, and DuckDB's
    allocator maps more than the blocks it holds: at 10M statements, with a 512 MiB pool, the
    examples took the data segment 835 MB past its start (RSS 360 MB); a pool as large as
    the budget had five of the six examples refused."""
    return budget // 2


def _cap_memory(budget: int) -> None:
    """The kernel's cap: the process as it is now (Python, DuckDB, the file opened, nothing of
    the data cached) plus `budget`, whatever the size of the data."""
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
