"""The history of "Terapkan data SISTER": who copied which value over which, and the undos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sister_desktop.domain.perbandingan_history import PerbandinganHistoryEntry
from sister_desktop.ui import perbandingan_texts as texts

_Index = QModelIndex | QPersistentModelIndex


class PerbandinganHistoryModel(QAbstractTableModel):
    """Read-only rows of ``PerbandinganHistoryEntry``, newest first; reloaded as a whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PerbandinganHistoryEntry] = []
        self._cells: list[list[str]] = []
        self._headers = texts.history_headers()

    def set_entries(self, entries: list[PerbandinganHistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._cells = [texts.history_cells(e) for e in self.entries]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

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
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.entries[index.row()].batch_id
        return None
