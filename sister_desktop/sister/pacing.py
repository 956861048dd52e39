"""Pacing shared by every request of one client: N requests per second, M in flight, and one
pause for everybody when SISTER answers 429.

Requests go at ``RATE_MARGIN`` of the configured rate: SISTER counts them in a strict
one-second window when they arrive, and network jitter can squeeze evenly spaced requests into
one window; at exactly the limit that earns a lockout of the whole credential.

The live service locks the whole credential (``/authorize`` included) for ~15 minutes when it
thinks we are too fast, and says nothing about when it lifts. A 429 is taken for such a
lockout: every request waits it out once (the first pause as long as the lockout is known to
last: SISTER's ``Retry-After`` when it sends one, else the longest lockout seen so far in this
run, else the configured guess), then a single request asks whether the lock has lifted
(sending more into a locked credential only extends the lock), shorter pauses follow while it
has not, and the first answer that is not a 429 returns everybody to the full pace. Nothing is
halved: the configured rate was not the cause of a lockout the margin could not prevent, and a
halved rate costs the rest of the night. Requests that were already on the wire when a pause
began belong to the same episode: their 429s do not start another pause.

Requests queue in order, with two kinds ahead of the rest: a login (it must not wait behind the
requests that need its token) and the resend of a request whose token was refused. The client
may hold every request that needs a token (``gate``) while it logs in; the login still takes its
turn in the rate and its place in the in-flight bound.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum

#: Requests are spaced at this fraction of the configured rate (see the module's docstring).
RATE_MARGIN = 0.95
#: While a probe finds the credential still locked, the next one waits this fraction of the
#: first pause, but never longer than ``PROBE_MAX_S``: a lockout a little longer than the one
#: expected costs at most one such step more.
PROBE_FRACTION = 0.25
PROBE_MAX_S = 60.0
#: How much of one interval a late turn may make up. A turn is often taken a little after its
#: time (the loop was busy parsing or writing when the timer was due, the head request waited
#: for an in-flight place): counting the next interval from that moment lost the lateness for
#: good, so a run paced at 0.92 of the limit reached only about 0.81. The schedule is kept
#: instead, but never more than this much of it is made up at once, so lateness does not
#: become a burst: in any second at most ``rate + 1 + CATCH_UP`` turns are taken.
CATCH_UP = 0.5
#: The share of the fastest round trip seen that every request is taken to spend after SISTER
#: counted it (see ``Pacer``).
COUNTED_BEFORE = 0.5


def window_for(max_rps: float) -> int:
    """How many requests SISTER may count in one second at ``max_rps``: its whole part."""
    return max(1, math.floor(max_rps))


@dataclass(frozen=True, slots=True)
class PauseState:
    """What a progress display needs: are we waiting, until when, and how often it happened."""

    paused: bool
    resume_at: datetime | None
    lockouts: int
    current_rps: float


PauseListener = Callable[[PauseState], None]


class Priority(IntEnum):
    """Who goes first among waiting requests (lower first; in order of arrival within one)."""

    #: A login, or any request without a token: never held by the gate.
    LOGIN = 0
    #: A request sent again after its token was refused: it has waited its turn once already.
    RESEND = 1
    NORMAL = 2


class _Waiter:
    """One request waiting for its turn; ``wakeup`` resolves when it should look again."""

    __slots__ = ("failure", "priority", "wakeup")

    def __init__(self, priority: Priority, wakeup: asyncio.Future[None]) -> None:
        self.priority = priority
        self.wakeup = wakeup
        self.failure: BaseException | None = None


class Pacer:
    """Spaces requests evenly (no bursts), bounds concurrency, and pauses all on rate limits.

    Only the first waiter of the queue (by priority, then arrival) may take the next turn, and
    it takes it at the moment it is sent: nothing is booked ahead, so a login that arrives
    later still goes before every ordinary request that has not been sent yet.

    SISTER counts a request when it arrives, which the client cannot see: somewhere between
    its sending and its answer (later when the service is slow to take it up, so requests
    sent evenly may be counted as a bunch). So besides the even spacing, a request is held
    while ``window`` requests may still be counted in the second it may arrive in: those on
    the wire, and those answered whose latest possible count was less than a second ago.

    That latest count is not the answer's arrival: an answer comes back after SISTER's own
    time and the way back. Counting a request until a second after its answer (as if SISTER
    counted it then) took every request's round trip off each second's allowance, so at
    100 ms a round trip a run reached only 0.88 of the rate. A request is taken to spend at
    least ``COUNTED_BEFORE`` of the fastest round trip seen after being counted (the way back
    is no shorter than the way there, and the service's own time only adds to it), so it
    counts until a second after its answer less that much. The fastest round trip only ever
    shrinks, which only makes the rule stricter.
    """

    def __init__(
        self,
        max_rps: float,
        max_inflight: int,
        *,
        lockout_initial_s: float = 900.0,
        lockout_max_s: float = 3600.0,
        margin: float = RATE_MARGIN,
        window: int | None = None,
    ) -> None:
        self._margin = margin
        self._max_rps = max_rps
        self._rps = max_rps * margin
        self._window = window if window is not None else window_for(max_rps)
        #: For each answered request that may still share a second with the next one: the
        #: latest moment SISTER can have counted it (its answer, less what it surely spent
        #: after being counted), in the order answered.
        self._answered: deque[float] = deque()
        #: The fastest round trip seen (sending to answer), in seconds.
        self._fastest = math.inf
        self._inflight_limit = max_inflight
        #: The first pause of a lockout when nothing better is known.
        self._lockout_initial = lockout_initial_s
        #: The longest first pause (a ``Retry-After`` or a learnt lockout beyond it is cut).
        self._lockout_max = lockout_max_s
        #: The longest lockout seen so far (its first 429 to the answer that said it had lifted).
        self._learnt_lockout = 0.0
        self._next_slot = 0.0
        self._resume_mono = 0.0
        self._resume_wall: datetime | None = None
        self._generation = 0
        self._lockouts = 0
        self._pauses = 0
        self._paused_total = 0.0
        #: When the lockout under way began (its first 429), None when no lockout is.
        self._lockout_since: float | None = None
        #: The first pause of the lockout under way (the probes' steps are cut from it).
        self._first_pause = 0.0
        self._inflight = 0
        self._listeners: list[PauseListener] = []
        self._resume_handle: asyncio.TimerHandle | None = None
        self._queues: tuple[deque[_Waiter], ...] = tuple(deque() for _ in Priority)
        #: Asked before a request other than a login is sent: False holds it (and every one
        #: behind it) until ``wake()``. The client answers False while it logs in.
        self.gate: Callable[[], bool] | None = None

    # -- observation -------------------------------------------------------------------------

    @property
    def inflight(self) -> int:
        return self._inflight

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self._queues)

    @property
    def pauses(self) -> int:
        """How many pauses were taken: the first of each lockout and one per refused probe."""
        return self._pauses

    @property
    def paused_total_s(self) -> float:
        """The length of every pause taken so far, added up: the time lockouts cost."""
        return self._paused_total

    @property
    def learnt_lockout_s(self) -> float:
        """The longest lockout seen so far (0.0 before the first one has lifted)."""
        return self._learnt_lockout

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

    def set_limits(self, max_rps: float, max_inflight: int, *, window: int | None = None) -> None:
        """New limits from Settings; in-flight requests finish under the old ones. ``window``:
        the requests SISTER allows in one second (default: the whole part of ``max_rps``)."""
        self._window = window if window is not None else window_for(max_rps)
        self._max_rps = max_rps
        self._rps = max_rps * self._margin
        self._inflight_limit = max_inflight
        self.wake()

    # -- the gate ----------------------------------------------------------------------------

    @asynccontextmanager
    async def slot(self, priority: Priority = Priority.NORMAL) -> AsyncIterator[int]:
        """Hold one in-flight place while sending; yields the episode the request was sent in.

        Entered when the request may go on the wire: what it sends (its token) is read after
        this, with no wait in between.
        """
        waiter = _Waiter(priority, asyncio.get_running_loop().create_future())
        queue = self._queues[priority]
        queue.append(waiter)
        try:
            await self._wait_turn(waiter)
        except BaseException:
            if waiter in queue:
                queue.remove(waiter)
            self.wake()
            raise
        self._inflight += 1
        sent = time.monotonic()
        try:
            yield self._generation
        finally:
            self._inflight -= 1
            answered = time.monotonic()
            self._fastest = min(self._fastest, answered - sent)
            self._answered.append(answered - self._fastest * COUNTED_BEFORE)
            self.wake()

    def _head(self) -> _Waiter | None:
        for queue in self._queues:
            if queue:
                return queue[0]
        return None

    async def _wait_turn(self, waiter: _Waiter) -> None:
        loop = asyncio.get_running_loop()
        while True:
            if waiter.failure is not None:
                raise waiter.failure
            delay: float | None = None
            # While a lockout may still hold, one request at a time asks whether it has lifted.
            limit = 1 if self._lockout_since is not None else self._inflight_limit
            if self._head() is waiter and self._inflight < limit:
                now = time.monotonic()
                if now < self._resume_mono:
                    delay = self._resume_mono - now
                elif now < self._next_slot:
                    delay = self._next_slot - now
                elif (held := self._window_wait(now)) is not None:
                    delay = held  # 0.0: only an answer frees a place (wake() comes then)
                elif waiter.priority is Priority.LOGIN or self.gate is None or self.gate():
                    # No await between the checks and taking the turn: one request gets it.
                    interval = 1.0 / self._rps
                    self._next_slot = max(self._next_slot, now - CATCH_UP * interval) + interval
                    self._queues[waiter.priority].popleft()
                    self.wake()
                    return
            waiter.wakeup = loop.create_future()
            if delay is None or delay <= 0.0:
                await waiter.wakeup
            else:
                await asyncio.wait({waiter.wakeup}, timeout=delay)

    def _window_wait(self, now: float) -> float | None:
        """None when one more request fits the window; else how long until one fits (0.0
        when only in-flight requests fill it). The answered are dropped from the front once
        they can no longer share a second with a request sent now (a later one, counted
        earlier after a faster round trip was seen, waits behind: stricter, never looser)."""
        answered = self._answered
        while answered and answered[0] <= now - 1.0:
            answered.popleft()
        if self._inflight + len(answered) < self._window:
            return None
        if not answered:
            return 0.0
        return answered[0] + 1.0 - now

    def wake(self) -> None:
        """Something changed (a place freed, the gate opened, a pause began): the first
        waiter looks again."""
        head = self._head()
        if head is not None and not head.wakeup.done():
            head.wakeup.set_result(None)

    def fail_waiting(self, error: BaseException) -> None:
        """Every waiting request except logins raises ``error`` (the login they waited for
        failed: the reason is theirs too)."""
        for queue in self._queues[Priority.RESEND :]:
            for waiter in queue:
                waiter.failure = error
                if not waiter.wakeup.done():
                    waiter.wakeup.set_result(None)

    def succeeded(self, sent_in: int | None = None) -> None:
        """A non-429 answer to a request sent in episode ``sent_in``: when it was sent after
        the latest pause, the lockout has lifted; its length is learnt and everybody goes on
        at the full pace. (An answer to a request sent before the pause proves nothing.)"""
        since = self._lockout_since
        if since is None or (sent_in is not None and sent_in != self._generation):
            return
        self._lockout_since = None
        self._learnt_lockout = max(self._learnt_lockout, time.monotonic() - since)
        self.wake()

    def rate_limited(
        self, sent_in: int, retry_after_s: float | None = None, *, sent_at: float | None = None
    ) -> None:
        """A 429 for a request sent in episode ``sent_in`` (at ``sent_at``, monotonic); starts
        a pause unless one covers it.

        The first pause of a lockout: ``retry_after_s`` (SISTER's ``Retry-After``) when given,
        else the longest lockout learnt so far or the configured guess, whichever is longer;
        a probe refused after it waits a step, a fraction of that. The lockout is timed from
        the refused request's sending: the lock began no earlier, so what is learnt is never
        shorter than the lock was.
        """
        if sent_in != self._generation:
            return  # sent before the current pause began: same lockout, already handled
        now = time.monotonic()
        if self._lockout_since is None:
            self._lockout_since = min(now, sent_at) if sent_at is not None else now
            self._lockouts += 1
            known = max(self._learnt_lockout, self._lockout_initial)
            if retry_after_s is not None and retry_after_s > 0:
                known = retry_after_s
            delay = min(known, self._lockout_max)
            self._first_pause = delay
        else:
            delay = min(self._first_pause * PROBE_FRACTION, PROBE_MAX_S)
            if retry_after_s is not None and retry_after_s > 0:
                delay = min(retry_after_s, self._lockout_max)
        self._generation += 1
        self._pauses += 1
        self._paused_total += delay
        self._resume_mono = now + delay
        self._resume_wall = datetime.now(UTC) + timedelta(seconds=delay)
        self._next_slot = self._resume_mono
        if self._resume_handle is not None:
            self._resume_handle.cancel()
        self._resume_handle = asyncio.get_running_loop().call_later(delay, self._on_resumed)
        self.wake()
        self._notify()

    def _on_resumed(self) -> None:
        self._resume_handle = None
        # The timer may fire a hair before the monotonic deadline: announce "running" for sure.
        self._resume_mono = min(self._resume_mono, time.monotonic())
        self.wake()
        self._notify()

    def close(self) -> None:
        if self._resume_handle is not None:
            self._resume_handle.cancel()
            self._resume_handle = None
