"""The usulan of the Usulan page: pegawai, data, kind, a one-line summary, status and age,
ticked by id (a draf to approve, a draf or an approved one to withdraw)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sister_desktop.domain.usulan import (
    APPROVABLE,
    CANCELLABLE,
    SUCCEEDED,
    Usulan,
    UsulanStatus,
)
from sister_desktop.resource_files import palette
from sister_desktop.texts.locale_format import format_number
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import jenis_label, status_hint, status_label
from sister_desktop.texts.write_field_texts import form_field_title
from sister_desktop.ui.common.checkable_table_model import CheckableTableModel

Index = QModelIndex | QPersistentModelIndex
#: The row's usulan (for the side panel and Buka).
USULAN_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: Fields that name a record in one line, in order of preference.
TITLE_FIELDS = (
    "judul",
    "judul_makalah",
    "nama",
    "nama_organisasi",
    "nama_kegiatan",
    "sk",
    "sk_penugasan",
    "email",
    "alamat",
)
#: Statuses that want the operator's eye.
ATTENTION = frozenset(
    {UsulanStatus.DITOLAK, UsulanStatus.PERLU_DICEK, UsulanStatus.GAGAL, UsulanStatus.DUPLIKAT}
)


class UsulanColumn(IntEnum):
    TICK = 0
    PEGAWAI = 1
    DATA = 2
    JENIS = 3
    SUMMARY = 4
    STATUS = 5
    AGE = 6


def record_title(values: dict[str, Any]) -> str | None:
    """A record's title (its judul, nama, ...), None when it has none."""
    for name in TITLE_FIELDS:
        if values.get(name):
            return str(values[name])
    return None


def usulan_title(item: Usulan) -> str:
    """The usulan in one line: the record's title, or the fields an ubah changes (by the
    names the form gives them: "Bidang ilmu", not ``bidang_ilmu``)."""
    title = record_title(item.body or item.base_record or {})
    if title is not None:
        return title
    return ", ".join(form_field_title(name, item.dataset) for name in item.changed_fields)


def age_days(item: Usulan, now: datetime | None = None) -> int:
    if item.created_at is None:
        return 0
    made = item.created_at if item.created_at.tzinfo else item.created_at.replace(tzinfo=UTC)
    return max(0, ((now or datetime.now(UTC)) - made).days)


class UsulanTableModel(CheckableTableModel[int]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(UsulanColumn.TICK, parent)
        self._rows: list[Usulan] = []

    def set_usulan(self, items: list[Usulan]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()
        self.keep_present_ticks()

    def usulan(self) -> list[Usulan]:
        return list(self._rows)

    def usulan_at(self, row: int) -> Usulan:
        return self._rows[row]

    def row_of(self, usulan_id: int) -> int:
        return next((r for r, item in enumerate(self._rows) if item.id == usulan_id), -1)

    # -- ticks -----------------------------------------------------------------------------------

    def tick_key(self, row: int) -> int:
        return self._rows[row].id or 0

    def can_tick(self, row: int) -> bool:
        return self._rows[row].status in APPROVABLE | CANCELLABLE

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(UsulanColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            UsulanColumn.TICK: "",
            UsulanColumn.PEGAWAI: self.tr("Pegawai"),
            UsulanColumn.DATA: self.tr("Data"),
            UsulanColumn.JENIS: self.tr("Kind"),
            UsulanColumn.SUMMARY: self.tr("Summary"),
            UsulanColumn.STATUS: self.tr("Status"),
            UsulanColumn.AGE: self.tr("Age (days)"),
        }
        return titles.get(UsulanColumn(section)) if 0 <= section < len(UsulanColumn) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.check_flags(index, Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = UsulanColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(index)
        if role == USULAN_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:
            if column is UsulanColumn.AGE:
                return age_days(item)
            if column is UsulanColumn.TICK:
                return item.id or 0
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is UsulanColumn.STATUS:
                return status_hint(item.status) + (f"\n{item.message}" if item.message else "")
            if column is UsulanColumn.SUMMARY:
                return usulan_title(item)
        if role == Qt.ItemDataRole.ForegroundRole and column is UsulanColumn.STATUS:
            if item.status in ATTENTION:
                return QColor(palette().error)
            if item.status in SUCCEEDED:
                return QColor(palette().ok)
        return None

    def _text(self, item: Usulan, column: UsulanColumn) -> str:
        if column is UsulanColumn.TICK:
            return f"#{item.id}"
        if column is UsulanColumn.PEGAWAI:
            return item.pegawai_nama or item.id_sdm
        if column is UsulanColumn.DATA:
            return dataset_label(item.dataset)
        if column is UsulanColumn.JENIS:
            return jenis_label(item.jenis)
        if column is UsulanColumn.SUMMARY:
            title = usulan_title(item)
            return title if len(title) <= 70 else title[:69] + "…"
        if column is UsulanColumn.STATUS:
            return status_label(item.status)
        return format_number(age_days(item))
