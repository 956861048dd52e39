"""One history of a pegawai (a dataset's records, newest first) as a read-only table.

Values are shown in the operator's words (``texts/sister_field_texts``); a record gone from
SISTER's list is grey and struck through (shown only when asked for); a record with a pending
change request and a request itself are tinted and say so in their tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sister_desktop.domain.sister_history import History
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.resource_files import palette
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime
from sister_desktop.texts.sister_field_texts import field_title, sort_value, value_text

_Index = QModelIndex | QPersistentModelIndex
#: The role that gives a cell's value for sorting (numbers as numbers, dates as ISO text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role that gives the row's ``SisterRecord``.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


class HistoryTableModel(QAbstractTableModel):
    def __init__(
        self,
        history: History,
        referensi: Any,
        parent: QObject | None = None,
        *,
        include_removed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._referensi = referensi
        self._columns = list(history.columns)
        self._titles = [field_title(c, history.dataset.name) for c in self._columns]
        self._records: tuple[SisterRecord, ...] = ()
        self._cells: list[list[str]] = []
        self._grey = QBrush(QColor(palette().faint))
        self._tint = QBrush(QColor(palette().different_background))
        self.set_include_removed(include_removed)

    @property
    def history(self) -> History:
        return self._history

    def set_include_removed(self, include: bool) -> None:
        self.beginResetModel()
        self._records = self._history.shown(include_removed=include)
        self._cells = [
            [value_text(c, r.values.get(c), self._referensi) for c in self._columns]
            for r in self._records
        ]
        self.endResetModel()

    def record_at(self, row: int) -> SisterRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def _pending(self, record: SisterRecord) -> bool:
        return self._history.is_ajuan or record.key in self._history.with_ajuan

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == SORT_ROLE:
            return sort_value(record.values.get(self._columns[index.column()]))
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and record.removed:
            return self._grey
        if role == Qt.ItemDataRole.FontRole and record.removed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._pending(record) and not record.removed:
            return self._tint
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        return None

    def _tooltip(self, record: SisterRecord) -> str:
        lines = []
        if record.removed:
            lines.append(
                fill(self.tr("Removed from SISTER since %1"), format_datetime(record.removed_at))
            )
        if self._history.is_ajuan:
            lines.append(self.tr("Ajuan: a change request waiting for verification"))
        elif record.key in self._history.with_ajuan:
            lines.append(self.tr("A change request (ajuan) for this record waits for verification"))
        lines.append(self.tr("Double-click for the full record"))
        return "\n".join(lines)
