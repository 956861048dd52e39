"""Transient failures, unreadable answers, 429 lockouts, timeouts and cancellation, over real
loopback HTTP (the sandbox, or a raw socket that never answers)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import Credentials, SisterClient
from sister_desktop.sister.errors import (
    BadResponse,
    NotFoundError,
    RateLimitedError,
    ServiceTimeoutError,
    UnreachableError,
)
from sister_desktop.sister.pacing import PROBE_FRACTION, RATE_MARGIN, PauseState
from tests.sister.helpers import FAST, creds, read_typed


def _run(loop, server, options, body):
    async def scenario():
        async with SisterClient(creds(server), options) as client:
            return await body(client, SisterApi(client))

    return loop.run_until_complete(scenario())


def test_html_maintenance_page_is_retried_then_a_bad_response(loop, sandbox):
    sandbox.faults.fail_endpoint("/referensi/profil_pt", None, "html")

    async def body(client, api):
        try:
            await api.profil_pt()
        finally:
            counters = client.counters.snapshot()
        return counters

    with pytest.raises(BadResponse) as caught:
        _run(loop, sandbox, FAST, body)
    error = caught.value
    assert error.http_status == 200
    assert "html" in (error.content_type or "")
    assert error.body_start.startswith(b"<!DOCTYPE html>")
    assert sandbox.stats.by_path["/referensi/profil_pt"] == FAST.retries + 1


def test_truncated_json_is_a_bad_response_naming_the_endpoint(loop, sandbox):
    sandbox.faults.fail_endpoint("/referensi/sdm", None, "truncated")

    async def body(client, api):
        await api.referensi_sdm()

    with pytest.raises(BadResponse) as caught:
        _run(loop, sandbox, replace(FAST, retries=1), body)
    assert caught.value.endpoint == "/referensi/sdm"
    assert "json" in (caught.value.content_type or "")
    assert caught.value.body_start


def test_empty_object_for_a_list_is_an_empty_list(loop, sandbox):
    async def body(client, api):
        person = (await api.referensi_sdm())[0]
        sandbox.faults.fail_endpoint("/penugasan", None, "empty_object")
        return await read_typed(client, "penugasan", person.id_sdm)

    assert _run(loop, sandbox, FAST, body) == []


def test_503_then_success_is_retried_quietly(loop, sandbox):
    async def body(client, api):
        await client.login()
        sandbox.faults.fail_rate = 1.0

        async def heal():
            while sandbox.stats.by_status[503] < 2:
                await asyncio.sleep(0.005)
            sandbox.faults.fail_rate = 0.0

        healer = asyncio.ensure_future(heal())
        result = await api.profil_pt()
        await healer
        return result, client.counters.snapshot()

    profil, counters = _run(loop, sandbox, replace(FAST, retries=6), body)
    assert profil.nama_perguruan_tinggi
    assert sandbox.stats.by_status[503] >= 2
    assert counters.retried == sandbox.stats.by_status[503]


def test_404_is_never_retried(loop, sandbox):
    async def body(client, api):
        await read_typed(client, "data_pribadi/profil", "00000000-0000-4000-8000-000000000000")

    with pytest.raises(NotFoundError) as caught:
        _run(loop, sandbox, FAST, body)
    assert caught.value.message == "Data tidak ditemukan"
    assert sandbox.stats.by_path["/data_pribadi/profil/00000000-0000-4000-8000-000000000000"] == 1


def test_429_lockout_pauses_everybody_then_recovers_without_a_second_lockout(loop, sandbox_factory):
    server = sandbox_factory(rate_limit=3, lockout_s=0.4)
    # Faster than the server allows, so the first burst gets the credential locked; the
    # server is told to allow more while locked, so the full pace afterwards is not refused.
    options = replace(FAST, max_rps=5.0, max_inflight=4, lockout_initial_s=0.5)
    states: list[PauseState] = []

    async def body(client, api):
        client.pacer.subscribe(states.append)

        def on_pause(state: PauseState) -> None:
            if state.paused:
                server.faults.rate_limit = 100

        client.pacer.subscribe(on_pause)
        people = await api.referensi_sdm()
        return await asyncio.gather(
            *(read_typed(client, "data_pribadi/profil", p.id_sdm) for p in people[:14])
        )

    profiles = _run(loop, server, options, body)
    assert len(profiles) == 14 and all(p.nama for p in profiles)
    assert server.stats.rate_limited >= 1
    paused = [s for s in states if s.paused]
    assert len(paused) == 1, states  # one lockout, one pause for every request
    assert paused[0].resume_at is not None
    assert states[-1].paused is False  # and the resume was announced
    assert states[-1].current_rps == pytest.approx(5.0 * RATE_MARGIN)  # not halved


def _lock_out(client, server, rate_limit):
    """Requests faster than ``rate_limit`` until the credential is locked and the lockout is
    over (each returns once answered); the server then allows 100/s again."""

    async def go():
        server.faults.rate_limit = rate_limit
        unlock = client.pacer.subscribe(
            lambda state: setattr(server.faults, "rate_limit", 100) if state.paused else None
        )
        try:
            await asyncio.gather(*(client.get_json("/referensi/profil_pt") for _ in range(12)))
        finally:
            unlock()

    return go()


def test_a_lockout_longer_than_the_guess_costs_the_lockout_and_one_step_then_is_learnt(
    loop, sandbox_factory
):
    """The first pause is the configured guess (shorter than this lockout): single probes
    follow, a step apart, and time paused stays within the lockout and one step. The second
    lockout's first pause is the one learnt: no probe is refused, nothing is halved."""
    lockout_s = 0.8
    server = sandbox_factory(rate_limit=3, lockout_s=lockout_s)
    guess = 0.2
    step = guess * PROBE_FRACTION
    options = replace(FAST, max_rps=20.0, max_inflight=4, lockout_initial_s=guess)

    async def scenario():
        async with SisterClient(creds(server), options) as client:
            await client.login()
            pacer = client.pacer
            await _lock_out(client, server, 3)
            first = (pacer.pauses, pacer.paused_total_s, server.stats.rate_limited)
            learnt = pacer.learnt_lockout_s
            await _lock_out(client, server, 3)
            second = (pacer.pauses, pacer.paused_total_s, server.stats.rate_limited)
            return first, second, learnt, pacer.state, client.counters.rate_limited

    first, second, learnt, state, seen = loop.run_until_complete(scenario())
    pauses, paused_s, refused = first
    assert pauses >= 2  # the guess was short: at least one probe was refused
    assert paused_s <= lockout_s + step + 1e-6
    # Refused: the requests on the wire when the lock began, and one per probe.
    assert refused <= options.max_inflight + (pauses - 1)
    assert learnt >= lockout_s
    pauses2, paused2_s, refused2 = second
    assert pauses2 == pauses + 1  # waited out once
    assert paused2_s - paused_s == pytest.approx(learnt)
    assert refused2 - refused <= options.max_inflight
    assert seen == refused2
    assert state.lockouts == 2 and not state.paused
    assert state.current_rps == pytest.approx(20.0 * RATE_MARGIN)


