"""The Perbandingan as a Qt table: one row per employee and field, the campus value beside
SISTER's, differences tinted, a tick on every row whose SISTER value can be applied.

Ticks live here as a set of ``(pegawai_id, field)`` keys so they survive filtering and a reload.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sister_desktop.domain.comparison import FieldComparison, FieldState, PegawaiComparison
from sister_desktop.resource_files import palette
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.ui.common.checkable_table_model import CheckableTableModel

_Index = QModelIndex | QPersistentModelIndex

Key = tuple[int, str]


class PerbandinganColumn(IntEnum):
    NAMA = 0
    FIELD = 1
    LOCAL = 2
    SISTER = 3
    STATE = 4


#: Custom roles: the row's ``(pegawai_id, field)``, whether it differs, its field name.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DIFFERENT_ROLE = Qt.ItemDataRole.UserRole + 2
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3

_DIFFERENT_BG = QColor(palette().different_background)
_DIFFERENT_FG = QColor(palette().different_text)
_QUIET_FG = QColor(palette().quiet)


class PerbandinganModel(CheckableTableModel[Key]):
    """One row per compared field of an employee, ticked by (pegawai id, field)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        check_column: PerbandinganColumn = PerbandinganColumn.NAMA,
    ) -> None:
        # The tick sits in check_column (the detail panel hides the name and ticks the field).
        super().__init__(check_column, parent)
        self._rows: list[tuple[PegawaiComparison, FieldComparison]] = []
        self._headers = {
            PerbandinganColumn.NAMA: self.tr("Name"),
            PerbandinganColumn.FIELD: self.tr("Field"),
            PerbandinganColumn.LOCAL: self.tr("Campus value"),
            PerbandinganColumn.SISTER: self.tr("SISTER value"),
            PerbandinganColumn.STATE: self.tr("State"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content -----------------------------------------------------------------------------

    def set_comparisons(self, items: Sequence[PegawaiComparison]) -> None:
        """Every compared field of every employee; ticks of rows that no longer differ go."""
        self.beginResetModel()
        self._rows = [(item, f) for item in items for f in item.fields]
        self.endResetModel()
        self.keep_present_ticks()

    def row_at(self, row: int) -> tuple[PegawaiComparison, FieldComparison]:
        return self._rows[row]

    def row_of(self, pegawai_id: int, field: str) -> int:
        for row, (item, f) in enumerate(self._rows):
            if item.pegawai_id == pegawai_id and f.field == field:
                return row
        return -1

    def ticked(self) -> list[Key]:
        return [
            (item.pegawai_id, f.field)
            for item, f in self._rows
            if (item.pegawai_id, f.field) in self._ticked
        ]

    def tick_key(self, row: int) -> Key:
        item, f = self._rows[row]
        return (item.pegawai_id, f.field)

    def can_tick(self, row: int) -> bool:
        return self._rows[row][1].applicable

    def rows(self) -> list[tuple[PegawaiComparison, FieldComparison]]:
        """Every row shown, with its pegawai."""
        return list(self._rows)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PerbandinganColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PerbandinganColumn):
            return None
        return self._headers[PerbandinganColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.check_flags(index, Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, f = self._rows[index.row()]
        column = PerbandinganColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PerbandinganColumn.NAMA:
                return item.nama
            if column is PerbandinganColumn.FIELD:
                return texts.field_label(f.field)
            if column is PerbandinganColumn.LOCAL:
                return "" if f.state is FieldState.NOT_KEPT else texts.value_text(f.field, f.local)
            if column is PerbandinganColumn.SISTER:
                return texts.value_text(f.field, f.sister)
            return texts.state_label(f.state)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(index)
        if role == Qt.ItemDataRole.ToolTipRole and f.different and f.sister is None:
            return texts.no_sister_value_tooltip()
        if role == Qt.ItemDataRole.BackgroundRole and f.different:
            return QBrush(_DIFFERENT_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if f.different and column is PerbandinganColumn.STATE:
                return QBrush(_DIFFERENT_FG)
            if f.state in (FieldState.NO_SISTER_DATA, FieldState.NOT_KEPT):
                return QBrush(_QUIET_FG)
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and f.different
            and column
            in (
                PerbandinganColumn.LOCAL,
                PerbandinganColumn.SISTER,
            )
        ):
            return self._bold
        if role == KEY_ROLE:
            return (item.pegawai_id, f.field)
        if role == DIFFERENT_ROLE:
            return f.different
        if role == FIELD_ROLE:
            return f.field
        return None
