"""The lines of one run in the Log Sinkronisasi: employee, dataset, status, message, changes."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sister_desktop.domain.sync_log import SyncLogRow
from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts as texts

Index = QModelIndex | QPersistentModelIndex
#: The raw status (``ok``/``failed``/``skipped``), for the "failures only" filter.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by: the display text, but failures before skips before OK in Status
#: (whatever the words are in the operator's language).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_ORDER = {"failed": 0, "skipped": 1, "ok": 2}


class LogColumn(IntEnum):
    TIME = 0
    PEGAWAI = 1
    ID_SDM = 2
    ENDPOINT = 3
    STATUS = 4
    HTTP = 5
    MESSAGE = 6
    CHANGED = 7


class SyncLogModel(QAbstractTableModel):
    """Read-only table over ``SyncLogRow`` records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SyncLogRow] = []

    def set_rows(self, rows: list[SyncLogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[SyncLogRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(LogColumn):
            return None
        return {
            LogColumn.TIME: self.tr("Time"),
            LogColumn.PEGAWAI: self.tr("Pegawai"),
            LogColumn.ID_SDM: "id_sdm",
            LogColumn.ENDPOINT: self.tr("Endpoint"),
            LogColumn.STATUS: self.tr("Status"),
            LogColumn.HTTP: self.tr("HTTP"),
            LogColumn.MESSAGE: self.tr("Message"),
            LogColumn.CHANGED: self.tr("Fields changed"),
        }[LogColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column is LogColumn.ENDPOINT:
            return row.endpoint  # SISTER's own name of the dataset, for support
        if role == SORT_ROLE:
            if column is LogColumn.STATUS:
                return _STATUS_ORDER.get(row.status, len(_STATUS_ORDER))
            if column is LogColumn.TIME:
                return row.recorded_at.timestamp()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                LogColumn.TIME: texts.local_time(row.recorded_at, with_date=True, seconds=True),
                LogColumn.PEGAWAI: row.nama or (str(row.pegawai_id) if row.pegawai_id else ""),
                LogColumn.ID_SDM: row.id_sdm or "",
                LogColumn.ENDPOINT: texts.endpoint_label(row.endpoint),
                LogColumn.STATUS: texts.result_status_label(row.status),
                LogColumn.HTTP: "" if row.http_status is None else str(row.http_status),
                LogColumn.MESSAGE: texts.log_message(row),
                LogColumn.CHANGED: texts.fields_text(row.fields_changed, row.endpoint),
            }[column]
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "ok":
            return QColor(palette().error) if row.status == "failed" else QColor(palette().quiet)
        return None
