import dataclasses

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.common.about_info import AboutInfo
from sister_desktop.ui.main_window import DEMO_OFFSET, MainWindow, first_size
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn
from sister_desktop.ui.pengaturan.panduan_panel import PanduanStep
from tests.comparison_world import comparison_service, synced_campus
from tests.linking_world import linking_service
from tests.sync_world import engine_for, sandbox_client
from tests.ui.context_helpers import ui_context
from tests.ui.fit import cut_headers

pytestmark = pytest.mark.gui


def test_main_window_has_four_tabs_and_status(qtbot, make_window):
    window = make_window()
    window.show()
    assert window.windowTitle() == "SISTER Desktop"
    tabs = window.findChild(QTabWidget, "main_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Settings",
        "Pegawai",
        "Sinkronisasi",
        "Laporan",
    ]
    assert window.connection_label.text() == "Not connected"
    assert window.tabs.cornerWidget(Qt.Corner.TopRightCorner) is None
    assert not window.windowIcon().isNull()


def test_demo_mode_is_marked(qtbot, make_window):
    window = make_window(demo=True)
    window.show()
    assert window.windowTitle() == "DEMO MODE — SISTER Desktop"  # first: taskbars cut the end
    badge = window.tabs.cornerWidget(Qt.Corner.TopRightCorner)
    assert badge is not None and badge.isVisible() and badge.text() == "DEMO MODE"
    # Once: the status bar does not repeat it.
    shown = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text() == "DEMO MODE"]
    assert shown == [badge]


def test_the_demo_window_opens_beside_the_real_one_not_on_it(qtbot, loop, db, tmp_path):
    """Coba mode demo starts a second window while the real one is up: it takes the real
    window's place moved down and right, and keeps a place of its own afterwards."""
    context = _context_in(db, tmp_path)
    real = MainWindow(context)
    qtbot.addWidget(real)
    real.show()
    loop.run_until_complete(context.tasks.wait_idle())
    real.resize(QSize(640, 480))
    real.move(QPoint(20, 30))
    real.save_geometry()

    def opened(demo: bool) -> MainWindow:
        context = _context_in(db, tmp_path, demo=demo)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        loop.run_until_complete(context.tasks.wait_idle())
        return window

    restored = opened(demo=False).pos()  # where the real window opens next time
    demo = opened(demo=True)
    moved = demo.pos() - restored
    # (The offscreen platform may add its frame's pixels to a restored place.)
    assert abs(moved.x() - DEMO_OFFSET.x()) <= 4 and abs(moved.y() - DEMO_OFFSET.y()) <= 4
    assert demo.size() == real.size()
    demo.move(QPoint(5, 60))
    demo.save_geometry()
    # The demo keeps a place of its own; the real window's stays.
    assert opened(demo=False).pos() == restored
    assert (opened(demo=True).pos() - QPoint(5, 60)).manhattanLength() <= 8


def test_connection_state_in_status_bar(qtbot, make_window):
    window = make_window()
    window.set_connection(connected=True, pt_name="Universitas Contoh")
    assert window.connection_label.text() == "Connected: Universitas Contoh"


def test_close_asks_the_application_first(qtbot, make_window):
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.close_requested, timeout=1000):
        window.close()
    assert window.isVisible()
    window.allow_close()
    window.close()
    assert not window.isVisible()


def test_panduan_ticks_linking_while_a_pegawai_is_linked(qtbot, loop, db, sandbox_factory):
    """Step 5 of the Panduan follows the Pegawai list: linked, unlinked, read again."""
    sandbox = sandbox_factory(size=3)
    repository = PegawaiRepository(db)
    ids = loop.run_until_complete(
        repository.save_many([Pegawai(id=NEW_ID, nama=f"Pegawai {n}") for n in range(2)], [])
    )
    services = linking_service(loop, db, sandbox)
    linking = next(services)
    context = ui_context(db, linking=linking)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    panduan = window.settings_tab.panduan

    async def scenario() -> list[bool]:
        seen = []
        await context.tasks.wait_idle()  # the first load of the list
        seen.append(panduan.is_done(PanduanStep.LINKING))
        await linking.link_manual(ids[0], sandbox.world.sdm[0].id_sdm)
        await window.pegawai_tab.reload()
        seen.append(panduan.is_done(PanduanStep.LINKING))
        await linking.unlink(ids[0], "wrong person")
        await window.pegawai_tab.reload()
        seen.append(panduan.is_done(PanduanStep.LINKING))
        return seen

    try:
        assert loop.run_until_complete(scenario()) == [False, True, False]
    finally:
        services.close()  # the sandbox client


def _context_in(db, tmp_path, **services):
    about = dataclasses.replace(AboutInfo.for_this_process(), config_dir=tmp_path)
    return ui_context(db, about=about, **services)


