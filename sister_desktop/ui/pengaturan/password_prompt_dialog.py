"""Asks for the SISTER password once per run when this computer has no password store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordPromptDialog(QDialog):
    """Open with ``dialog_result``; read ``password()`` after it is accepted.

    The username has a row of its own: SISTER usernames are long random strings that would
    break a sentence in odd places.
    """

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_prompt_dialog")
        self.setWindowTitle(self.tr("SISTER password"))
        self.setMinimumWidth(460)
        text = QLabel(
            self.tr(
                "This computer has no password store, so the SISTER password is not kept "
                "between runs. Enter it once for this session."
            ),
            self,
        )
        text.setObjectName("prompt_text")
        text.setWordWrap(True)
        self.username_label = QLabel(username, self)
        self.username_label.setObjectName("prompt_username")
        self.username_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("prompt_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username_label)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()
