"""Stopping a run cleanly: SIGTERM/SIGINT finish the page being written, then stop; and the run's one-line summary."""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass
from typing import Any


@dataclass
class StopRequest:
    """Set by SIGTERM/SIGINT: the run finishes the page it is writing, then stops. A second signal stops at once."""

    signal_name: str = ""
    worker_died: bool = False
    workers: Any = None  # an Event writing workers check before starting a page (set at once by the signal)

    def __call__(self, signum: int, frame: object) -> None:
        if self.signal_name:
            raise KeyboardInterrupt
        self.signal_name = signal.Signals(signum).name
        if self.workers is not None:
            self.workers.set()

    @property
    def stopped(self) -> bool:
        return bool(self.signal_name) or self.worker_died


def summary_line(
    run_id: int, done: int, failed: int, skipped: int, left: int, stop: StopRequest, *, dry_run: bool
) -> str:
    """The one line an operator reads at the end of a run."""
    counts = f"{done} file(s) imported, {failed} failed"
    if skipped:
        counts += f", {skipped} skipped"
    if left:
        counts += f", {left} not attempted"
    if stop.worker_died:
        return (
            f"Import run #{run_id} stopped: a worker process died (out of memory?) — {counts}; "
            "run the same command again to finish"
        )
    if stop.signal_name:
        return f"Import run #{run_id} interrupted by {stop.signal_name}: {counts}; run the same command again to finish"
    return f"Import run #{run_id}: {counts}" + (" (dry run: nothing was kept)" if dry_run else "")


def install_handlers(stop: StopRequest) -> dict:
    if threading.current_thread() is not threading.main_thread():
        return {}
    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.getsignal(sig)
        signal.signal(sig, stop)
    return previous


def restore_handlers(previous: dict) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)
