"""The switch of Kirim ke SISTER in Pengaturan: writes to SISTER are off until the operator
switches them on for this database. Switching on asks once, saying what a write means with
the account's role (Basic: an ajuan SISTER verifies; Pro: applied at once)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from sister_desktop.services.connection import ConnectionState
from sister_desktop.texts.usulan_texts import role_meaning
from sister_desktop.ui.common.message_boxes import ask
from sister_desktop.ui.common.ui_context import UiContext


class KirimSwitchBox(QGroupBox):
    """``await load()`` shows the saved switch; ``await set_enabled(on)`` is what a tick does."""

    #: The switch was saved: writes are now on (True) or off.
    writes_changed = Signal(bool)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kirim ke SISTER"), parent)
        self.setObjectName("kirim_switch_box")
        self._context = context
        self._loading = False
        #: The question open now (tests answer it here).
        self.question: QMessageBox | None = None
        self.check = QCheckBox(self.tr("Allow sending approved usulan to SISTER"), self)
        self.check.setObjectName("kirim_switch_check")
        self.note = QLabel(self)
        self.note.setObjectName("kirim_switch_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.check)
        layout.addWidget(self.note)
        self.check.toggled.connect(self._on_check_toggled)
        # The role is known once Cek Service (or the first login) has run: say its meaning.
        self._unsubscribe = context.connection.subscribe(self._on_connection_state)
        self.destroyed.connect(lambda: self._unsubscribe())

    def _role(self) -> str | None:
        connection = self._context.connection
        client = connection.client
        return connection.state.role or (client.role if client is not None else None)

    async def load(self) -> None:
        enabled = await self._context.kirim.writes_enabled()
        self._loading = True
        try:
            self.check.setChecked(enabled)
        finally:
            self._loading = False
        self._show_note(enabled)

    def _show_note(self, enabled: bool) -> None:
        if enabled:
            self.note.setText(self.tr("On for this database.") + " " + role_meaning(self._role()))
        else:
            self.note.setText(
                self.tr(
                    "Off: usulan can be made and approved, but nothing is sent to SISTER. "
                    "Saved per database."
                )
            )

    async def set_enabled(self, enabled: bool) -> bool:
        """Save the switch (switching on asks first); whether it is on now."""
        if enabled:
            chosen = await ask(
                self.window(),
                name="kirim_switch_question",
                title=self.tr("Allow sending to SISTER"),
                text=self.tr("Allow this database to send approved usulan to SISTER?"),
                informative=role_meaning(self._role())
                + "\n\n"
                + self.tr(
                    "Each usulan is sent only after it is approved and shown in the preview, "
                    "and at most once."
                ),
                yes=self.tr("Allow"),
                no=QMessageBox.StandardButton.Cancel,
                shown=self._keep_question,
            )
            if not chosen:
                await self.load()
                return False
        await self._context.kirim.set_writes_enabled(enabled)
        self._show_note(enabled)
        self.writes_changed.emit(enabled)
        return enabled

    def _keep_question(self, box: QMessageBox | None) -> None:
        self.question = box

    def _on_connection_state(self, _state: ConnectionState) -> None:
        self._show_note(self.check.isChecked())

    def _on_check_toggled(self, checked: bool) -> None:
        if not self._loading:
            self._context.tasks.spawn(self.set_enabled(checked))
