"""Killing a writing process at a chosen SQL statement instead of after a random sleep.

The child counts the statements its database connection runs (SQLite's trace callback, which
is called as each statement starts). At the chosen one it prints "stopped <n> <sql>" and waits;
the parent reads that line and only then kills it, so the kill is known to land there (inside
a transaction, when the child counts only those). With the statement 0 the child never stops:
it prints "statement <n> <sql>" for each and "statements <count>" as it exits, what a test
spreads its kill points over (or looks a particular statement up in).

In the child:  import kill_point; kill_point.stop_at(n, in_transaction=True, conn=...)
In the test:   child = start(SCRIPT, args, stop=n); before, where = run_until_stopped(child)
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent


def stop_at(statement: int, *, in_transaction: bool, conn: Any = None) -> None:
    """Stop this process at its `statement`-th SQL statement (counted on `conn`, or on every
    connection sqlite_utils opens from now on); only those run inside a transaction count
    when `in_transaction`."""
    seen = 0

    def watch(connection: Any) -> None:
        def trace(sql: str) -> None:
            nonlocal seen
            if in_transaction and not connection.in_transaction:
                return
            seen += 1
            if statement == 0:
                print("statement", seen, " ".join(sql.split())[:200], flush=True)
            elif seen == statement:
                print("stopped", seen, " ".join(sql.split())[:200], flush=True)
                while True:  # the parent kills us here
                    time.sleep(60)

        connection.set_trace_callback(trace)

    if statement == 0:
        atexit.register(lambda: print("statements", seen, flush=True))
    if conn is not None:
        watch(conn)
        return
    from sqlite_utils import utils

    connect = utils.sqlite3.connect

    def connecting(*args: Any, **kwargs: Any) -> Any:
        connection = connect(*args, **kwargs)
        watch(connection)
        return connection

    utils.sqlite3.connect = connecting


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(TESTS), *filter(None, [os.environ.get("PYTHONPATH")])])}


def start(script: str, args: list[str], *, stop: int) -> subprocess.Popen[str]:
    """Run `script` (which calls stop_at(int(sys.argv[-1]), ...)) in a child process."""
    return subprocess.Popen([sys.executable, "-c", script, *args, str(stop)],
                            stdout=subprocess.PIPE, text=True, env=_env())


def run_until_stopped(child: subprocess.Popen[str]) -> tuple[list[str], str]:
    """The lines the child printed before it stopped, and its "stopped" line; then it is
    killed. A child that finished without reaching its statement fails the test."""
    assert child.stdout is not None
    before: list[str] = []
    try:
        for line in child.stdout:
            if line.startswith("stopped "):
                return before, line.strip()
            before.append(line.rstrip("\n"))
        raise AssertionError(f"the child never reached its statement; it printed {before[-3:]}")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


def statements(script: str, args: list[str]) -> list[str]:
    """The statements the child runs when not stopped (counted as stop_at counts them): the
    n-th is the one stop_at(n) stops at."""
    done = subprocess.run([sys.executable, "-c", script, *args, "0"], capture_output=True,
                          text=True, timeout=120, env=_env())
    assert done.returncode == 0, done.stderr
    listed = [line.split(" ", 2)[2] for line in done.stdout.splitlines()
              if line.startswith("statement ")]
    assert done.stdout.splitlines()[-1] == f"statements {len(listed)}"
    return listed


def spread(total: int, runs: int, run: int) -> int:
    """The `run`-th of `runs` kill points spread evenly from the first statement to the last."""
    return 1 + round(run * (total - 1) / max(runs - 1, 1))
