"""What a second and a third sync cost: every group, three runs against a rate-limited SISTER.

The sandbox runs in its own process with 100 ms latency and locks the credential past 20
requests/s, as the live service does; the client is set to 20/s. Run 1 pulls everything; run 2
finds nothing changed (lists only, no detail); then the sandbox is told (SIGHUP,
``--mutate-on-hup``) to edit, remove or add about 5 % of its list records and run 3 fetches
what changed. Prints per run: requests, details (from the stored dataset states), time,
achieved rate and its ratio to the limit, 429s; and run 2's requests as a fraction of run 1's.
Run:

    .venv/bin/python -m tests.benchmarks.sync_incremental_bench [--size 300] [--rps 20]
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox.people import TODAY
from sister_desktop.services.sync_engine import build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.benchmarks.sync_bench_common import link_everybody, sandbox_started


async def bench(
    credentials: Credentials, sandbox: subprocess.Popen[str], rps: float, inflight: int
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-incremental-"))
    db, count = await link_everybody(folder / "bench.db", credentials)
    client = SisterClient(
        credentials, ClientOptions(max_rps=rps, max_inflight=inflight, lockout_initial_s=60.0)
    )
    api = SisterApi(client)

    async def provider() -> SisterApi:
        return api

    engine = build_sync_engine(db, provider, operator="bench", today=lambda: TODAY)
    records = SisterRecordRepository(db)
    scope = SyncScope(groups=frozenset(SisterGroup))
    print(f"employees: {count}; groups: all; semesters: {scope.semesters}; limit {rps:.0f}/s")
    totals: list[int] = []
    for label in ("first", "second", "third"):
        if label == "third":
            sandbox.send_signal(signal.SIGHUP)
            assert sandbox.stdout is not None
            print(await asyncio.to_thread(sandbox.stdout.readline), end="")
        started = time.perf_counter()
        shown = [started]

        def on_progress(progress, started=started, shown=shown):  # type: ignore[no-untyped-def]
            now = time.perf_counter()
            if now - shown[0] >= 60:
                shown[0] = now
                print(
                    f"  {now - started:5.0f} s: {progress.done}/{progress.total} pegawai, "
                    f"{progress.rate_rps:.1f} req/s, time left {progress.eta_s or 0:.0f} s",
                    flush=True,
                )

        outcome = await engine.run(SyncRequest(SyncMode.ALL, scope=scope), on_progress)
        elapsed = time.perf_counter() - started
        run = outcome.run
        details = sum(s.detail_requests for s in await records.all_states())
        totals.append(run.requests.total)
        print(
            f"{label:6} run: {run.requests.total:6d} requests ({details} details) in "
            f"{elapsed:6.1f} s = {run.requests.total / elapsed:5.2f} req/s "
            f"({run.requests.total / elapsed / rps:.1%} of the limit); "
            f"429s {run.requests.rate_limited}; {run.ok} ok, {run.failed} failed, {run.status}",
            flush=True,
        )
    print(f"second/first requests: {totals[1] / totals[0]:.1%}")
    await client.aclose()
    await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--rps", type=float, default=20.0)
    parser.add_argument("--inflight", type=int, default=4)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--change", type=float, default=0.05, help="fraction of records changed")
    args = parser.parse_args()
    with sandbox_started(
        "--size",
        str(args.size),
        "--latency-ms",
        str(args.latency_ms),
        "--rate-limit",
        str(int(args.rps)),
        "--lockout-s",
        "60",
        "--mutate-on-hup",
        str(args.change),
    ) as (c, process):
        credentials = Credentials(c["url"], c["id_pengguna"], c["username"], c["password"])
        asyncio.run(bench(credentials, process, args.rps, args.inflight))


if __name__ == "__main__":
    main()
