"""Kirim ke SISTER at scale: 500 approved baru usulan (a penelitian with one document each)
against a sandbox in its own process with 100 ms latency and a limit of 20 requests/s (past
which it locks the credential out), the client set to 20/s.

Prints the requests per usulan (floor: 2, the document and the POST, plus the read-back), the
achieved rate and its share of the allowed rate, the 429s, the outcomes and the time. Run:

    .venv/bin/python -m tests.benchmarks.kirim_bench [--usulan 500] [--size 60] [--rps 20]
                                                    [--inflight 4] [--latency-ms 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from sister_desktop.config import WsOverrides
from sister_desktop.domain.usulan import Usulan, UsulanDokumen, UsulanJenis, UsulanStatus
from sister_desktop.sandbox.dataset import World
from sister_desktop.services.composition import Services
from sister_desktop.services.settings_service import DemoCredentials
from sister_desktop.sister.client import ClientOptions
from sister_desktop.store.secrets import SecretStore
from tests.benchmarks.sync_bench_common import linked_database, sandbox_process
from tests.dict_keyring import DictKeyring
from tests.sandbox.write_samples import Samples

LOCKOUT_S = 30.0


async def bench(
    credentials: dict[str, str], world: World, count: int, rps: float, inflight: int
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="kirim-bench-"))
    db, _linked = await linked_database(folder / "bench.db", credentials)
    document = folder / "laporan.pdf"
    document.write_bytes(b"%PDF-1.4\n" + b"laporan penelitian " * 200)
    services = Services.over(
        db,
        demo=DemoCredentials(
            credentials["url"],
            credentials["id_pengguna"],
            credentials["username"],
            credentials["password"],
        ),
        secrets=SecretStore(DictKeyring()),
        overrides=WsOverrides(max_rps=rps, max_inflight=inflight),
        # The sandbox's lockout, as the client would have learnt it: a 429 costs 30 s, not 15 min.
        client_options=ClientOptions(lockout_initial_s=LOCKOUT_S),
    )
    people = await services.pegawai.list_all()
    by_sdm = {p.id_sdm: p for p in people if p.id_sdm}
    dosen = [p for p in world.sdm if p.jenis_sdm.lower().startswith("dosen") and p.id_sdm in by_sdm]
    items = []
    for n in range(count):
        person = dosen[n % len(dosen)]
        body = Samples(world, person.id_sdm).body("Litabmas", "penelitian")
        body.update(
            judul=f"Penelitian terapan nomor {n} tentang ketahanan pangan",
            dokumen=[],
            anggota_mahasiswa=[],
            anggota_lain=[],
            anggota_dosen=[{"id_sdm": person.id_sdm, "aktif": True, "peran": "K"}],
        )
        pegawai = by_sdm[person.id_sdm]
        items.append(
            Usulan(
                id=None,
                pegawai_id=pegawai.id,
                pegawai_nama=pegawai.nama,
                id_sdm=person.id_sdm,
                dataset="penelitian",
                jenis=UsulanJenis.BARU,
                status=UsulanStatus.DRAF,
                body=body,
                dokumen=(
                    UsulanDokumen(nama="Laporan akhir", id_jenis_dokumen=3, path=str(document)),
                ),
            )
        )
    stored = await services.usulan.add(items)
    await services.usulan.setujui([item.id for item in stored if item.id is not None])
    api = await services.connection.api()
    pacer = api.client.pacer
    samples = Counter[str]()

    async def sample() -> None:
        # Who held the pace: a request waiting for its turn (the pacer), or none waiting (the
        # client had nothing ready: its own work, or the loop starved of CPU).
        while True:
            samples["waiting" if pacer.waiting else "idle"] += 1
            await asyncio.sleep(0.02)

    sampler = asyncio.ensure_future(sample())
    started = time.perf_counter()
    result = await services.kirim.send()
    elapsed = time.perf_counter() - started
    sampler.cancel()
    await services.aclose()
    await db.dispose()
    outcomes = Counter(item.status.value for item in result.usulan)
    rate = result.requests / elapsed
    print(f"usulan: {len(result.usulan)} for {len(set(i.id_sdm for i in items))} pegawai")
    print(f"outcomes: {dict(outcomes)}")
    print(f"requests: {result.requests} ({result.requests / count:.2f} per usulan)")
    print(f"time: {elapsed:.1f} s; rate {rate:.2f}/s = {rate / rps:.3f} of the allowed {rps:g}/s")
    print(f"429s: {result.rate_limited}; resent: {result.retried}")
    print(f"read-back failed for {len(result.read_back_failed)} pegawai")
    total = sum(samples.values()) or 1
    print(f"a request waiting for its turn {samples['waiting'] / total:.0%} of the time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--usulan", type=int, default=500)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--rps", type=float, default=20.0)
    parser.add_argument("--inflight", type=int, default=4)
    parser.add_argument("--latency-ms", type=int, default=100)
    args = parser.parse_args()
    options = (
        "--size",
        str(args.size),
        "--seed",
        "7",
        "--role",
        "pro",
        "--latency-ms",
        str(args.latency_ms),
        "--rate-limit",
        str(int(args.rps)),
        # A short lockout: a 429 is counted, not waited out for long.
        "--lockout-s",
        str(LOCKOUT_S),
    )
    world = World(seed=7, size=args.size)
    print(f"load before: {os.getloadavg()[0]:.2f}")
    with sandbox_process(*options) as credentials:
        asyncio.run(bench(credentials, world, args.usulan, args.rps, args.inflight))
    print(f"load after:  {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
