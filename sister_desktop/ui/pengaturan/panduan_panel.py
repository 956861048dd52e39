"""Panduan: the setup steps a new operator walks through, each ticked once the program can
tell it is done; SISTER's own manual sync, which the program cannot see, the operator ticks."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QStyle, QWidget


class PanduanStep(IntEnum):
    ACCOUNT = 0  # Developer + Sister-WS Basic account exists (login works, role is Sister-WS)
    SISTER_SYNC = 1  # SISTER holds the PT's data (its own manual sync): ticked by the operator
    CREDENTIALS = 2  # the Sandbox page's three values are saved here
    CEK_SERVICE = 3  # Cek Service succeeded
    LINKING = 4  # at least one pegawai is Terhubung Sister
    SYNC = 5  # a Sinkronisasi pulled at least one pegawai


#: The steps the operator ticks himself: nothing the program reads can tell.
TICKED_BY_HAND = frozenset({PanduanStep.SISTER_SYNC})


class PanduanPanel(QGroupBox):
    """Numbered steps with a tick when done; the text says where to click in SISTER."""

    #: The operator ticked or unticked a step of ``TICKED_BY_HAND``.
    step_ticked = Signal(object, bool)

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
                "campus's data. Do not reload or leave that page while it runs. Tick this "
                "step yourself once it is done: this program cannot see it."
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
            PanduanStep.SYNC: self.tr(
                "In the Sinkronisasi tab, press Mulai Sinkronisasi: the data of every linked "
                "pegawai is pulled from SISTER. Perbandingan then shows where the campus data "
                "differs."
            ),
        }
        layout = QGridLayout(self)
        layout.setColumnStretch(2, 1)
        self._icons: dict[PanduanStep, QLabel] = {}
        #: The tick boxes of the steps the operator ticks himself.
        self.ticks: dict[PanduanStep, QCheckBox] = {}
        self._done: dict[PanduanStep, bool] = {}
        for step in PanduanStep:
            if step in TICKED_BY_HAND:
                self._add_tick(layout, step)
            else:
                icon = QLabel(self)
                icon.setFixedWidth(20)
                icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
                layout.addWidget(icon, step.value, 0)
                self._icons[step] = icon
            number = QLabel(f"{step.value + 1}.", self)
            number.setAlignment(Qt.AlignmentFlag.AlignTop)
            text = QLabel(texts[step], self)
            text.setObjectName(f"panduan_step_{step.value + 1}")
            text.setWordWrap(True)
            layout.addWidget(number, step.value, 1)
            layout.addWidget(text, step.value, 2)
            self.set_done(step, False)
        layout.setRowStretch(len(PanduanStep), 1)

    def _add_tick(self, layout: QGridLayout, step: PanduanStep) -> None:
        tick = QCheckBox(self)
        tick.setObjectName(f"panduan_tick_{step.value + 1}")
        tick.setToolTip(self.tr("Tick when done"))
        tick.toggled.connect(lambda checked: self._on_tick_toggled(step, checked))
        layout.addWidget(tick, step.value, 0, Qt.AlignmentFlag.AlignTop)
        self.ticks[step] = tick

    def _on_tick_toggled(self, step: PanduanStep, checked: bool) -> None:
        self._done[step] = checked
        self.step_ticked.emit(step, checked)

    def set_done(self, step: PanduanStep, done: bool) -> None:
        self._done[step] = done
        tick = self.ticks.get(step)
        if tick is not None:
            tick.blockSignals(True)  # the program's word, not the operator's click
            tick.setChecked(done)
            tick.blockSignals(False)
            return
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
