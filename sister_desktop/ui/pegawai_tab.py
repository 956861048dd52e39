"""The Pegawai tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sister_desktop.ui.ui_context import UiContext


class PegawaiTab(QWidget):
    """Will hold the campus employee list, import, and linking to SISTER."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("pegawai_tab")
        label = QLabel(
            self.tr("This tab will hold the campus employee list, import, and linking to SISTER."),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
