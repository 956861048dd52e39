"""A simulated week of scheduled nights: does a large campus stay within its freshness at a
cost that fits one night?

A sandbox of N SDM (2,000 by default, ``--size`` for fewer) with every group; a first
scheduled night pulls everything, then each day about 2 % of the sandbox's list records change
(edited, removed or added) and a scheduled run (``SyncMode.SCHEDULED``, the default freshness)
follows, seven nights back to back, on a simulated clock, at a fast rate. Per night it prints
the requests per pegawai (goal ≤ 23: what 8 hours at 4/s allow for 5,000 pegawai), the oldest
check on hand against its limit, and of the changes made so far how many were found (the
changed list checked again after the change), how many within their freshness, and how many
are still waiting but within it. Run:

    .venv/bin/python -m tests.benchmarks.nightly_bench [--size 2000] [--nights 7] [--change 0.02]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sister_desktop.domain.freshness import Freshness
from sister_desktop.domain.sister_groups import BY_NAME, SisterGroup, SyncScope
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.host.runtime import QtNeed, hosted
from sister_desktop.sandbox.mutations import mutate, person_lists
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.sync_engine import build_sync_engine
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.benchmarks.sync_bench_common import link_everybody

NIGHT0 = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)


def _fingerprints(world, size: int) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    """``(id_sdm, family) -> hash`` of every list the sandbox serves."""
    found = {}
    for index in range(size):
        id_sdm = world.sdm[index].id_sdm
        for family, rows in person_lists(world, index).items():
            text = json.dumps(rows, sort_keys=True, default=str)
            found[(id_sdm, family)] = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
    return found


async def bench(sandbox: SandboxServer, size: int, nights: int, change: float, rps: float) -> None:
    folder = Path(tempfile.mkdtemp(prefix="nightly-bench-"))
    c = sandbox.credentials
    credentials = Credentials(c.url, c.id_pengguna, c.username, c.password)
    db, count = await link_everybody(folder / "bench.db", credentials)
    client = SisterClient(credentials, ClientOptions(max_rps=rps, max_inflight=8))
    api = SisterApi(client)

    async def provider() -> SisterApi:
        return api

    night = [0]

    def clock() -> datetime:
        return NIGHT0 + timedelta(days=night[0], minutes=5 * night[0])

    engine = build_sync_engine(db, provider, operator="bench", clock=clock)
    records = SisterRecordRepository(db)
    scope = SyncScope(groups=frozenset(SisterGroup))
    freshness = Freshness()
    request = SyncRequest(SyncMode.SCHEDULED, scope=scope, freshness=freshness)
    pegawai_of: dict[str, int] = {}
    for target in await engine.linked_targets(SyncRequest(SyncMode.ALL, scope=scope)):
        assert target.id_sdm is not None
        pegawai_of[target.id_sdm] = target.pegawai_id
    print(f"pegawai: {count}; groups: all; freshness: 7 days, 1 day for */ajuan and penugasan")
    #: (pegawai id, dataset) -> the nights a change was made, not yet found
    waiting: dict[tuple[int, str], list[int]] = {}
    found = late = made = 0
    fingerprints = _fingerprints(sandbox.world, size)
    for n in range(nights + 1):
        night[0] = n
        if n:
            mutate(sandbox.world, change, seed=n)
            now_prints = _fingerprints(sandbox.world, size)
            for key, value in now_prints.items():
                if fingerprints.get(key) != value and key[0] in pegawai_of:
                    waiting.setdefault((pegawai_of[key[0]], key[1]), []).append(n)
                    made += 1
            fingerprints = now_prints
        started = time.perf_counter()
        cpu = time.process_time()
        outcome = await engine.run(request)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        states = await records.all_states()
        now = clock()
        checked = {(s.pegawai_id, s.dataset) for s in states if s.synced_at == now}
        for key in [k for k in waiting if k in checked]:
            for made_on in waiting.pop(key):
                limit = freshness.limit_days(BY_NAME[key[1]]) if key[1] in BY_NAME else 7
                found += 1
                late += (n - made_on) > limit
        pending_late = sum(
            1
            for key, days in waiting.items()
            for made_on in days
            if n - made_on > (freshness.limit_days(BY_NAME[key[1]]) if key[1] in BY_NAME else 7)
        )
        over = max(
            (
                (now - s.synced_at) / freshness.limit(BY_NAME[s.dataset])
                for s in states
                if s.dataset in BY_NAME
            ),
            default=0.0,
        )
        oldest = max((now - s.synced_at for s in states), default=timedelta())
        run = outcome.run
        print(
            f"night {n}: {run.total:5d} pegawai asked, {run.requests.total:7d} requests = "
            f"{run.requests.total / count:6.1f} per pegawai; oldest data "
            f"{oldest / timedelta(days=1):4.1f} days ({over:.0%} of its limit); changes made "
            f"{made}, found {found} ({late} past their freshness), waiting "
            f"{sum(len(d) for d in waiting.values())} ({pending_late} past); "
            f"{elapsed:6.1f} s, CPU {cpu:5.1f} s; {run.status}",
            flush=True,
        )
    await client.aclose()
    await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--nights", type=int, default=7)
    parser.add_argument("--change", type=float, default=0.02, help="records changed per day")
    parser.add_argument("--rps", type=float, default=400.0)
    args = parser.parse_args()
    sandbox = SandboxServer(size=args.size, port=0)
    sandbox.start()
    try:
        with hosted("id", QtNeed.CORE) as host:
            host.run(bench(sandbox, args.size, args.nights, args.change, args.rps))
    finally:
        sandbox.stop()


if __name__ == "__main__":
    main()
