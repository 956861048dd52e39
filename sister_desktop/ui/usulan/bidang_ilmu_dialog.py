"""Bidang ilmu… of a synced record (a penelitian, a publikasi, a pengajaran, ...): the record's
kelompok bidang as SISTER has them now, ticked in SISTER's list, and saved as a draft usulan.

A sync does not pull a record's kelompok bidang, so the dialog reads them from SISTER when it
opens; SISTER's PUT replaces the whole list, so nothing is saved while they are not known (an
operator would otherwise propose a list without seeing the one it replaces). The list read
is kept with the usulan: should SISTER's change before it is sent, the Kirim stops it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.usulan import Usulan
from sister_desktop.domain.usulan_special import BIDANG_ILMU_FIELD, KELOMPOK_BIDANG
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.usulan_service import UsulanError, UsulanFieldsError
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.fill import fill
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import problem_text
from sister_desktop.texts.write_field_texts import form_field_title
from sister_desktop.ui.common.plain_text_delegate import plain_label
from sister_desktop.ui.common.screen_fit import fit_to_screen
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.referensi_checklist import ReferensiChecklist


class BidangIlmuDialog(QDialog):
    """``await load()`` reads SISTER's list and the record's; the Save button stores the
    draf and closes; ``saved`` is the usulan made."""

    def __init__(
        self,
        context: UiContext,
        dataset: str,
        record: SisterRecord,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bidang_ilmu_dialog")
        self.setWindowTitle(fill(self.tr("Bidang ilmu — %1"), dataset_label(dataset)))
        self._context = context
        self._dataset = dataset
        self._record = record
        self._current: list[str] | None = None
        self.saved: Usulan | None = None
        #: The list of kelompok bidang once read (tests reach it here).
        self.checklist: ReferensiChecklist | None = None
        self.record_title = plain_label(QLabel(title, self))
        self.record_title.setObjectName("bidang_ilmu_record")
        self.record_title.setWordWrap(True)
        self.record_title.setStyleSheet("font-weight: bold;")
        self.intro = QLabel(
            self.tr(
                "Tick the kelompok bidang of this record. Saving makes a draft usulan: SISTER "
                "is asked only when it is approved and sent."
            ),
            self,
        )
        self.intro.setObjectName("bidang_ilmu_intro")
        self.intro.setWordWrap(True)
        self.message = QLabel(self.tr("Reading the record's kelompok bidang from SISTER…"), self)
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as draft"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        cancel.clicked.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.record_title)
        self._layout.addWidget(self.intro)
        self._layout.addStretch(1)  # the list's place, until it is read
        self._layout.addWidget(self.message)
        self._layout.addWidget(buttons)
        fit_to_screen(self, 640, 460)

    async def load(self) -> bool:
        """SISTER's list and the record's kelompok bidang; ``False`` (and why, in the dialog)
        when the record's cannot be read."""
        choices = await self._context.referensi.choices([KELOMPOK_BIDANG], family=self._dataset)
        try:
            current = await self._context.kirim.record_bidang_ilmu(self._dataset, self._record.key)
        except SisterUnavailableError as exc:
            explanation = error_explanation(exc.code, message=exc.message)
            self.message.setText(
                fill(
                    self.tr("SISTER could not be asked for the record's kelompok bidang: %1 %2"),
                    explanation.text,
                    explanation.hint,
                )
            )
            return False
        self._current = current
        checklist = ReferensiChecklist(
            BIDANG_ILMU_FIELD, choices.lists.get(KELOMPOK_BIDANG), current, {}, self, grow=True
        )
        checklist.edited.connect(self._on_checklist_edited)
        self._layout.takeAt(2)  # the stretch
        label = QLabel(form_field_title(BIDANG_ILMU_FIELD, self._dataset), self)
        self._layout.insertWidget(2, label)
        self._layout.insertWidget(3, checklist, 1)
        self.checklist = checklist
        self.message.clear()
        self._check()
        return True

    def _check(self) -> None:
        """Save while something is ticked and it is not what SISTER has already."""
        checklist = self.checklist
        ticked = checklist.value() if checklist is not None else []
        self.save_button.setEnabled(bool(ticked) and ticked != self._current)

    async def save(self) -> Usulan | None:
        checklist = self.checklist
        if checklist is None or self._current is None:
            return None
        try:
            saved = await self._context.usulan.bidang_ilmu(
                self._dataset, self._record.key, checklist.value(), current=self._current
            )
        except UsulanFieldsError as exc:
            title = form_field_title(BIDANG_ILMU_FIELD, self._dataset)
            self.message.setText(
                "\n".join(problem_text(p.code.value, title, p.detail) for p in exc.problems)
            )
            return None
        except UsulanError as exc:
            self.message.setText(problem_text(exc.code, "", exc.detail))
            return None
        self.saved = saved
        self.accept()
        return saved

    # -- slots -----------------------------------------------------------------------------------

    def _on_checklist_edited(self) -> None:
        self.message.clear()
        self._check()

    def _on_save_button_clicked(self) -> None:
        self._context.tasks.spawn(self.save())
