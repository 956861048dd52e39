"""The Perbandingan of the employee shown in the Pegawai tab's detail panel: every field, the
campus value beside SISTER's, differences tinted, and "Terapkan data SISTER" for the ticked
fields (or all differing ones). Hidden for an employee not linked or never synced."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.comparison import PegawaiComparison
from sister_desktop.domain.links import PegawaiGoneError
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.texts import perbandingan_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.perbandingan.apply_preview_dialog import confirm_apply
from sister_desktop.ui.perbandingan.perbandingan_model import PerbandinganColumn, PerbandinganModel


class PerbandinganDetailWidget(QGroupBox):
    #: SISTER values were copied into this employee's record.
    pegawai_changed = Signal(int)

    def __init__(
        self, service: ComparisonService, tasks: TaskKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("perbandingan_detail")
        self.setTitle(self.tr("Perbandingan with SISTER"))
        self._service = service
        self._tasks = tasks
        self._latest_key = f"perbandingan-detail-{id(self)}"
        self.comparison: PegawaiComparison | None = None
        self.model = PerbandinganModel(self, check_column=PerbandinganColumn.FIELD)
        self.view = make_table(
            self,
            "perbandingan_detail_view",
            self.model,
            selection=QAbstractItemView.SelectionMode.NoSelection,
            row_padding=6,
            columns=QHeaderView.ResizeMode.ResizeToContents,
        )
        header = self.view.horizontalHeader()
        for column in (PerbandinganColumn.LOCAL, PerbandinganColumn.SISTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().height() * 14)
        self.summary_label = plain_label(QLabel(self))
        self.summary_label.setObjectName("perbandingan_detail_summary")
        self.summary_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Terapkan data SISTER"), self)
        self.apply_button.setObjectName("perbandingan_detail_apply")
        self.apply_button.setToolTip(
            self.tr("Copy SISTER's value into the ticked fields (all differing ones if none)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.hide()

    def on_pegawai_selected(self, pegawai: Pegawai | None) -> None:
        pegawai_id = pegawai.id if pegawai is not None else None
        self._tasks.spawn_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def load(self, pegawai_id: int | None) -> None:
        """Show one employee's comparison; a later selection's load wins over this one."""
        await self._tasks.run_latest(self._latest_key, self._fetch(pegawai_id), self._show)

    async def _fetch(self, pegawai_id: int | None) -> PegawaiComparison | None:
        return await self._service.compare_one(pegawai_id) if pegawai_id is not None else None

    def _show(self, found: PegawaiComparison | None) -> None:
        self.comparison = found
        if found is None:
            self.model.set_comparisons([])
            self.hide()
            return
        self.model.set_comparisons([found])
        self.view.setColumnHidden(PerbandinganColumn.NAMA, True)
        self.view.setColumnHidden(PerbandinganColumn.STATE, True)  # the tint says it
        differences = len(found.differences)
        self.apply_button.setEnabled(any(f.applicable for f in found.fields))
        self.summary_label.setText(
            fill(self.tr("%1 field(s) differ from SISTER."), str(differences))
            if differences
            else self.tr("The campus data matches SISTER.")
        )
        self.show()

    async def apply(self) -> int:
        """The ticked fields, or every differing field when none is ticked."""
        item = self.comparison
        if item is None:
            return 0
        keys = self.model.ticked() or [
            (item.pegawai_id, f.field) for f in item.fields if f.applicable
        ]
        if not await confirm_apply(self, await self._service.plan_apply(keys)):
            return 0
        try:
            outcome = await self._service.apply(keys)
        except PegawaiGoneError:
            self.summary_label.setText(texts.pegawai_gone_text())
            return 0
        await self.load(item.pegawai_id)
        if outcome.changed:
            self.pegawai_changed.emit(item.pegawai_id)
        return outcome.changed

    def _on_apply_button_clicked(self) -> None:
        self._tasks.spawn(self.apply())
