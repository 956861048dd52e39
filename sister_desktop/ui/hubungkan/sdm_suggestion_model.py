"""Candidates of the manual link search as a table, best first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sister_desktop.resource_files import palette
from sister_desktop.services.linking import SdmSuggestion

_Index = QModelIndex | QPersistentModelIndex


class SuggestionColumn(IntEnum):
    NAMA = 0
    NIDN = 1
    NUPTK = 2
    NIP = 3
    SCORE = 4
    BIRTH = 5
    LINKED_TO = 6


class SdmSuggestionModel(QAbstractTableModel):
    """Read-only list of ``SdmSuggestion``; replaced as a whole on every search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.suggestions: list[SdmSuggestion] = []

    def set_suggestions(self, suggestions: list[SdmSuggestion]) -> None:
        self.beginResetModel()
        self.suggestions = list(suggestions)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.suggestions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SuggestionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(SuggestionColumn):
            return None
        return {
            SuggestionColumn.NAMA: self.tr("Name in SISTER"),
            SuggestionColumn.NIDN: "NIDN",
            SuggestionColumn.NUPTK: "NUPTK",
            SuggestionColumn.NIP: "NIP",
            SuggestionColumn.SCORE: self.tr("Similarity"),
            SuggestionColumn.BIRTH: self.tr("Same birth date"),
            SuggestionColumn.LINKED_TO: self.tr("Already linked to"),
        }[SuggestionColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.suggestions):
            return None
        s = self.suggestions[index.row()]
        column = SuggestionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SuggestionColumn.NAMA: s.sdm.nama_sdm,
                SuggestionColumn.NIDN: s.sdm.nidn or "",
                SuggestionColumn.NUPTK: s.sdm.nuptk or "",
                SuggestionColumn.NIP: (s.sdm.nip or "").strip(),
                SuggestionColumn.SCORE: f"{s.score:.0f}",
                SuggestionColumn.BIRTH: "✓" if s.birth_date_match else "",
                SuggestionColumn.LINKED_TO: s.linked_to_nama or "",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and s.linked_to is not None:
            return QColor(palette().quiet)
        if role == Qt.ItemDataRole.UserRole:
            return s.sdm.id_sdm
        return None
