"""A sync against a SISTER whose tokens live a few seconds, while dozens of requests wait.

The sandbox runs in this process (its own thread) with short-lived tokens and some latency; the
client is paced at 4 requests/s with 4 in flight, as by default. A sync of every linked
employee keeps far more requests queued than one token lives to serve, which is the case where
an expiring token used to cause a burst of 401s and a false "credentials rejected". Prints the
run's status, requests, 401 answers (and the most any one token got), logins and duration. Run:

    .venv/bin/python -m tests.benchmarks.token_expiry_bench [--size 40] [--token-ttl-s 2]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.sync_engine import build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from tests.benchmarks.sync_bench_common import linked_database


async def bench(server: SandboxServer, rps: float, inflight: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="token-expiry-"))
    db, count = await linked_database(folder / "bench.db", server.credentials.as_dict())
    c = server.credentials
    client = SisterClient(
        Credentials(c.url, c.id_pengguna, c.username, c.password),
        ClientOptions(max_rps=rps, max_inflight=inflight),
    )

    async def provider() -> SisterApi:
        return SisterApi(client)

    engine = build_sync_engine(db, provider, operator="bench")
    server.stats.reset()
    started = time.perf_counter()
    outcome = await engine.run(SyncRequest(SyncMode.ALL))
    elapsed = time.perf_counter() - started
    await client.aclose()
    await db.dispose()
    stats = server.stats
    run = outcome.run
    per_token = getattr(stats, "expired_by_token", None)
    worst = max(per_token.values()) if per_token else 0
    ttl = server.faults.token_ttl_s
    print(
        f"employees:        {count}: {run.ok} ok, {run.failed} failed, "
        f"{run.total - run.done} not done; status {run.status}"
        + (f" ({run.error_code})" if run.error_code else "")
    )
    print(f"requests:         {stats.requests} (client counted {run.requests.total})")
    print(
        f"401 answers:      {stats.by_status[401]}"
        + (f"; at most {worst} for one token" if per_token is not None else "")
    )
    print(
        f"logins:           {stats.authorize_calls} (run time / token life = {elapsed / ttl:.1f})"
    )
    print(f"duration:         {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--token-ttl-s", type=float, default=2.0)
    parser.add_argument("--latency-ms", type=float, default=250.0)
    parser.add_argument("--rps", type=float, default=4.0)
    parser.add_argument("--inflight", type=int, default=4)
    args = parser.parse_args()
    with SandboxServer(
        size=args.size, port=0, latency_ms=args.latency_ms, token_ttl_s=args.token_ttl_s
    ) as server:
        asyncio.run(bench(server, args.rps, args.inflight))


if __name__ == "__main__":
    main()
