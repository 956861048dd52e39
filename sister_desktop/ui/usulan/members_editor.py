"""The members of a record in an usulan form (``anggota_dosen``, ``penulis_mahasiswa``, ...):
dosen chosen from the campus's linked pegawai and SISTER's SDM list, students typed with their
NIM, external collaborators from SISTER's list; each with the role SISTER knows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_writes import WriteField
from sister_desktop.ui.usulan.write_field_editor import CHOICE_WORDS

#: Who a list holds, by the ``referensi`` its ids come from.
DOSEN = "sdm"
MAHASISWA = "mahasiswa_pddikti"
LAIN = "kolaborator_eksternal"


class MembersEditor(QWidget):
    """``value()`` is the list SISTER takes; ``edited`` fires when a member is added or
    removed."""

    edited = Signal()

    def __init__(
        self,
        spec: WriteField,
        people: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self._people = list(people)
        self._names = dict(people)
        self._entries: list[dict[str, Any]] = []
        inner = {f.name: f for f in spec.members}
        peran = inner.get("peran")
        self._peran_choices: tuple[str | int, ...] = peran.choices if peran else ()

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName(f"members_{spec.name}")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("NIM"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(110)
        if spec.referensi != MAHASISWA:
            self.table.hideColumn(1)

        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName(f"member_person_{spec.name}")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName(f"member_name_{spec.name}")
        self.name_edit.setPlaceholderText(self.tr("student's name"))
        self.nim_edit = QLineEdit(self)
        self.nim_edit.setObjectName(f"member_nim_{spec.name}")
        self.nim_edit.setPlaceholderText(self.tr("NIM"))
        self.nim_edit.setMaxLength(24)
        self.name_edit.setMaxLength(200)
        self.peran_combo = QComboBox(self)
        self.peran_combo.setObjectName(f"member_peran_{spec.name}")
        words = CHOICE_WORDS["peran"]
        for code in self._peran_choices:
            self.peran_combo.addItem(str(words.get(code, code)), code)
        self.peran_combo.setVisible(bool(self._peran_choices))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"member_add_{spec.name}")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"member_remove_{spec.name}")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

        if spec.referensi == MAHASISWA:
            self.person_combo.hide()
        else:
            self.name_edit.hide()
            self.nim_edit.hide()
            self.person_combo.setEditable(True)
            self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for id_, nama in self._people:
                self.person_combo.addItem(nama, id_)
            completer = QCompleter(self.person_combo.model(), self.person_combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.person_combo.setCompleter(completer)
            self.person_combo.setCurrentIndex(-1)
            editable = self.person_combo.lineEdit()
            if editable is not None:
                editable.setPlaceholderText(self.tr("type a name to search"))
            if not self._people:
                self.person_combo.setEnabled(False)
                self.add_button.setEnabled(False)
                self.add_button.setToolTip(
                    self.tr("SISTER's list of collaborators could not be read: run a Sinkronisasi")
                )
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.person_combo, 1)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.nim_edit)
        row.addWidget(self.peran_combo)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    # -- the list ------------------------------------------------------------------------------

    def add_member(
        self,
        *,
        id_: str | None = None,
        nama: str | None = None,
        nim: str | None = None,
        peran: str | int | None = None,
    ) -> None:
        entry: dict[str, Any] = {}
        for inner in self.spec.members:
            entry[inner.name] = None
        if "aktif" in entry:
            entry["aktif"] = True
        if "peran" in entry:
            entry["peran"] = (
                peran
                if peran is not None
                else (self._peran_choices[-1] if self._peran_choices else None)
            )
        if self.spec.referensi == DOSEN:
            entry["id_sdm"] = id_
        elif self.spec.referensi == LAIN:
            entry["id_orang"] = id_
        else:
            entry["nama"] = nama
            entry["no_induk"] = nim
        self._entries.append(entry)
        self._refresh()
        self.edited.emit()

    def set_value(self, value: Any) -> None:
        self._entries = [dict(item) for item in value or [] if isinstance(item, Mapping)]
        self._refresh()

    def value(self) -> list[dict[str, Any]]:
        out = []
        for position, entry in enumerate(self._entries, start=1):
            item = dict(entry)
            if "no_urut" in item:
                item["no_urut"] = position
            out.append(item)
        return out

    def ids(self) -> list[str]:
        key = "id_sdm" if self.spec.referensi == DOSEN else "id_orang"
        return [str(e.get(key)) for e in self._entries if e.get(key)]

    def _refresh(self) -> None:
        words = CHOICE_WORDS["peran"]
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            ident = entry.get("id_sdm") or entry.get("id_orang")
            nama = entry.get("nama") or self._names.get(str(ident), str(ident or ""))
            peran = entry.get("peran")
            cells = (
                nama,
                entry.get("no_induk") or "",
                words.get(peran, str(peran or "")) if peran is not None else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(text)))

    # -- slots ---------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        peran = self.peran_combo.currentData() if self._peran_choices else None
        if self.spec.referensi == MAHASISWA:
            nama = self.name_edit.text().strip()
            if not nama:
                self.name_edit.setFocus()
                return
            self.add_member(nama=nama, nim=self.nim_edit.text().strip() or None, peran=peran)
            self.name_edit.clear()
            self.nim_edit.clear()
            return
        index = self.person_combo.findText(self.person_combo.currentText())
        if index < 0:
            self.person_combo.setFocus()
            return
        id_ = str(self.person_combo.itemData(index))
        if id_ in self.ids():
            return
        self.add_member(id_=id_, peran=peran)
        self.person_combo.setCurrentIndex(-1)

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._entries[row]
        if rows:
            self._refresh()
            self.edited.emit()
