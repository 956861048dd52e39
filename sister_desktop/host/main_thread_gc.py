"""Run Python's cyclic garbage collector on the main thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold trips: the
demo sandbox's server thread, the worker pool, aiosqlite's worker. If that collection frees a Qt
object (a dialog caught in a reference cycle, a timer, a translator), Qt tears it down on the
wrong thread, which warns ("Timers cannot be stopped from another thread") or crashes the
process. So automatic collection is switched off and a callback of the main thread's loop does
the same work, generation by generation, as the thresholds would have. Every process with a Qt
application has one (``host/runtime.py``).
"""

from __future__ import annotations

import asyncio
import gc

#: How often the due generations are collected.
INTERVAL_S = 1.0


class MainThreadGarbageCollector:
    """Owns ``gc.disable()`` while it lives; collects when its driver asks (a loop callback
    through ``attach``, or any timer of the main thread calling ``collect_due``)."""

    def __init__(self, *, interval_s: float = INTERVAL_S) -> None:
        self.interval_s = interval_s
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        gc.disable()

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Collect every ``interval_s`` on ``loop`` (run by the main thread)."""
        self._loop = loop
        self._timer = loop.call_later(self.interval_s, self._on_timer)

    def _on_timer(self) -> None:
        self.collect_due()
        if self._loop is not None and not self._loop.is_closed():
            self._timer = self._loop.call_later(self.interval_s, self._on_timer)

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold has been passed; returns objects freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] > threshold:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Give collection back to the interpreter (after a final collection here)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._loop = None
        gc.collect()
        if self._was_enabled:
            gc.enable()
