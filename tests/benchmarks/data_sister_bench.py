"""Data SISTER at campus scale: N pegawai (5,000 by default) with the default groups synced, as
a sandbox world of N people serves them, stored as a sync stores them, in a SQLite file.
Prints how long the Data SISTER window takes to open for a pegawai (read,
arrange, first page and the Kepegawaian page drawn), the Daftar Riwayat Hidup of one pegawai
as PDF (read, words, painting), and the search in the synced data.

Run: ``.venv/bin/python -m tests.benchmarks.data_sister_bench [--size 5000] [--keep FILE.db]``
(``--keep`` reuses the file of an earlier run with the same size, skipping the minutes of
filling it). Targets: open < 150 ms, DRH < 1 s, search < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

from sister_desktop.store.database import Database
from sister_desktop.store.schema import pegawai, sister_record, sister_search
from tests import sister_records_world as srw

QUERIES = ("sertifikasi dosen 2019", "teknik mesin", "lektor kepala", "pelatihan teknis 2024")


async def fill(db: Database, size: int) -> None:
    world = srw.World(seed=7, size=size)
    started = time.perf_counter()
    ids = await srw.save_linked(db, world.sdm)
    for n, (pegawai_id, person) in enumerate(zip(ids, world.sdm, strict=True)):
        await srw.store_answers(db, pegawai_id, person.id_sdm, srw.pull_person(world, person))
        if n and n % 500 == 0:
            print(f"  stored {n} pegawai ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    await srw.store_referensi(db, world)


async def counts(db: Database) -> tuple[int, int, int]:
    async with db.connect() as conn:
        people = (await conn.execute(sa.select(sa.func.count()).select_from(pegawai))).scalar()
        records = (
            await conn.execute(sa.select(sa.func.count()).select_from(sister_record))
        ).scalar()
        lines = (await conn.execute(sa.select(sa.func.count()).select_from(sister_search))).scalar()
    return int(people or 0), int(records or 0), int(lines or 0)


async def longest_careers(db: Database, count: int) -> list[int]:
    async with db.connect() as conn:
        rows = await conn.execute(
            sa.select(sister_record.c.pegawai_id, sa.func.count().label("n"))
            .group_by(sister_record.c.pegawai_id)
            .order_by(sa.desc("n"))
            .limit(count)
        )
        return [row.pegawai_id for row in rows]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


async def measure(db: Database, repeat: int) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from sister_desktop.domain.sister_groups import SisterGroup
    from sister_desktop.reports.drh_pdf import render_drh
    from sister_desktop.services.composition import Services
    from sister_desktop.store.secrets import SecretStore
    from sister_desktop.texts.drh_texts import build_drh
    from sister_desktop.ui.common.ui_context import UiContext
    from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow
    from tests.dict_keyring import DictKeyring

    people, records, lines = await counts(db)
    print(f"pegawai={people} records={records} search_lines={lines}")
    context = UiContext.of(Services.over(db, secrets=SecretStore(DictKeyring())))
    host = QWidget()
    targets = await longest_careers(db, repeat)
    opens = []
    for pegawai_id in targets:
        started = time.perf_counter()
        window = DataSisterWindow(context, host)
        await window.load(pegawai_id)
        window.show()
        window.show_group(SisterGroup.KEPEGAWAIAN)
        QApplication.processEvents()
        opens.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    print(
        f"open_ms median={ms(statistics.median(opens))} max={ms(max(opens))} "
        f"(target < 150; {len(opens)} pegawai with the longest careers)"
    )
    drh_times = []
    pages = 0
    for pegawai_id in targets[:5]:
        started = time.perf_counter()
        loaded = await context.data_sister.load(pegawai_id)
        assert loaded is not None
        pdf = render_drh(build_drh(loaded, datetime.now(UTC)))
        drh_times.append(time.perf_counter() - started)
        pages = max(pages, pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"))
    print(
        f"drh_ms median={ms(statistics.median(drh_times))} max={ms(max(drh_times))} "
        f"(target < 1000; read, words and PDF of one pegawai)"
    )
    for query in QUERIES:
        times, found = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            found = len(await context.data_sister.search(query))
            times.append(time.perf_counter() - started)
        print(
            f"search_ms query={query!r} median={ms(statistics.median(times))} "
            f"max={ms(max(times))} found={found} (target < 200)"
        )


async def prepare(path: Path, size: int) -> None:
    """Fill ``path`` with ``size`` synced pegawai unless it already holds them (on a plain
    asyncio loop: a write-heavy fill is several times faster there than under qasync)."""
    db = await Database.open(f"sqlite:///{path}")
    try:
        if (await counts(db))[0] == size:
            return
    finally:
        await db.dispose()
    if path.exists():
        path.unlink()
    db = await Database.open(f"sqlite:///{path}")
    try:
        started = time.perf_counter()
        await fill(db, size)
        print(f"fill_s={time.perf_counter() - started:.1f}")
    finally:
        await db.dispose()


async def measure_file(path: Path, repeat: int) -> None:
    db = await Database.open(f"sqlite:///{path}")
    try:
        await measure(db, repeat)
    finally:
        await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--keep", default=None, help="SQLite file to keep and reuse")
    args = parser.parse_args()
    if args.keep is not None:
        path = Path(args.keep)
    else:
        path = Path(tempfile.mkdtemp(prefix="data-sister-bench-")) / "bench.db"
    asyncio.run(prepare(path, args.size))

    from sister_desktop.host.runtime import QtNeed, hosted

    # The window is measured on the loop the program runs on.
    with hosted("id", QtNeed.WINDOWS) as host:
        host.run(measure_file(path, args.repeat))


if __name__ == "__main__":
    main()
