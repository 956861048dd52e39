"""What the Pegawai tab shows while the campus list is empty (the first start): how to fill it,
with the buttons that do it — import a file, add one pegawai, or try the demo first."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that start SISTER Desktop in demo mode, installed or frozen.

    Demo mode keeps its own database and its own built-in SISTER, so a second window in demo
    mode never touches the campus data of this one.
    """
    if getattr(sys, "frozen", False):
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "sister_desktop", "--demo"]


class PegawaiEmptyState(QWidget):
    """The hint and its three ways forward; the tab connects the first two."""

    import_requested = Signal()
    add_requested = Signal()

    def __init__(self, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pegawai_empty_state")
        title = QLabel("<h3>" + self.tr("No pegawai yet") + "</h3>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Start with the campus list: import the HR office's spreadsheet (XLSX or CSV, "
                "one row per pegawai), or add pegawai one by one. To link them to SISTER, "
                "first connect in the Settings tab (Cek Service): the SISTER button then "
                "appears in the toolbar above."
            ),
            self,
        )
        text.setObjectName("pegawai_empty_text")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(560)
        self.import_button = QPushButton(self.tr("Impor…"), self)
        self.import_button.setObjectName("empty_import_button")
        self.add_button = QPushButton(self.tr("Add pegawai"), self)
        self.add_button.setObjectName("empty_add_button")
        self.demo_button = QPushButton(self.tr("Try the demo"), self)
        self.demo_button.setObjectName("empty_demo_button")
        self.demo_button.setToolTip(
            self.tr(
                "Opens a second window with made-up pegawai and a built-in SISTER; "
                "nothing here is changed."
            )
        )
        self.demo_button.setVisible(not demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.add_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        # In a row of its own (not aligned in the column): the wrapped text gets its height.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addLayout(buttons)
        layout.addStretch(2)

        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)

    def _on_demo_button_clicked(self) -> None:
        program, arguments = demo_command()
        QProcess.startDetached(program, arguments)
