"""One Gambaran chart on screen: matplotlib's Qt canvas with the counts beside it. A click on a
bar (or on a count) says which bar it was.

matplotlib (with numpy) takes a third of a second to import, longer than the whole window takes
to build; the canvas is therefore made when the first chart is given (the Laporan tab loads its
charts the first time it is shown), so the program starts without it, and the program loads it
ahead in a worker thread once the window has been up a while (``load_chart_library``), so the
first Laporan does not wait for it either.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from sister_desktop.domain.gambaran_dosen import Chart
from sister_desktop.reports.gambaran_figures import parse_gid
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.laporan.chart_count_model import ChartCountModel

if TYPE_CHECKING:
    from matplotlib.backend_bases import PickEvent
    from matplotlib.figure import Figure

    from sister_desktop.ui.laporan.chart_canvas import ChartCanvas

CHART_HEIGHT = 230
log = logging.getLogger(__name__)


def load_chart_library() -> None:
    """Import matplotlib's figure and Qt canvas ahead of the first chart (from a worker thread:
    importing makes no widget). A failure is only logged: the first chart imports it again and
    reports what is wrong there."""
    try:
        import matplotlib.figure  # noqa: F401

        import sister_desktop.ui.laporan.chart_canvas  # noqa: F401
    except Exception:
        log.exception("The charts library could not be loaded ahead")


class ChartPanel(QWidget):
    #: (series, category) of the bar clicked.
    bar_clicked = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setObjectName(f"chart_panel_{name}")
        # The canvas's place, the same height before the canvas comes as after.
        self._canvas_room = QWidget(self)
        self._canvas_room.setMinimumHeight(CHART_HEIGHT)
        room_layout = QVBoxLayout(self._canvas_room)
        room_layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: ChartCanvas | None = None
        self.model = ChartCountModel()
        self.table = make_table(
            self, f"chart_counts_{name}", self.model, editable=False, row_padding=6
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(250)
        self.table.setMaximumWidth(380)
        self.table.clicked.connect(self._on_table_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas_room, 3)
        layout.addWidget(self.table, 2)
        self.chart: Chart | None = None

    @property
    def canvas(self) -> ChartCanvas:
        """matplotlib's canvas, made (and matplotlib imported) the first time it is needed."""
        if self._canvas is None:
            from matplotlib.figure import Figure

            from sister_desktop.ui.laporan.chart_canvas import ChartCanvas

            canvas = ChartCanvas(Figure(figsize=(5.2, 2.3), dpi=100))
            canvas.setObjectName(f"chart_canvas_{self._name}")
            canvas.setMinimumHeight(CHART_HEIGHT)
            canvas.mpl_connect("pick_event", self._on_canvas_picked)
            room_layout = self._canvas_room.layout()
            assert room_layout is not None
            room_layout.addWidget(canvas)
            canvas.show()  # at once, not at the layout's next turn: its paint draws the chart
            self._canvas = canvas
        return self._canvas

    @property
    def figure(self) -> Figure:
        return self.canvas.figure

    def show_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.model.set_chart(chart)
        self.canvas.show_chart(chart)

    def _on_canvas_picked(self, event: PickEvent) -> None:
        found = parse_gid(event.artist.get_gid())
        if found is not None:
            self.bar_clicked.emit(*found)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        found = self.model.bar_at(index)
        if found is not None:
            self.bar_clicked.emit(*found)
