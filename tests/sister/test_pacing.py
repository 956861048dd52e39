"""The pacer's queue: a login goes ahead of waiting requests but keeps to the rate and the
in-flight bound; the gate holds requests that need a token; a failed login fails its waiters."""

from __future__ import annotations

import asyncio
import time

import pytest

from sister_desktop.sister.pacing import (
    COUNTED_BEFORE,
    PROBE_FRACTION,
    RATE_MARGIN,
    Pacer,
    Priority,
)


async def _enter(pacer: Pacer, name: str, order: list[str], priority=Priority.NORMAL, hold=0.0):
    async with pacer.slot(priority):
        order.append(name)
        if hold:
            await asyncio.sleep(hold)


def test_a_login_goes_ahead_of_every_request_not_yet_sent(loop):
    async def scenario():
        pacer = Pacer(20.0, 4)
        order: list[str] = []
        normal = [asyncio.ensure_future(_enter(pacer, f"r{n}", order)) for n in range(6)]
        await asyncio.sleep(0.07)  # one or two are through; the rest wait for their turn
        sent_before = len(order)
        login = asyncio.ensure_future(_enter(pacer, "login", order, Priority.LOGIN))
        resend = asyncio.ensure_future(_enter(pacer, "resend", order, Priority.RESEND))
        await asyncio.gather(*normal, login, resend)
        return order, sent_before

    order, sent_before = loop.run_until_complete(scenario())
    assert 1 <= sent_before < 6
    assert order[sent_before : sent_before + 2] == ["login", "resend"]
    assert sorted(order) == sorted(["login", "resend", *(f"r{n}" for n in range(6))])


def test_a_login_keeps_to_the_rate_and_the_in_flight_bound(loop):
    async def scenario():
        pacer = Pacer(10.0, 2)
        order: list[str] = []
        started = time.monotonic()
        busy = [asyncio.ensure_future(_enter(pacer, f"busy{n}", order, hold=0.4)) for n in range(2)]
        await asyncio.sleep(0.15)
        assert pacer.inflight == 2
        at: list[float] = []

        async def login() -> None:
            async with pacer.slot(Priority.LOGIN):
                at.append(time.monotonic() - started)
                assert pacer.inflight <= 2

        await asyncio.gather(login(), *busy)
        return at[0]

    login_at = loop.run_until_complete(scenario())
    # A third on the wire would have gone at about 0.2 s (the rate's next slot); a place frees
    # when the first busy request ends at 0.4 s. The loop may wake a timer a few milliseconds
    # early on a loaded machine, hence the margin.
    assert login_at >= 0.35


def test_the_gate_holds_requests_but_not_a_login_until_woken(loop):
    async def scenario():
        pacer = Pacer(100.0, 4)
        is_open = [False]
        asked = [0]

        def gate() -> bool:
            asked[0] += 1
            return is_open[0]

        pacer.gate = gate
        order: list[str] = []
        held = [asyncio.ensure_future(_enter(pacer, f"r{n}", order)) for n in range(3)]
        await asyncio.sleep(0.05)
        assert order == [] and pacer.waiting == 3
        await _enter(pacer, "login", order, Priority.LOGIN)
        assert order == ["login"]
        is_open[0] = True
        pacer.wake()
        await asyncio.gather(*held)
        return order, asked[0]

    order, asked = loop.run_until_complete(scenario())
    assert order == ["login", "r0", "r1", "r2"]
    assert asked < 20  # asked when a request's turn comes, not polled


def test_fail_waiting_fails_held_requests_and_spares_the_login(loop):
    async def scenario():
        pacer = Pacer(100.0, 4)
        pacer.gate = lambda: False
        order: list[str] = []
        held = [asyncio.ensure_future(_enter(pacer, f"r{n}", order)) for n in range(3)]
        await asyncio.sleep(0.03)
        pacer.fail_waiting(PermissionError("refused"))
        results = await asyncio.gather(*held, return_exceptions=True)
        await _enter(pacer, "login", order, Priority.LOGIN)
        return results, order, pacer.waiting

    results, order, waiting = loop.run_until_complete(scenario())
    assert all(isinstance(r, PermissionError) for r in results)
    assert order == ["login"] and waiting == 0


def test_a_cancelled_waiter_leaves_the_queue_and_the_next_goes(loop):
    async def scenario():
        pacer = Pacer(5.0, 1)
        order: list[str] = []
        first = asyncio.ensure_future(_enter(pacer, "first", order, hold=0.1))
        second = asyncio.ensure_future(_enter(pacer, "second", order))
        third = asyncio.ensure_future(_enter(pacer, "third", order))
        await asyncio.sleep(0.05)
        second.cancel()
        await asyncio.gather(first, third)
        with pytest.raises(asyncio.CancelledError):
            await second
        return order, pacer.waiting, pacer.inflight

    order, waiting, inflight = loop.run_until_complete(scenario())
    assert order == ["first", "third"] and waiting == 0 and inflight == 0


