"""The counts behind one Gambaran chart: a row per category, a column per series."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sister_desktop.domain.gambaran_dosen import Chart
from sister_desktop.texts.laporan_texts import category_label, chart_title

Index = QModelIndex | QPersistentModelIndex


class ChartCountModel(QAbstractTableModel):
    def __init__(self, chart: Chart | None = None) -> None:
        super().__init__()
        self._chart = chart

    def set_chart(self, chart: Chart) -> None:
        self.beginResetModel()
        self._chart = chart
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._chart is None:
            return 0
        return len(self._chart.categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._chart is None:
            return 0
        return 1 + len(self._chart.series)

    def bar_at(self, index: Index) -> tuple[str, str] | None:
        """(series, category) of a count cell (the first series for the category's name)."""
        if self._chart is None or not index.isValid():
            return None
        series = self._chart.series[max(0, index.column() - 1)]
        return series, self._chart.categories[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._chart is None or not index.isValid():
            return None
        category = self._chart.categories[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return category_label(category)
            return str(self._chart.count(self._chart.series[index.column() - 1], category))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or self._chart is None
        ):
            return None
        if section == 0:
            return chart_title(self._chart.key)
        return category_label(self._chart.series[section - 1])
