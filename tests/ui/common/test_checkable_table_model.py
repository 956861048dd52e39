"""``CheckableTableModel``: ticks by key, one signal with the count, untickable rows stay so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from sister_desktop.ui.common.checkable_table_model import CheckableTableModel


class Fruits(CheckableTableModel[str]):
    """Names in column 1, ticks in column 1; names starting with "x" cannot be ticked."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(check_column=1)
        self.names = names

    def set_names(self, names: list[str]) -> None:
        self.beginResetModel()
        self.names = names
        self.endResetModel()
        self.keep_present_ticks()

    def tick_key(self, row: int) -> str:
        return self.names[row]

    def can_tick(self, row: int) -> bool:
        return not self.names[row].startswith("x")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.check_flags(index, Qt.ItemFlag.ItemIsEnabled)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.names[index.row()] if index.column() == 1 else str(index.row())
        return None


def test_ticks_follow_keys_and_report_their_count(qtmodeltester):
    model = Fruits(["apel", "xigua", "jeruk"])
    counts: list[int] = []
    model.ticked_changed.connect(counts.append)
    qtmodeltester.check(model)

    apel = model.index(0, 1)
    assert model.setData(apel, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.data(apel, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # The untickable row and the other columns have no tick box.
    xigua = model.index(1, 1)
    assert not model.setData(xigua, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.data(xigua, Qt.ItemDataRole.CheckStateRole) is None
    assert not model.flags(xigua) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) is None

    model.set_all_ticked(True)
    assert model.ticked_keys() == {"apel", "jeruk"}
    # A reload keeps the ticks of rows still there, in their new places.
    model.set_names(["jeruk", "mangga"])
    assert model.ticked_keys() == {"jeruk"}
    assert model.is_ticked(0) and not model.is_ticked(1)
    model.clear_ticks()
    assert model.ticked_keys() == set()
    assert counts == [1, 2, 1, 0]
    qtmodeltester.check(model)
