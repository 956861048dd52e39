"""Mulai Sinkronisasi: which pegawai the next run pulls (all, failed only, ticked), one full
run, what that run pulls and costs, the start and resume buttons, the last run's summary.

Every run started here pulls the data chosen in Pengaturan (``SettingsService.sync_scope``);
*Sinkronisasi penuh* adds every detail again for one run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import SyncMode, SyncRun
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.resource_files import palette
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.ui_context import UiContext


class SyncStartBox(QGroupBox):
    """The start of a run: whom, how much, at what cost."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start sync"), parent)
        self._context = context
        self._plan_key = f"run-plan-{id(self)}"
        self._ticked: Callable[[], Iterable[int]] = lambda: ()
        #: The last estimate shown in ``plan_label``.
        self.plan_estimate: SyncEstimate | None = None
        self._running = False
        self._build_scope()
        self._build_buttons()
        self._build_labels()
        self._lay_out()

    def _build_scope(self) -> None:
        self.all_radio = self._radio(self.tr("All linked pegawai"), "sync_all_radio")
        self.failed_radio = self._radio(
            self.tr("Only those whose last sync failed"), "sync_failed_radio"
        )
        self.ticked_radio = self._radio(
            self.tr("Pegawai ticked in the Pegawai tab"), "sync_ticked_radio"
        )
        self.all_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in self.radios:
            self.scope_group.addButton(button)
        self.scope_group.buttonToggled.connect(self._on_scope_group_button_toggled)
        self.full_check = QCheckBox(self.tr("Full sync (all details again)"), self)
        self.full_check.setObjectName("sync_full_check")
        self.full_check.setToolTip(texts.full_sync_hint())
        self.full_check.toggled.connect(self._on_full_check_toggled)

    def _radio(self, text: str, name: str) -> QRadioButton:
        radio = QRadioButton(text, self)
        radio.setObjectName(name)
        return radio

    @property
    def radios(self) -> tuple[QRadioButton, ...]:
        return (self.all_radio, self.failed_radio, self.ticked_radio)

    def _build_buttons(self) -> None:
        self.start_button = QPushButton(self.tr("Start sync"), self)
        self.start_button.setObjectName("sync_start_button")
        self.start_button.setDefault(True)
        self.resume_button = QPushButton(self.tr("Resume the interrupted run"), self)
        self.resume_button.setObjectName("sync_resume_button")
        self.resume_button.setEnabled(False)

    def _build_labels(self) -> None:
        #: What the next run pulls and what it costs (the data chosen in Pengaturan).
        self.plan_label = self._label("sync_plan_label", palette().quiet)
        #: Tonight's scheduled run: its cost, the oldest data, the last night's result.
        self.night_label = self._label("sync_night_label", palette().quiet)
        self.summary_label = self._label("sync_summary_label", None)
        self.summary_label.setText(self.tr("No sync has been run yet."))
        self.notice_label = self._label("sync_notice_label", palette().error)
        self.notice_label.hide()

    def _label(self, name: str, colour: str | None) -> QLabel:
        label = plain_label(QLabel(self))  # the notice quotes SISTER's and the database's words
        label.setObjectName(name)
        label.setWordWrap(True)
        if colour is not None:
            label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        return label

    def _lay_out(self) -> None:
        scope = QVBoxLayout()
        for button in self.radios:
            scope.addWidget(button)
        scope.addWidget(self.full_check)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(scope, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for label in (self.plan_label, self.night_label, self.summary_label, self.notice_label):
            layout.addWidget(label)

    # -- what the page tells it ----------------------------------------------------------------

    def set_ticked_source(self, ticked: Callable[[], Iterable[int]]) -> None:
        """Where "ticked pegawai" come from (the Pegawai tab's ``ticked_ids``)."""
        self._ticked = ticked

    def show_last_run(self, last: SyncRun | None) -> None:
        self.summary_label.setText(
            fill(self.tr("Last sync: %1"), texts.run_summary_text(last))
            if last
            else self.tr("No sync has been run yet.")
        )

    def show_resumable(self, resumable: SyncRun | None) -> None:
        """Lanjutkan yang terputus is offered for ``resumable`` (none: disabled)."""
        self.resume_button.setEnabled(resumable is not None)
        self.resume_button.setToolTip(
            texts.run_summary_text(resumable) if resumable is not None else ""
        )

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.show()

    def hide_notice(self) -> None:
        self.notice_label.hide()

    def set_running(self, running: bool) -> None:
        self._running = running
        self._update_start()
        if running:
            self.resume_button.setEnabled(False)

    def _update_start(self) -> None:
        """Mulai is offered when no run is on and the chosen run has someone to pull (the
        plan line says why not)."""
        nobody = self.plan_estimate is not None and self.plan_estimate.pegawai == 0
        self.start_button.setEnabled(not self._running and not nobody)

    def full_run_started(self) -> None:
        """One full run, then incremental again."""
        self.full_check.setChecked(False)

    # -- what a run pulls and costs ----------------------------------------------------------

    async def current_request(self) -> SyncRequest:
        """The run Mulai Sinkronisasi starts: the chosen pegawai, the data chosen in
        Pengaturan, and every detail again when Sinkronisasi penuh is ticked."""
        service = self._context.sync
        full = self.full_check.isChecked()
        if self.failed_radio.isChecked():
            return await service.request(SyncMode.FAILED, full=full)
        if self.ticked_radio.isChecked():
            return await service.request(SyncMode.SELECTED, self._ticked(), full=full)
        return await service.request(SyncMode.ALL, full=full)

    async def estimate(self, request: SyncRequest) -> SyncEstimate:
        """What ``request`` costs at the configured rate (the saved web-service settings);
        a first run whose sample was pulled but not yet run reuses the sample's answers."""
        settings = await self._context.settings.effective()
        request = self._context.sync.with_last_sample(request)
        return await self._context.sync.estimate(request, settings.max_rps)

    async def update_night(self, last_night: SyncRun | None) -> None:
        """Say what tonight's scheduled run costs and how old the oldest data is, and how the
        last scheduled run went (it ran while the window was closed: this is where the
        operator hears of it, failures included)."""
        settings = await self._context.settings.effective()
        plan = await self._context.sync.tonight(settings.max_rps)
        text = texts.tonight_text(plan.estimate, plan.oldest, datetime.now(UTC))
        if last_night is not None:
            text += "\n" + texts.last_scheduled_text(last_night)
        self.night_label.setText(text)

    async def update_plan(self) -> bool:
        """Say beside Mulai what the chosen run pulls and costs; ``False`` when a later
        update won."""
        return await self._context.tasks.run_latest(self._plan_key, self._plan(), self._show_plan)

    def schedule_plan(self) -> None:
        """Update the plan line soon (the saved data choice or the ticked pegawai changed)."""
        self._context.tasks.spawn_latest(self._plan_key, self._plan(), self._show_plan)

    async def _plan(self) -> tuple[SyncRequest, SyncEstimate]:
        request = await self.current_request()
        return request, await self.estimate(request)

    def _show_plan(self, plan: tuple[SyncRequest, SyncEstimate]) -> None:
        request, estimate = plan
        self.plan_estimate = estimate
        if estimate.pegawai == 0 and request.mode is SyncMode.SELECTED:
            self.plan_label.setText(self.tr("Tick pegawai in the Pegawai tab first."))
        elif estimate.pegawai == 0 and request.mode is SyncMode.FAILED:
            self.plan_label.setText(texts.nothing_failed_text())
        elif estimate.pegawai == 0:
            self.plan_label.setText(texts.nobody_linked_text())
        else:
            self.plan_label.setText(texts.plan_text(request, estimate))
        self._update_start()

    # -- slots -------------------------------------------------------------------------------

    def _on_scope_group_button_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.schedule_plan()

    def _on_full_check_toggled(self, _checked: bool) -> None:
        self.schedule_plan()
