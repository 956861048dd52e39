"""Asks for the SISTER password once per run when this computer has no password store."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordPromptDialog(QDialog):
    """Open with ``dialog_result``; read ``password()`` after it is accepted."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_prompt_dialog")
        self.setWindowTitle(self.tr("SISTER password"))
        text = QLabel(
            self.tr(
                "This computer has no password store, so the SISTER password is not kept "
                "between runs. Enter the password of %1 for this session."
            ).replace("%1", username),
            self,
        )
        text.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("prompt_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password_edit)
        layout.addWidget(buttons)

    def password(self) -> str:
        return self.password_edit.text()
