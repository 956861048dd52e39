"""Perbandingan at campus scale: N linked employees with stored SISTER answers in a SQLite file.
Prints how long the comparison (read + rules), a 100-field Terapkan with its undo, the XLSX of
every compared field and the PDF of the differences take.

Run: ``.venv/bin/python -m tests.benchmarks.comparison_bench [--size 20000]``.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.host.runtime import QtNeed, hosted
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.schema import sister_link, sister_record, sister_summary


async def seed(db: Database, size: int) -> list[int]:
    rng = random.Random(7)
    people = []
    for n in range(size):
        people.append(
            Pegawai(
                id=NEW_ID,
                nama=f"Dr. Pegawai {n:05d}, M.Sc.",
                nip=f"19800101200501{n:04d}"[:18],
                nidn=f"{n:010d}",
                nik=f"{3201000000000000 + n}",
                tanggal_lahir=date(1980, 1, 1),
                jenis_kelamin="L",
                unit_kerja="Teknik Sipil",
                jabatan_fungsional="Lektor",
                pangkat_golongan="Penata, III/c",
            )
        )
    ids = await PegawaiRepository(db).save_many(people, [])
    now = datetime.now(UTC)
    links, data, summaries = [], [], []
    for n, pegawai_id in enumerate(ids):
        id_sdm = f"sdm-{n:06d}"
        slip = rng.random() < 0.1  # one in ten differs somewhere
        links.append(
            {"pegawai_id": pegawai_id, "id_sdm": id_sdm, "method": "manual", "linked_at": now}
        )
        payloads = {
            "data_pribadi/profil": {
                "nama": f"PEGAWAI {n:05d}" if not slip else f"PEGAWAI {n:05d}X",
                "jenis_kelamin": "L",
                "tanggal_lahir": "1980-01-01",
            },
            "data_pribadi/kependudukan": {"nik": f"{3201000000000000 + n}"},
            "data_pribadi/kepegawaian": {
                "nip": f"19800101200501{n:04d}"[:18],
                "nidn": f"{n:010d}" if not slip else None,
                "nuptk": None,
            },
            "referensi/sdm": {"id_sdm": id_sdm, "nama_sdm": f"PEGAWAI {n:05d}"},
        }
        for dataset, row in payloads.items():
            data.append(
                {
                    "pegawai_id": pegawai_id,
                    "dataset": dataset,
                    "record_key": "",
                    "id_sdm": id_sdm,
                    "row": row,
                    "row_hash": "x",
                    "first_seen_at": now,
                    "seen_at": now,
                    "changed_at": now,
                }
            )
        summaries.append(
            {
                "pegawai_id": pegawai_id,
                "id_sdm": id_sdm,
                "homebase_unit": "Teknik Sipil",
                "jabatan_fungsional": "Lektor",
                "pangkat_golongan": "III/c (Penata)" if not slip else "III/d (Penata Tingkat I)",
                "last_status": "ok",
                "last_synced_at": now,
            }
        )
    async with db.transaction() as conn:
        for table, rows in (
            (sister_link, links),
            (sister_record, data),
            (sister_summary, summaries),
        ):
            for start in range(0, len(rows), 500):
                await conn.execute(sa.insert(table), rows[start : start + 500])
    return ids


async def bench(size: int, folder: Path) -> None:
    db = await Database.open(f"sqlite:///{folder / 'bench.db'}")
    try:
        t = time.perf_counter()
        ids = await seed(db, size)
        print(
            f"seeded {size} linked pegawai with stored answers in {time.perf_counter() - t:.1f} s"
        )
        service = ComparisonService(db, operator="bench")
        t = time.perf_counter()
        report = await service.compare()
        compare_s = time.perf_counter() - t
        print(
            f"compare: {len(report.items)} pegawai, {sum(report.counts.values())} differences "
            f"in {compare_s:.2f} s"
        )
        t = time.perf_counter()
        one = await service.compare_one(ids[size // 2])
        print(
            f"compare_one (detail panel): {(time.perf_counter() - t) * 1000:.1f} ms",
            one is not None,
        )
        selection = [
            (i.pegawai_id, f.field) for i in report.different[:100] for f in i.differences
        ][:100]
        t = time.perf_counter()
        outcome = await service.apply(selection)
        print(f"Terapkan {outcome.changed} fields: {(time.perf_counter() - t):.2f} s")
        t = time.perf_counter()
        undone = await service.undo(outcome.batch_id)
        print(f"undo {undone.restored} fields: {(time.perf_counter() - t):.2f} s")

        from sister_desktop.reports.pdf_writer import write_report_pdf
        from sister_desktop.texts import comparison_texts as texts

        sheet = texts.comparison_sheet(report.items, only_different=False)
        t = time.perf_counter()
        await service.export_xlsx(folder / "all.xlsx", [sheet])
        print(f"XLSX of {len(sheet.rows)} rows: {time.perf_counter() - t:.1f} s")
        diff_sheet = texts.comparison_sheet(report.items, only_different=True)
        t = time.perf_counter()
        pages = write_report_pdf(
            folder / "diff.pdf", [diff_sheet], pt_name="Bench", operator="bench"
        )
        print(
            f"PDF of {len(diff_sheet.rows)} difference rows: {pages} pages in "
            f"{time.perf_counter() - t:.2f} s"
        )
    finally:
        await db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20000)
    args = parser.parse_args()
    # The PDF paints with Qt's fonts: the command line's painting host.
    with tempfile.TemporaryDirectory() as folder, hosted("id", QtNeed.PAINT) as host:
        host.run(bench(args.size, Path(folder)))


if __name__ == "__main__":
    main()
