"""The Pengaturan tab: web-service settings, Simpan, Cek Service, the Panduan and the data a
sync pulls (Data yang disinkronkan)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.diagnosis_steps import StepId, StepResult, StepStatus
from sister_desktop.domain.ws_settings import (
    MAX_INFLIGHT,
    MAX_RPS,
    MIN_INFLIGHT,
    MIN_RPS,
    PRESET_URLS,
    FieldProblem,
    ProblemCode,
    SettingsField,
    UrlChoice,
    WsSettings,
    validate,
)
from sister_desktop.resource_files import palette
from sister_desktop.services.connection import ConnectionState
from sister_desktop.services.diagnosis import DiagnosisReport
from sister_desktop.texts.error_texts import field_problem_text
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.pengaturan.diagnosis_step_list import DiagnosisStepList
from sister_desktop.ui.pengaturan.kirim_switch_box import KirimSwitchBox
from sister_desktop.ui.pengaturan.language_box import LanguageBox
from sister_desktop.ui.pengaturan.nightly_box import NightlyBox
from sister_desktop.ui.pengaturan.panduan_panel import PanduanPanel, PanduanStep
from sister_desktop.ui.pengaturan.password_prompt_dialog import PasswordPromptDialog
from sister_desktop.ui.pengaturan.sync_scope_box import SyncScopeBox

log = logging.getLogger(__name__)

_ERROR_STYLE = f"QLineEdit, QComboBox, QAbstractSpinBox {{ border: 1px solid {palette().error}; }}"


class PengaturanTab(QWidget):
    """Fills the form from the saved settings, validates before saving, runs Cek Service."""

    #: Connected or not, and the PT name; the main window shows it in the status bar.
    connection_changed = Signal(bool, str)
    settings_saved = Signal()
    check_finished = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._asked_password = False
        self.setObjectName("settings_tab")

        form = self._build_form()
        settings_box = self._build_settings_box(form)
        self.step_list = DiagnosisStepList(self)
        diagnosis_box = QGroupBox(self.tr("Cek Service"), self)
        QVBoxLayout(diagnosis_box).addWidget(self.step_list)
        self.language_box = LanguageBox(context.language, context.tasks, self)
        self.panduan = PanduanPanel(self)
        self.panduan.step_ticked.connect(self._on_panduan_step_ticked)
        self.sync_scope_box = SyncScopeBox(context, self.rps_spin.value, self)
        self.nightly_box = NightlyBox(context, self.rps_spin.value, self)
        self.kirim_switch_box = KirimSwitchBox(context, self)
        layout = QHBoxLayout(self)
        layout.addWidget(self._column(settings_box, diagnosis_box, self.language_box), 3)
        layout.addWidget(
            self._column(
                self.panduan, self.sync_scope_box, self.nightly_box, self.kirim_switch_box
            ),
            2,
        )
        self._field_widgets: dict[SettingsField, QWidget] = {
            SettingsField.URL: self.url_edit,
            SettingsField.ID_PENGGUNA: self.id_pengguna_edit,
            SettingsField.USERNAME: self.username_edit,
            SettingsField.PASSWORD: self.password_edit,
            SettingsField.PROXY: self.proxy_edit,
            SettingsField.MAX_RPS: self.rps_spin,
            SettingsField.MAX_INFLIGHT: self.inflight_spin,
        }
        for widget in self._field_widgets.values():
            # A red frame (a wrong field) draws without the platform's margins: without a
            # fixed height every field marked would lift Simpan and Cek Service a little.
            widget.setFixedHeight(widget.sizeHint().height())
        self.url_combo.currentIndexChanged.connect(self._on_url_combo_current_index_changed)
        self.set_form(WsSettings())
        self._checked = False
        # The status line speaks of the fields' problems (it goes when they are fixed).
        self._status_is_problem = False
        self._follow_edits()
        context.connection.subscribe(self._on_connection_state)

    def _build_form(self) -> QFormLayout:
        """The web-service fields, as SISTER's Sandbox page names them."""
        self.url_combo = QComboBox(self)
        self.url_combo.setObjectName("url_combo")
        self.url_combo.addItem(self.tr("Production"), UrlChoice.PRODUCTION.value)
        self.url_combo.addItem(self.tr("Sandbox"), UrlChoice.SANDBOX.value)
        self.url_combo.addItem(self.tr("Older kemdikbud host"), UrlChoice.KEMDIKBUD.value)
        self.url_combo.addItem(self.tr("Custom"), UrlChoice.CUSTOM.value)
        self.url_edit = self._line_edit("url_edit")
        self.id_pengguna_edit = self._line_edit("id_pengguna_edit")
        self.id_pengguna_edit.setPlaceholderText("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        self.username_edit = self._line_edit("username_edit")
        password_row = self._build_password()
        self.proxy_edit = self._line_edit("proxy_edit")
        self.proxy_edit.setPlaceholderText(self.tr("optional, e.g. http://proxy.kampus.ac.id:3128"))
        self.rps_spin = QDoubleSpinBox(self)
        self.rps_spin.setObjectName("rps_spin")
        self.rps_spin.setRange(MIN_RPS, MAX_RPS)
        self.rps_spin.setDecimals(1)
        self.rps_spin.setSingleStep(0.5)
        self.inflight_spin = QSpinBox(self)
        self.inflight_spin.setObjectName("inflight_spin")
        self.inflight_spin.setRange(MIN_INFLIGHT, MAX_INFLIGHT)
        form = QFormLayout()
        form.addRow(self.tr("URL Webservice"), self.url_combo)
        form.addRow("", self.url_edit)
        form.addRow(self.tr("ID Pengguna"), self.id_pengguna_edit)
        form.addRow(self.tr("Username"), self.username_edit)
        form.addRow(self.tr("Password"), password_row)
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Proxy"), self.proxy_edit)
        form.addRow(self.tr("Requests per second"), self.rps_spin)
        form.addRow(self.tr("Requests at once"), self.inflight_spin)
        return form

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _build_password(self) -> QHBoxLayout:
        """The password with Show, Remember password and the note for a computer without a
        password store; returns the password's row."""
        self.password_edit = self._line_edit("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password_button = QPushButton(self.tr("Show"), self)
        self.show_password_button.setObjectName("show_password_button")
        self.show_password_button.setCheckable(True)
        self.show_password_button.toggled.connect(self._on_show_password_button_toggled)
        self.remember_check = QCheckBox(self.tr("Remember password"), self)
        self.remember_check.setObjectName("remember_check")
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(f"QLabel {{ color: {palette().warning}; }}")
        self.keyring_note.setText(
            self.tr(
                "This computer has no password store: the password is kept only until the "
                "program closes, and asked once next time."
            )
        )
        self.keyring_note.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.show_password_button)
        return row

    def _build_settings_box(self, form: QFormLayout) -> QGroupBox:
        """The form with the demo note above it, Simpan and Cek Service below, then its
        problems and the status."""
        self.demo_note = QLabel(
            self.tr(
                "Demo mode: these settings point at the built-in SISTER sandbox on this "
                "computer. No network is needed."
            ),
            self,
        )
        self.demo_note.setObjectName("demo_note")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet(
            f"QLabel {{ background: {palette().different_background}; "
            f"color: {palette().different_text}; padding: 4px; }}"
        )
        self.demo_note.setVisible(self._context.demo)
        self.problems_label = plain_label(QLabel(self))
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.problems_label.setVisible(False)
        self.status_label = plain_label(QLabel(self))
        self.status_label.setObjectName("settings_status_label")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.check_button = QPushButton(self.tr("Cek Service"), self)
        self.check_button.setObjectName("check_button")
        self.check_button.clicked.connect(self._on_check_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("SISTER web service"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.demo_note)
        box_layout.addLayout(form)
        # The problems appear under the buttons: Simpan and Cek Service stay where they were.
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.problems_label)
        box_layout.addWidget(self.status_label)
        return box

    def _column(self, *boxes: QWidget) -> QScrollArea:
        """``boxes`` one under the other, scrolling when the window is low."""
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        for box in boxes:
            column_layout.addWidget(box)
        column_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        return scroll

    def _follow_edits(self) -> None:
        """An edit makes the last Cek Service stale; the rate moves the scope's estimate."""
        for edit in (
            self.url_edit,
            self.id_pengguna_edit,
            self.username_edit,
            self.password_edit,
            self.proxy_edit,
        ):
            edit.textEdited.connect(self._on_form_edited)
        self.url_combo.activated.connect(self._on_form_edited)
        self.rps_spin.valueChanged.connect(self._on_form_edited)
        # The estimate of Data yang disinkronkan is at the rate in the form.
        self.rps_spin.valueChanged.connect(self.sync_scope_box.schedule_estimate)
        self.inflight_spin.valueChanged.connect(self._on_form_edited)

    # -- form <-> settings -------------------------------------------------------------------

    def set_form(self, settings: WsSettings, password: str | None = None) -> None:
        index = self.url_combo.findData(settings.url_choice.value)
        self.url_combo.setCurrentIndex(max(index, 0))
        self.url_edit.setText(settings.url)
        self._on_url_combo_current_index_changed()
        self.id_pengguna_edit.setText(settings.id_pengguna)
        self.username_edit.setText(settings.username)
        self.password_edit.setText(password or "")
        self.remember_check.setChecked(settings.remember_password)
        self.proxy_edit.setText(settings.proxy)
        self.rps_spin.setValue(settings.max_rps)
        self.inflight_spin.setValue(settings.max_inflight)

    def form_settings(self) -> WsSettings:
        choice = UrlChoice(self.url_combo.currentData())
        return WsSettings(
            url_choice=choice,
            custom_url=self.url_edit.text() if choice is UrlChoice.CUSTOM else "",
            id_pengguna=self.id_pengguna_edit.text(),
            username=self.username_edit.text(),
            proxy=self.proxy_edit.text(),
            max_rps=self.rps_spin.value(),
            max_inflight=self.inflight_spin.value(),
            remember_password=self.remember_check.isChecked(),
            demo=self._context.demo,
        ).normalised()

    def _on_url_combo_current_index_changed(self) -> None:
        choice = UrlChoice(self.url_combo.currentData())
        custom = choice is UrlChoice.CUSTOM
        self.url_edit.setReadOnly(not custom)
        if not custom:
            self.url_edit.setText(PRESET_URLS[choice])
        self.url_edit.setPlaceholderText("https://…/ws.php/1.0" if custom else "")

    def _on_show_password_button_toggled(self, shown: bool) -> None:
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_password_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _on_form_edited(self, *_args: object) -> None:
        """A field changed: the red marks follow what is wrong now, and the results of the
        last Cek Service no longer describe the form, so they go."""
        if self.problems_label.isVisible():
            problems = validate(self.form_settings(), self.password_edit.text())
            self.show_problems(problems, focus=False)
            if not problems and self._status_is_problem:
                # "Cek Service needs every field filled in" no longer holds.
                self._status_is_problem = False
                self.status_label.setText(self.tr("The fields are complete: press Cek Service."))
        if self._checked:
            self._checked = False
            self.step_list.reset()
            self.status_label.setText(self.tr("The settings changed: press Cek Service again."))

    def show_problems(self, problems: list[FieldProblem], *, focus: bool = True) -> None:
        """Mark each wrong field and list what is wrong with it."""
        wrong = {problem.field for problem in problems}
        for field, widget in self._field_widgets.items():
            widget.setStyleSheet(_ERROR_STYLE if field in wrong else "")
        self.problems_label.setText("\n".join(field_problem_text(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        if problems and focus:
            self._field_widgets[problems[0].field].setFocus()

    # -- loading -----------------------------------------------------------------------------

    async def load(self) -> None:
        """Fill the form from saved settings (or the demo sandbox) and tick the Panduan."""
        await self.language_box.load()
        service = self._context.settings
        settings = await service.load()
        password = await service.password(settings)
        self.set_form(settings, password)
        await self.sync_scope_box.load()  # after the form: its estimate is at the form's rate
        await self.nightly_box.load()
        await self.kirim_switch_box.load()
        no_store = not service.keyring_available and not service.demo
        self.keyring_note.setVisible(no_store)
        if no_store:
            # Nothing to remember it in: not offered, and never shown ticked.
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
        saved = await service.saved()
        self.panduan.set_done(PanduanStep.CREDENTIALS, saved and bool(password))
        self.panduan.set_done(PanduanStep.SISTER_SYNC, await service.sister_sync_done())
        await self.refresh_sync_step()
        if saved and not password and not service.keyring_available and not self._asked_password:
            self._context.tasks.spawn(self.ask_password_once(), name="ask-password")

    async def ask_password_once(self) -> bool:
        """No keyring: ask for the password once this run and keep it in memory."""
        service = self._context.settings
        if self._asked_password:
            return False
        self._asked_password = True
        settings = self.form_settings()
        dialog = PasswordPromptDialog(settings.username, self)
        try:
            accepted = await dialog_result(dialog) == PasswordPromptDialog.DialogCode.Accepted
            password = dialog.password()
        finally:
            dialog.deleteLater()
        if not accepted or not password:
            return False
        await service.remember_for_run(settings, password)
        self.password_edit.setText(password)
        self.panduan.set_done(PanduanStep.CREDENTIALS, True)
        return True

    # -- Simpan ------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        self._context.tasks.spawn(self.save(), name="save-settings")

    async def save(self) -> bool:
        """Validate and save; say which field is wrong otherwise. Returns whether it saved.

        A changed Data yang disinkronkan is saved too: the operator pressed Simpan on the tab,
        and the choice does not depend on the web-service fields being right."""
        service = self._context.settings
        await self.sync_scope_box.save()
        settings = self.form_settings()
        password = self.password_edit.text()
        self.save_button.setEnabled(False)
        try:
            problems = await service.save(settings, password)
            self.show_problems(problems)
            if problems:
                self.status_label.setText(self.tr("Not saved: correct the fields marked in red."))
                return False
            await self._context.connection.apply_settings()
        finally:
            self.save_button.setEnabled(True)
        if not service.keyring_available and not service.demo:
            self.status_label.setText(
                self.tr("Saved. The password is kept until the program closes (no keyring).")
            )
        else:
            self.status_label.setText(self.tr("Saved."))
        self.panduan.set_done(PanduanStep.CREDENTIALS, True)
        self.settings_saved.emit()
        return True

    # -- Cek Service -------------------------------------------------------------------------

    async def check_if_ready(self) -> DiagnosisReport | None:
        """At start-up: run Cek Service quietly when saved settings (or the demo) are complete.

        The SISTER actions on the other tabs appear only once connected, so an operator who
        set up yesterday should not have to press Cek Service every morning. Incomplete settings
        are left alone (no red fields before the operator has typed anything).
        """
        service = self._context.settings
        if not (service.demo or await service.saved()):
            return None
        if validate(self.form_settings(), self.password_edit.text()):
            return None
        return await self.check_service()

    def _on_check_button_clicked(self) -> None:
        self._context.tasks.spawn(self.check_service(), name="cek-service")

    async def check_service(self) -> DiagnosisReport | None:
        """Diagnose the values in the form (saved or not) and show every step."""
        settings = self.form_settings()
        password = self.password_edit.text()
        problems = validate(settings, password)
        self.show_problems(problems)
        if problems:
            self.step_list.reset()
            self._checked = False
            if all(p.code is ProblemCode.REQUIRED for p in problems):
                self.status_label.setText(self.tr("Cek Service needs every field filled in."))
            else:
                self.status_label.setText(
                    self.tr("Cek Service cannot start: correct the fields marked in red.")
                )
            self._status_is_problem = True
            return None
        self._status_is_problem = False
        connection = self._context.connection
        self.check_button.setEnabled(False)
        self.step_list.reset()
        self.status_label.setText(self.tr("Checking the connection to SISTER…"))
        try:
            # Only the saved settings are the program's connection: trying other values
            # must not mark the working connection as lost in the status bar.
            publish = await self._form_is_saved(settings, password)
            report = await connection.check(
                settings, password, on_step=self._on_step, publish=publish
            )
        finally:
            self.check_button.setEnabled(True)
        self._checked = True
        self._tick_panduan(report)
        if report.connected:
            self.status_label.setText(
                fill(self.tr("Connected to SISTER: %1"), report.pt_name or "")
            )
        else:
            self.status_label.setText(self.tr("Not connected: see the step marked with a cross."))
        self.check_finished.emit(report.connected)
        return report

    async def _form_is_saved(self, settings: WsSettings, password: str) -> bool:
        """The form holds the saved settings (or nothing was saved yet)."""
        service = self._context.settings
        if service is None or not await service.saved():
            return True
        saved = (await service.load()).normalised()
        return saved == settings and (await service.password(saved) or "") == password

    def _on_step(self, result: StepResult) -> None:
        self.step_list.show_step(result)

    def _tick_panduan(self, report: DiagnosisReport) -> None:
        # SISTER's own manual sync is not among them: a working connection does not tell
        # whether it was run; the operator ticks it.
        role = report.step(StepId.ROLE)
        self.panduan.set_done(
            PanduanStep.ACCOUNT, role is not None and role.status is StepStatus.OK
        )
        self.panduan.set_done(PanduanStep.CEK_SERVICE, report.connected)

    async def refresh_sync_step(self) -> None:
        """Panduan step 6: done once a Sinkronisasi pulled at least one pegawai."""
        runs = await self._context.sync.runs()
        self.panduan.set_done(PanduanStep.SYNC, any(run.ok for run in runs))

    def _on_panduan_step_ticked(self, step: PanduanStep, done: bool) -> None:
        if step is PanduanStep.SISTER_SYNC:
            self._context.tasks.spawn(self._context.settings.set_sister_sync_done(done))

    def _on_connection_state(self, state: ConnectionState) -> None:
        self.connection_changed.emit(state.connected, state.pt_name or "")

    def set_linking_done(self, done: bool) -> None:
        """The Pegawai tab reports whether any pegawai is Terhubung Sister (Panduan step 5)."""
        self.panduan.set_done(PanduanStep.LINKING, done)
