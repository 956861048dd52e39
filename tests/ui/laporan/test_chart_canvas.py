"""A chart's canvas draws when it is seen: the Gambaran's charts below the fold wait for the
paint that comes when they are scrolled to, and one drawn on purpose while seen is drawn."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from sister_desktop.domain.gambaran_dosen import JUMLAH, Bar, Chart, ChartKey
from sister_desktop.ui.laporan.chart_canvas import ChartCanvas

pytestmark = pytest.mark.gui


def _chart(key: ChartKey) -> Chart:
    return Chart(key, ("Lektor", "Asisten Ahli"), (JUMLAH,), {(JUMLAH, "Lektor"): Bar((1, 2))})


@pytest.fixture
def stacked(qtbot):
    """Four canvases 300 px high in a 400 px scroll area: the first shows, the last does not."""
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    canvases = []
    for _ in range(4):
        canvas = ChartCanvas(Figure(figsize=(5, 3), dpi=100))
        canvas.setMinimumHeight(300)
        layout.addWidget(canvas)
        canvases.append(canvas)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.resize(600, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, canvases


def test_only_the_charts_on_screen_are_drawn(qtbot, stacked):
    area, canvases = stacked
    for canvas in canvases:
        canvas.show_chart(_chart(ChartKey.JABATAN))
    QApplication.processEvents()
    first, last = canvases[0], canvases[-1]
    assert not first.waiting
    assert first.figure.axes, "the chart on screen was not drawn"
    assert last.waiting
    assert not last.figure.axes

    area.ensureWidgetVisible(last)
    qtbot.waitUntil(lambda: not last.waiting)
    assert last.figure.axes[0].get_title(loc="left")


def test_a_draw_asked_for_while_seen_draws_the_waiting_chart(stacked):
    _area, canvases = stacked
    first = canvases[0]
    first.show_chart(_chart(ChartKey.SERDOS))
    first.draw()  # before any paint: what a click's position is read from
    assert not first.waiting
    assert len(first.figure.axes[0].patches) == 2


def test_a_new_chart_replaces_the_one_waiting(stacked):
    _area, canvases = stacked
    last = canvases[-1]
    last.show_chart(_chart(ChartKey.JABATAN))
    last.show_chart(_chart(ChartKey.PANGKAT))
    last.draw()  # out of sight: still waiting
    assert last.waiting
    assert not last.figure.axes
