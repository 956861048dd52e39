"""Progress of a running sync: the counts, the request rate, the estimate, the pause.

The engine counts what happens (``RunState``); the ``ProgressReporter`` turns those counts and
the client's counters and pause state into ``SyncProgress`` snapshots for a listener, on a
ticker and whenever something visible changes, and saves the request counters now and then
so a crash still leaves them in the run's record. Kept apart from the engine so that pulling
data and telling the operator about it can be read (and changed) one at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from sister_desktop.domain.sync_log import RequestCounters, SyncMode, SyncRun, TargetStatus
from sister_desktop.domain.sync_progress import (
    ErrorLine,
    ProgressListener,
    SyncPhase,
    SyncProgress,
)
from sister_desktop.sister.client import ClientCounters
from sister_desktop.sister.pacing import PauseState

log = logging.getLogger(__name__)

#: Failed endpoints kept for the progress dialog's live tail.
ERROR_TAIL = 50
#: Requests assumed per employee when a run is given no plan (a few lists of the default
#: groups, their details being unknown until the lists come).
REQUESTS_PER_PEGAWAI = 30
#: Seconds between saves of the request counters into the run's record.
SAVE_COUNTERS_EVERY_S = 15.0

SaveCounters = Callable[[str, RequestCounters], Awaitable[None]]


class RateMeter:
    """Requests per second over the last ``window_s`` seconds, from the client's counter."""

    def __init__(self, window_s: float = 10.0) -> None:
        self._samples: deque[tuple[float, int]] = deque()
        self._window = window_s

    def add(self, requests: int) -> float:
        now = time.monotonic()
        samples = self._samples
        samples.append((now, requests))
        while len(samples) > 2 and samples[1][0] <= now - self._window:
            samples.popleft()
        first_t, first_n = samples[0]
        elapsed = now - first_t
        return (requests - first_n) / elapsed if elapsed > 0.5 else 0.0


class RunState:
    """Counts of the run in progress (the engine's own, read by the reporter)."""

    def __init__(
        self,
        run: SyncRun,
        mode: SyncMode,
        total: int,
        planned_requests: float | None = None,
        planned_pegawai: int | None = None,
    ) -> None:
        self.run = run
        self.mode = mode
        self.total = total
        #: Requests the run is expected to send in all: the estimate before the run, then
        #: corrected pegawai by pegawai as their lists tell how many details they need.
        self.planned_requests = (
            planned_requests if planned_requests is not None else total * REQUESTS_PER_PEGAWAI
        )
        pulled = total if planned_pegawai is None else planned_pegawai
        #: The pegawai requests are sent for (the linked ones).
        self.to_pull = pulled
        #: What the plan counted for one pegawai (replaced by its own figure once known).
        self._per_pegawai = self.planned_requests / pulled if pulled else 0.0
        self.ok = 0
        self.failed = 0
        self.skipped = 0
        #: Before the first pegawai the run reads the SDM list, then the reference lists.
        self.phase = SyncPhase.SDM_LIST
        #: The pegawai being pulled now, by id (several workers at once).
        self.pulling: dict[int, str] = {}
        self.cancelling = False
        self.finished = False
        self.errors: deque[ErrorLine] = deque(maxlen=ERROR_TAIL)

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    def planned_for_pegawai(self, requests: int) -> None:
        """A pegawai's lists are in: it costs ``requests`` (lists and details), not the
        average the plan counted for it."""
        self.planned_requests += requests - self._per_pegawai

    @property
    def pulled(self) -> int:
        return self.ok + self.failed

    def count(self, status: TargetStatus) -> None:
        if status is TargetStatus.OK:
            self.ok += 1
        elif status is TargetStatus.FAILED:
            self.failed += 1
        else:
            self.skipped += 1


class ProgressReporter:
    """Turns the run state and the client's counters and pause state into progress events."""

    def __init__(
        self,
        state: RunState,
        client: Any,
        start: ClientCounters,
        listener: ProgressListener | None,
        save_counters: SaveCounters,
    ) -> None:
        self._state = state
        self._client = client
        self._start = start
        self._listener = listener
        self._save_counters = save_counters
        self._meter = RateMeter()
        self._rate = 0.0
        self._ticker: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._last_saved = time.monotonic()

    def counters(self) -> RequestCounters:
        now, start = self._client.counters, self._start
        return RequestCounters(
            total=now.requests - start.requests,
            retried=now.retried - start.retried,
            rate_limited=now.rate_limited - start.rate_limited,
            reauth=now.reauth - start.reauth,
        )

    def start(self, interval_s: float) -> None:
        self._unsubscribe = self._client.pacer.subscribe(self._on_pause)
        self._ticker = asyncio.get_running_loop().create_task(self._tick(interval_s))

    async def stop(self) -> None:
        """Stop ticking, and wait until the ticker has: it may be writing the counters, and a
        write left to unwind on its own after the run could outlive the database it uses (a
        closing program then waits for it forever)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        ticker, self._ticker = self._ticker, None
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    def _on_pause(self, _pause: PauseState) -> None:
        self.emit()

    async def _tick(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            self._rate = self._meter.add(self.counters().total)
            self.emit()
            if time.monotonic() - self._last_saved > SAVE_COUNTERS_EVERY_S:
                self._last_saved = time.monotonic()
                with contextlib.suppress(Exception):
                    await self._save_counters(self._state.run.id, self.counters())

    def emit(self) -> None:
        if self._listener is None:
            return
        state = self._state
        pause: PauseState = self._client.pause_state
        remaining = state.total - state.done
        sent = self.counters().total
        planned = max(state.planned_requests, float(sent))
        left = planned - sent
        eta = left / self._rate if self._rate > 0 else None
        if remaining == 0:
            eta = 0.0
            planned = float(sent)  # done: the bar is full whatever the plan said
        progress = SyncProgress(
            run_id=state.run.id,
            mode=state.mode,
            total=state.total,
            done=state.done,
            ok=state.ok,
            failed=state.failed,
            skipped=state.skipped,
            rate_rps=self._rate,
            eta_s=eta,
            paused=pause.paused,
            resume_at=pause.resume_at,
            cancelling=state.cancelling,
            errors=tuple(state.errors),
            finished=state.finished,
            phase=state.phase,
            pulling=tuple(state.pulling.values()),
            requests_done=sent,
            requests_planned=round(planned),
            to_pull=state.to_pull,
        )
        try:
            self._listener(progress)
        except Exception:  # a display must never stop the sync
            log.exception("Sync progress listener failed")
