"""The rows of the Log Kirim: per usulan sent, when, whose, what, the outcome, SISTER's own
message, and who approved and who sent it."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sister_desktop.domain.usulan import SUCCEEDED, Usulan
from sister_desktop.resource_files import palette
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.locale_format import format_datetime
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import (
    jenis_label,
    refused_here_text,
    status_hint,
    status_label,
)
from sister_desktop.ui.usulan.usulan_table_model import usulan_title

Index = QModelIndex | QPersistentModelIndex


class LogKirimColumn(IntEnum):
    SENT_AT = 0
    PEGAWAI = 1
    DATA = 2
    JENIS = 3
    SUMMARY = 4
    OUTCOME = 5
    MESSAGE = 6
    HTTP = 7
    SISTER_ID = 8
    APPROVED_BY = 9
    SENT_BY = 10


def outcome_message(item: Usulan) -> str:
    """SISTER's own words, or what our error code means when SISTER said nothing (or the
    Kirim refused the usulan itself)."""
    refused = refused_here_text(item)
    if refused is not None:
        return refused
    if item.message:
        return item.message
    if item.error_code:
        return error_explanation(item.error_code).text
    return ""


class LogKirimModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Usulan] = []

    def set_usulan(self, items: list[Usulan]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def usulan(self) -> list[Usulan]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Sent"),
            self.tr("Pegawai"),
            self.tr("Data"),
            self.tr("Kind"),
            self.tr("Summary"),
            self.tr("Outcome"),
            self.tr("SISTER's message"),
            self.tr("HTTP"),
            self.tr("SISTER id"),
            self.tr("Approved by"),
            self.tr("Sent by"),
        ]

    def cells(self, item: Usulan) -> list[str | int | datetime | None]:
        """One row as exported (dates as dates, numbers as numbers)."""
        return [
            item.sent_at,
            item.pegawai_nama or item.id_sdm,
            dataset_label(item.dataset),
            jenis_label(item.jenis),
            usulan_title(item),
            status_label(item.status),
            outcome_message(item),
            item.http_status,
            item.sister_id,
            item.approved_by,
            item.sent_by,
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogKirimColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = LogKirimColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cells(item)[column]
            if isinstance(value, datetime):
                return format_datetime(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is LogKirimColumn.OUTCOME:
                return status_hint(item.status)
            if column in (LogKirimColumn.MESSAGE, LogKirimColumn.SUMMARY):
                return str(self.cells(item)[column] or "") or None
        if role == Qt.ItemDataRole.ForegroundRole and column is LogKirimColumn.OUTCOME:
            return QColor(palette().ok if item.status in SUCCEEDED else palette().error)
        return None
