import pytest
from PySide6.QtWidgets import QTabWidget

pytestmark = pytest.mark.gui


def test_main_window_has_three_tabs_and_status(qtbot, make_window):
    window = make_window()
    window.show()
    assert window.windowTitle() == "SISTER Desktop"
    tabs = window.findChild(QTabWidget, "main_tabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Settings", "Pegawai", "Sinkronisasi"]
    assert window.connection_label.text() == "Not connected"
    assert not window.demo_label.isVisible()
    assert not window.windowIcon().isNull()


def test_demo_mode_is_marked(qtbot, make_window):
    window = make_window(demo=True)
    window.show()
    assert "DEMO" in window.windowTitle()
    assert window.demo_label.isVisible()


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
