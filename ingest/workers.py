"""Worker processes that extract pages (and, on PostgreSQL, write them over connections of their own) and never
outlive the import that started them.

Workers are forked, so they would inherit the parent's open database connection and share its socket: a child
that used or closed it would corrupt the parent's session, and an orphan kept it (and the transaction holding
the import's lock) open after the parent was killed. So the parent closes its connections before the pool
starts, each worker forgets any connection object it inherited without touching the socket, ignores Ctrl-C (the
parent decides when to stop, and only the parent prints), and exits as soon as its parent is gone — by
`PR_SET_PDEATHSIG` on Linux and, everywhere, by a watchdog thread that notices it was re-parented.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from django.db import connections

WATCHDOG_SECONDS = 1.0
_inherited: list[object] = []  # kept alive so that no finaliser closes a socket the parent still owns


def start_pool(workers: int, setup: Callable[..., None], *setup_args: object) -> ProcessPoolExecutor:
    """A pool of `workers` processes, started after this process has let go of its database connections.

    `setup(*setup_args)` runs once in each worker: what every task needs (e.g. the hashes already imported) is
    sent once per worker rather than with every page.
    """
    if not any(connections[alias].in_atomic_block for alias in connections):
        connections.close_all()  # inside a transaction (a test) the connection must stay; workers forget it anyway
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(), setup, setup_args))


def _worker_init(parent_pid: int, setup: Callable[..., None], setup_args: tuple) -> None:
    for alias in connections:
        # Forget, never close: closing would send a goodbye on the socket the parent still uses.
        wrapper = connections[alias]
        if wrapper.connection is not None:
            _inherited.append(wrapper.connection)
            wrapper.connection = None
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent_pid)
    setup(*setup_args)


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
