"""One LKPS table in the form's columns. The operator's cells are tinted and editable; an
edit is handed to the page (``entry_edited``), which keeps it and builds the table again."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from sister_desktop.domain.lkps_table import Cell, Table
from sister_desktop.resource_files import palette
from sister_desktop.texts.laporan_texts import cell_text, operator_mark

Index = QModelIndex | QPersistentModelIndex
#: A header's line length before it wraps (the form's headers are long).
HEADER_WRAP = 18


class LkpsTableModel(QAbstractTableModel):
    #: (table id, row key, column id, text) of an operator's entry.
    entry_edited = Signal(str, str, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None
        self._tint = QBrush(QColor(palette().different_background))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def cell(self, index: Index) -> Cell | None:
        if self.table is None or not index.isValid():
            return None
        return self.table.rows[index.row()].cells[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None or self.table is None:
            return None
        row = self.table.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell.operator:
            return self._tint
        if role == Qt.ItemDataRole.FontRole and row.heading:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(cell)
            if cell.operator:
                return f"{text}\n\n{operator_mark()}" if text else operator_mark()
            return text or None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell.value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if cell.operator else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell(index)
        if cell is None or self.table is None or not cell.operator:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        row = self.table.rows[index.row()]
        column = self.table.columns[index.column()]
        self.entry_edited.emit(self.table.id, row.key, column.id, text)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        title = self.table.columns[section].title
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(textwrap.wrap(title, HEADER_WRAP)) or title
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        return None
