"""The Pegawai tab with 20,000 employees: time to first rows, search keystrokes, sorting,
peak memory; plus the import of the same 20,000-row file.

Run: .venv/bin/python tests/benchmarks/pegawai_tab_bench.py [--rows 20000]
Targets: first rows < 1 s after start, a keystroke refilters in < 100 ms, RSS < 400 MB.

The parent process writes a CSV and imports it (timed); a fresh child process then starts
the way the program does (QApplication, qasync loop, database open with migrations check, the
tab), so the memory figure is the tab's and not the generator's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

GIVEN = ["Siti", "Budi", "Agus", "Dewi", "Rina", "Andi", "Yusuf", "Putri", "Hendra", "Nur"]
FAMILY = ["Rahmawati", "Santoso", "Nasution", "Wijaya", "Hakim", "Pratama", "Lubis", "Siregar"]
UNITS = ["Fakultas Teknik", "Fakultas Hukum", "Agribisnis", "Rektorat", "Biro Umum", "FKIP"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(5)
    lines = [
        "nama;nip;nidn;nidk;nupn;nuptk;nik;tanggal_lahir;jenis_kelamin;jenis_pegawai;unit_kerja"
    ]
    for i in range(rows):
        born = f"{rng.randint(1960, 1995)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        sex = rng.choice("12")
        dosen = rng.random() < 0.7
        nip = f"{born}{rng.randint(1990, 2020)}{rng.randint(1, 12):02d}{sex}{i % 1000:03d}"
        lines.append(
            ";".join(
                [
                    f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {i}",
                    nip if rng.random() < 0.8 else "",
                    f"{i:010d}" if dosen else "",
                    "",
                    "",
                    f"{i:016d}",
                    "",
                    f"{born[:4]}-{born[4:6]}-{born[6:]}",
                    "L" if sex == "1" else "P",
                    "Dosen" if dosen else "Tendik",
                    rng.choice(UNITS),
                ]
            )
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


async def import_file(url: str, path: Path) -> tuple[float, float, int]:
    from sister_desktop.services.importer import apply_import, plan_import
    from sister_desktop.store.database import Database
    from sister_desktop.store.pegawai_repository import PegawaiRepository

    db = await Database.open(url)
    try:
        repo = PegawaiRepository(db)
        start = time.perf_counter()
        plan = await plan_import(path, repo)
        planned = time.perf_counter()
        result = await apply_import(plan, repo)
        written = time.perf_counter()
        return planned - start, written - planned, result.imported
    finally:
        await db.dispose()


def child(url: str) -> None:
    """Start like the program, show the tab, measure; print ``key=value`` lines."""
    start = time.perf_counter()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sister_desktop.host.runtime import QtNeed, hosted
    from sister_desktop.services.composition import Services
    from sister_desktop.store.database import Database
    from sister_desktop.ui.common.ui_context import UiContext
    from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab

    # The window's host: what the program starts with, entered here and left after the run.
    stack = contextlib.ExitStack()
    host = stack.enter_context(hosted("id", QtNeed.WINDOWS))
    app = host.app
    assert isinstance(app, QApplication)

    async def scenario() -> None:
        db = await Database.open(url)
        context = UiContext.of(Services.over(db))
        tab = PegawaiTab(context)
        tab.resize(1200, 800)
        tab.show()
        while tab.model.rowCount() == 0:
            await asyncio.sleep(0.001)
        app.processEvents()
        tab.table.viewport().grab()  # the first rows are painted
        print(f"first_rows_s={time.perf_counter() - start:.3f}")
        print(f"rows={tab.model.rowCount()}")

        keystrokes = []
        for text in ("siti", "1234", ""):
            tab.search_edit.clear()
            app.processEvents()
            for ch in text or "x":
                t = time.perf_counter()
                QTest.keyClick(tab.search_edit, ch)
                app.processEvents()
                tab.table.viewport().grab()
                keystrokes.append(time.perf_counter() - t)
        t = time.perf_counter()
        tab.search_edit.clear()
        app.processEvents()
        keystrokes.append(time.perf_counter() - t)
        print(f"keystroke_median_ms={statistics.median(keystrokes) * 1000:.1f}")
        print(f"keystroke_max_ms={max(keystrokes) * 1000:.1f}")

        t = time.perf_counter()
        tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        print(f"sort_ms={(time.perf_counter() - t) * 1000:.1f}")
        t = time.perf_counter()
        tab.tick_visible()
        app.processEvents()
        print(f"pilih_semua_ms={(time.perf_counter() - t) * 1000:.1f}")
        t = time.perf_counter()
        await tab.reload()
        app.processEvents()
        print(f"reload_ms={(time.perf_counter() - t) * 1000:.1f}")
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak_rss_mb={peak_kb / 1024:.0f}")
        await db.dispose()

    with stack:
        host.run(scenario())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--child", metavar="URL")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "pegawai.csv"
        url = f"sqlite:///{Path(home) / 'bench.db'}"
        write_file(path, args.rows)
        planned, written, imported = asyncio.run(import_file(url, path))
        print(
            f"import of {args.rows} rows: check {planned * 1000:.0f} ms, "
            f"write {written * 1000:.0f} ms"
        )
        assert imported == args.rows, imported
        env = {**os.environ, "SISTER_DESKTOP_HOME": home}
        out = subprocess.run(
            [sys.executable, __file__, "--child", url],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    figures = dict(line.split("=", 1) for line in out.split())
    print(
        f"Pegawai tab, {figures['rows']} employees (offscreen):\n"
        f"  first rows shown after start: {float(figures['first_rows_s']) * 1000:.0f} ms "
        "(target < 1000)\n"
        f"  search keystroke refilter: median {figures['keystroke_median_ms']} ms, "
        f"max {figures['keystroke_max_ms']} ms (target < 100)\n"
        f"  sort by NIP: {figures['sort_ms']} ms; pilih semua: {figures['pilih_semua_ms']} ms; "
        f"reload: {figures['reload_ms']} ms\n"
        f"  peak RSS: {figures['peak_rss_mb']} MB (target < 400)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
