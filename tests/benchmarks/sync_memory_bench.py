"""Peak memory of a large sync: 5,000 employees against a sandbox in its own process.

The sandbox answers without latency or rate limit (to keep the run short; pacing does not
change what the engine holds in memory), the client allows 200 requests/s and 8 in flight.
Prints the peak resident memory of this process (the sync engine, client and database; the
sandbox's own memory is not counted), with the figure before the sync for reference. Run:

    .venv/bin/python -m tests.benchmarks.sync_memory_bench [--size 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path

from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.sync_engine import build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from tests.benchmarks.sync_bench_common import linked_database, sandbox_process


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def bench(credentials: dict[str, str], rps: float, inflight: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-memory-"))
    db, count = await linked_database(folder / "bench.db", credentials)
    before = peak_mb()
    client = SisterClient(
        Credentials(
            credentials["url"],
            credentials["id_pengguna"],
            credentials["username"],
            credentials["password"],
        ),
        ClientOptions(max_rps=rps, max_inflight=inflight),
    )
    api = SisterApi(client)

    async def provider() -> SisterApi:
        return api

    engine = build_sync_engine(db, provider, operator="bench")
    started = time.perf_counter()
    outcome = await engine.run(SyncRequest(SyncMode.ALL))
    elapsed = time.perf_counter() - started
    await client.aclose()
    await db.dispose()
    run = outcome.run
    print(f"employees:       {count} ({run.ok} ok, {run.failed} failed), status {run.status}")
    print(
        f"requests:        {run.requests.total} in {elapsed:.1f} s "
        f"({run.requests.total / elapsed:.0f} req/s)"
    )
    print(f"peak RSS:        {peak_mb():.0f} MB (before the sync: {before:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--rps", type=float, default=200.0)
    parser.add_argument("--inflight", type=int, default=8)
    args = parser.parse_args()
    with sandbox_process("--size", str(args.size)) as credentials:
        asyncio.run(bench(credentials, args.rps, args.inflight))


if __name__ == "__main__":
    main()
