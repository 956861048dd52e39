"""The Laporan tab over a world synced over loopback: a click on a chart's bar lists its
pegawai and opens Data SISTER from there; the Tabel LKPS shows a cell's records and keeps the
operator's entry; the models pass Qt's model tester; the tab fits a 1366×768 window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from sister_desktop.domain.gambaran_dosen import JUMLAH, ChartKey
from sister_desktop.ui.laporan.laporan_tab import LaporanTab
from sister_desktop.ui.main_window import MainWindow
from tests.laporan_world import TS, sync_world
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, loop, db, sandbox):
    loop.run_until_complete(sync_world(db, sandbox))
    context = ui_context(db)
    widget = LaporanTab(context)
    widget._loaded = True  # loaded below, not by the first show
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    loop.run_until_complete(widget.load())
    yield widget
    loop.run_until_complete(context.tasks.wait_idle())


def _bar_point(panel, series: str, category: str) -> QPoint:  # type: ignore[no-untyped-def]
    """Where a bar is on the canvas, in the widget's coordinates (matplotlib's display
    coordinates start at the bottom left, in device pixels)."""
    from sister_desktop.reports.gambaran_figures import bar_gid

    panel.canvas.draw()
    patch = next(
        p for p in panel.figure.axes[0].patches if p.get_gid() == bar_gid(series, category)
    )
    box = patch.get_window_extent()
    ratio = panel.canvas.device_pixel_ratio
    x = (box.x0 + box.x1) / 2 / ratio
    y = panel.canvas.height() - (box.y0 + box.y1) / 2 / ratio
    return QPoint(int(x), int(y))


def test_a_click_on_a_bar_lists_its_pegawai_and_opens_data_sister(qtbot, loop, tab):
    page = tab.gambaran
    chart = page.report.gambaran.chart(ChartKey.JABATAN)
    category = max(chart.categories, key=lambda c: chart.count(JUMLAH, c))
    expected = set(chart.bar(JUMLAH, category).pegawai)
    assert expected
    panel = page.panels[ChartKey.JABATAN]
    page.chart_area.ensureWidgetVisible(panel)
    qtbot.mouseClick(
        panel.canvas, Qt.MouseButton.LeftButton, pos=_bar_point(panel, JUMLAH, category)
    )
    assert set(page.shown_pegawai()) == expected
    assert str(len(expected)) in page.bar_label.text()
    first = page.shown_pegawai()[0]
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(tab._context.tasks.wait_idle())
    window = page.opener.windows[first]
    assert window.isVisible()
    window.close()


def test_the_count_table_beside_a_chart_lists_the_same_bar(qtbot, tab):
    page = tab.gambaran
    panel = page.panels[ChartKey.SERDOS]
    index = panel.model.index(0, 1)
    panel.table.clicked.emit(index)
    chart = page.report.gambaran.chart(ChartKey.SERDOS)
    assert len(page.shown_pegawai()) == chart.count(JUMLAH, chart.categories[0])


def test_lkps_cell_sources_and_an_operator_entry(qtbot, loop, tab):
    page = tab.lkps
    assert page.prodi.count() > 0
    page.ts.setValue(TS)
    # The program studi with most DTPS.
    sizes = {}
    for row in range(page.prodi.count()):
        page.prodi.setCurrentIndex(row)
        sizes[row] = len(loop.run_until_complete(page.load()).lkps.table("3.a.1").rows)
    page.prodi.setCurrentIndex(max(sizes, key=sizes.get))
    report = loop.run_until_complete(page.load())
    page.tables.setCurrentRow(7)  # 3.b.4
    table = report.lkps.table("3.b.4")
    assert page.model.table.id == "3.b.4"
    row = next(n for n, r in enumerate(table.rows) if r.cells[table.column(f"y{TS}")].sources)
    index = page.model.index(row, table.column(f"y{TS}"))
    page.view.clicked.emit(index)
    assert page.sources.count() == table.rows[row].cells[index.column()].value
    page.tables.setCurrentRow(0)  # 3.a.1
    dosen = page.model.table.rows[0]
    column = page.model.table.column("sesuai_ps")
    assert page.model.flags(page.model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.flags(page.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert page.model.setData(page.model.index(0, column), "V")
    loop.run_until_complete(tab._context.tasks.wait_idle())
    assert page.model.table.id == "3.a.1"
    assert page.model.data(page.model.index(0, column)) == "V"
    kept = loop.run_until_complete(
        tab._context.laporan.entries.entries(page.prodi.currentText(), TS)
    )
    assert kept == {("3.a.1", dosen.key, "sesuai_ps"): "V"}


def test_models_pass_the_model_tester(qtmodeltester, loop, tab):
    qtmodeltester.check(tab.gambaran.panels[ChartKey.PENSIUN].model)
    tab.lkps.ts.setValue(TS)
    loop.run_until_complete(tab.lkps.load())
    qtmodeltester.check(tab.lkps.model)


def test_the_window_has_the_laporan_tab_and_it_fits_a_laptop(make_window):
    window: MainWindow = make_window()
    assert window.tabs.widget(window.tabs.count() - 1) is window.laporan_tab
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.laporan_tab)
    assert window.laporan_tab.minimumSizeHint().width() <= 1366
    assert window.laporan_tab.gambaran.minimumSizeHint().height() <= 700
