"""The history of "Terapkan data SISTER": who copied which value over which, and the undos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from sister_desktop.domain.comparison_history import ComparisonHistoryEntry
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.ui.perbandingan.record_table_model import RecordTableModel

_Index = QModelIndex | QPersistentModelIndex


class PerbandinganHistoryModel(RecordTableModel[ComparisonHistoryEntry]):
    """Read-only rows of ``ComparisonHistoryEntry``, newest first; reloaded as a whole.

    ``UserRole`` gives the row's batch id, which Undo takes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(texts.history_headers(), texts.history_cells, parent)

    @property
    def entries(self) -> list[ComparisonHistoryEntry]:
        return self.records

    def set_entries(self, entries: list[ComparisonHistoryEntry]) -> None:
        self.set_records(entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole and index.isValid():
            if 0 <= index.row() < len(self.records):
                return self.records[index.row()].batch_id
            return None
        return super().data(index, role)
