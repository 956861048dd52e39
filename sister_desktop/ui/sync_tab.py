"""The Sinkronisasi tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sister_desktop.ui.ui_context import UiContext


class SyncTab(QWidget):
    """Will hold starting a sync from SISTER and the Log Sinkronisasi."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("sync_tab")
        label = QLabel(
            self.tr("This tab will hold starting a sync from SISTER and the Log Sinkronisasi."),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
