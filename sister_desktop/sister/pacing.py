"""Pacing shared by every request of one client: N requests per second, M in flight, and one
pause for everybody when SISTER answers 429.

The live service locks the whole credential (``/authorize`` included) for ~15 minutes when it
thinks we are too fast. Hammering a locked credential only extends the lock, so on the first 429
of an episode every request waits, with a back-off that doubles while lockouts repeat.
Requests that were already on the wire when the pause began belong to the same episode: their
429s do not start another pause.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

#: After a lockout the request rate is halved, but never below this.
MIN_RATE_AFTER_LOCKOUT = 0.2


@dataclass(frozen=True, slots=True)
class PauseState:
    """What a progress display needs: are we waiting, until when, and how often it happened."""

    paused: bool
    resume_at: datetime | None
    lockouts: int
    current_rps: float


PauseListener = Callable[[PauseState], None]


class Pacer:
    """Spaces requests evenly (no bursts), bounds concurrency, and pauses all on rate limits."""

    def __init__(
        self,
        max_rps: float,
        max_inflight: int,
        *,
        lockout_initial_s: float = 30.0,
        lockout_max_s: float = 300.0,
    ) -> None:
        self._max_rps = max_rps
        self._rps = max_rps
        self._inflight_limit = max_inflight
        self._semaphore = asyncio.Semaphore(max_inflight)
        self._lockout_initial = lockout_initial_s
        self._lockout_max = lockout_max_s
        self._next_slot = 0.0
        self._resume_mono = 0.0
        self._resume_wall: datetime | None = None
        self._generation = 0
        self._lockouts = 0
        self._last_delay = 0.0
        self._ok_since_pause = True
        self._inflight = 0
        self._listeners: list[PauseListener] = []
        self._resume_handle: asyncio.TimerHandle | None = None

    # -- observation -------------------------------------------------------------------------

    @property
    def inflight(self) -> int:
        return self._inflight

    @property
    def state(self) -> PauseState:
        paused = time.monotonic() < self._resume_mono
        return PauseState(
            paused=paused,
            resume_at=self._resume_wall if paused else None,
            lockouts=self._lockouts,
            current_rps=self._rps,
        )

    def subscribe(self, listener: PauseListener) -> Callable[[], None]:
        """Call ``listener`` when a pause starts and when it ends; returns an unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self) -> None:
        state = self.state
        for listener in list(self._listeners):
            listener(state)

    # -- configuration -----------------------------------------------------------------------

    def set_limits(self, max_rps: float, max_inflight: int) -> None:
        """New limits from Settings; in-flight requests finish under the old ones."""
        self._max_rps = max_rps
        self._rps = max_rps
        if max_inflight != self._inflight_limit:
            self._inflight_limit = max_inflight
            self._semaphore = asyncio.Semaphore(max_inflight)

    # -- the gate ----------------------------------------------------------------------------

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[int]:
        """Hold one in-flight place while sending; yields the episode the request was sent in."""
        semaphore = self._semaphore
        async with semaphore:
            await self._wait_turn()
            self._inflight += 1
            try:
                yield self._generation
            finally:
                self._inflight -= 1

    async def _wait_turn(self) -> None:
        while True:
            now = time.monotonic()
            if now < self._resume_mono:
                await asyncio.sleep(self._resume_mono - now)
                continue
            # No await between reading and moving the slot: one coroutine at a time gets it.
            turn = max(now, self._next_slot)
            self._next_slot = turn + 1.0 / self._rps
            episode = self._generation
            if turn > now:
                await asyncio.sleep(turn - now)
            if episode != self._generation:
                # A pause began while we waited: the turn was booked at the old, too fast
                # rate, so book again behind the pause at the new rate.
                continue
            return

    def succeeded(self) -> None:
        """A non-429 answer: the credential is not locked, so the next lockout starts small."""
        self._ok_since_pause = True

    def rate_limited(self, sent_in: int) -> None:
        """A 429 for a request sent in episode ``sent_in``; starts a pause unless one covers it."""
        if sent_in != self._generation:
            return  # sent before the current pause began: same lockout, already handled
        if self._ok_since_pause or self._last_delay == 0.0:
            delay = self._lockout_initial
        else:
            delay = min(self._last_delay * 2, self._lockout_max)
        self._last_delay = delay
        self._ok_since_pause = False
        self._generation += 1
        self._lockouts += 1
        self._rps = max(min(self._rps, self._max_rps) / 2, MIN_RATE_AFTER_LOCKOUT)
        self._resume_mono = time.monotonic() + delay
        self._resume_wall = datetime.now(UTC) + timedelta(seconds=delay)
        self._next_slot = self._resume_mono  # every earlier booking is void
        if self._resume_handle is not None:
            self._resume_handle.cancel()
        self._resume_handle = asyncio.get_running_loop().call_later(delay, self._on_resumed)
        self._notify()

    def _on_resumed(self) -> None:
        self._resume_handle = None
        # The timer may fire a hair before the monotonic deadline: announce "running" for sure.
        self._resume_mono = min(self._resume_mono, time.monotonic())
        self._notify()

    def close(self) -> None:
        if self._resume_handle is not None:
            self._resume_handle.cancel()
            self._resume_handle = None
