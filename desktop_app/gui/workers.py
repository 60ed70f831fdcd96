"""Background work: service calls run on QThreadPool; results come back through signals.

The threading rule (STYLE.md, Picard/Anki): a worker never touches a widget. It runs a plain
function (a service call) and hands the finished value back through a queued signal; the
slot runs on the GUI thread. Workers that write to the store open their own AppContext
(one SQLite connection per thread) instead of sharing the GUI's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger("letterdesk")


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """Run ``func(job)`` on the thread pool. ``job.report(done, total)`` emits progress and
    ``job.cancelled()`` tells a long loop to stop."""

    def __init__(self, func: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.func = func
        self.signals = _Signals()  # created on the GUI thread: its slots run there
        self._cancel = threading.Event()
        self.done = threading.Event()

    # -- used by the function on the worker thread -------------------------------------------
    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- used by the GUI ---------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # worker thread
        try:
            result = self.func(self)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            if not isinstance(exc, Exception):
                raise
            log.info("background job failed: %r", exc)
            self.done.set()
            self.signals.failed.emit(exc)
            return
        self.done.set()
        self.signals.finished.emit(result)


_RUNNING: set[Job] = set()


class _Relay(QObject):
    """Delivers a job's results to callbacks while its owner widget lives.

    A child of the owner: when the page or dialog is destroyed, the relay goes with it and
    Qt drops the connections, so a late result never reaches deleted widgets."""

    def __init__(self, owner: QObject, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[Exception], None] | None,
                 on_progress: Callable[[int, int], None] | None) -> None:
        super().__init__(owner)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress

    @Slot(object)
    def done(self, value: Any) -> None:
        self.deleteLater()
        if self._on_done is not None:
            self._on_done(value)

    @Slot(object)
    def failed(self, exc: Exception) -> None:
        self.deleteLater()
        if self._on_error is not None:
            self._on_error(exc)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


def _owner_of(*callbacks: Any) -> QObject | None:
    for callback in callbacks:
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject):
            return owner
    return None


def start_job(
    func: Callable[[Job], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Job:
    """Start ``func`` in the background; callbacks run on the GUI thread, and only while
    ``owner`` (by default the object of a bound-method callback) still exists."""
    job = Job(func)
    _RUNNING.add(job)

    def _forget(_: object = None) -> None:
        _RUNNING.discard(job)

    owner = owner or _owner_of(on_done, on_error, on_progress)
    if owner is not None:
        relay = _Relay(owner, on_done, on_error, on_progress)
        job.signals.finished.connect(relay.done)
        job.signals.failed.connect(relay.failed)
        job.signals.progress.connect(relay.progress)
    else:
        if on_done is not None:
            job.signals.finished.connect(on_done)
        if on_error is not None:
            job.signals.failed.connect(on_error)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
    job.signals.finished.connect(_forget)
    job.signals.failed.connect(_forget)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until background jobs are done (used when the window closes and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Debouncer(QObject):
    """Call ``callback`` once typing has stopped for ``delay_ms`` (the preview's 300 ms)."""

    def __init__(self, callback: Callable[[], None], delay_ms: int = 300,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(callback)

    def poke(self, *_: object) -> None:
        self.timer.start()  # restarts: only the last change within the delay counts

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.timer.timeout.emit()


class LatestOnly:
    """Run background renders so that only the newest request's result is delivered.

    Each ``submit`` bumps a generation counter; results from older generations are dropped
    (a slow render finishing after a newer one must not overwrite the preview)."""

    def __init__(self, owner: QObject | None = None) -> None:
        self.owner = owner
        self.generation = 0
        self.busy = False

    def invalidate(self) -> None:
        """Forget pending renders (the form changed kind or became invalid)."""
        self.generation += 1
        self.busy = False

    def submit(self, func: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[Exception], None]) -> Job:
        self.generation += 1
        gen = self.generation
        self.busy = True

        def done(value: Any) -> None:
            if gen == self.generation:
                self.busy = False
                on_done(value)

        def failed(exc: Exception) -> None:
            if gen == self.generation:
                self.busy = False
                on_error(exc)

        return start_job(lambda job: func(), done, failed, owner=self.owner)


def in_own_context(home: Path, func: Callable[[Any], Any]) -> Any:
    """Run ``func(ctx)`` with a store connection of its own (one per worker thread: SQLite
    connections are not shared between threads), closed afterwards."""
    from desktop_app.services.context import open_context

    ctx = open_context(home)
    try:
        return func(ctx)
    finally:
        ctx.close()
