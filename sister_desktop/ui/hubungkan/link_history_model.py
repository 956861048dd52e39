"""An employee's link history (who, when, from which id_sdm to which, how, why), newest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sister_desktop.domain.links import LinkHistoryEntry
from sister_desktop.domain.matching import Reason
from sister_desktop.texts import link_texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime

_Index = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    WHEN = 0
    ACTION = 1
    OLD = 2
    NEW = 3
    METHOD = 4
    REASON = 5
    WHO = 6


class LinkHistoryModel(QAbstractTableModel):
    """Read-only rows of ``LinkHistoryEntry``; reloaded as a whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LinkHistoryEntry] = []

    def set_entries(self, entries: list[LinkHistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(HistoryColumn):
            return None
        return {
            HistoryColumn.WHEN: self.tr("When"),
            HistoryColumn.ACTION: self.tr("Action"),
            HistoryColumn.OLD: self.tr("Old id_sdm"),
            HistoryColumn.NEW: self.tr("New id_sdm"),
            HistoryColumn.METHOD: self.tr("How"),
            HistoryColumn.REASON: self.tr("Reason"),
            HistoryColumn.WHO: self.tr("By"),
        }[HistoryColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                HistoryColumn.WHEN: format_datetime(e.changed_at, seconds=True),
                HistoryColumn.ACTION: link_texts.action_label(e),
                HistoryColumn.OLD: e.old_id_sdm or "",
                HistoryColumn.NEW: e.new_id_sdm or "",
                HistoryColumn.METHOD: link_texts.method_label(e.method),
                HistoryColumn.REASON: _reason(e),
                HistoryColumn.WHO: e.changed_by or "",
            }[HistoryColumn(index.column())]
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                self.tr("Old id_sdm: %1\nNew id_sdm: %2\nHow: %3"),
                e.old_id_sdm or "—",
                e.new_id_sdm or "—",
                link_texts.method_label(e.method) or "—",
            )
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None


def _reason(entry: LinkHistoryEntry) -> str:
    if entry.method == "undo":
        return ""  # the reason column holds the undone batch id, which means nothing to people
    if entry.reason and entry.reason in {r.value for r in Reason}:
        return link_texts.reason_text(entry.reason)
    return entry.reason or ""
