"""Add or change one employee. The same rules as the import decide, and every problem is shown
beside its field; nothing is saved until all are solved."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.import_problems import ImportProblem, ImportProblemCode
from sister_desktop.domain.pegawai import NEW_ID, TEXT_FIELDS, JenisPegawai, Pegawai, pegawai_with
from sister_desktop.domain.ranks import JABATAN_FUNGSIONAL, pangkat_golongan_texts
from sister_desktop.resource_files import palette
from sister_desktop.services.importer import parse_tanggal
from sister_desktop.services.pegawai_service import FORM_ROW, SaveOutcome
from sister_desktop.texts.import_texts import problem_text
from sister_desktop.texts.pegawai_texts import field_label
from sister_desktop.ui.common.async_helpers import TaskKeeper


class PegawaiFormDialog(QDialog):
    """``saver`` checks and writes (``PegawaiService.save``); the dialog closes on success."""

    def __init__(
        self,
        saver: Callable[[Pegawai], Awaitable[SaveOutcome]],
        tasks: TaskKeeper,
        pegawai: Pegawai | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pegawai_form_dialog")
        self._saver = saver
        self._tasks = tasks
        self._original = pegawai or Pegawai(id=NEW_ID, nama="")
        self.saved: Pegawai | None = None
        self.setWindowTitle(self.tr("Add pegawai") if pegawai is None else self.tr("Edit pegawai"))
        self.setMinimumWidth(460)

        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in ("nama", "nip", "nidn", "nidk", "nupn", "nuptk", "nik", "tanggal_lahir"):
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}_edit")
            self.edits[name] = edit
            self._add_row(form, name, field_label(name), edit)
        self.edits["tanggal_lahir"].setPlaceholderText(self.tr("e.g. 15/03/1987"))
        self.jenis_kelamin = QComboBox(self)
        self.jenis_kelamin.setObjectName("jenis_kelamin_combo")
        self.jenis_kelamin.addItem("—", None)
        self.jenis_kelamin.addItem(self.tr("L (male)"), "L")
        self.jenis_kelamin.addItem(self.tr("P (female)"), "P")
        self._add_row(form, "jenis_kelamin", field_label("jenis_kelamin"), self.jenis_kelamin)
        self.jenis_pegawai = QComboBox(self)
        self.jenis_pegawai.setObjectName("jenis_pegawai_combo")
        self.jenis_pegawai.addItem(self.tr("Dosen"), JenisPegawai.DOSEN)
        self.jenis_pegawai.addItem(self.tr("Tendik"), JenisPegawai.TENDIK)
        self._add_row(form, "jenis_pegawai", field_label("jenis_pegawai"), self.jenis_pegawai)
        for name in (
            "unit_kerja",
            "jabatan_fungsional",
            "pangkat_golongan",
            "email",
            "telepon_hp",
            "alamat",
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}_edit")
            self.edits[name] = edit
            self._add_row(form, name, field_label(name), edit)
        # Free text (a campus writes grades its own way), with the usual values offered.
        self._suggest(self.edits["jabatan_fungsional"], JABATAN_FUNGSIONAL)
        self._suggest(self.edits["pangkat_golongan"], pangkat_golongan_texts())
        self.edits["pangkat_golongan"].setPlaceholderText(self.tr("e.g. Penata (III/c)"))
        self.aktif = QCheckBox(self.tr("Active"), self)
        self.aktif.setObjectName("aktif_check")
        form.addRow("", self.aktif)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(f"color: {palette().error};")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._layout = layout
        self._fill(self._original)

    def _suggest(self, edit: QLineEdit, values: Sequence[str]) -> None:
        completer = QCompleter(list(values), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)

    def _add_row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        error = QLabel(self)
        error.setObjectName(f"{name}_error")
        error.setStyleSheet(f"color: {palette().error};")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, box)

    def _fill(self, p: Pegawai) -> None:
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(p, name) or "")
        born = p.tanggal_lahir
        self.edits["tanggal_lahir"].setText(born.strftime("%d/%m/%Y") if born else "")
        self.jenis_kelamin.setCurrentIndex(max(0, self.jenis_kelamin.findData(p.jenis_kelamin)))
        self.jenis_pegawai.setCurrentIndex(
            max(0, self.jenis_pegawai.findData(JenisPegawai(p.jenis_pegawai)))
        )
        self.aktif.setChecked(p.aktif)

    def entered(self) -> tuple[Pegawai | None, list[ImportProblem]]:
        """The record as typed (not yet checked), or the problem of an unreadable date."""
        values: dict[str, object] = {
            name: (self.edits[name].text().strip() or None) for name in TEXT_FIELDS
        }
        raw_date = self.edits["tanggal_lahir"].text().strip()
        born: date | None = None
        if raw_date:
            try:
                born = parse_tanggal(raw_date)
            except ValueError:
                problem = ImportProblem(
                    FORM_ROW, "tanggal_lahir", ImportProblemCode.BAD_DATE, raw_date
                )
                return None, [problem]
        values["tanggal_lahir"] = born
        values["jenis_kelamin"] = self.jenis_kelamin.currentData()
        values["jenis_pegawai"] = self.jenis_pegawai.currentData()
        values["aktif"] = self.aktif.isChecked()
        values["nama"] = values["nama"] or ""
        return pegawai_with(self._original, values), []

    def show_problems(self, problems: list[ImportProblem]) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        for problem in problems:
            label = self.errors.get(problem.field, self.general_error)
            text = problem_text(problem)
            label.setText(text if label.isHidden() else f"{label.text()}\n{text}")
            label.show()
        # Room for the wrapped messages that just appeared.
        self._layout.activate()
        self.resize(self.width(), self.sizeHint().height())
        if problems:
            first = self.edits.get(problems[0].field)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_buttons_accepted(self) -> None:
        self._tasks.spawn(self.submit())

    async def submit(self) -> bool:
        """Check and save; close on success, else show every problem and stay open."""
        pegawai, problems = self.entered()
        if pegawai is not None and not pegawai.nama:
            problems = [ImportProblem(FORM_ROW, "nama", ImportProblemCode.REQUIRED)]
        if problems or pegawai is None:
            self.show_problems(problems)
            return False
        self.buttons.setEnabled(False)
        try:
            outcome = await self._saver(pegawai)
        finally:
            self.buttons.setEnabled(True)
        if outcome.problems:
            self.show_problems(outcome.problems)
            return False
        self.saved = outcome.pegawai
        self.accept()
        return True
