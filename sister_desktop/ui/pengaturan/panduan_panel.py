"""Panduan: the setup steps a new operator walks through, each ticked once the program can
tell it is done."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QStyle, QWidget


class PanduanStep(IntEnum):
    ACCOUNT = 0  # Developer + Sister-WS Basic account exists (login works, role is Sister-WS)
    SISTER_SYNC = 1  # SISTER holds the PT's data (its own manual sync was done)
    CREDENTIALS = 2  # the Sandbox page's three values are saved here
    CEK_SERVICE = 3  # Cek Service succeeded
    LINKING = 4  # at least one pegawai is Terhubung Sister


class PanduanPanel(QGroupBox):
    """Numbered steps with a tick when done; the text says where to click in SISTER."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Panduan: setting up the connection"), parent)
        self.setObjectName("panduan_panel")
        texts = {
            PanduanStep.ACCOUNT: self.tr(
                "Ask the Admin PT to create a SISTER web-service user in the ministry's access "
                "management with the role Developer + Sister-WS Basic (one role, not "
                "multi-role)."
            ),
            PanduanStep.SISTER_SYNC: self.tr(
                "In SISTER, run its own manual sync (Sinkronisasi) so SISTER holds your "
                "campus's data. Do not reload or leave that page while it runs."
            ),
            PanduanStep.CREDENTIALS: self.tr(
                "Open SISTER's Sandbox page: it shows ID Pengguna, username and password. "
                "Copy them into the fields on the left and press Save."
            ),
            PanduanStep.CEK_SERVICE: self.tr(
                "Press Cek Service: every step should get a tick and the status bar shows "
                "your university's name."
            ),
            PanduanStep.LINKING: self.tr(
                "In the Pegawai tab, import your employees and link them to SISTER "
                "(Terhubung Sister)."
            ),
        }
        layout = QGridLayout(self)
        layout.setColumnStretch(2, 1)
        self._icons: dict[PanduanStep, QLabel] = {}
        self._done: dict[PanduanStep, bool] = {}
        for step in PanduanStep:
            icon = QLabel(self)
            icon.setFixedWidth(20)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            number = QLabel(f"{step.value + 1}.", self)
            number.setAlignment(Qt.AlignmentFlag.AlignTop)
            text = QLabel(texts[step], self)
            text.setObjectName(f"panduan_step_{step.value + 1}")
            text.setWordWrap(True)
            layout.addWidget(icon, step.value, 0)
            layout.addWidget(number, step.value, 1)
            layout.addWidget(text, step.value, 2)
            self._icons[step] = icon
            self.set_done(step, False)
        layout.setRowStretch(len(PanduanStep), 1)

    def set_done(self, step: PanduanStep, done: bool) -> None:
        self._done[step] = done
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if done:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self._icons[step].setPixmap(icon.pixmap(size, size))
            self._icons[step].setToolTip(self.tr("Done"))
        else:
            self._icons[step].clear()
            self._icons[step].setText("○")
            self._icons[step].setToolTip(self.tr("Not done yet"))

    def is_done(self, step: PanduanStep) -> bool:
        return self._done[step]
