"""What changed: for a chosen sync run, the employees whose SISTER data changed since the
previous pull (new rank, grade, degree, assignment, status change, other data). Export to
XLSX/PDF. Work is in coroutine methods (``refresh``, ``show_run``, ``export``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.monitoring import PegawaiChange
from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts import sync_texts
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate
from sister_desktop.ui.common.tables import fit_to_contents
from sister_desktop.ui.perbandingan.perubahan_model import PerubahanModel
from sister_desktop.ui.perbandingan.report_export import choose_path, write_sheets


class PerubahanPanel(QWidget):
    def __init__(
        self,
        service: ComparisonService,
        tasks: TaskKeeper,
        pt_name: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changes_panel")
        self._service = service
        self._tasks = tasks
        self._pt_name = pt_name
        self.changes: list[PegawaiChange] = []

        self.run_combo = QComboBox(self)
        self.run_combo.setObjectName("changes_run_combo")
        self.run_combo.setMinimumContentsLength(40)
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX"), self)
        self.export_xlsx_button.setObjectName("changes_export_xlsx")
        self.export_pdf_button = QPushButton(self.tr("Print to PDF"), self)
        self.export_pdf_button.setObjectName("changes_export_pdf")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sync run:"), self))
        top.addWidget(self.run_combo, 1)
        top.addWidget(self.export_xlsx_button)
        top.addWidget(self.export_pdf_button)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("changes_summary")
        self.summary_label.setWordWrap(True)
        self.model = PerubahanModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("changes_view")
        self.view.setItemDelegate(PlainTextDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fit_to_contents(self.view, [1])  # the id_sdm is never elided
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)

        self.run_combo.currentIndexChanged.connect(self._on_run_combo_changed)
        self.export_xlsx_button.clicked.connect(self._on_export_xlsx_button_clicked)
        self.export_pdf_button.clicked.connect(self._on_export_pdf_button_clicked)

    async def refresh(self, select_run: str | None = None) -> None:
        """Reload the runs (newest first) and show ``select_run`` or the newest."""
        runs = await self._service.recent_runs(limit=100)
        self.run_combo.blockSignals(True)
        self.run_combo.clear()
        for run in runs:
            label = (
                f"{sync_texts.local_time(run.started_at, with_date=True)} · "
                f"{sync_texts.mode_label(run.mode)} · {sync_texts.run_status_label(run.status)}"
            )
            self.run_combo.addItem(label, run.id)
        index = self.run_combo.findData(select_run) if select_run else 0
        self.run_combo.setCurrentIndex(max(0, index) if runs else -1)
        self.run_combo.blockSignals(False)
        if not runs:
            self.model.set_records([])
            self.summary_label.setText(texts.no_run_text())
            return
        await self.show_run(self.run_combo.currentData())

    async def show_run(self, run_id: str) -> None:
        self.changes = await self._service.changes(run_id)
        self.model.set_records(self.changes)
        if self.changes:
            self.summary_label.setText(
                self.tr("%1 pegawai whose SISTER data changed in this run.").replace(
                    "%1", str(len(self.changes))
                )
            )
        else:
            self.summary_label.setText(texts.no_changes_text())

    async def export(self, path: Path) -> Path | None:
        """``None`` when the file cannot be written; the reason is shown in a message box."""
        sheet = texts.changes_sheet(self.changes)
        try:
            return await write_sheets(self._service, path, [sheet], pt_name=self._pt_name())
        except FileWriteError as exc:
            self.error_box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export what changed"),
                write_error_text(exc.code, str(exc.path)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.error_box.open()
            return None

    async def choose_and_export(self, suffix: str) -> None:
        path = await choose_path(self, self.tr("Export what changed"), "perubahan", suffix)
        if path is not None:
            await self.export(path)

    def _on_run_combo_changed(self, _index: int) -> None:
        run_id = self.run_combo.currentData()
        if run_id:
            self._tasks.spawn(self.show_run(run_id))

    def _on_export_xlsx_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("xlsx"))

    def _on_export_pdf_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("pdf"))
