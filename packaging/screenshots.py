"""Regenerate the README's screenshots from the real program in demo mode, in Indonesian.

    python packaging/screenshots.py [--output docs/screenshots] [--screen 1366x768] [--lang id]
                                    [--display]

Runs offscreen (no display needed), or with ``--display`` in a real window on the X display
``$DISPLAY`` (``Xvfb :56 -screen 0 1366x768x24``), where it also saves the whole screen after
each step (``screen-*.png``: what an operator sees, dialogs over the window). Either way with
a throw-away data folder: the built-in SISTER sandbox,
the demo database seeded with its campus list, and the same composition root as
``sister-desktop --demo --lang id``. It then does what an operator does in a first session:
Cek Service, Hubungkan Pegawai dan Sister (the preview is captured, then the Cocok group is
linked), a Sinkronisasi of some of them (the progress dialog is captured mid-run), their Data
SISTER, a second Sinkronisasi after SISTER's data moved (for the Perubahan), and saves a picture
of every tab on the way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "screenshots"
#: The screen the pictures are taken on: the common campus laptop. The window takes the first
#: size the program gives it there (from the screen's available area), as an operator sees it.
SCREEN = "1366x768"
#: How many ticked pegawai the pictured Sinkronisasi pulls (enough for a full progress bar,
#: few enough to finish in seconds against the local sandbox).
SYNC_COUNT = 40
#: File name of each tab's picture, by the tab widget's object name.
TAB_FILES = {
    "settings_tab": "pengaturan.png",
    "pegawai_tab": "pegawai.png",
    "sync_tab": "sinkronisasi.png",
    "perbandingan_panel": "perbandingan.png",
    "orphans_panel": "belum-terhubung.png",
    "changes_panel": "perubahan.png",
    "gambaran_dosen_page": "laporan-gambaran-dosen.png",
    "tabel_lkps_page": "laporan-tabel-lkps.png",
}

#: Pages not pictured by the tour: the README's Kirim ke SISTER pictures (usulan-form.png,
#: kirim-pratinjau.png, log-kirim.png) come from a demo run that really sent, not from an
#: empty page.
NOT_PICTURED = frozenset({"usulan_page", "log_kirim_page"})


async def _until(condition: Callable[[], object], what: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
        await asyncio.sleep(0.05)


async def _settle() -> None:
    """Let layouts and repaints queued by the last step run before a grab (the qasync loop
    handles Qt's events while this coroutine sleeps)."""
    await asyncio.sleep(0.3)


#: Set by ``--display``: the whole screen is saved beside each widget's picture.
WHOLE_SCREEN: list[bool] = [False]


def _save(widget: object, path: Path, saved: list[Path]) -> None:
    if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"could not write {path}")
    saved.append(path)
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", file=sys.stderr)
    if WHOLE_SCREEN[0]:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        whole = path.with_name(f"screen-{path.name}")
        if not screen.grabWindow(0).save(str(whole)):
            raise OSError(f"could not write {whole}")


