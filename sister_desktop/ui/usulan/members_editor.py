"""The members of a record in an usulan form (``anggota_dosen``, ``penulis_mahasiswa``, ...):
dosen chosen from the campus's linked pegawai and SISTER's SDM list; students found in
PDDIKTI's list (by program studi and a name or NIM) or typed with their NIM; external
collaborators found in SISTER's list by name, or typed (a collaborator SISTER does not know
is made by the Kirim just before the record, with the country chosen from SISTER's
``negara`` list, Indonesia unless changed); each with the role SISTER knows, and the
affiliation where the family's body takes one."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_writes import WriteField
from sister_desktop.services.kirim_partners import DEFAULT_NEGARA, new_collaborator
from sister_desktop.services.partner_search import PartnerSearch, PartnerSearchError, Student
from sister_desktop.texts.fill import fill
from sister_desktop.ui.usulan.write_field_editor import CHOICE_WORDS

#: Who a list holds, by the ``referensi`` its ids come from.
DOSEN = "sdm"
MAHASISWA = "mahasiswa_pddikti"
LAIN = "kolaborator_eksternal"

Spawn = Callable[[Coroutine[Any, Any, Any]], object]


class MembersEditor(QWidget):
    """``value()`` is the list SISTER takes (a new collaborator carries its name until the
    Kirim makes it); ``edited`` fires when a member is added or removed."""

    edited = Signal()

    def __init__(
        self,
        spec: WriteField,
        people: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        search: PartnerSearch | None = None,
        spawn: Spawn | None = None,
        program_studi: Sequence[tuple[str, str]] = (),
        negara: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self._people = list(people)
        self._names = dict(people)
        self._entries: list[dict[str, Any]] = []
        self._search = search
        self._spawn = spawn
        self._found_student: Student | None = None
        inner = {f.name: f for f in spec.members}
        peran = inner.get("peran")
        self._peran_choices: tuple[str | int, ...] = peran.choices if peran else ()
        self._has_afiliasi = "afiliasi" in inner
        kind = spec.referensi

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName(f"members_{spec.name}")
        second = self.tr("NIM") if kind == MAHASISWA else self.tr("Note")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), second, self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The note of a new collaborator ("new: made in SISTER when sent (Malaysia)") whole.
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setMaximumHeight(110)
        if kind == DOSEN:
            self.table.hideColumn(1)

        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName(f"member_person_{spec.name}")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName(f"member_name_{spec.name}")
        self.name_edit.setPlaceholderText(self.tr("student's name"))
        self.name_edit.setMaxLength(200)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.nim_edit = QLineEdit(self)
        self.nim_edit.setObjectName(f"member_nim_{spec.name}")
        self.nim_edit.setPlaceholderText(self.tr("NIM"))
        self.nim_edit.setMaxLength(24)
        self.nim_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.sex_combo = QComboBox(self)
        self.sex_combo.setObjectName(f"member_sex_{spec.name}")
        self.sex_combo.addItem(self.tr("Male"), "L")
        self.sex_combo.addItem(self.tr("Female"), "P")
        self.sex_combo.setToolTip(self.tr("SISTER asks it of a collaborator it does not know yet"))
        self.negara_combo = QComboBox(self)
        self.negara_combo.setObjectName(f"member_negara_{spec.name}")
        # As wide as a short country's name: the collaborator's name needs the room.
        self.negara_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.negara_combo.setMinimumContentsLength(9)
        for kode, nama in negara:
            self.negara_combo.addItem(nama, kode)
        self.negara_combo.setCurrentIndex(max(self.negara_combo.findData(DEFAULT_NEGARA), 0))
        self.negara_combo.setToolTip(
            self.tr("The country of a collaborator SISTER does not know yet")
        )
        self._negara_names = dict(negara)
        self.afiliasi_edit = QLineEdit(self)
        self.afiliasi_edit.setObjectName(f"member_afiliasi_{spec.name}")
        self.afiliasi_edit.setPlaceholderText(self.tr("affiliation"))
        self.afiliasi_edit.setMaxLength(200)
        self.peran_combo = QComboBox(self)
        self.peran_combo.setObjectName(f"member_peran_{spec.name}")
        words = CHOICE_WORDS["peran"]
        for code in self._peran_choices:
            self.peran_combo.addItem(str(words.get(code, code)), code)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"member_add_{spec.name}")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"member_remove_{spec.name}")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.prodi_combo = QComboBox(self)
        self.prodi_combo.setObjectName(f"member_prodi_{spec.name}")
        self.prodi_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.prodi_combo.setMinimumContentsLength(18)
        for id_, nama in program_studi:
            self.prodi_combo.addItem(nama, id_)
        self.found_combo = QComboBox(self)
        self.found_combo.setObjectName(f"member_found_{spec.name}")
        self.found_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.found_combo.setMinimumContentsLength(18)
        self.found_combo.activated.connect(self._on_found_combo_activated)
        self.search_button = QPushButton(self.tr("Search SISTER"), self)
        self.search_button.setObjectName(f"member_search_{spec.name}")
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.message = QLabel(self)
        self.message.setObjectName(f"member_message_{spec.name}")
        self.message.setWordWrap(True)

        self.name_edit.setVisible(kind == MAHASISWA)
        self.nim_edit.setVisible(kind == MAHASISWA)
        self.person_combo.setVisible(kind != MAHASISWA)
        self.sex_combo.setVisible(kind == LAIN)
        self.negara_combo.setVisible(kind == LAIN and self.negara_combo.count() > 0)
        self.afiliasi_edit.setVisible(self._has_afiliasi and kind != DOSEN)
        self.peran_combo.setVisible(bool(self._peran_choices))
        searchable = search is not None and (
            kind == LAIN or (kind == MAHASISWA and self.prodi_combo.count() > 0)
        )
        self.search_button.setVisible(searchable)
        self.prodi_combo.setVisible(kind == MAHASISWA and searchable)
        self.found_combo.setVisible(kind == MAHASISWA and searchable)
        self.message.hide()
        if kind == MAHASISWA:
            self.search_button.setToolTip(
                self.tr("Find the student in PDDIKTI by the name or NIM typed")
            )
        elif kind == LAIN:
            self.search_button.setToolTip(
                self.tr("Find the collaborator in SISTER by the name typed")
            )
        if kind != MAHASISWA:
            self._make_person_combo()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.person_combo, 1)
        if kind == LAIN:
            row.addWidget(self.search_button)  # beside the name it searches
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.nim_edit)
        row.addWidget(self.peran_combo)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        extra = QHBoxLayout()
        extra.setContentsMargins(0, 0, 0, 0)
        extra.addWidget(self.afiliasi_edit, 1)
        if kind == LAIN:  # what SISTER asks of a collaborator it does not know yet
            extra.addWidget(QLabel(self.tr("If new to SISTER:"), self))
            extra.addWidget(self.sex_combo)
            extra.addWidget(self.negara_combo)
            if self.afiliasi_edit.isHidden():
                extra.addStretch(1)
        extra.addWidget(self.prodi_combo, 1)
        extra.addWidget(self.found_combo, 1)
        if kind != LAIN:
            extra.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        if kind == LAIN or not (self.afiliasi_edit.isHidden() and self.prodi_combo.isHidden()):
            layout.addLayout(extra)
        layout.addWidget(self.message)

    def _make_person_combo(self) -> None:
        combo = self.person_combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for id_, nama in self._people:
            combo.addItem(nama, id_)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setCurrentIndex(-1)
        editable = combo.lineEdit()
        if editable is not None:
            editable.setPlaceholderText(
                self.tr("collaborator's name")
                if self.spec.referensi == LAIN
                else self.tr("type a name to search")
            )
        if not self._people and self.spec.referensi == DOSEN:
            combo.setEnabled(False)
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(
                self.tr("SISTER's list of lecturers could not be read: run a Sinkronisasi")
            )

    # -- the list ------------------------------------------------------------------------------

    def add_member(
        self,
        *,
        id_: str | None = None,
        nama: str | None = None,
        nim: str | None = None,
        peran: str | int | None = None,
        afiliasi: str | None = None,
        jenis_kelamin: str | None = None,
        kode_negara: str | None = None,
    ) -> None:
        """Add one member; a collaborator without ``id_`` is one SISTER does not know yet
        (``nama``, ``jenis_kelamin`` and ``kode_negara`` make it when the usulan is sent)."""
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
        if "afiliasi" in entry:
            entry["afiliasi"] = afiliasi or None
        kind = self.spec.referensi
        if kind == DOSEN:
            entry["id_sdm"] = id_
        elif kind == LAIN:
            entry["id_orang"] = id_
            if id_ is None:
                entry["nama"] = nama
                entry["jenis_kelamin"] = jenis_kelamin or "L"
                entry["kode_negara"] = kode_negara or DEFAULT_NEGARA
            elif nama or id_ in self._names:
                entry["nama"] = nama or self._names[id_]  # shown; the Kirim leaves it out
        else:
            entry["nama"] = nama
            entry["no_induk"] = nim
            if "id_peserta_didik" in entry:
                entry["id_peserta_didik"] = id_
        self._entries.append(entry)
        self._refresh()
        self.edited.emit()

    def know_names(self, names: Mapping[str, str]) -> None:
        """Names of the people the list's ids stand for (a record's members as SISTER
        answered them)."""
        self._names.update(names)
        self._refresh()

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
            if self.spec.referensi == MAHASISWA:
                second = entry.get("no_induk") or ""
            elif new_collaborator(entry):
                second = self.tr("new: made in SISTER when sent")
                code = entry.get("kode_negara")
                if code and code != DEFAULT_NEGARA:
                    second += f" ({self._negara_names.get(code, code)})"
            else:
                second = entry.get("afiliasi") or ""
            cells = (
                nama,
                second,
                words.get(peran, str(peran or "")) if peran is not None else "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(str(text))
                cell.setToolTip(str(text))
                self.table.setItem(row, column, cell)

    # -- searching -----------------------------------------------------------------------------

    async def search(self) -> int:
        """Search SISTER for what is typed; the number found (-1 when SISTER could not be
        asked), with a line under the editor saying so."""
        if self._search is None:
            return -1
        try:
            if self.spec.referensi == MAHASISWA:
                found = await self._search_students()
            else:
                found = await self._search_collaborators()
        except PartnerSearchError:
            self._say(self.tr("SISTER could not be searched now; type the member in instead."))
            return -1
        if found == 0:
            self._say(
                self.tr("Not found in SISTER: Add makes a new collaborator when it is sent.")
                if self.spec.referensi == LAIN
                else self.tr("Not found in PDDIKTI: type the name and NIM.")
            )
        else:
            self._say(fill(self.tr("%1 found: choose one, then Add."), str(found)))
        return found

    async def _search_collaborators(self) -> int:
        assert self._search is not None
        text = self.person_combo.currentText().strip()
        if not text:
            return 0
        found = await self._search.kolaborator(text)
        combo = self.person_combo
        combo.clear()
        for id_, nama in found:
            combo.addItem(nama, id_)
            self._names[id_] = nama
        combo.setEditText(found[0][1] if len(found) == 1 else text)
        return len(found)

    async def _search_students(self) -> int:
        assert self._search is not None
        keyword = self.name_edit.text().strip() or self.nim_edit.text().strip()
        prodi = self.prodi_combo.currentData()
        if not keyword or prodi is None:
            return 0
        found = await self._search.mahasiswa(str(prodi), keyword)
        self.found_combo.clear()
        for student in found:
            self.found_combo.addItem(f"{student.nama} ({student.nim})", student)
        if found:
            self.choose_student(0)
        return len(found)

    def choose_student(self, index: int) -> None:
        """Take the ``index``-th student found: name, NIM and PDDIKTI's id."""
        student = self.found_combo.itemData(index)
        if not isinstance(student, Student):
            return
        self.found_combo.setCurrentIndex(index)
        self._found_student = student
        self.name_edit.setText(student.nama)
        self.nim_edit.setText(student.nim)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- slots ---------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        peran = self.peran_combo.currentData() if self._peran_choices else None
        afiliasi = self.afiliasi_edit.text().strip() or None
        kind = self.spec.referensi
        if kind == MAHASISWA:
            nama = self.name_edit.text().strip()
            if not nama:
                self.name_edit.setFocus()
                return
            student = self._found_student
            self.add_member(
                id_=student.id if student is not None else None,
                nama=nama,
                nim=self.nim_edit.text().strip() or None,
                peran=peran,
                afiliasi=afiliasi,
            )
            self.name_edit.clear()
            self.nim_edit.clear()
            self.afiliasi_edit.clear()
            self._found_student = None
            return
        text = " ".join(self.person_combo.currentText().split())
        index = self.person_combo.findText(text)
        if index < 0 and kind == LAIN and text:
            self.add_member(
                nama=text,
                peran=peran,
                afiliasi=afiliasi,
                jenis_kelamin=self.sex_combo.currentData(),
                kode_negara=self.negara_combo.currentData(),
            )
        elif index < 0:
            self.person_combo.setFocus()
            return
        else:
            id_ = str(self.person_combo.itemData(index))
            if id_ in self.ids():
                return
            self.add_member(id_=id_, peran=peran, afiliasi=afiliasi)
        self.afiliasi_edit.clear()
        self.person_combo.setCurrentIndex(-1)
        self.person_combo.setEditText("")

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._entries[row]
        if rows:
            self._refresh()
            self.edited.emit()

    def _on_search_button_clicked(self) -> None:
        if self._spawn is not None:
            self._spawn(self.search())

    def _on_found_combo_activated(self, index: int) -> None:
        self.choose_student(index)

    def _on_name_edit_text_edited(self, _text: str) -> None:
        self._found_student = None
