"""Putuskan hubungan: remove an employee's SISTER link, with the reason kept in the history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.links import PegawaiGoneError
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.resource_files import palette
from sister_desktop.services.linking import LinkingService
from sister_desktop.texts import link_texts
from sister_desktop.texts.fill import fill
from sister_desktop.ui.common.async_helpers import TaskKeeper
from sister_desktop.ui.common.plain_text_delegate import plain_label


class UnlinkDialog(QDialog):
    """Asks why (a common reason to pick, or the operator's own words) before unlinking."""

    def __init__(
        self,
        service: LinkingService,
        pegawai: Pegawai,
        tasks: TaskKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlink_dialog")
        self.setWindowTitle(self.tr("Putuskan hubungan"))
        self._service = service
        self._tasks = tasks
        self.pegawai = pegawai

        question = plain_label(
            QLabel(
                fill(
                    self.tr(
                        "Unlink %1 from SISTER person %2? The data already pulled stays; the next "
                        "Sinkronisasi skips this employee until it is linked again."
                    ),
                    pegawai.nama,
                    pegawai.id_sdm or "—",
                ),
                self,
            )
        )
        question.setWordWrap(True)
        self.reason_box = QComboBox(self)
        self.reason_box.setObjectName("reason_box")
        self.reason_box.setEditable(True)
        self.reason_box.addItems(
            [
                "",
                self.tr("Linked to the wrong person"),
                self.tr("Employee left or retired"),
                self.tr("Duplicate employee record"),
            ]
        )
        reason_edit = self.reason_box.lineEdit()
        assert reason_edit is not None  # an editable combo box always has its line edit
        reason_edit.setPlaceholderText(self.tr("Reason (required)"))
        self.reason_box.currentTextChanged.connect(self._on_reason_box_current_text_changed)
        self.error_label = plain_label(QLabel(self))
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"QLabel {{ color: {palette().error}; }}")
        self.error_label.hide()

        buttons = QDialogButtonBox(self)
        self.unlink_button = QPushButton(self.tr("Putuskan hubungan"), self)
        self.unlink_button.setObjectName("unlink_button")
        self.unlink_button.setEnabled(False)
        buttons.addButton(self.unlink_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.unlink_button.clicked.connect(self._on_unlink_button_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(QLabel(self.tr("Reason"), self))
        layout.addWidget(self.reason_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def _on_reason_box_current_text_changed(self, _text: str) -> None:
        self.unlink_button.setEnabled(bool(self.reason()))

    def _on_unlink_button_clicked(self) -> None:
        self._tasks.spawn(self.unlink())

    async def unlink(self) -> None:
        if not self.reason():
            return
        self.unlink_button.setEnabled(False)
        try:
            await self._service.unlink(self.pegawai.id, self.reason())
        except PegawaiGoneError:
            self.error_label.setText(link_texts.pegawai_gone_text())
            self.error_label.show()
            self.unlink_button.setEnabled(True)
        else:
            self.accept()
