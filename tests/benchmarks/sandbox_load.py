"""Load figure of the SISTER sandbox: requests per second over loopback, latency faults off.

Bounded in count and time: ``--requests`` GETs (default 3000) by ``--workers`` concurrent
requests of one httpx client (default 4), stopping early after ``--max-seconds``. The server
runs as ``sister-desktop sandbox`` in its own process, as the demo and an operator run it.
Run:

    .venv/bin/python -m tests.benchmarks.sandbox_load [--size 300] [--workers 4] [--mix whole]

``--mix five`` (the default) asks what the sync has always read (profil, kepegawaian, two
histories, an SDM search); ``--mix whole`` adds the rest of the API a full pull reads
(publications by page, teaching, documents, BKD, reference lists, details by id), so the
first request for a person also draws that person's records.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from sister_desktop.sandbox.server import SandboxServer


async def _worker(
    client: httpx.AsyncClient,
    paths: list[str],
    queue: asyncio.Queue[int],
    deadline: float,
    timings: list[float],
    statuses: dict[int, int],
) -> None:
    while time.monotonic() < deadline:
        try:
            n = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        started = time.perf_counter()
        answer = await client.get(paths[n % len(paths)])
        timings.append(time.perf_counter() - started)
        statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1


async def _run(
    server: SandboxServer,
    requests: int,
    workers: int,
    max_seconds: float,
    external: dict[str, str] | None = None,
    mix: str = "five",
) -> None:
    world = server.world
    paths = ["referensi/sdm?nama=an"]
    for person in world.sdm:
        paths += [
            f"data_pribadi/profil/{person.id_sdm}",
            f"data_pribadi/kepegawaian/{person.id_sdm}",
            f"penugasan?id_sdm={person.id_sdm}",
            f"jabatan_fungsional?id_sdm={person.id_sdm}",
        ]
        if mix == "whole":
            paths += [
                f"publikasi?id_sdm={person.id_sdm}&page=1&per_page=100",
                f"penelitian?id_sdm={person.id_sdm}",
                f"pengajaran?id_sdm={person.id_sdm}",
                f"dokumen?id_sdm={person.id_sdm}",
                f"bkd/laporan_akhir_bkd?id_sdm={person.id_sdm}",
                "referensi/jenis_publikasi",
                "referensi/kategori_kegiatan?tipe=tree",
            ]
            details = person.details("jabatan_fungsional")
            paths += [f"jabatan_fungsional/{d['id']}" for d in details[:1]]
    creds = server.credentials
    if external is not None:
        # The file also names its role and holds the other role's credential: take the four.
        creds = type(creds)(
            **{k: external[k] for k in ("url", "id_pengguna", "username", "password")}
        )
    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(base_url=creds.url + "/", limits=limits, timeout=10) as client:
        token = (
            await client.post(
                "authorize",
                json={
                    "username": creds.username,
                    "password": creds.password,
                    "id_pengguna": creds.id_pengguna,
                },
            )
        ).json()["token"]
        client.headers["Authorization"] = f"Bearer {token}"
        queue: asyncio.Queue[int] = asyncio.Queue()
        for n in range(requests):
            queue.put_nowait(n)
        timings: list[float] = []
        statuses: dict[int, int] = {}
        started = time.perf_counter()
        deadline = time.monotonic() + max_seconds
        await asyncio.gather(
            *(_worker(client, paths, queue, deadline, timings, statuses) for _ in range(workers))
        )
        elapsed = time.perf_counter() - started
    done = len(timings)
    timings.sort()
    print(
        f"sandbox size={len(world.sdm)} mix={mix} workers={workers} requests={done} "
        f"in {elapsed:.2f} s"
    )
    print(f"throughput: {done / elapsed:.0f} requests/s")
    print(
        f"latency ms: median {statistics.median(timings) * 1000:.1f}, "
        f"p95 {timings[int(done * 0.95) - 1] * 1000:.1f}, max {timings[-1] * 1000:.1f}"
    )
    print(f"statuses: {dict(sorted(statuses.items()))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=30.0)
    parser.add_argument("--mix", choices=("five", "whole"), default="five")
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="serve from a thread of this process instead of a `sister-desktop sandbox` "
        "subprocess (client and server then share one interpreter lock)",
    )
    args = parser.parse_args()
    if args.in_process:
        with SandboxServer(seed=7, size=args.size) as server:
            asyncio.run(_run(server, args.requests, args.workers, args.max_seconds, mix=args.mix))
        return
    with tempfile.TemporaryDirectory() as folder:
        creds_file = Path(folder) / "c.json"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sister_desktop",
                "sandbox",
                "--port",
                "0",
                "--size",
                str(args.size),
                "--credentials-file",
                str(creds_file),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            process.stdout.readline()
            creds = json.loads(creds_file.read_text(encoding="utf-8"))
            server = SandboxServer(seed=7, size=args.size)  # the same world, not started
            asyncio.run(
                _run(server, args.requests, args.workers, args.max_seconds, creds, args.mix)
            )
        finally:
            process.terminate()
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
