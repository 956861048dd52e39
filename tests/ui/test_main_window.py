import pytest
from PySide6.QtWidgets import QTabWidget

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.pengaturan.panduan_panel import PanduanStep
from tests.linking_world import linking_service

pytestmark = pytest.mark.gui


def test_main_window_has_three_tabs_and_status(qtbot):
    window = MainWindow(UiContext())
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "SISTER Desktop"
    tabs = window.findChild(QTabWidget, "main_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Settings", "Pegawai", "Sinkronisasi"]
    assert window.connection_label.text() == "Not connected"
    assert not window.demo_label.isVisible()
    assert not window.windowIcon().isNull()


def test_demo_mode_is_marked(qtbot):
    window = MainWindow(UiContext(demo=True))
    qtbot.addWidget(window)
    window.show()
    assert "DEMO" in window.windowTitle()
    assert window.demo_label.isVisible()


def test_connection_state_in_status_bar(qtbot):
    window = MainWindow(UiContext())
    qtbot.addWidget(window)
    window.set_connection(connected=True, pt_name="Universitas Contoh")
    assert window.connection_label.text() == "Connected: Universitas Contoh"


def test_close_asks_the_application_first(qtbot):
    window = MainWindow(UiContext())
    qtbot.addWidget(window)
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
    context = UiContext(pegawai=PegawaiService(repository), linking=linking)
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
