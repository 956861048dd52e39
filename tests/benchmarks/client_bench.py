"""SISTER client over loopback against the sandbox. Prints the figures.

Run: ``.venv/bin/python -m tests.benchmarks.client_bench [--requests N]``.

1. Unpaced throughput (pacing lifted): what the client itself costs per request.
2. Default pacing (4 req/s, 4 in flight): the achieved rate must sit at the limit, not above.
3. 20 concurrent calls on an expired token: wall time and number of logins.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from dataclasses import replace

from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from tests.sister.helpers import read_typed


def _creds(server: SandboxServer) -> Credentials:
    c = server.credentials
    return Credentials(c.url, c.id_pengguna, c.username, c.password)


async def _timed_calls(api: SisterApi, ids: list[str]) -> tuple[float, list[float]]:
    latencies: list[float] = []

    async def one(id_sdm: str) -> None:
        started = time.perf_counter()
        await read_typed(api.client, "data_pribadi/profil", id_sdm)
        latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in ids))
    return time.perf_counter() - started, latencies


async def main(requests: int) -> None:
    server = SandboxServer(seed=7, size=300, port=0).start()
    try:
        unpaced = ClientOptions(max_rps=10_000.0, max_inflight=8)
        async with SisterClient(_creds(server), unpaced) as client:
            api = SisterApi(client)
            ids = [p.id_sdm for p in await api.referensi_sdm()]
            work = (ids * (requests // len(ids) + 1))[:requests]
            wall, lat = await _timed_calls(api, work)
            print(
                f"unpaced, 8 in flight: {requests} requests in {wall:.2f} s = "
                f"{requests / wall:.0f} req/s; {wall / requests * 8 * 1000:.1f} ms per request "
                f"per slot (time queued for a slot included in p50 "
                f"{statistics.median(lat) * 1000:.0f} ms)"
            )

        async with SisterClient(_creds(server), ClientOptions()) as client:
            api = SisterApi(client)
            await client.login()
            wall, _lat = await _timed_calls(api, ids[:20])
            print(
                f"default pacing (4/s less the margin, 4 in flight): 20 requests in {wall:.2f} s = "
                f"{20 / wall:.2f} req/s"
            )

        fast = replace(ClientOptions(), max_rps=10_000.0, max_inflight=20)
        async with SisterClient(_creds(server), fast) as client:
            api = SisterApi(client)
            await client.login()
            before = server.stats.authorize_calls
            server.faults.expire_tokens()
            wall, _lat = await _timed_calls(api, ids[:20])
            print(
                f"20 concurrent calls on an expired token: {wall * 1000:.0f} ms, "
                f"{server.stats.authorize_calls - before} login(s), "
                f"{server.stats.by_status[401]} 401 answer(s)"
            )
    finally:
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=1000)
    asyncio.run(main(parser.parse_args().requests))
