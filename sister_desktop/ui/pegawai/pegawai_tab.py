"""The Pegawai tab: the campus employee list with search, filters, ticks, the form, import and
a detail panel.

For the SISTER work built on top (linking): ``actions_toolbar`` takes more actions,
``ticked_ids()`` gives the ticked employees, ``selected_pegawai()`` / ``pegawai_selected`` the
current one, and ``await reload()`` re-reads the list after a change.

The list arrives in two parts when the tab opens: the first screenful in the list's order
(``FIRST_PAGE`` rows, a few milliseconds of reading), shown at once, then every row, which
replaces it keeping the operator's selection, ticks, sort, search, filters and scroll. Until
the rest is in, the count below the list says so and Pilih semua waits: both would speak of
the first page only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.pegawai import JenisPegawai, Pegawai
from sister_desktop.files.import_file import ImportFileError
from sister_desktop.resource_files import palette
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.texts.fill import fill
from sister_desktop.texts.import_texts import file_error_text
from sister_desktop.texts.locale_format import format_number
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.message_boxes import ask
from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate, plain_label
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.data_sister.data_sister_actions import DataSisterActions
from sister_desktop.ui.data_sister.sister_search_toggle import SisterSearchToggle
from sister_desktop.ui.hubungkan.link_history_widget import LinkHistoryWidget
from sister_desktop.ui.hubungkan.sister_link_button import SisterLinkButton
from sister_desktop.ui.pegawai.import_report_dialog import ImportChoice, ImportReportDialog
from sister_desktop.ui.pegawai.pegawai_detail_panel import PegawaiDetailPanel
from sister_desktop.ui.pegawai.pegawai_empty_state import PegawaiEmptyState
from sister_desktop.ui.pegawai.pegawai_filter_proxy import LinkFilter, PegawaiFilterProxy
from sister_desktop.ui.pegawai.pegawai_form_dialog import PegawaiFormDialog
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn, PegawaiTableModel
from sister_desktop.ui.usulan.impor_riwayat_action import ImporRiwayatAction

log = logging.getLogger(__name__)

#: Rows read first when the tab opens: more than the tallest list shows before scrolling
#: (2,400 pixels at 24 a row), and read in milliseconds however long the list is.
FIRST_PAGE = 100

#: Starting widths (operators may resize). Nama is widest: it is what operators read first, and
#: it must stay readable when the details panel takes room (the table then scrolls sideways).
_COLUMN_WIDTHS = {
    PegawaiColumn.NAMA: 215,
    PegawaiColumn.NIP: 145,
    PegawaiColumn.NOMOR_DOSEN: 110,
    PegawaiColumn.NUPTK: 135,
    PegawaiColumn.JENIS: 55,
    PegawaiColumn.UNIT_KERJA: 140,
    PegawaiColumn.TERHUBUNG: 110,
}


class PegawaiTab(QWidget):
    """The employee list and everything done to it locally."""

    #: The current employee changed (a ``Pegawai`` or ``None``).
    pegawai_selected = Signal(object)
    #: The list was read again from the database.
    pegawai_reloaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("pegawai_tab")
        #: The dialog or box open right now, if any (tests and the close check find it here).
        self.form_dialog: PegawaiFormDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        #: The list was read from the database at least once.
        self._loaded = False
        #: While only the first page is shown: how many pegawai there are in all.
        self._reading_rest_of: int | None = None
        #: The rest of the list could not be read: the first page is all that is shown.
        self._rest_failed = False

        self.model = PegawaiTableModel(self)
        self.proxy = PegawaiFilterProxy(self.model, self)
        self._build_toolbar()
        filters = self._build_filters()
        self._build_table()
        splitter = self._build_detail()
        self._build_sister_parts()
        self._lay_out(filters, splitter)
        self._follow_counts()
        context.tasks.spawn(self.first_load(), name="pegawai-first-load")

    def _build_toolbar(self) -> None:
        """Add, Edit, Delete, Impor…; the SISTER actions are placed after the separator."""
        self.actions_toolbar = QToolBar(self)
        self.actions_toolbar.setObjectName("pegawai_toolbar")
        self.actions_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self.actions_toolbar.addAction(self.tr("Add"))
        self.add_action.setObjectName("add_action")
        self.edit_action = self.actions_toolbar.addAction(self.tr("Edit"))
        self.edit_action.setObjectName("edit_action")
        self.delete_action = self.actions_toolbar.addAction(self.tr("Delete"))
        self.delete_action.setObjectName("delete_action")
        self.import_action = self.actions_toolbar.addAction(self.tr("Import…"))
        self.import_action.setObjectName("import_action")
        #: Impor riwayat…: usulan from a spreadsheet of riwayat (as on the Usulan page).
        self.impor_riwayat = ImporRiwayatAction(self._context, self)
        self.impor_riwayat.place_in(self.actions_toolbar)
        self.actions_toolbar.addSeparator()
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.import_action.triggered.connect(self._on_import_action_triggered)

    def _build_filters(self) -> QHBoxLayout:
        """The search, the two filters, the ticks and how many are ticked."""
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, NIP, NIDN, NUPTK, NIK…"))
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.jenis_combo = QComboBox(self)
        self.jenis_combo.setObjectName("jenis_combo")
        self.jenis_combo.addItem(self.tr("Dosen and Tendik"), None)
        self.jenis_combo.addItem(self.tr("Dosen"), JenisPegawai.DOSEN)
        self.jenis_combo.addItem(self.tr("Tendik"), JenisPegawai.TENDIK)
        self.jenis_combo.currentIndexChanged.connect(self._on_jenis_combo_changed)
        self.link_combo = QComboBox(self)
        self.link_combo.setObjectName("link_combo")
        self.link_combo.addItem(self.tr("Linked and not linked"), LinkFilter.ALL)
        self.link_combo.addItem(self.tr("Terhubung Sister"), LinkFilter.LINKED)
        self.link_combo.addItem(self.tr("Not linked yet"), LinkFilter.UNLINKED)
        self.link_combo.addItem(self.tr("Ajuan waiting"), LinkFilter.AJUAN_WAITING)
        self.link_combo.currentIndexChanged.connect(self._on_link_combo_changed)
        self.select_all_button = QPushButton(self.tr("Select all"), self)
        self.select_all_button.setObjectName("select_all_button")
        self.select_all_button.setToolTip(self.tr("Tick every row shown"))
        self.select_all_button.clicked.connect(self.tick_visible)
        self.clear_ticks_button = QPushButton(self.tr("Clear ticks"), self)
        self.clear_ticks_button.setObjectName("clear_ticks_button")
        self.clear_ticks_button.clicked.connect(self.model.clear_ticks)
        self.ticked_label = QLabel(self)
        self.ticked_label.setObjectName("ticked_label")
        self.search_sister_check = SisterSearchToggle(
            self._context, self.search_edit, self.proxy, self
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for widget in (
            self.search_sister_check,
            self.jenis_combo,
            self.link_combo,
            self.select_all_button,
            self.clear_ticks_button,
            self.ticked_label,
        ):
            filters.addWidget(widget)
        return filters

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("pegawai_table")
        self.table.setItemDelegate(PlainTextDelegate(self.table))
        self.table.setModel(self.proxy)
        # No sort indicator before sorting is on: turning it on sorts by the indicator's column,
        # which the model would keep (by name from the database is the order wanted).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Never narrower than the title in this language, drawn bold (the selected row's
        # columns) with room for the sort arrow.
        bold = QFont(header.font())
        bold.setBold(True)
        style = header.style()
        room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for column, width in _COLUMN_WIDTHS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column, max(width, QFontMetrics(bold).horizontalAdvance(title) + room)
            )
        # Terhubung Sister is what the operator checks row by row: shown before the unit, so a
        # long unit name (last, stretched, elided) never pushes it out of view on a laptop.
        header.moveSection(
            header.visualIndex(PegawaiColumn.TERHUBUNG),
            header.visualIndex(PegawaiColumn.UNIT_KERJA),
        )
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)

    def _build_detail(self) -> QSplitter:
        """The details beside the list; returns the splitter holding both."""
        self.detail = PegawaiDetailPanel(self)
        # The details grow with what is known of the employee (SISTER values, the Perbandingan,
        # the link history): they scroll inside their panel instead of growing the window.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("pegawai_detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(self.detail)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        self.detail.setMinimumWidth(360)  # the Perbandingan headers read in full
        splitter.setSizes([880, 420])
        return splitter

    def _build_sister_parts(self) -> None:
        """SISTER linking (the button, shown while connected, and the history in the details)
        and the synced SISTER data (its window and the Daftar Riwayat Hidup)."""
        context = self._context
        self.sister_button = SisterLinkButton(context, self.ticked_ids, self.selected_pegawai, self)
        self.sister_button.place_in(self.actions_toolbar)
        self.sister_button.links_changed.connect(self._on_links_changed)
        self.sister_button.summary.connect(self.show_message)
        self.link_history = LinkHistoryWidget(context.linking, context.tasks, self.detail)
        self.detail.add_link_row(self.link_history)
        self.link_history.links_changed.connect(self._on_links_changed)
        self.pegawai_selected.connect(self._on_pegawai_selected_show_history)
        self.data_sister = DataSisterActions(
            context, self.ticked_ids, self.selected_pegawai, self.show_message, self
        )
        self.data_sister.place_in(self.actions_toolbar)
        # What a Data SISTER window drafts reaches the Usulan page as the tab's own import does.
        self.data_sister.usulan_drafted.connect(self.impor_riwayat.drafted)
        self.detail.add_link_row(self.data_sister.detail_row(self.detail))

    def _lay_out(self, filters: QHBoxLayout, splitter: QSplitter) -> None:
        self.message_label = plain_label(QLabel(self))
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("shown_label")
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions_toolbar)
        layout.addLayout(filters)
        # At the first start the list is empty: a hint with its buttons takes the list's place.
        self.empty_state = PegawaiEmptyState(demo=self._context.demo, parent=self)
        self.empty_state.import_requested.connect(self._on_import_action_triggered)
        self.empty_state.add_requested.connect(self._on_add_action_triggered)
        self.list_stack = QStackedWidget(self)
        self._list_page = splitter
        self.list_stack.addWidget(splitter)
        self.list_stack.addWidget(self.empty_state)
        layout.addWidget(self.list_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.shown_label)
        layout.addLayout(bottom)

    def _follow_counts(self) -> None:
        """Keep "N dipilih" and "N shown" true as the ticks, the filters and the rows change."""
        self.model.ticked_changed.connect(self._on_model_ticked_changed)
        for signal in (
            self.proxy.layoutChanged,
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_shown)
        self._on_model_ticked_changed(0)
        self._update_shown()

    # -- for other parts of the window -------------------------------------------------

    @property
    def service(self) -> PegawaiService:
        return self._context.pegawai

    def ticked_ids(self) -> set[int]:
        return self.model.ticked_ids()

    def selected_pegawai(self) -> Pegawai | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.pegawai_at(self.proxy.mapToSource(rows[0]).row())

    @property
    def all_read(self) -> bool:
        """Every pegawai is in the list (not only its first page)."""
        return self._loaded and self._reading_rest_of is None

    async def first_load(self) -> None:
        """The list as the tab opens: its first page at once, then every row."""
        first = await self.service.list_first(FIRST_PAGE)
        total = await self.service.count() if len(first) == FIRST_PAGE else len(first)
        if total <= len(first):  # the whole list
            self._show_rows(first)
            return
        self._reading_rest_of = total
        self._loaded = True
        self.model.set_pegawai(first)
        self._on_reading_rest()
        try:
            await self.reload()
        except Exception:
            # The error is reported as any task's; the count stops promising the rest.
            self._rest_failed = True
            self._update_shown()
            raise

    async def reload(self) -> None:
        """Read the list again; the ticks, the selected employee, the sort, the search, the
        filters and the row at the top of the list are kept when present."""
        self._show_rows(await self.service.list_all())

    def _show_rows(self, rows: list[Pegawai]) -> None:
        selected = self.selected_pegawai()
        top = self._top_row_id()
        self._loaded = True
        self._reading_rest_of = None
        self._rest_failed = False
        self.model.set_pegawai(rows)
        self._on_reading_rest()
        if top is not None:
            self._scroll_to_top_row(top)
        if selected is not None:
            self.select_pegawai(selected.id)
        else:
            self.detail.show_pegawai(None)
        self.pegawai_reloaded.emit()

    def _top_row_id(self) -> int | None:
        """The pegawai at the top of the scrolled list; ``None`` when it is not scrolled."""
        if self.table.verticalScrollBar().value() == 0:
            return None
        index = self.table.indexAt(QPoint(0, 0))
        if not index.isValid():
            return None
        return self.model.id_at(self.proxy.mapToSource(index).row())

    def _scroll_to_top_row(self, pegawai_id: int) -> None:
        row = self.model.row_of(pegawai_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_reading_rest(self) -> None:
        """Pilih semua waits for every row: it would tick the first page's only."""
        reading = self._reading_rest_of is not None
        self.select_all_button.setEnabled(not reading)
        self.select_all_button.setToolTip(
            self.tr("Available once every pegawai is read")
            if reading
            else self.tr("Tick every row shown")
        )
        self._update_shown()

    def select_pegawai(self, pegawai_id: int) -> bool:
        """Select and show an employee (if it is shown under the current filters)."""
        row = self.model.row_of(pegawai_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def tick_visible(self) -> None:
        """Pilih semua: tick every row the search and filters let through."""
        self.model.set_ticked(self.proxy.visible_ids(), True)

    # -- operations ----------------------------------------------------------------------

    async def add_pegawai(self) -> Pegawai | None:
        return await self._open_form(None)

    async def edit_pegawai(self) -> Pegawai | None:
        current = self.selected_pegawai()
        if current is None:
            self.show_message(self.tr("Select the pegawai to edit first."))
            return None
        return await self._open_form(current)

    async def _open_form(self, pegawai: Pegawai | None) -> Pegawai | None:
        dialog = PegawaiFormDialog(self.service.save, self._context.tasks, pegawai, self)
        self.form_dialog = dialog
        try:
            if await dialog_result(dialog) != PegawaiFormDialog.DialogCode.Accepted:
                return None
            saved = dialog.saved
        finally:
            self.form_dialog = None
            dialog.deleteLater()
        await self.reload()
        if saved is not None:
            self.select_pegawai(saved.id)
            self.show_message(fill(self.tr("Saved: %1"), saved.nama))
        return saved

    async def delete_pegawai(self) -> int:
        """Delete the ticked employees, or else the selected one, after confirmation."""
        ids = self.ticked_ids()
        if not ids:
            current = self.selected_pegawai()
            ids = {current.id} if current is not None else set()
        if not ids:
            self.show_message(self.tr("Tick or select the pegawai to delete first."))
            return 0
        confirmed = await ask(
            self,
            name="delete_confirm_box",
            icon=QMessageBox.Icon.Warning,
            title=self.tr("Delete pegawai"),
            text=self.tr(
                "Delete %n pegawai? Their SISTER link and pulled data go too.", "", len(ids)
            ),
            yes=QMessageBox.StandardButton.Yes,
            no=QMessageBox.StandardButton.Cancel,
            shown=self._keep_confirm_box,
        )
        if not confirmed:
            return 0
        deleted = await self.service.delete(ids)
        await self.reload()
        self.show_message(self.tr("%n pegawai deleted.", "", deleted))
        return deleted

    def _keep_confirm_box(self, box: QMessageBox | None) -> None:
        self.confirm_box = box

    async def choose_and_import(self) -> None:
        dialog = make_file_dialog(
            self,
            self.tr("Import pegawai"),
            save=False,
            name_filters=[self.tr("Spreadsheets (*.xlsx *.csv)"), self.tr("All files (*)")],
        )
        dialog.setObjectName("import_file_dialog")
        path = await choose_file(dialog, shown=self._keep_file_dialog)
        if path is not None:
            await self.import_file(path)

    def _keep_file_dialog(self, dialog: QFileDialog | None) -> None:
        self.file_dialog = dialog

    async def import_file(self, path: Path) -> ImportChoice:
        """Check the file, show the report, and write only what the operator then chooses."""
        self.show_message(fill(self.tr("Reading %1…"), path.name))
        try:
            plan = await self.service.plan_import(path)
        except ImportFileError as exc:
            self.show_message(file_error_text(exc.code, exc.detail), error=True)
            return ImportChoice.CANCEL
        report = ImportReportDialog(plan, path.name, self)
        self.report_dialog = report
        try:
            choice = ImportChoice(await dialog_result(report))
        finally:
            self.report_dialog = None
            report.deleteLater()
        if choice is ImportChoice.CANCEL:
            self.show_message(self.tr("Import cancelled: nothing was written."))
            return choice
        try:
            result = await self.service.apply_import(
                plan, valid_only=choice is ImportChoice.VALID_ONLY
            )
        except ImportFileError as exc:  # saved again since the report: nothing was written
            self.show_message(file_error_text(exc.code, exc.detail), error=True)
            return ImportChoice.CANCEL
        await self.reload()
        self.show_message(
            fill(
                self.tr("Imported: %1 new, %2 updated, %3 unchanged."),
                format_number(result.imported),
                format_number(result.updated),
                format_number(result.unchanged),
            )
        )
        return choice

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {palette().error};" if error else "")

    # -- slots -----------------------------------------------------------------------------

    def _on_add_action_triggered(self) -> None:
        self._context.tasks.spawn(self.add_pegawai())

    def _on_edit_action_triggered(self) -> None:
        self._context.tasks.spawn(self.edit_pegawai())

    def _on_delete_action_triggered(self) -> None:
        self._context.tasks.spawn(self.delete_pegawai())

    def _on_import_action_triggered(self) -> None:
        self._context.tasks.spawn(self.choose_and_import())

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._context.tasks.spawn(self.edit_pegawai())

    def _on_jenis_combo_changed(self, _index: int) -> None:
        self.proxy.set_jenis(self.jenis_combo.currentData())

    def _on_link_combo_changed(self, _index: int) -> None:
        if self.link_combo.currentData() is LinkFilter.AJUAN_WAITING:
            self._context.tasks.spawn(self.show_ajuan_waiting())
        else:
            self.proxy.set_link_filter(self.link_combo.currentData())

    async def show_ajuan_waiting(self) -> None:
        """The filter "ada ajuan menunggu": the pegawai whose synced ajuan wait in SISTER."""
        self.proxy.set_ajuan_waiting(await self._context.data_sister.with_waiting_ajuan())
        self.proxy.set_link_filter(LinkFilter.AJUAN_WAITING)

    def _on_model_ticked_changed(self, count: int) -> None:
        self.ticked_label.setText(self.tr("%n selected", "", count))

    def _on_links_changed(self) -> None:
        # The status line spoke of an earlier step (an import): it no longer applies.
        self.show_message("")
        self._context.tasks.spawn(self.reload())

    def _on_pegawai_selected_show_history(self, pegawai: Pegawai | None) -> None:
        self._context.tasks.spawn(self.link_history.load(pegawai.id if pegawai else None))

    def _on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        current = self.selected_pegawai()
        self.detail.show_pegawai(current)
        self.pegawai_selected.emit(current)

    def _update_shown(self) -> None:
        # Only once the list was read: a full list must not flash the hint while it loads.
        empty = self._loaded and self.model.rowCount() == 0
        self.list_stack.setCurrentWidget(self.empty_state if empty else self._list_page)
        if self._reading_rest_of is not None:
            self.shown_label.setText(
                fill(
                    self.tr("%1 of the first %2 of %3 shown; the rest could not be read")
                    if self._rest_failed
                    else self.tr("%1 of the first %2 of %3 shown; reading the rest…"),
                    format_number(self.proxy.rowCount()),
                    format_number(self.model.rowCount()),
                    format_number(self._reading_rest_of),
                )
            )
            return
        self.shown_label.setText(
            fill(
                self.tr("%1 of %2 shown"),
                format_number(self.proxy.rowCount()),
                format_number(self.model.rowCount()),
            )
        )
