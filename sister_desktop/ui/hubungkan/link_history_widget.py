"""The link history in the employee's detail panel, with one-step undo of a collective link."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.links import LinkHistoryEntry
from sister_desktop.services.linking import LinkingService
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime, format_number
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.message_boxes import ask
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.hubungkan.link_history_model import HistoryColumn, LinkHistoryModel


class LinkHistoryWidget(QWidget):
    """History table of one employee; "Undo this collective link" reverts its whole batch."""

    #: Links were changed here (an undo): the employee list must show it.
    links_changed = Signal()

    def __init__(
        self, service: LinkingService, tasks: TaskKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("link_history")
        self._service = service
        self._tasks = tasks
        self.pegawai_id: int | None = None
        self._undoable: list[LinkHistoryEntry] = []

        self.model = LinkHistoryModel(self)
        self.table = make_table(
            self,
            "history_table",
            self.model,
            columns=QHeaderView.ResizeMode.ResizeToContents,
            stretch_last=True,
        )
        # The details panel is narrow: the two id_sdm and how the link was made are in each
        # row's tooltip (and the current id_sdm above the table), not in columns cut off.
        for column in (HistoryColumn.OLD, HistoryColumn.NEW, HistoryColumn.METHOD):
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.empty_label = QLabel(self.tr("No links yet."), self)
        self.undo_button = QPushButton(self.tr("Undo this collective link"), self)
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(
            self.tr("Unlinks every employee this collective link linked, unless changed since.")
        )
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.empty_label, 1)
        bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    async def load(self, pegawai_id: int | None) -> None:
        """Show the history of ``pegawai_id`` (``None``: nobody selected)."""
        self.pegawai_id = pegawai_id
        entries = await self._service.history(pegawai_id) if pegawai_id is not None else []
        if not shiboken6.isValid(self.model):
            return  # the tab is gone (the window closing) while the history was read
        if pegawai_id != self.pegawai_id:
            return  # another employee was selected meanwhile
        self.model.set_entries(entries)
        self.empty_label.setVisible(not entries)
        self._undoable = []
        self.undo_button.setEnabled(False)
        if entries:
            self.table.selectRow(0)

    def selected_entry(self) -> LinkHistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._tasks.spawn(self.refresh_undo())

    async def refresh_undo(self) -> None:
        """Offer undo only for a collective link that still has something to revert."""
        entry = self.selected_entry()
        self._undoable = []
        if entry is not None and entry.method == "exact" and entry.batch_id:
            self._undoable = await self._service.undoable(entry.batch_id)
        if entry is not self.selected_entry():
            return
        self.undo_button.setEnabled(bool(self._undoable))

    def _on_undo_button_clicked(self) -> None:
        self._tasks.spawn(self.undo_selected())

    async def undo_selected(self) -> int:
        """Ask, then undo the selected collective link as a whole; returns how many changed."""
        entry = self.selected_entry()
        if entry is None or not entry.batch_id:
            return 0
        lines = await self._service.undoable(entry.batch_id)
        if not lines:
            return 0
        confirmed = await ask(
            self,
            name="undo_confirm",
            title=self.tr("Undo collective link"),
            text=fill(
                self.tr(
                    "Undo the collective link of %1? %2 employees will be unlinked (those changed "
                    "since stay as they are)."
                ),
                format_datetime(entry.changed_at),
                format_number(len(lines)),
            ),
            yes=QMessageBox.StandardButton.Yes,
            no=QMessageBox.StandardButton.No,
        )
        if not confirmed:
            return 0
        changed = await self._service.undo_batch(entry.batch_id)
        await self.load(self.pegawai_id)
        self.links_changed.emit()
        return changed
