"""Where an import's time goes on PostgreSQL: CPU seconds of processes and what the database's backends wait on.

`WaitSampler(dsn, database)` polls `pg_stat_activity` (every `interval` s, from a connection of its own) while an
import runs and reads each backend's CPU from /proc (PostgreSQL on the same machine). At the end it tells, per
backend state and wait event, how many backend-seconds were spent — `Lock:*` is time a writer waited for another
writer's row, advisory or transaction lock (what would stop writers from scaling), `Client:ClientRead` is a
backend idle in its transaction waiting for Python (extraction, ORM), no wait event is a backend on the CPU — and
which statements waited on locks. It also follows the importing processes (`writers`: a process whose descendants
are the writers) through /proc/PID/schedstat: seconds on a CPU and seconds runnable but waiting for one (the run
queue) — on a shared machine the second says how much of the wall time no core was free. `tree_cpu_seconds(pid)` is
the CPU of a process and its children, from /proc.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one live process (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def schedstat_seconds(pid: int) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds runnable waiting for a CPU) of a process's main thread; None once it is gone."""
    try:
        on_cpu, waiting, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(on_cpu) / 1e9, int(waiting) / 1e9


def tree_pids(pid: int) -> list[int]:
    pids = [pid]
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            for child in map(int, children.read_text().split()):
                pids.extend(tree_pids(child))
        except OSError:
            continue
    return pids


def tree_cpu_seconds(pid: int) -> dict[int, float]:
    """CPU seconds of `pid` and every live descendant, by pid."""
    return {p: cpu for p in tree_pids(pid) if (cpu := process_cpu_seconds(p)) is not None}


def cpu_since(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU spent between two `tree_cpu_seconds` looks by the processes alive at the second (new ones from 0)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


class WaitSampler:
    """Samples the backends of `database` in a thread; `stop()` returns the summary."""

    def __init__(self, dsn: str, database: str, interval: float = 0.1, writers: int | None = None) -> None:
        import psycopg

        self.connection = psycopg.connect(dsn, autocommit=True)
        self.database = database
        self.interval = interval
        self.samples = 0
        self.states: Counter[str] = Counter()
        self.lock_statements: Counter[str] = Counter()
        self.backend_cpu: dict[int, float] = {}
        self.backend_cpu_at_start: dict[int, float] = {}
        self.writers = writers
        self.sched: dict[int, tuple[float, float]] = {}
        self.sched_at_start: dict[int, tuple[float, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> WaitSampler:
        self._look(baseline=True)
        self._thread.start()
        return self

    def _look(self, *, baseline: bool = False) -> None:
        if self.writers is not None:
            for pid in tree_pids(self.writers):
                if (seen := schedstat_seconds(pid)) is not None:
                    (self.sched_at_start if baseline else self.sched)[pid] = seen
        rows = self.connection.execute(
            "SELECT pid, state, wait_event_type, wait_event, left(query, 70) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
            [self.database],
        ).fetchall()
        for pid, state, wait_type, wait_event, query in rows:
            cpu = process_cpu_seconds(pid)
            if cpu is not None:
                (self.backend_cpu_at_start if baseline else self.backend_cpu)[pid] = cpu
            if baseline or state == "idle":  # idle outside a transaction: a connection between pages
                continue
            key = f"{state} {wait_type}:{wait_event}" if wait_type else f"{state} (on CPU)"
            self.states[key] += 1
            if wait_type == "Lock":
                self.lock_statements[f"{wait_event}: {' '.join(query.split())}"] += 1
        if not baseline:
            self.samples += 1

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            self._look()
            self._stop.wait(max(0.0, self.interval - (time.perf_counter() - started)))

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        self.connection.close()
        seconds = {key: round(n * self.interval, 1) for key, n in self.states.most_common()}
        locked = sum(n for key, n in self.states.items() if " Lock:" in key) * self.interval
        busy = sum(self.states.values()) * self.interval
        cpu = sum(c - self.backend_cpu_at_start.get(pid, 0.0) for pid, c in self.backend_cpu.items())
        start = self.sched_at_start
        writers_on_cpu = sum(on - start.get(pid, (0.0, 0.0))[0] for pid, (on, _) in self.sched.items())
        writers_queued = sum(waiting - start.get(pid, (0.0, 0.0))[1] for pid, (_, waiting) in self.sched.items())
        return {
            "writer_seconds_on_cpu": round(writers_on_cpu, 1),
            "writer_seconds_waiting_for_a_cpu": round(writers_queued, 1),
            "backend_seconds_in_transaction_or_query": round(busy, 1),
            "backend_seconds_waiting_on_locks": round(locked, 1),
            "by_state": seconds,
            "lock_waits_by_statement": dict(self.lock_statements.most_common(8)),
            "backend_cpu_seconds": round(cpu, 1),
        }