def test_retry_after_sets_the_first_pause(loop, sandbox_factory):
    """A 429 with ``Retry-After`` is waited out for that long, not the configured guess."""
    server = sandbox_factory(rate_limit=3, lockout_s=1.2)
    server.faults.retry_after = True
    options = replace(FAST, max_rps=20.0, max_inflight=4, lockout_initial_s=0.1)

    async def scenario():
        async with SisterClient(creds(server), options) as client:
            await client.login()
            await _lock_out(client, server, 3)
            return client.pacer.pauses, client.pacer.paused_total_s

    pauses, paused_s = loop.run_until_complete(scenario())
    assert pauses == 1  # "2" (1.2 s rounded up): no probe came too early
    assert paused_s == pytest.approx(2.0)


def test_rate_limited_without_waiting_says_until_when(loop, sandbox_factory):
    server = sandbox_factory(rate_limit=1, lockout_s=5)
    options = replace(FAST, rate_limit_waits=0)

    async def body(client, api):
        return await asyncio.gather(*(api.profil_pt() for _ in range(3)), return_exceptions=True)

    results = _run(loop, server, options, body)
    errors = [r for r in results if isinstance(r, RateLimitedError)]
    assert errors, results
    assert errors[0].http_status == 429
    assert errors[0].resume_at is not None


def test_slow_answers_time_out_after_retries(loop, sandbox_factory):
    server = sandbox_factory(latency_ms=400)
    options = replace(FAST, read_timeout_s=0.1, retries=1)

    async def body(client, api):
        try:
            await client.login()
        finally:
            assert client.counters.retried == 1

    with pytest.raises(ServiceTimeoutError):
        _run(loop, server, options, body)


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        for conn in accepted:
            conn.close()
        listener.close()


def test_a_server_that_never_answers_is_a_timeout(loop, silent_server):
    url = f"http://127.0.0.1:{silent_server}/ws.php/1.0"
    credentials = Credentials(url, "00000000-0000-4000-8000-000000000000", "u", "p")
    options = replace(FAST, read_timeout_s=0.15, retries=1)

    async def scenario():
        async with SisterClient(credentials, options) as client:
            started = time.monotonic()
            with pytest.raises(ServiceTimeoutError):
                await client.login()
            return time.monotonic() - started

    assert loop.run_until_complete(scenario()) < 3.0


def test_a_closed_port_is_unreachable(loop):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    credentials = Credentials(f"http://127.0.0.1:{port}/ws.php/1.0", "x", "u", "p")

    async def scenario():
        async with SisterClient(credentials, replace(FAST, retries=1)) as client:
            await client.login()

    with pytest.raises(UnreachableError) as caught:
        loop.run_until_complete(scenario())
    assert caught.value.code == "unreachable"


def test_cancelling_in_flight_calls_frees_the_client(loop, sandbox_factory):
    server = sandbox_factory(latency_ms=300)
    options = replace(FAST, max_inflight=4)

    async def scenario():
        async with SisterClient(creds(server), options) as client:
            api = SisterApi(client)
            await client.login()
            tasks = [asyncio.ensure_future(api.profil_pt()) for _ in range(10)]

            async def all_slots_taken() -> None:
                # Not a fixed sleep: on a loaded machine the fourth call may start late.
                while client.pacer.inflight < 4:
                    await asyncio.sleep(0.005)

            await asyncio.wait_for(all_slots_taken(), 5)
            assert client.pacer.inflight == 4  # and not more: the other six wait
            for task in tasks:
                task.cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(r, asyncio.CancelledError) for r in results)
            assert client.pacer.inflight == 0
            server.faults.latency_ms = 0
            return await asyncio.wait_for(api.profil_pt(), 2)

    assert loop.run_until_complete(scenario()).nama_perguruan_tinggi
