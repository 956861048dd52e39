"""The Usulan page of the Sinkronisasi tab: every usulan with its pegawai, data, kind, summary,
status and age; Setujui (the ticked drafts), Batalkan, Buka (the form of a draf), the side
panel with the field changes; Kirim ke SISTER… (preview, then the blocking progress, then the
notice), and Periksa di SISTER for those whose answer never came.

Public coroutines (``refresh``, ``setujui``, ``batal``, ``buka``, ``start_kirim``,
``periksa``, ``offer_periksa``, ``prepare_quit``) are what the buttons spawn and tests await.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan import (
    APPROVABLE,
    SUCCEEDED,
    Usulan,
    UsulanHistoryEntry,
    UsulanStatus,
)
from sister_desktop.services.kirim_models import (
    KirimCannotStartError,
    KirimProgress,
    KirimResult,
)
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_number
from sister_desktop.texts.usulan_texts import status_label, transition_text
from sister_desktop.texts.write_block_texts import writes_off_reason
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.message_boxes import ask, inform
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.impor_riwayat_dialog import ImporRiwayatDialog, open_impor_riwayat
from sister_desktop.ui.usulan.kirim_preview_dialog import KirimPreviewDialog
from sister_desktop.ui.usulan.kirim_progress_dialog import KirimProgressDialog
from sister_desktop.ui.usulan.usulan_detail_panel import UsulanDetailPanel
from sister_desktop.ui.usulan.usulan_form_dialog import FormTarget, UsulanFormDialog
from sister_desktop.ui.usulan.usulan_names import usulan_names
from sister_desktop.ui.usulan.usulan_table_model import (
    SORT_ROLE,
    USULAN_ROLE,
    UsulanColumn,
    UsulanTableModel,
)

#: The side panel's usulan, its steps and the names of the ids its changes show.
_Shown = tuple[Usulan | None, list[UsulanHistoryEntry], dict[str, dict[str, str]]]
#: The filter's "waiting" choice: what is still the campus's to decide or send.
WAITING = (UsulanStatus.DRAF, UsulanStatus.DISETUJUI, UsulanStatus.GAGAL, UsulanStatus.PERLU_DICEK)


class UsulanPage(QWidget):
    #: A Kirim (or a Periksa) ended: its run id (the Log Kirim shows it).
    kirim_finished = Signal(str)
    #: A Kirim started or ended (the main window is blocked meanwhile).
    kirim_running_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usulan_page")
        self._context = context
        self.writes_enabled = False
        self.progress_dialog: KirimProgressDialog | None = None
        self.preview_dialog: KirimPreviewDialog | None = None
        self.form: UsulanFormDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_result: KirimResult | None = None
        self._kirim_task: asyncio.Task[object] | None = None

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("usulan_filter")
        self.filter_combo.addItem(self.tr("Waiting (draft, approved, to check)"), "waiting")
        self.filter_combo.addItem(self.tr("All"), "all")
        for status in UsulanStatus:
            self.filter_combo.addItem(status_label(status), status.value)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        self.setujui_button = QPushButton(self.tr("Approve"), self)
        self.setujui_button.setObjectName("setujui_button")
        self.setujui_button.setToolTip(self.tr("Approve the ticked drafts for sending"))
        self.setujui_button.clicked.connect(self._on_setujui_button_clicked)
        self.batal_button = QPushButton(self.tr("Withdraw", "the button"), self)
        self.batal_button.setObjectName("batal_button")
        self.batal_button.setToolTip(self.tr("Withdraw the ticked usulan (not yet sent)"))
        self.batal_button.clicked.connect(self._on_batal_button_clicked)
        self.buka_button = QPushButton(self.tr("Open…"), self)
        self.buka_button.setObjectName("buka_button")
        self.buka_button.setToolTip(self.tr("Open the selected draft in its form"))
        self.buka_button.clicked.connect(self._on_buka_button_clicked)
        self.impor_button = QPushButton(self.tr("Import records…"), self)
        self.impor_button.setObjectName("impor_button")
        self.impor_button.setToolTip(
            self.tr("Draft usulan from a spreadsheet (Download template for its columns)")
        )
        self.impor_button.clicked.connect(self._on_impor_button_clicked)
        #: The Impor riwayat dialog while it is open (tests reach it here).
        self.impor_dialog: ImporRiwayatDialog | None = None
        self.kirim_button = QPushButton(self.tr("Kirim ke SISTER…"), self)
        self.kirim_button.setObjectName("kirim_button")
        self.kirim_button.clicked.connect(self._on_kirim_button_clicked)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("usulan_counts")

        self.model = UsulanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = make_table(self, "usulan_table", self.proxy, editable=False, alternating=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UsulanColumn.TICK, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UsulanColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_buka_button_clicked)
        self.model.ticked_changed.connect(self._on_model_ticked_changed)
        self.detail = UsulanDetailPanel(self)
        self.detail.periksa_requested.connect(self._on_detail_periksa_requested)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])
        self.message = QLabel(self)
        self.message.setObjectName("usulan_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        # As wide as its longest choice: "Menunggu (draf, disetujui, perlu dicek)" reads whole.
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.counts_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter_combo)
        top.addWidget(self.counts_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.setujui_button)
        actions.addWidget(self.batal_button)
        actions.addWidget(self.buka_button)
        actions.addStretch(1)
        actions.addWidget(self.impor_button)
        actions.addWidget(self.kirim_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------------

    def _statuses(self) -> list[UsulanStatus] | None:
        chosen = self.filter_combo.currentData()
        if chosen == "all":
            return None
        if chosen == "waiting":
            return list(WAITING)
        return [UsulanStatus(chosen)]

    def choose_filter(self, key: str) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    async def refresh(self) -> None:
        """The usulan of the chosen filter, the counts and the switch."""
        service = self._context.usulan
        self.writes_enabled = await self._context.kirim.writes_enabled()
        found = await service.find(self._statuses())
        counts = await service.counts()
        # The row chosen now, not when the refresh began: one clicked while the list was
        # being read stays chosen (a refresh spawned at start-up dropped a row just picked).
        selected = self.selected_usulan()
        self.model.set_usulan(found)
        if selected is not None and selected.id is not None:
            self.select_usulan(selected.id)
        self.counts_label.setText(
            fill(
                self.tr("%1 draft · %2 approved · %3 to check"),
                format_number(counts.get(UsulanStatus.DRAF, 0)),
                format_number(counts.get(UsulanStatus.DISETUJUI, 0)),
                format_number(counts.get(UsulanStatus.PERLU_DICEK, 0)),
            )
        )
        await self._show_selected()
        self._update_buttons()

    def select_usulan(self, usulan_id: int) -> bool:
        row = self.model.row_of(usulan_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def selected_usulan(self) -> Usulan | None:
        rows = self.table.selectionModel().selectedRows()
        item = rows[0].data(USULAN_ROLE) if rows else None
        return item if isinstance(item, Usulan) else None

    async def _show_selected(self) -> None:
        self._show_detail(await self._selected_history())

    async def _selected_history(self) -> _Shown:
        item = self.selected_usulan()
        if item is None or item.id is None:
            return None, [], {}
        history = await self._context.usulan.history(item.id)
        names = await usulan_names(self._context, [item])
        return item, history, names.get(item.dataset, {})

    def _show_detail(self, shown: _Shown) -> None:
        item, history, names = shown
        if item is None:
            self.detail.show_usulan(None)
            return
        self.detail.show_usulan(item, self._context.usulan.changes(item), history, names=names)

    def _update_buttons(self) -> None:
        running = self.kirim_running
        ticked = self.model.ticked_keys()
        self.setujui_button.setEnabled(bool(ticked) and not running)
        self.batal_button.setEnabled(bool(ticked) and not running)
        item = self.selected_usulan()
        self.buka_button.setEnabled(item is not None and item.status in APPROVABLE)
        self.kirim_button.setEnabled(self.writes_enabled and not running)
        self.kirim_button.setToolTip(
            self.tr("Preview and send the approved usulan")
            if self.writes_enabled
            else writes_off_reason()
        )
        self.detail.periksa_button.setEnabled(self.writes_enabled and not running)
        self.detail.periksa_button.setToolTip(
            self.detail.periksa_button.toolTip() if self.writes_enabled else writes_off_reason()
        )

    # -- approving, withdrawing, opening -----------------------------------------------------------

    async def setujui(self) -> list[int]:
        ticked = sorted(self.model.ticked_keys())
        done = await self._context.usulan.setujui(ticked)
        self.message.setText(transition_text(len(done), len(ticked), "setujui"))
        self.model.clear_ticks()
        await self.refresh()
        return done

    async def batal(self) -> list[int]:
        ticked = sorted(self.model.ticked_keys())
        if not ticked:
            return []
        chosen = await ask(
            self.window(),
            name="batal_question",
            title=self.tr("Withdraw usulan"),
            text=fill(self.tr("Withdraw %1 usulan? They will not be sent."), str(len(ticked))),
            yes=self.tr("Withdraw"),
            no=QMessageBox.StandardButton.Cancel,
            shown=self._keep_message_box,
        )
        if not chosen:
            return []
        done = await self._context.usulan.batal(ticked)
        self.message.setText(transition_text(len(done), len(ticked), "batal"))
        self.model.clear_ticks()
        await self.refresh()
        return done

    async def buka(self) -> Usulan | None:
        """The selected draf in its form; saved, it stays a draf with the new values."""
        item = self.selected_usulan()
        family = write_family(item.dataset) if item is not None else None
        if item is None or family is None or item.status not in APPROVABLE:
            return None
        dialog = UsulanFormDialog(
            self._context,
            FormTarget(
                item.pegawai_id or 0,
                item.pegawai_nama or item.id_sdm,
                item.id_sdm,
                family,
                draf=item,
            ),
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = dialog
        try:
            await dialog.load()
            await dialog_result(dialog)
            saved = dialog.saved
        finally:
            self.form = None
        if saved is not None:
            await self.refresh()
        return saved

    # -- sending ---------------------------------------------------------------------------------

    @property
    def kirim_running(self) -> bool:
        return self._kirim_task is not None and not self._kirim_task.done()

    async def start_kirim(self) -> KirimResult | None:
        """Kirim ke SISTER…: the preview, then (accepted) the send behind the blocking
        progress dialog, then the notice. ``None`` when nothing was sent."""
        if self.kirim_running:
            return None
        kirim = self._context.kirim
        preview = await kirim.preview()
        connection = self._context.connection
        client = connection.client
        role = connection.state.role or (client.role if client is not None else None)
        dialog = KirimPreviewDialog(
            preview,
            role,
            self.window(),
            names=await usulan_names(self._context, [e.usulan for e in preview.items]),
        )
        self.preview_dialog = dialog
        try:
            accepted = await dialog_result(dialog) == KirimPreviewDialog.DialogCode.Accepted
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
        if not accepted or not preview.items:
            return None
        ids = [entry.usulan.id for entry in preview.items if entry.usulan.id is not None]
        return await self._run(lambda on: kirim.send(ids, on_progress=on))

    async def periksa(self) -> KirimResult | None:
        """Periksa di SISTER: look for each usulan whose answer never came."""
        if self.kirim_running:
            return None
        kirim = self._context.kirim
        return await self._run(lambda on: kirim.periksa(on_progress=on), periksa=True)

    async def _run(self, job: object, *, periksa: bool = False) -> KirimResult | None:
        assert callable(job)
        self._kirim_task = asyncio.current_task()  # type: ignore[assignment]
        progress = KirimProgressDialog(self.window())
        self.progress_dialog = progress
        progress.cancel_confirmed.connect(self._context.kirim.cancel)
        progress.start()
        self.kirim_running_changed.emit(True)
        self._update_buttons()
        result: KirimResult | None = None
        problem: str | None = None
        try:
            result = await job(self._on_progress)
        except KirimCannotStartError as exc:
            problem = self._cannot_start_text(exc)
        finally:
            if shiboken6.isValid(progress):
                progress.finish()
                progress.deleteLater()
            self.progress_dialog = None
            self._kirim_task = None
            self.kirim_running_changed.emit(False)
        if problem is not None:
            self.message.setText(problem)
            self.message_box = inform(
                self.window(),
                name="kirim_message_box",
                title=self.tr("Kirim ke SISTER"),
                text=problem,
                warning=True,
            )
            await self.refresh()
            return None
        assert result is not None
        self.last_result = result
        await self.refresh()
        self.kirim_finished.emit(result.run_id)
        self._notify(result, periksa=periksa)
        return result

    def _cannot_start_text(self, exc: KirimCannotStartError) -> str:
        if exc.code == ErrorCode.WRITES_OFF.value:
            return writes_off_reason()
        if exc.code == "locked":
            return fill(
                self.tr("Another SISTER job (a sync or a Kirim) is running%1. Try again later."),
                f" ({exc.detail})" if exc.detail else "",
            )
        explanation = error_explanation(exc.code, message=exc.detail)
        return f"{explanation.text} {explanation.hint}".strip()

    def _notify(self, result: KirimResult, *, periksa: bool = False) -> None:
        """The end notice: what a Kirim sent became, or what a Periksa (which sends nothing)
        found in SISTER."""
        succeeded = result.count(*SUCCEEDED)
        check = result.count(UsulanStatus.PERLU_DICEK, UsulanStatus.SENDING)
        if periksa:
            again = result.count(UsulanStatus.DISETUJUI)
            others = len(result.usulan) - succeeded - check - again
            text = fill(
                self.tr(
                    "%1 usulan checked in SISTER: %2 found there (applied or submitted), %3 "
                    "not there (approved again: send them with Kirim ke SISTER), %4 changed in "
                    "SISTER or refused, %5 still to check."
                ),
                format_number(len(result.usulan)),
                format_number(succeeded),
                format_number(again),
                format_number(others),
                format_number(check),
            )
            title = self.tr("Check in SISTER finished")
            stopped = self.tr("Stopped before the end: the rest stays to check.")
        else:
            others = len(result.usulan) - succeeded - check
            text = fill(
                self.tr(
                    "%1 usulan sent: %2 applied or submitted, %3 refused or not sent, %4 to check."
                ),
                format_number(len(result.usulan)),
                format_number(succeeded),
                format_number(others),
                format_number(check),
            )
            title = self.tr("Kirim ke SISTER finished")
            stopped = self.tr("Stopped before the end: the rest stays approved.")
        if result.cancelled:
            text += " " + stopped
        self.message.setText(text)
        self.message_box = inform(
            self.window(),
            name="kirim_done_box",
            title=title,
            text=text,
            informative=self.tr("Each usulan's outcome is in the Log Kirim."),
            warning=bool(others or check),
        )

    def _on_progress(self, progress: KirimProgress) -> None:
        if self.progress_dialog is not None and shiboken6.isValid(self.progress_dialog):
            self.progress_dialog.update_progress(progress)

    async def offer_periksa(self) -> KirimResult | None:
        """At start: usulan whose answer never came (a cut-off run) are offered for checking
        in SISTER, never sent again by themselves."""
        counts = await self._context.usulan.counts()
        waiting = counts.get(UsulanStatus.PERLU_DICEK, 0) + counts.get(UsulanStatus.SENDING, 0)
        if not waiting or self.kirim_running:
            return None
        chosen = await ask(
            self.window(),
            name="periksa_question",
            title=self.tr("Kirim cut off"),
            text=fill(
                self.tr("%1 usulan may have reached SISTER without an answer."),
                format_number(waiting),
            ),
            informative=self.tr(
                "They are not sent again by themselves. Look in SISTER now whether they "
                "arrived (Check in SISTER)?"
            ),
            yes=self.tr("Check in SISTER"),
            no=self.tr("Later"),
            shown=self._keep_message_box,
        )
        if chosen:
            return await self.periksa()
        # Later: the page keeps saying so until they are checked (never sent by themselves).
        self.message.setText(
            fill(
                self.tr(
                    "%1 usulan of a cut-off Kirim wait to be checked: select one and choose "
                    "Check in SISTER."
                ),
                format_number(waiting),
            )
        )
        return None

    async def prepare_quit(self) -> bool:
        """Closing the window while a Kirim runs: ask, and let it stop cleanly first."""
        task = self._kirim_task
        if task is None or task.done():
            return True
        chosen = await ask(
            self.window(),
            name="kirim_quit_question",
            icon=QMessageBox.Icon.Warning,
            title=self.tr("Sending to SISTER"),
            text=self.tr("Usulan are being sent to SISTER. Stop and close SISTER Desktop?"),
            informative=self.tr(
                "Usulan on the way finish and are recorded; the rest stay approved."
            ),
            yes=self.tr("Stop and close"),
            no=self.tr("Keep sending"),
            shown=self._keep_message_box,
        )
        if not chosen:
            return False
        if self.progress_dialog is not None:
            self.progress_dialog.confirm_stop_now()
        else:
            self._context.kirim.cancel()
        while self._kirim_task is not None and not self._kirim_task.done():
            await asyncio.sleep(0.05)
        return True

    def _keep_message_box(self, box: QMessageBox | None) -> None:
        self.message_box = box

    # -- slots -----------------------------------------------------------------------------------

    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self._context.tasks.spawn(self.refresh())

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()
        self._context.tasks.spawn_latest(
            ("usulan_detail", id(self)), self._selected_history(), self._show_detail
        )

    def _on_model_ticked_changed(self, _count: int) -> None:
        self._update_buttons()

    def _on_setujui_button_clicked(self) -> None:
        self._context.tasks.spawn(self.setujui())

    def _on_batal_button_clicked(self) -> None:
        self._context.tasks.spawn(self.batal())

    def _on_buka_button_clicked(self, *_args: object) -> None:
        self._context.tasks.spawn(self.buka())

    async def impor(self) -> None:
        """Impor riwayat…: the dialog; what it drafted shows in the list afterwards."""
        await open_impor_riwayat(self._context, self.window(), shown=self._keep_impor_dialog)
        await self.refresh()

    def _keep_impor_dialog(self, dialog: ImporRiwayatDialog | None) -> None:
        self.impor_dialog = dialog

    def _on_impor_button_clicked(self) -> None:
        self._context.tasks.spawn(self.impor())

    def _on_kirim_button_clicked(self) -> None:
        self._context.tasks.spawn(self.start_kirim())

    def _on_detail_periksa_requested(self) -> None:
        self._context.tasks.spawn(self.periksa())
