"""Filters of the Perbandingan: "hanya yang berbeda", one field, and a name search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from sister_desktop.ui.perbandingan.perbandingan_model import PerbandinganModel

_Index = QModelIndex | QPersistentModelIndex


class PerbandinganFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: PerbandinganModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._only_different = True
        self._field: str | None = None
        self._search = ""
        self.setSourceModel(source)

    @property
    def only_different(self) -> bool:
        return self._only_different

    def set_only_different(self, only: bool) -> None:
        if only != self._only_different:
            self._only_different = only
            self._refilter()

    def set_field(self, field: str | None) -> None:
        if field != self._field:
            self._field = field
            self._refilter()

    def set_search(self, text: str) -> None:
        needle = " ".join(text.casefold().split())
        if needle != self._search:
            self._search = needle
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if source_parent.isValid():
            return False
        item, f = self._source.row_at(source_row)
        if self._only_different and not f.different:
            return False
        if self._field is not None and f.field != self._field:
            return False
        return (
            not self._search or self._search in item.nama.casefold() or self._search in item.id_sdm
        )
