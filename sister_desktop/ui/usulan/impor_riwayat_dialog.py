"""Impor riwayat…: draft usulan from a spreadsheet of one family's riwayat. Unduh templat
writes the columns to fill; a chosen file is checked whole first (the report names every
problem with its row, and what SISTER already has), and drafted only when nothing is wrong:
all or nothing, as the pegawai import.

It is reached from the Usulan page, the Pegawai tab and a pegawai's Data SISTER, all through
``open_impor_riwayat``: one dialog, one report, wherever the operator starts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_writes import WRITE_FAMILIES, WriteOp, write_family
from sister_desktop.files.import_file import ImportFileError
from sister_desktop.reports.usulan_template import write_usulan_template
from sister_desktop.services.usulan_service import UsulanError, UsulanImportReport
from sister_desktop.texts.fill import fill
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import (
    already_text,
    import_summary,
    problem_text,
    template_done_text,
)
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.ui_context import UiContext


class ImporRiwayatDialog(QDialog):
    """``await check(path)`` reads a file without drafting; ``await impor()`` drafts it."""

    #: A file's usulan were drafted (the report).
    drafted = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impor_riwayat_dialog")
        self.setWindowTitle(self.tr("Import records"))
        self._context = context
        self.path: Path | None = None
        self.report: UsulanImportReport | None = None
        #: The file dialog while it is open (tests reach it here).
        self.file_dialog: QFileDialog | None = None
        self.dataset_combo = QComboBox(self)
        self.dataset_combo.setObjectName("impor_dataset")
        for family in WRITE_FAMILIES:
            if WriteOp.CREATE in family.operations and not family.pddikti:
                self.dataset_combo.addItem(dataset_label(family.dataset), family.dataset)
        self.template_button = QPushButton(self.tr("Download template…"), self)
        self.template_button.setObjectName("impor_template_button")
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.file_button = QPushButton(self.tr("Choose the file…"), self)
        self.file_button.setObjectName("impor_file_button")
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.summary = QLabel(
            self.tr("Fill the template's columns (one row per record), then choose the file."),
            self,
        )
        self.summary.setObjectName("impor_summary")
        self.summary.setWordWrap(True)
        self.lines = QListWidget(self)
        self.lines.setObjectName("impor_lines")
        form = QFormLayout()
        form.addRow(self.tr("Data"), self.dataset_combo)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Draft the usulan"), self)
        self.import_button.setObjectName("impor_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)

    @property
    def dataset(self) -> str:
        return str(self.dataset_combo.currentData())

    def choose_dataset(self, dataset: str) -> None:
        self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(dataset))

    # -- the template --------------------------------------------------------------------------

    def write_template(self, path: Path) -> Path:
        family = write_family(self.dataset)
        assert family is not None
        written = write_usulan_template(path, family)
        self.summary.setText(template_done_text(str(written)))
        return written

    async def choose_template(self) -> None:
        dialog = make_file_dialog(
            self,
            self.tr("Save the template"),
            save=True,
            name_filters=[self.tr("Excel workbook (*.xlsx)")],
            file_name=f"riwayat-{self.dataset.replace('/', '-')}.xlsx",
            default_suffix="xlsx",
        )
        path = await choose_file(dialog, shown=self._keep_file_dialog)
        if path is not None:
            self.write_template(path)

    # -- the file ------------------------------------------------------------------------------

    async def check(self, path: Path) -> UsulanImportReport | None:
        """Read ``path`` whole and show the report; nothing is drafted yet."""
        self.path = path
        report = await self._run(path, dry_run=True)
        self.import_button.setEnabled(
            report is not None and not report.problems and bool(report.drafted)
        )
        return report

    async def impor(self) -> UsulanImportReport | None:
        """Draft the checked file's usulan (all of them, or none)."""
        if self.path is None:
            return None
        report = await self._run(self.path, dry_run=False)
        self.import_button.setEnabled(False)
        if report is not None and report.drafted:
            self.drafted.emit(report)
        return report

    async def _run(self, path: Path, *, dry_run: bool) -> UsulanImportReport | None:
        self.lines.clear()
        try:
            report = await self._context.usulan.import_file(path, self.dataset, dry_run=dry_run)
        except ImportFileError as exc:
            self.summary.setText(fill(self.tr("The file could not be read: %1"), str(exc)))
            return None
        except UsulanError as exc:
            self.summary.setText(problem_text(exc.code, "", exc.detail))
            return None
        self.report = report
        self.summary.setText(
            import_summary(len(report.drafted), len(report.already), len(report.problems), dry_run)
        )
        for problem in report.problems:
            self.lines.addItem(
                fill(
                    self.tr("row %1: %2"),
                    str(problem.row),
                    problem_text(problem.code, problem.field, problem.detail),
                )
            )
        for found in report.already:
            self.lines.addItem(already_text(found.row, found.sister_id, found.asal_data))
        return report

    async def choose_and_check(self) -> None:
        dialog = make_file_dialog(
            self,
            self.tr("Choose the riwayat file"),
            save=False,
            name_filters=[self.tr("Spreadsheets (*.xlsx *.csv)")],
        )
        path = await choose_file(dialog, shown=self._keep_file_dialog)
        if path is not None:
            await self.check(path)

    def _keep_file_dialog(self, dialog: QFileDialog | None) -> None:
        self.file_dialog = dialog

    # -- slots -----------------------------------------------------------------------------------

    def _on_dataset_changed(self, _index: int) -> None:
        self.path = None
        self.import_button.setEnabled(False)
        self.lines.clear()

    def _on_template_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_template())

    def _on_file_button_clicked(self) -> None:
        self._context.tasks.spawn(self.choose_and_check())

    def _on_import_button_clicked(self) -> None:
        self._context.tasks.spawn(self.impor())


async def open_impor_riwayat(
    context: UiContext,
    parent: QWidget | None,
    *,
    dataset: str | None = None,
    shown: Callable[[ImporRiwayatDialog | None], None] | None = None,
) -> int:
    """Impor riwayat… over ``parent`` until it is closed; how many usulan it drafted.
    ``dataset`` is chosen first when it is importable; ``shown`` is told the dialog while it
    is open and ``None`` after (tests and the caller's handle)."""
    dialog = ImporRiwayatDialog(context, parent)
    if dataset is not None and dialog.dataset_combo.findData(dataset) >= 0:
        dialog.choose_dataset(dataset)
    drafted = 0

    def count(report: UsulanImportReport | None) -> None:
        nonlocal drafted
        if report is not None:
            drafted += len(report.drafted)

    dialog.drafted.connect(count)
    if shown is not None:
        shown(dialog)
    try:
        await dialog_result(dialog)
    finally:
        if shown is not None:
            shown(None)
        if shiboken6.isValid(dialog):  # the window may be gone (program closing)
            dialog.deleteLater()
    return drafted
