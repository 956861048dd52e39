"""The Perbandingan page of Sinkronisasi: every synced employee's campus values beside SISTER's,
differences tinted, "hanya yang berbeda", a field filter with counts, "Terapkan data SISTER" for
the ticked rows or the selected employee, the history with undo, and export to XLSX/PDF.

Work is in coroutine methods (``refresh``, ``apply_ticked``, ``apply_selected_pegawai``,
``undo_batch``, ``export``) that tests await; slots are one line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.comparison import COMPARISON_FIELDS, FieldState
from sister_desktop.domain.links import PegawaiGoneError
from sister_desktop.files.atomic_file import FileWriteError
from sister_desktop.resource_files import palette
from sister_desktop.services.comparison import ComparisonReport, ComparisonService
from sister_desktop.texts import comparison_texts as texts
from sister_desktop.texts.error_texts import write_error_text
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate, plain_label
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.perbandingan.apply_preview_dialog import confirm_apply
from sister_desktop.ui.perbandingan.perbandingan_filter_proxy import PerbandinganFilterProxy
from sister_desktop.ui.perbandingan.perbandingan_history_model import PerbandinganHistoryModel
from sister_desktop.ui.perbandingan.perbandingan_model import (
    KEY_ROLE,
    PerbandinganColumn,
    PerbandinganModel,
)
from sister_desktop.ui.perbandingan.report_export import choose_path, write_sheets


class PerbandinganPanel(QWidget):
    #: Campus records were changed (apply or undo): the Pegawai tab should reload.
    pegawai_changed = Signal()

    def __init__(
        self,
        service: ComparisonService,
        tasks: TaskKeeper,
        pt_name: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("perbandingan_panel")
        self._service = service
        self._tasks = tasks
        self._pt_name = pt_name
        self.report: ComparisonReport | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("perbandingan_search")
        self.search_edit.setPlaceholderText(self.tr("Search name or id_sdm"))
        self.search_edit.setClearButtonEnabled(True)
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("perbandingan_field_combo")
        self.only_different_check = QCheckBox(self.tr("Only the different ones"), self)
        self.only_different_check.setObjectName("perbandingan_only_different")
        self.only_different_check.setChecked(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("perbandingan_refresh")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.field_combo, 1)
        filters.addWidget(self.only_different_check)
        filters.addWidget(self.refresh_button)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("perbandingan_counts")
        self.counts_label.setWordWrap(True)
        self.message_label = plain_label(QLabel(self))
        self.message_label.setObjectName("perbandingan_message")
        self.message_label.setWordWrap(True)

        self.model = PerbandinganModel(self)
        self.proxy = PerbandinganFilterProxy(self.model, self)
        self.view = make_table(self, "perbandingan_view", self.proxy, row_padding=8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PerbandinganColumn.NAMA, QHeaderView.ResizeMode.Stretch)
        for column in (PerbandinganColumn.LOCAL, PerbandinganColumn.SISTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the longest label in this language (measuring every row of a large
        # campus, as ResizeToContents does, would cost seconds).
        metrics = self.view.fontMetrics()
        for column, labels in (
            (PerbandinganColumn.FIELD, [texts.field_label(f) for f in COMPARISON_FIELDS]),
            (PerbandinganColumn.STATE, [texts.state_label(s) for s in FieldState]),
        ):
            header.resizeSection(column, max(map(metrics.horizontalAdvance, labels)) + 24)

        self.tick_all_button = QPushButton(self.tr("Tick all shown"), self)
        self.tick_all_button.setObjectName("perbandingan_tick_all")
        self.apply_button = QPushButton(self.tr("Terapkan data SISTER (ticked)"), self)
        self.apply_button.setObjectName("perbandingan_apply")
        self.apply_button.setEnabled(False)
        self.apply_pegawai_button = QPushButton(
            self.tr("Terapkan data SISTER for this pegawai"), self
        )
        self.apply_pegawai_button.setObjectName("perbandingan_apply_pegawai")
        self.export_xlsx_button = QPushButton(self.tr("Export XLSX"), self)
        self.export_xlsx_button.setObjectName("perbandingan_export_xlsx")
        self.export_pdf_button = QPushButton(self.tr("Print to PDF"), self)
        self.export_pdf_button.setObjectName("perbandingan_export_pdf")
        actions = QHBoxLayout()
        for button in (self.tick_all_button, self.apply_button, self.apply_pegawai_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_xlsx_button)
        actions.addWidget(self.export_pdf_button)

        history_box = QGroupBox(self.tr("History of Terapkan data SISTER"), self)
        self.history_model = PerbandinganHistoryModel(self)
        self.history_view = QTableView(history_box)
        self.history_view.setObjectName("perbandingan_history_view")
        self.history_view.setItemDelegate(PlainTextDelegate(self.history_view))
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.verticalHeader().hide()
        # Each column as wide as what it holds; the pegawai's name takes the rest (not "By").
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo the selected change"), history_box)
        self.undo_button.setObjectName("perbandingan_undo")
        self.undo_button.setEnabled(False)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_view)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(self.undo_button)
        history_layout.addLayout(history_buttons)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.counts_label)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_field_combo({})
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.field_combo.currentIndexChanged.connect(self._on_field_combo_changed)
        self.only_different_check.toggled.connect(self.proxy.set_only_different)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.tick_all_button.clicked.connect(self._on_tick_all_button_clicked)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.apply_pegawai_button.clicked.connect(self._on_apply_pegawai_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.export_xlsx_button.clicked.connect(self._on_export_xlsx_button_clicked)
        self.export_pdf_button.clicked.connect(self._on_export_pdf_button_clicked)
        self.model.ticked_changed.connect(self._on_model_ticked_changed)
        self.history_view.selectionModel().selectionChanged.connect(self._on_history_selection)

    # -- loading -----------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Compare again from the stored SISTER data and reload the history."""
        report = await self._service.compare()
        self.report = report
        self.model.set_comparisons(report.items)
        self._fill_field_combo(report.counts)
        differences = sum(report.counts.values())
        self.counts_label.setText(
            texts.counts_text(
                differences, len(report.different), len(report.items), report.not_synced
            )
        )
        await self.load_history()

    async def load_history(self) -> None:
        self.history_model.set_entries(await self._service.history())
        self._update_undo_button()

    def _fill_field_combo(self, counts: dict[str, int]) -> None:
        current = self.field_combo.currentData()
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        self.field_combo.addItem(texts.field_filter_text(None), None)
        for field in COMPARISON_FIELDS:
            self.field_combo.addItem(texts.field_filter_text(field, counts.get(field, 0)), field)
        index = self.field_combo.findData(current)
        self.field_combo.setCurrentIndex(max(0, index))
        self.field_combo.blockSignals(False)

    # -- Terapkan ----------------------------------------------------------------------------

    def selected_key(self) -> tuple[int, str] | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        key = self.proxy.data(rows[0], KEY_ROLE)
        return (int(key[0]), str(key[1])) if key else None

    def select_row(self, pegawai_id: int, field: str) -> bool:
        """Select (and scroll to) an employee's field row if the filters show it."""
        row = self.model.row_of(pegawai_id, field)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    async def apply_ticked(self) -> int:
        return await self._apply(self.model.ticked())

    async def apply_selected_pegawai(self) -> int:
        key = self.selected_key()
        if key is None:
            return 0
        return await self._apply(await self._service.pegawai_fields([key[0]]), key[0])

    async def _apply(
        self, selection: Iterable[tuple[int, str]], pegawai_id: int | None = None
    ) -> int:
        """Show what will change and ask once when it is more than one value, then copy
        (``pegawai_id``: Terapkan for this pegawai, whose rows say why nothing was)."""
        selection = list(selection)
        plan = await self._service.plan_apply(selection)
        if not await confirm_apply(self, plan):
            if not plan:
                about = {p for p, _ in selection} | ({pegawai_id} - {None})
                self._say(self._nothing_applied_text(about), error=False)
            return 0
        try:
            outcome = await self._service.apply(selection)
        except PegawaiGoneError:
            self._say(texts.pegawai_gone_text(), error=True)
            await self.refresh()
            return 0
        await self.refresh()
        self._say(texts.applied_text(outcome.changed), error=False)
        if outcome.changed:
            self.pegawai_changed.emit()
        return outcome.changed

    def _nothing_applied_text(self, pegawai_ids: set[int | None]) -> str:
        """Why nothing was copied: SISTER has no value for a differing field of these pegawai,
        or the values already match."""
        empty = [
            f.field
            for item, f in self.model.rows()
            if item.pegawai_id in pegawai_ids and f.different and f.sister is None
        ]
        return texts.sister_has_no_value_text(empty) if empty else texts.applied_text(0)

    def selected_batch(self) -> str | None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.history_model.entries[rows[0].row()]
        return entry.batch_id if entry.undoable else None

    async def undo_batch(self, batch_id: str) -> int:
        result = await self._service.undo(batch_id)
        await self.refresh()
        self._say(texts.undone_text(result.restored, len(result.conflicts)), error=False)
        if result.restored:
            self.pegawai_changed.emit()
        return result.restored

    def _update_undo_button(self) -> None:
        self.undo_button.setEnabled(self.selected_batch() is not None)

    def _say(self, text: str, *, error: bool) -> None:
        colour = palette().error if error else palette().ok
        self.message_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.message_label.setText(text)

    # -- export ------------------------------------------------------------------------------

    async def export(self, path: Path) -> Path | None:
        """The Perbandingan as filtered by "hanya yang berbeda", to XLSX or PDF; ``None``
        (and the reason shown) when the file cannot be written."""
        if self.report is None:
            await self.refresh()
        assert self.report is not None
        sheet = texts.comparison_sheet(self.report.items, only_different=self.proxy.only_different)
        try:
            written = await write_sheets(self._service, path, [sheet], pt_name=self._pt_name())
        except FileWriteError as exc:
            self._say(write_error_text(exc.code, str(exc.path)), error=True)
            return None
        self._say(texts.exported_text(str(written)), error=False)
        return written

    async def choose_and_export(self, suffix: str) -> None:
        path = await choose_path(self, self.tr("Export the Perbandingan"), "perbandingan", suffix)
        if path is not None:
            await self.export(path)

    # -- slots -------------------------------------------------------------------------------

    def _on_field_combo_changed(self, _index: int) -> None:
        self.proxy.set_field(self.field_combo.currentData())

    def _on_refresh_button_clicked(self) -> None:
        self._tasks.spawn(self.refresh())

    def _on_tick_all_button_clicked(self) -> None:
        keys = [
            self.proxy.data(self.proxy.index(row, 0), KEY_ROLE)
            for row in range(self.proxy.rowCount())
        ]
        self.model.set_ticked(tuple(k) for k in keys if k)

    def _on_apply_button_clicked(self) -> None:
        self._tasks.spawn(self.apply_ticked())

    def _on_apply_pegawai_button_clicked(self) -> None:
        self._tasks.spawn(self.apply_selected_pegawai())

    def _on_undo_button_clicked(self) -> None:
        batch = self.selected_batch()
        if batch is not None:
            self._tasks.spawn(self.undo_batch(batch))

    def _on_export_xlsx_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("xlsx"))

    def _on_export_pdf_button_clicked(self) -> None:
        self._tasks.spawn(self.choose_and_export("pdf"))

    def _on_model_ticked_changed(self, count: int) -> None:
        self.apply_button.setEnabled(count > 0)

    def _on_history_selection(self, *_args: QModelIndex) -> None:
        self._update_undo_button()
