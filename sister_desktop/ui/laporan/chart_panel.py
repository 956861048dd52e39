"""One Gambaran chart on screen: matplotlib's Qt canvas with the counts beside it. A click on a
bar (or on a count) says which bar it was."""

from __future__ import annotations

from matplotlib.backend_bases import PickEvent
from matplotlib.figure import Figure
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QWidget

from sister_desktop.domain.gambaran_dosen import Chart
from sister_desktop.reports.gambaran_figures import parse_gid
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.laporan.chart_canvas import ChartCanvas
from sister_desktop.ui.laporan.chart_count_model import ChartCountModel

CHART_HEIGHT = 230


class ChartPanel(QWidget):
    #: (series, category) of the bar clicked.
    bar_clicked = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_panel_{name}")
        self.figure = Figure(figsize=(5.2, 2.3), dpi=100)
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setObjectName(f"chart_canvas_{name}")
        self.canvas.setParent(self)
        self.canvas.setMinimumHeight(CHART_HEIGHT)
        self.canvas.mpl_connect("pick_event", self._on_canvas_picked)
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
        layout.addWidget(self.canvas, 3)
        layout.addWidget(self.table, 2)
        self.chart: Chart | None = None

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
