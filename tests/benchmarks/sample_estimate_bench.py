"""How often the estimate of a first sync from a sample (``domain/sync_sample.py``) lands
within 15 % of what the sync then sends, on campuses of the sandbox's own people.

Each pegawai's first-sync cost (every group, the run's four semesters) is counted from the
sandbox's data, as a sync would send it (``tests.sync_world.expected_requests``: a request per
object, per list page and semester, per record with a detail); nothing is sent over HTTP. Per
campus (the first N of a sandbox of ``--size`` SDM, or every tendik and some dosen) the list is
shuffled ``--trials`` times (another campus of the same people, so another sample), the
sample's rounds are played as ``SyncService.sample_estimate`` plays them, and the estimate
(the sampled part exact, the rest from its kind's average) is compared with the true total.
Printed per campus: the share of trials within 15 %, the median and 95th-percentile error,
the mean sample (pegawai, and its share of the requests), rounds, and the margin claimed.

    .venv/bin/python -m tests.benchmarks.sample_estimate_bench [--size 2000] [--trials 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date
from types import SimpleNamespace

from sister_desktop.domain.freshness import is_tendik
from sister_desktop.domain.semesters import recent_semesters
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import RUN_REQUESTS
from sister_desktop.domain.sync_sample import (
    SAMPLE_ROUNDS,
    SAMPLE_TOLERANCE,
    Stratum,
    check_sample,
    first_sizes,
    spread_order,
)
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.referensi import semester_ids
from tests.sync_world import expected_requests

ALL = SyncScope(groups=frozenset(SisterGroup))


def costs_of(world: World) -> tuple[list[float], list[str]]:
    """Each SDM's first-sync cost of every group, and his kind."""
    semesters = recent_semesters(semester_ids(), date.today(), ALL.semesters)
    server = SimpleNamespace(world=world)
    costs = [float(expected_requests(server, [p], ALL, semesters)) for p in world.sdm]  # type: ignore[arg-type]
    kinds = ["tendik" if is_tendik(p.jenis_sdm) else "dosen" for p in world.sdm]
    return costs, kinds


def one_first_sync(costs: dict[int, float], kinds: dict[int, str]) -> tuple[float, ...]:
    """The sample's rounds over ``costs`` (pegawai -> cost): the error of the estimate, the
    pegawai and requests sampled, the rounds, and the margin claimed (relative)."""
    orders = {
        kind: spread_order(sorted(p for p, k in kinds.items() if k == kind))
        for kind in sorted(set(kinds.values()))
    }
    sizes = first_sizes({kind: len(order) for kind, order in orders.items()})
    pulled = {kind: 0 for kind in orders}
    rounds = 0
    while True:
        if any(sizes[k] > pulled[k] for k in orders) and rounds < SAMPLE_ROUNDS:
            rounds += 1
            pulled = dict(sizes)
            continue
        strata = {
            kind: Stratum(
                tuple(costs[p] for p in orders[kind][: pulled[kind]]),
                len(orders[kind]) - pulled[kind],
            )
            for kind in orders
        }
        check = check_sample(strata, RUN_REQUESTS * (rounds + 1))
        if check.enough or check.sizes == sizes or rounds >= SAMPLE_ROUNDS:
            break
        sizes = check.sizes
    true = sum(costs.values()) + RUN_REQUESTS * (rounds + 1)
    sampled = sum(pulled.values())
    sampled_requests = sum(sum(s.costs) for s in strata.values())
    return (
        abs(check.total - true) / true,
        sampled,
        sampled_requests / true,
        rounds,
        check.margin / check.total,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--trials", type=int, default=200)
    args = parser.parse_args()
    started = time.perf_counter()
    costs, kinds = costs_of(World(seed=7, size=args.size))
    dosen = [i for i, k in enumerate(kinds) if k == "dosen"]
    tendik = [i for i, k in enumerate(kinds) if k == "tendik"]
    spread = statistics.stdev(costs[i] for i in dosen) / statistics.mean(costs[i] for i in dosen)
    print(
        f"{args.size} SDM ({len(dosen)} dosen, cv {spread:.2f}; {len(tendik)} tendik) counted "
        f"in {time.perf_counter() - started:.1f} s"
    )
    campuses = {f"first {n}": list(range(n)) for n in (30, 125, 400, args.size) if n <= args.size}
    campuses["every tendik and 10 % as many dosen"] = tendik + dosen[: len(tendik) // 10]
    rng = random.Random(7)
    for name, people in campuses.items():
        results = []
        for _ in range(args.trials):
            ids = list(range(len(people)))
            rng.shuffle(ids)
            results.append(
                one_first_sync(
                    {i: costs[p] for i, p in zip(ids, people, strict=True)},
                    {i: kinds[p] for i, p in zip(ids, people, strict=True)},
                )
            )
        errors = sorted(r[0] for r in results)
        kinds_here = [kinds[p] for p in people]
        print(
            f"{name} ({kinds_here.count('dosen')} dosen, {kinds_here.count('tendik')} tendik): "
            f"within {SAMPLE_TOLERANCE:.0%} in "
            f"{sum(e <= SAMPLE_TOLERANCE for e in errors) / len(errors):.1%}, "
            f"median error {errors[len(errors) // 2]:.1%}, "
            f"95th {errors[int(len(errors) * 0.95)]:.1%}; sample "
            f"{statistics.mean(r[1] for r in results):.0f} pegawai "
            f"({statistics.mean(r[2] for r in results):.0%} of the requests), "
            f"{statistics.mean(r[3] for r in results):.1f} rounds, margin claimed "
            f"{statistics.mean(r[4] for r in results):.1%}"
        )


if __name__ == "__main__":
    main()