async def _tour(application: object, output: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    from sister_desktop.domain.sync_log import SyncMode
    from sister_desktop.domain.sync_progress import SyncRequest

    saved: list[Path] = []
    window = await application.start()  # type: ignore[attr-defined]
    context = application.context  # type: ignore[attr-defined]
    await context.tasks.wait_idle()  # settings loaded, the quiet Cek Service of demo mode
    settings = window.settings_tab
    await settings.check_service()  # every step with its tick, as in the Panduan
    await _settle()
    tabs: QTabWidget = window.tabs

    def show(page: QWidget) -> None:
        """Bring ``page`` to the front, through every tab widget it sits in."""
        widget: QWidget | None = page
        while widget is not None:
            parent = widget.parentWidget()
            holder = parent.parentWidget() if parent is not None else None
            if isinstance(holder, QTabWidget):
                holder.setCurrentWidget(widget)
            widget = parent

    show(settings)
    await _settle()
    _save(window, output / TAB_FILES["settings_tab"], saved)

    # Hubungkan Pegawai dan Sister for everyone: the preview with its three groups.
    pegawai_tab = window.pegawai_tab
    show(pegawai_tab)
    await _until(lambda: pegawai_tab.model.rowCount() > 0, "the pegawai list")
    pegawai_tab.tick_visible()
    button = pegawai_tab.sister_button
    linking = context.tasks.spawn(button.link_ticked(), name="screenshot-link")
    await _until(lambda: getattr(button, "dialog", None) is not None, "the link preview")
    dialog = button.dialog
    await _until(lambda: dialog.isVisible(), "the link preview to show")
    dialog.resize(1200, 700)
    await _settle()
    _save(dialog, output / "hubungkan.png", saved)
    dialog.link_button.click()  # link the Cocok group
    await asyncio.wait_for(linking, 60)
    await context.tasks.wait_idle()

    # The Pegawai tab: some ticked, one linked pegawai selected with its details.
    model = pegawai_tab.model
    linked = [p.id for p in model.all_pegawai() if p.id_sdm][:SYNC_COUNT]
    model.clear_ticks()
    model.set_ticked(linked, True)
    pegawai_tab.select_pegawai(linked[0])
    await context.tasks.wait_idle()
    await _settle()
    _save(window, output / TAB_FILES["pegawai_tab"], saved)

    # Sinkronisasi of the ticked pegawai; the progress dialog is captured half-way.
    sync_tab = window.sync_tab
    show(sync_tab)
    syncing = context.tasks.spawn(
        sync_tab.start_sync(SyncRequest(SyncMode.SELECTED, tuple(sorted(linked)))),
        name="screenshot-sync",
    )

    def half_way() -> bool:
        dialog = sync_tab.progress_dialog
        return (
            dialog is not None
            and dialog.last_progress is not None
            and dialog.last_progress.pulled >= len(linked) // 2
        )

    await _until(half_way, "the sync to get half-way", timeout_s=300)
    progress = sync_tab.progress_dialog
    await _settle()
    _save(progress, output / "sinkronisasi-progres.png", saved)
    await asyncio.wait_for(syncing, 600)
    await context.tasks.wait_idle()
    for widget in QApplication.topLevelWidgets():  # the end-of-sync notice, if any
        if widget is not window and widget.isVisible():
            widget.close()
    await _settle()
    _save(window, output / TAB_FILES["sync_tab"], saved)

    # Data SISTER of the synced pegawai with the most records: the Kepegawaian page, then a
    # record of his rank history in full.
    await _data_sister(window, context, linked, output, saved)

    # SISTER's data moves between two syncs (records edited, removed, added); a second run of
    # the same pegawai fetches only what changed, and the Perubahan lists it.
    application.demo.server.world.mutate(0.05, seed=7)  # type: ignore[attr-defined]
    show(sync_tab)
    await sync_tab.start_sync(SyncRequest(SyncMode.SELECTED, tuple(sorted(linked))))
    await context.tasks.wait_idle()
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()

    # The Laporan of the synced pegawai: the charts with one bar's pegawai listed, and the
    # LKPS tables of the program studi with most of them.
    laporan = window.laporan_tab
    show(laporan)
    await context.tasks.wait_idle()
    gambaran = laporan.gambaran
    if gambaran.report is not None:
        from sister_desktop.domain.gambaran_dosen import JUMLAH, ChartKey

        chart = gambaran.report.gambaran.chart(ChartKey.JABATAN)
        gambaran.show_bar(
            ChartKey.JABATAN, JUMLAH, max(chart.categories, key=lambda c: chart.count(JUMLAH, c))
        )
    lkps = laporan.lkps
    if lkps.prodi.count():
        sizes = {}
        for row in range(lkps.prodi.count()):
            lkps.prodi.setCurrentIndex(row)
            built = await lkps.load()
            sizes[row] = len(built.lkps.table("3.a.1").rows) if built else 0
        lkps.prodi.setCurrentIndex(max(sizes, key=lambda r: sizes[r]))
        await lkps.load()

    # Every other page of the window's tabs (Perbandingan and the like) gets its picture too.
    pictured = {settings, pegawai_tab, sync_tab}
    for tab_widget in [tabs, *tabs.findChildren(QTabWidget)]:
        for index in range(tab_widget.count()):
            page = tab_widget.widget(index)
            if page in pictured or isinstance(page, QTabWidget):
                continue
            if page.objectName() in NOT_PICTURED:
                continue
            pictured.add(page)
            show(page)
            await context.tasks.wait_idle()
            await _settle()
            name = page.objectName()
            fallback = name.removesuffix("_tab").removesuffix("_panel").replace("_", "-")
            _save(window, output / TAB_FILES.get(name, f"{fallback}.png"), saved)
    return saved


async def _data_sister(
    window: object, context: object, synced: list[int], output: Path, saved: list[Path]
) -> None:
    from sister_desktop.domain.sister_groups import SisterGroup

    service = context.data_sister  # type: ignore[attr-defined]
    counts = {}
    for pegawai_id in synced:
        data = await service.data_of(pegawai_id)
        counts[pegawai_id] = len(data.current("kepangkatan")) + len(data.current("diklat"))
    chosen = max(counts, key=lambda pid: counts[pid])
    pegawai_tab = window.pegawai_tab  # type: ignore[attr-defined]
    pegawai_tab.select_pegawai(chosen)
    data_window = await pegawai_tab.data_sister.open_data_sister(chosen)
    page = data_window.show_group(SisterGroup.KEPEGAWAIAN)
    await _settle()
    _save(data_window, output / "data-sister.png", saved)
    section = page.sections.get("jabatan_fungsional")
    if section is not None and section.table is not None:
        section.open_row(0)
        await _settle()
        data_window.detail_dialog.move(data_window.x() + 380, data_window.y() + 60)
        await _settle()
        _save(data_window.detail_dialog, output / "data-sister-rincian.png", saved)
        data_window.detail_dialog.close()
    data_window.close()
    await _settle()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder for PNGs")
    parser.add_argument("--screen", default=SCREEN, help="screen size WIDTHxHEIGHT")
    parser.add_argument("--lang", default="id", choices=("id", "en"), help="language")
    parser.add_argument(
        "--display", action="store_true", help="a real window on $DISPLAY instead of offscreen"
    )
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    output.mkdir(parents=True, exist_ok=True)

    home = tempfile.TemporaryDirectory(prefix="sister-screenshots-")
    width, height = (int(x) for x in args.screen.lower().split("x"))
    screen_file = Path(home.name) / "screen.json"
    screen_file.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}
        ),
        encoding="utf-8",
    )
    if args.display:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        WHOLE_SCREEN[0] = True
    else:
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
    os.environ.setdefault("QT_API", "pyside6")
    os.environ["SISTER_DESKTOP_HOME"] = home.name
    # The local sandbox can take it; the pictured run then finishes in seconds.
    os.environ["SISTER_MAX_RPS"] = "20"
    os.environ["SISTER_MAX_INFLIGHT"] = "8"
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from sister_desktop.app import Application
    from sister_desktop.host.runtime import QtNeed, hosted

    print(f"Screenshots into {output}", file=sys.stderr)
    try:
        with hosted(args.lang, QtNeed.WINDOWS) as host:
            qt_app = host.app
            assert isinstance(qt_app, QApplication)
            application = Application(
                qt_app, argparse.Namespace(db=None, lang=args.lang, demo=True, command=None)
            )

            async def run() -> list[Path]:
                try:
                    return await _tour(application, output)
                finally:
                    await application.shutdown()

            saved = host.run(run())
    finally:
        home.cleanup()
    print(f"{len(saved)} screenshots written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