def test_after_a_pause_one_request_asks_then_everybody_goes_at_the_full_pace(loop):
    """While a lockout may still hold, one request at a time is on the wire (more would only
    extend the lock); the first answer that is not a 429 lets the others go together again,
    at the configured pace (nothing halved), and the lockout's length is learnt."""

    async def scenario():
        pacer = Pacer(100.0, 4, lockout_initial_s=0.05)
        most_on_wire: list[int] = []
        gen = [0]

        async def one(hold: float) -> None:
            async with pacer.slot() as episode:
                gen[0] = episode
                most_on_wire.append(pacer.inflight)
                await asyncio.sleep(hold)

        pacer.rate_limited(0, sent_at=time.monotonic())
        assert pacer.state.paused
        probes = [asyncio.ensure_future(one(0.05)) for _ in range(3)]
        await asyncio.gather(*probes)
        during = list(most_on_wire)
        pacer.succeeded(gen[0])
        most_on_wire.clear()
        await asyncio.gather(*(one(0.05) for _ in range(4)))
        return during, most_on_wire, pacer

    during, after, pacer = loop.run_until_complete(scenario())
    assert during == [1, 1, 1]
    assert max(after) > 1
    assert pacer.state.current_rps == pytest.approx(100.0 * RATE_MARGIN)
    assert pacer.learnt_lockout_s >= 0.05
    assert pacer.pauses == 1 and pacer.state.lockouts == 1


def test_an_answer_sent_before_the_pause_does_not_end_the_lockout(loop):
    async def scenario():
        pacer = Pacer(100.0, 4, lockout_initial_s=0.02)
        pacer.rate_limited(0)
        pacer.succeeded(0)  # on the wire before the pause: proves nothing
        pacer.rate_limited(0)  # same episode: no second pause
        await asyncio.sleep(0.03)
        pacer.rate_limited(1)  # the probe was refused: a step more
        return pacer.pauses, pacer.paused_total_s, pacer.learnt_lockout_s

    pauses, paused, learnt = loop.run_until_complete(scenario())
    assert pauses == 2
    assert paused == pytest.approx(0.02 + 0.02 * PROBE_FRACTION)
    assert learnt == 0.0


def test_late_turns_do_not_slow_the_rate_nor_bunch_into_a_burst(loop):
    """A loop kept busy (parsing, writing) wakes the head waiter after its time: the schedule
    holds, so the rate is kept, and what is made up never exceeds the rate in any second."""

    async def scenario() -> list[float]:
        rps = 40.0
        pacer = Pacer(rps, 8, margin=1.0)
        sent: list[float] = []
        stop = asyncio.Event()

        async def hog() -> None:
            while not stop.is_set():
                time.sleep(0.003)  # the loop is busy: timers due now fire late
                await asyncio.sleep(0)

        async def one() -> None:
            async with pacer.slot():
                sent.append(time.monotonic())

        busy = asyncio.ensure_future(hog())
        await asyncio.gather(*(one() for _ in range(60)))
        stop.set()
        await busy
        return sent

    sent = loop.run_until_complete(scenario())
    interval = 1 / 40.0
    span = sent[-1] - sent[0]
    # Counting each interval from a late turn lost a few ms of every 25.
    assert span <= 59 * interval * 1.10, span
    for first in range(len(sent)):
        in_a_second = sum(1 for t in sent[first:] if t - sent[first] < 1.0)
        assert in_a_second <= 40 + 1, in_a_second


def test_no_second_can_count_more_than_the_window_however_arrivals_bunch(loop):
    """SISTER counts a request somewhere between its sending and half its round trip (the way
    back is no shorter than the way there): a request waits while ``window`` may still be
    counted in its second, so no one-second span meets more than ``window`` of the times
    they may have been counted (the even spacing alone let 8 slow ones overlap)."""

    async def scenario() -> list[tuple[float, float]]:
        pacer = Pacer(50.0, 8, window=5)
        spans: list[tuple[float, float]] = []

        async def one() -> None:
            async with pacer.slot():
                sent = time.monotonic()
                await asyncio.sleep(0.3)  # a service slow to answer
                spans.append((sent, time.monotonic()))

        await asyncio.gather(*(one() for _ in range(12)))
        return spans

    spans = loop.run_until_complete(scenario())
    # When each may have been counted: from its sending to its answer less half the fastest
    # round trip seen by then (``spans`` is in the order answered).
    counted = []
    fastest = float("inf")
    for sent, answered in spans:
        fastest = min(fastest, answered - sent)
        counted.append((sent, answered - fastest * COUNTED_BEFORE))
    for _sent, start in counted:  # the busiest second begins at some latest count
        meeting = [s for s, latest in counted if s < start + 1.0 and latest >= start]
        assert len(meeting) <= 5, len(meeting)
    # ... and it still sends: twelve in about three windows, not one at a time.
    assert max(a for _s, a in spans) - min(s for s, _a in spans) < 4.5
