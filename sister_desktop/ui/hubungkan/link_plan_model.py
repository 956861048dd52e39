"""One group of a collective linking plan as a table: the employee, the proposed SISTER person,
which identifier matched and why the row is in its group. Rows are ticked to be linked."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from sister_desktop.domain.matching import MatchGroup, PlanEntry
from sister_desktop.resource_files import palette
from sister_desktop.texts import link_texts
from sister_desktop.ui.common.checkable_table_model import CheckableTableModel

_Index = QModelIndex | QPersistentModelIndex


class PlanColumn(IntEnum):
    PEGAWAI = 0
    LOCAL_IDS = 1
    SISTER = 2
    SISTER_IDS = 3
    MATCHED_ON = 4
    REASON = 5


class LinkPlanModel(CheckableTableModel[int]):
    """The entries of one group, ticked by employee id.

    Cocok rows start ticked, Perlu dicek rows start unticked (each needs a look), Tidak
    ditemukan rows cannot be ticked (there is no one to link to).
    """

    def __init__(
        self, group: MatchGroup, entries: tuple[PlanEntry, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(PlanColumn.PEGAWAI, parent)
        self.group = group
        self.entries = entries
        if group is MatchGroup.EXACT:
            self._ticked = {e.pegawai.id for e in entries}

    @property
    def checkable(self) -> bool:
        return self.group is not MatchGroup.NOT_FOUND

    def tick_key(self, row: int) -> int:
        return self.entries[row].pegawai.id

    def can_tick(self, row: int) -> bool:
        return self.checkable

    def identifier_lines(self) -> int:
        """The most identifiers a row shows in one column (at least one): the rows' height."""
        most = 1
        for row in range(len(self.entries)):
            for column in (PlanColumn.LOCAL_IDS, PlanColumn.SISTER_IDS):
                text = self._display(self.entries[row], column)
                most = max(most, text.count("\n") + 1)
        return most

    def checked_entries(self) -> list[PlanEntry]:
        ticked = self.ticked_keys()
        return [e for e in self.entries if e.pegawai.id in ticked]

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PlanColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PlanColumn):
            return None
        sister = self.tr("Nearest names in SISTER") if not self.checkable else self.tr("SISTER")
        return {
            PlanColumn.PEGAWAI: self.tr("Pegawai"),
            PlanColumn.LOCAL_IDS: self.tr("Local identifiers"),
            PlanColumn.SISTER: sister,
            PlanColumn.SISTER_IDS: self.tr("SISTER identifiers"),
            PlanColumn.MATCHED_ON: self.tr("Matched on"),
            PlanColumn.REASON: self.tr("Reason"),
        }[PlanColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.check_flags(index, Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole:
            return self.check_state(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == PlanColumn.REASON:
            return link_texts.entry_explanation(entry)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == PlanColumn.REASON
            and self.group is MatchGroup.REVIEW
        ):
            return QColor(palette().warning)
        if role == Qt.ItemDataRole.UserRole:
            return entry.pegawai.id
        return None

    def _display(self, entry: PlanEntry, column: PlanColumn) -> str:
        p = entry.pegawai
        sdm = entry.proposed
        if column == PlanColumn.PEGAWAI:
            return p.nama
        if column == PlanColumn.LOCAL_IDS:
            return _ids(
                ("NUPTK", p.nuptk),
                ("NIDN", p.nidn),
                ("NIDK", p.nidk),
                ("NUPN", p.nupn),
                ("NIP", p.nip),
            )
        if column == PlanColumn.SISTER:
            if sdm is not None:
                return sdm.nama_sdm
            return ", ".join(f"{s.sdm.nama_sdm} ({s.score:.0f})" for s in entry.nearest)
        if column == PlanColumn.SISTER_IDS:
            if sdm is None:
                return ""
            return _ids(("NUPTK", sdm.nuptk), ("NIDN", sdm.nidn), ("NIP", sdm.nip))
        if column == PlanColumn.MATCHED_ON:
            return ", ".join(link_texts.identifier_label(m) for m in entry.matched_by)
        return link_texts.reason_text(entry.reason)


def _ids(*pairs: tuple[str, str | None]) -> str:
    """One identifier a line ("NUPTK 5299592730699603"), so none is cut by the column."""
    return "\n".join(f"{label} {value}" for label, value in pairs if value and value.strip())
