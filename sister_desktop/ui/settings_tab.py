"""The Pengaturan tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sister_desktop.ui.ui_context import UiContext


class SettingsTab(QWidget):
    """Will hold the web-service settings (ID Pengguna, username, password, URL) and Cek Service."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("settings_tab")
        label = QLabel(
            self.tr(
                "This tab will hold the web-service settings (ID Pengguna, username, password, URL)"
                " and Cek Service."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
