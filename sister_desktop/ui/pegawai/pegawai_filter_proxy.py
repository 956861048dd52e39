"""Search, Dosen/Tendik and linked/unlinked filters over the employee table.

The search is decided for all rows in one Python pass over precomputed keys; Qt then asks
row by row and gets a set lookup. Sorting is forwarded to the source model (see there why).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from sister_desktop.domain.pegawai import JenisPegawai
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiTableModel

_Index = QModelIndex | QPersistentModelIndex


class LinkFilter(Enum):
    ALL = "all"
    LINKED = "linked"
    UNLINKED = "unlinked"
    #: An ajuan in SISTER still waits for the verifiers ("ada ajuan menunggu").
    AJUAN_WAITING = "ajuan_waiting"


class PegawaiFilterProxy(QSortFilterProxyModel):
    """Shows the rows that match the search text and both filters."""

    def __init__(self, source: PegawaiTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._search = ""
        self._jenis: JenisPegawai | None = None
        self._link = LinkFilter.ALL
        #: Ids of the employees that pass; by id, so a re-sort of the source keeps it valid.
        self._accepted: set[int] = set()
        #: Ids found by another search (in the synced SISTER data), shown as well.
        self._extra: set[int] = set()
        #: Ids of the employees with an ajuan waiting in SISTER.
        self._ajuan_waiting: set[int] = set()
        # Connected before the source is set, so it runs before the proxy's own handling of
        # the reset: the rows are then filtered once, with the new rows' answers (a refilter
        # after it filtered 20,000 rows twice).
        source.modelReset.connect(self._recompute)
        self.setSourceModel(source)
        self.setDynamicSortFilter(False)

    @property
    def source(self) -> PegawaiTableModel:
        return self._source

    def set_search(self, text: str) -> None:
        needle = " ".join(text.casefold().split())
        if needle != self._search:
            self._search = needle
            self._recompute_and_refilter()

    def set_jenis(self, jenis: JenisPegawai | None) -> None:
        if jenis != self._jenis:
            self._jenis = jenis
            self._recompute_and_refilter()

    def set_link_filter(self, link: LinkFilter) -> None:
        if link != self._link:
            self._link = link
            self._recompute_and_refilter()

    def set_ajuan_waiting(self, ids: set[int]) -> None:
        """The pegawai the "ada ajuan menunggu" filter shows."""
        if ids != self._ajuan_waiting:
            self._ajuan_waiting = set(ids)
            self._recompute_and_refilter()

    def set_extra_matches(self, ids: set[int]) -> None:
        """Pegawai the search text found elsewhere (their SISTER data): shown as matches too."""
        if ids != self._extra:
            self._extra = set(ids)
            self._recompute_and_refilter()

    def visible_ids(self) -> list[int]:
        """Ids of the rows shown, in the order shown."""
        return [
            self._source.pegawai_at(self.mapToSource(self.index(row, 0)).row()).id
            for row in range(self.rowCount())
        ]

    def _recompute_and_refilter(self) -> None:
        self._recompute()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self) -> None:
        """Which employees pass, from the search keys and the filters."""
        rows = self._source.all_pegawai()
        keys = self._source.search_keys()
        needle, jenis, link, extra = self._search, self._jenis, self._link, self._extra
        self._accepted = {
            p.id
            for p, key in zip(rows, keys, strict=True)
            if (not needle or needle in key or p.id in extra)
            and (jenis is None or p.jenis_pegawai == jenis)
            and _link_passes(link, p.terhubung_sister, p.id in self._ajuan_waiting)
        }

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if source_parent.isValid():
            return False
        return self._source.id_at(source_row) in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)


def _link_passes(link: LinkFilter, linked: bool, ajuan_waiting: bool) -> bool:
    if link is LinkFilter.AJUAN_WAITING:
        return ajuan_waiting
    return link is LinkFilter.ALL or linked == (link is LinkFilter.LINKED)
