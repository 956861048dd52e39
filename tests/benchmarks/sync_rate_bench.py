"""Sync throughput against a rate-limited SISTER, and how the window's loop fares meanwhile.

The sandbox runs in its own process with 100 ms latency and a limit of 20 requests/s (past
which it locks the credential, as the live service does); the client is set to 20/s. The sync
runs on a qasync loop (as in the window) while a 10 ms QTimer measures the longest gap between
its ticks. Prints: achieved requests/s and its ratio to the limit, 429s seen, lockouts, the
longest/99th-percentile timer gap, and the client's CPU time per 1,000 requests (the sandbox's own
process not counted). With ``--cpu-hog N``, N processes spin a core each beside the client for
the whole run (a loaded machine must not make the client bunch its requests into a lockout).
``--runs 2`` syncs twice, the second with nothing changed (its CPU per 1,000 requests is the
one to watch); ``--profile FILE.html`` writes a pyinstrument profile of the last run
(pyinstrument installed). Run:

    .venv/bin/python -m tests.benchmarks.sync_rate_bench [--size 300] [--rps 20] [--inflight 4]
                                                [--cpu-hog 1] [--runs 2] [--profile FILE.html]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QTimer

from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.host.runtime import QtNeed, hosted
from sister_desktop.services.sync_engine import SyncEngine, build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from tests.benchmarks.sync_bench_common import linked_database, sandbox_process

#: The sandbox's lockout here: a lockout (which must not happen) then costs a minute, not the
#: live 15; the client is told so, as it would have learnt it.
LOCKOUT_S = 60.0


@contextmanager
def cpu_hogs(count: int) -> Iterator[None]:
    """``count`` processes that keep a core busy each until the block ends."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True:\n    pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait(timeout=30)


async def bench(
    credentials: dict[str, str], rps: float, inflight: int, profile: str, runs: int
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-rate-"))
    db, count = await linked_database(folder / "bench.db", credentials)
    client = SisterClient(
        Credentials(
            credentials["url"],
            credentials["id_pengguna"],
            credentials["username"],
            credentials["password"],
        ),
        ClientOptions(max_rps=rps, max_inflight=inflight, lockout_initial_s=LOCKOUT_S),
    )
    api = SisterApi(client)

    async def provider() -> SisterApi:
        return api

    engine = build_sync_engine(db, provider, operator="bench")
    for number in range(1, runs + 1):
        print(
            f"-- run {number} of {runs}"
            + (" (nothing changed since the one before)" * (number > 1))
        )
        await one_run(engine, client, count, rps, profile if number == runs else "")
    await client.aclose()
    await db.dispose()


async def one_run(
    engine: SyncEngine, client: SisterClient, count: int, rps: float, profile: str
) -> None:
    """One sync of every group, and its figures."""
    gaps: list[float] = []
    last = [time.perf_counter()]
    at: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        at.append(now)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    def on_progress(progress):  # type: ignore[no-untyped-def]
        return None

    pacer = client.pacer
    lockouts, pauses, paused_s = pacer.state.lockouts, pacer.pauses, pacer.paused_total_s
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(async_mode="disabled")
    samples = {"waiting": 0, "idle": 0}

    async def sample() -> None:
        # Who held the pace: a request waiting for its turn (the pacer), or none waiting (the
        # client had nothing ready: its own work, or the loop starved of CPU).
        while True:
            samples["waiting" if pacer.waiting else "idle"] += 1
            await asyncio.sleep(0.02)

    sampler = asyncio.ensure_future(sample())
    timer.start()
    last[0] = started = time.perf_counter()
    cpu_started = time.process_time()
    if profiler is not None:
        profiler.start()
    outcome = await engine.run(SyncRequest(SyncMode.ALL), on_progress)
    if profiler is not None:
        profiler.stop()
    cpu = time.process_time() - cpu_started
    elapsed = time.perf_counter() - started
    sampler.cancel()
    timer.stop()
    if profiler is not None:
        Path(profile).write_text(profiler.output_html(), encoding="utf-8")
        from pyinstrument.renderers import ConsoleRenderer

        # Where the CPU went, by function (its own time): the loop idles in Qt between calls.
        flat = profiler.output(ConsoleRenderer(flat=True, show_all=True))
        print("\n".join(flat.splitlines()[:45]))
    run = outcome.run
    achieved = run.requests.total / elapsed
    gaps_sorted = sorted(gaps[1:])
    p99 = gaps_sorted[int(len(gaps_sorted) * 0.99)] if gaps_sorted else 0.0
    print(f"employees:            {count} ({run.ok} ok, {run.failed} failed), status {run.status}")
    print(f"requests:             {run.requests.total} in {elapsed:.1f} s")
    print(f"achieved rate:        {achieved:.2f} req/s; limit {rps:.0f} -> {achieved / rps:.1%}")
    print(
        f"429 answers seen:     {run.requests.rate_limited}; "
        f"lockouts: {pacer.state.lockouts - lockouts}, pauses {pacer.pauses - pauses} "
        f"({pacer.paused_total_s - paused_s:.0f} s)"
    )
    print(f"retries / re-logins:  {run.requests.retried} / {run.requests.reauth}")
    waiting = samples["waiting"] / max(1, sum(samples.values()))
    print(f"a request waiting:    {waiting:.0%} of the time (the rest: the client had none ready)")
    per_thousand = cpu / run.requests.total * 1000 if run.requests.total else 0.0
    print(
        f"client CPU:           {cpu:.1f} s ({cpu / elapsed:.0%} of one core); "
        f"{per_thousand:.1f} s per 1,000 requests"
    )
    worst = sorted(range(1, len(gaps)), key=lambda i: gaps[i], reverse=True)[:5]
    print(
        "longest gaps at:      "
        + ", ".join(f"{gaps[i]:.0f} ms at {at[i] - started:.1f} s" for i in worst)
    )
    if gaps_sorted:
        print(
            f"10 ms timer gaps:     longest {max(gaps_sorted):.1f} ms, p99 {p99:.1f} ms, "
            f"median {statistics.median(gaps_sorted):.1f} ms ({len(gaps_sorted)} ticks)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--rps", type=float, default=20.0)
    parser.add_argument("--inflight", type=int, default=4)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--cpu-hog", type=int, default=0, metavar="N")
    parser.add_argument("--profile", default="", metavar="FILE.html")
    parser.add_argument(
        "--runs", type=int, default=1, help="syncs back to back (2: an unchanged one)"
    )
    args = parser.parse_args()
    print(f"load before: {os.getloadavg()[0]:.2f}; CPU hogs beside the client: {args.cpu_hog}")
    with (
        sandbox_process(
            "--size",
            str(args.size),
            "--latency-ms",
            str(args.latency_ms),
            "--rate-limit",
            str(int(args.rps)),
            "--lockout-s",
            str(LOCKOUT_S),
        ) as credentials,
        hosted("id", QtNeed.WINDOWS) as host,
        cpu_hogs(args.cpu_hog),
    ):
        host.run(bench(credentials, args.rps, args.inflight, args.profile, args.runs))
    print(f"load after:  {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
