"""Run Python's cyclic garbage collector on the Qt thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold trips: the
demo sandbox's server thread, an executor thread, aiosqlite's worker. If that collection frees a
Qt object (a dialog caught in a reference cycle, a timer), Qt tears it down on the wrong thread,
which warns ("Timers cannot be stopped from another thread") or crashes the process. So automatic
collection is switched off and this timer does the same work on the GUI thread, generation by
generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    """Owns ``gc.disable()`` while it lives; collects on a timer in the Qt thread."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.collect_due()

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
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
