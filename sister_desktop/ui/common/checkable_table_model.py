"""A table model whose rows the operator ticks in one column: the Pegawai list, the link
preview's groups, the Perbandingan rows.

Ticks are kept as row *keys* (an employee id, a (pegawai, field) pair), not row numbers, so they
survive sorting, filtering and a reload; a key whose row is gone, or can no longer be ticked,
is dropped on ``keep_present_ticks``. Every change of ticks says how many there are through one
signal, ``ticked_changed(int)``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

K = TypeVar("K", bound=Hashable)
_Index = QModelIndex | QPersistentModelIndex


class CheckableTableModel(QAbstractTableModel, Generic[K]):
    """Subclasses say which key a row has (``tick_key``) and whether it may be ticked."""

    #: How many rows are ticked, after any change of ticks or rows.
    ticked_changed = Signal(int)

    def __init__(self, check_column: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The column that carries the tick box.
        self.check_column = check_column
        self._ticked: set[K] = set()

    # -- for subclasses ----------------------------------------------------------------------

    def tick_key(self, row: int) -> K:
        raise NotImplementedError

    def can_tick(self, row: int) -> bool:
        return True

    def keep_present_ticks(self) -> None:
        """After the rows changed: drop ticks of rows that are gone or no longer tickable."""
        self._ticked &= self.tickable_keys()
        self.ticked_changed.emit(len(self._ticked))

    # -- ticks -------------------------------------------------------------------------------

    def tickable_keys(self) -> set[K]:
        return {self.tick_key(r) for r in range(self.rowCount()) if self.can_tick(r)}

    def ticked_keys(self) -> set[K]:
        return set(self._ticked)

    def is_ticked(self, row: int) -> bool:
        return self.tick_key(row) in self._ticked

    def set_ticked(self, keys: Iterable[K], ticked: bool = True) -> None:
        """Tick or untick many rows at once (one ``dataChanged`` for the tick column)."""
        keys = set(keys)
        if ticked:
            self._ticked |= keys & self.tickable_keys()
        else:
            self._ticked -= keys
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(
                self.index(0, self.check_column),
                self.index(rows - 1, self.check_column),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.ticked_changed.emit(len(self._ticked))

    def set_all_ticked(self, ticked: bool) -> None:
        self.set_ticked(self.tickable_keys() if ticked else set(self._ticked), ticked)

    def clear_ticks(self) -> None:
        self.set_all_ticked(False)

    # -- Qt model ----------------------------------------------------------------------------

    def check_flags(self, index: _Index, flags: Qt.ItemFlag) -> Qt.ItemFlag:
        """``flags`` plus the tick box where this row has one."""
        if index.column() == self.check_column and self.can_tick(index.row()):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def check_state(self, index: _Index) -> Qt.CheckState | None:
        """The ``CheckStateRole`` answer for ``index`` (None: no tick box there)."""
        if index.column() != self.check_column or not self.can_tick(index.row()):
            return None
        return Qt.CheckState.Checked if self.is_ticked(index.row()) else Qt.CheckState.Unchecked

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.check_column
            or not self.can_tick(index.row())
        ):
            return False
        state = value.value if hasattr(value, "value") else value
        key = self.tick_key(index.row())
        if state == Qt.CheckState.Checked.value:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit(len(self._ticked))
        return True