def test_first_size_fits_the_screen_and_the_next_start_keeps_the_last(qtbot, loop, db, tmp_path):
    """The tests' offscreen screen is a 1366×768 laptop's available area (1366×728), smaller
    than the preferred size: the first window fits it; a window closed at another size opens at
    that size next time."""
    assert first_size(QSize(1366, 728)).height() <= 728 - 40
    assert first_size(QSize(1920, 1040)) == QSize(1600, 900)
    assert first_size(QSize(1600, 860)) == QSize(1280, 800)
    context = _context_in(db, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    loop.run_until_complete(context.tasks.wait_idle())
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (available, window.frameGeometry())
    # Smaller than the first size, above the window's minimum.
    last = QSize(790, 520).expandedTo(window.minimumSizeHint())
    window.resize(last)
    assert window.size() == last
    window.allow_close()
    window.close()
    context = _context_in(db, tmp_path)
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    loop.run_until_complete(context.tasks.wait_idle())
    assert again.size() == last


def test_selecting_a_synced_pegawai_does_not_grow_the_window(qtbot, loop, db, sandbox, tmp_path):
    """The details of a synced employee (SISTER values, Perbandingan, link history) scroll
    inside their panel; the window keeps its size and stays on the screen."""
    campus = synced_campus(loop, db, sandbox)
    client = loop.run_until_complete(sandbox_client(sandbox))
    context = _context_in(
        db,
        tmp_path,
        pegawai=PegawaiService(PegawaiRepository(db)),
        sync=SyncService(engine_for(db, client)),
        comparison=comparison_service(db, sandbox),
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    try:
        loop.run_until_complete(window.pegawai_tab.reload())
        window.tabs.setCurrentWidget(window.pegawai_tab)
        before = window.frameGeometry()
        synced = campus.id_of[sandbox.world.truth.differences[0].row]
        assert window.pegawai_tab.select_pegawai(synced)
        loop.run_until_complete(context.tasks.wait_idle())
        qtbot.wait(50)
        assert window.sister_summary is not None and window.sister_summary.isVisible()
        assert window.frameGeometry().size() == before.size()
        assert window.screen().availableGeometry().contains(window.frameGeometry())
    finally:
        loop.run_until_complete(context.tasks.cancel_all())
        loop.run_until_complete(client.aclose())


def _cut_headers(root):
    """``(table, header text, width needed, width given)`` of every visible header section
    whose text does not fit."""
    return [
        c for view in root.findChildren(QTableView) if view.isVisible() for c in cut_headers(view)
    ]


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1920, 1080)], ids=["laptop", "fullhd"])
@pytest.mark.parametrize("language", ["en", "id"])
def test_no_table_header_is_cut_at_the_laptop_size(
    qtbot, loop, db, sandbox, tmp_path, qapp, language, screen
):
    """At the first size on a 1366×768 (and a 1920×1080) screen every header of every table
    of every page reads in full (measured with the header's font), in both languages."""
    from sister_desktop.texts.i18n import install_translators, remove_translators

    installed = install_translators(qapp, language) if language == "id" else None
    campus = synced_campus(loop, db, sandbox)
    client = loop.run_until_complete(sandbox_client(sandbox))
    context = _context_in(
        db,
        tmp_path,
        pegawai=PegawaiService(PegawaiRepository(db)),
        sync=SyncService(engine_for(db, client)),
        comparison=comparison_service(db, sandbox),
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(first_size(screen - QSize(0, 40)))
    window.show()
    try:
        loop.run_until_complete(window.pegawai_tab.reload())
        loop.run_until_complete(window.sync_tab.refresh())
        synced = campus.id_of[sandbox.world.truth.differences[0].row]
        window.pegawai_tab.select_pegawai(synced)
        loop.run_until_complete(context.tasks.wait_idle())
        # The Terhubung Sister ticks are in view without scrolling sideways.
        window.tabs.setCurrentWidget(window.pegawai_tab)
        qtbot.wait(20)
        table = window.pegawai_tab.table
        terhubung = table.horizontalHeader()
        right = terhubung.sectionViewportPosition(PegawaiColumn.TERHUBUNG) + terhubung.sectionSize(
            PegawaiColumn.TERHUBUNG
        )
        assert 0 < right <= table.viewport().width()
        cut = []
        for tabs in [window.tabs, *window.findChildren(QTabWidget)]:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                loop.run_until_complete(context.tasks.wait_idle())
                qtbot.wait(20)
                cut += _cut_headers(window)
        assert not sorted(set(cut)), sorted(set(cut))
    finally:
        loop.run_until_complete(context.tasks.cancel_all())
        loop.run_until_complete(client.aclose())
        if installed is not None:
            remove_translators(qapp, installed)


def test_the_demo_window_stays_on_the_screen_when_moved_aside(qtbot, loop, db, tmp_path):
    """``dev.py demo`` at the first start, and Coba mode demo beside a real window as large as
    the screen: the demo window is moved down and right, made smaller by what would pass the
    screen's edges, and is wholly on the screen."""

    def opened(demo: bool) -> MainWindow:
        context = _context_in(db, tmp_path, demo=demo)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        loop.run_until_complete(context.tasks.wait_idle())
        return window

    demo = opened(demo=True)  # nothing saved yet: the first start of the quick start
    available = demo.screen().availableGeometry()
    assert available.contains(demo.frameGeometry()), (available, demo.frameGeometry())
    # The width the tables are laid out for is kept: the demo moves right by less instead.
    assert demo.width() == first_size(available.size()).width()
    real = opened(demo=False)
    real.setGeometry(available)
    real.save_geometry()
    (tmp_path / "window.ini").write_text(
        "\n".join(
            line
            for line in (tmp_path / "window.ini").read_text().splitlines()
            if not line.startswith("geometry-demo")
        )
    )
    beside = opened(demo=True)
    assert available.contains(beside.frameGeometry()), (available, beside.frameGeometry())
    moved = beside.pos() - real.pos()
    assert moved.x() >= DEMO_OFFSET.x() // 2 - 4 and moved.y() >= DEMO_OFFSET.y() - 4
    assert beside.width() < real.width() and beside.height() < real.height()
