"""A read-only table over a list of records (orphan lists, what changed, the Terapkan history):
the records kept for actions, their cells precomputed once for display and shown whole as
the tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sister_desktop.texts.comparison_texts import DASH

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[object]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self.records: list[T] = []
        self._text: list[list[str]] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._text = [[DASH if v is None else str(v) for v in self._cells(r)] for r in self.records]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip: the whole text of a cell the column cuts (a long Rincian).
            return self._text[index.row()][index.column()]
        return None
