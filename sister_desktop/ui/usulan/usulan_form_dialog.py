"""The form of an usulan: a new record (Tambah…), a change of a synced one (Ubah…), or a
draf opened again (Buka). Built from the family's description in the write catalogue, so it
asks exactly the fields SISTER takes, offers only the values SISTER accepts, and names a
problem under its field while the operator types. Saving makes a ``draf`` usulan: nothing
leaves the workstation before it is approved and sent (Kirim ke SISTER…).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.sister_writes import FieldType, WriteFamily, WriteOp
from sister_desktop.domain.usulan import Usulan
from sister_desktop.domain.usulan_body import body_from_record
from sister_desktop.domain.usulan_validation import FieldProblem
from sister_desktop.services.partner_search import PartnerSearch, PartnerSearchError
from sister_desktop.services.referensi_service import ReferensiChoices
from sister_desktop.services.usulan_service import UsulanError, UsulanFieldsError
from sister_desktop.texts.fill import fill
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import problem_text
from sister_desktop.texts.write_field_texts import form_field_title
from sister_desktop.ui.common.screen_fit import fit_to_screen
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.dokumen_editor import DokumenEditor
from sister_desktop.ui.usulan.members_editor import DOSEN, LAIN, MAHASISWA, MembersEditor
from sister_desktop.ui.usulan.referensi_checklist import ReferensiChecklist
from sister_desktop.ui.usulan.usulan_names import dosen_names, member_names
from sister_desktop.ui.usulan.write_field_editor import WriteFieldEditor

#: Fields the form never asks: the owner is the pegawai the form is for.
HIDDEN = frozenset({"id_sdm"})


@dataclass(frozen=True, slots=True)
class FormTarget:
    """Whose record, of which family, and what the form makes of it."""

    pegawai_id: int
    pegawai_nama: str
    id_sdm: str
    family: WriteFamily
    #: The synced record an Ubah starts from (None for Tambah).
    record: SisterRecord | None = None
    #: The draf opened again (Buka).
    draf: Usulan | None = None


class UsulanFormDialog(QDialog):
    """``await load()`` fetches the choices and builds the fields; ``await save()`` (the
    Simpan button) stores the draf and closes; ``saved`` is the usulan made."""

    def __init__(self, context: UiContext, target: FormTarget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("usulan_form_dialog")
        self._context = context
        self.target = target
        self.saved: Usulan | None = None
        self.editors: dict[str, WriteFieldEditor] = {}
        self.members: dict[str, MembersEditor] = {}
        #: The id lists other than the documents (a penelitian's mitra litabmas).
        self.id_lists: dict[str, ReferensiChecklist] = {}
        self.dokumen: DokumenEditor | None = None
        #: The synced record the form changes (an Ubah's, or a draf ubah's found again).
        self._record: SisterRecord | None = target.record
        self._choices = ReferensiChoices()
        self._search: PartnerSearch | None = None
        family = target.family
        kind = (
            self.tr("Change")
            if target.record is not None or (target.draf and target.draf.record_id is not None)
            else self.tr("New")
        )
        self.setWindowTitle(
            fill(self.tr("%1 %2 — %3"), kind, dataset_label(family.dataset), target.pegawai_nama)
        )
        self.intro = QLabel(
            self.tr(
                "Saving makes a draft usulan: nothing goes to SISTER until it is approved and "
                "sent with Kirim ke SISTER. Fields marked * are required."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setObjectName("usulan_fields")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save as draft"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 700)

    # -- building ------------------------------------------------------------------------------

    async def load(self) -> None:
        family = self.target.family
        names = [
            f.referensi for f in family.fields if f.referensi and f.type is not FieldType.MEMBERS
        ]
        if family.has_documents:
            names.append("jenis_dokumen")
        if any(f.type is FieldType.MEMBERS and f.referensi == LAIN for f in family.fields):
            names.append("negara")  # of a collaborator SISTER does not know yet
        self._choices = await self._context.referensi.choices(names, family=family.dataset)
        draf = self.target.draf
        if self._record is None and draf is not None and draf.record_id is not None:
            self._record = await self._context.usulan.record_of(draf)
        people = (
            await dosen_names(self._context)
            if any(f.type is FieldType.MEMBERS and f.referensi == DOSEN for f in family.fields)
            else []
        )
        self._search = PartnerSearch(self._context.connection)
        program_studi: list[tuple[str, str]] = []
        if any(f.type is FieldType.MEMBERS and f.referensi == MAHASISWA for f in family.fields):
            try:
                program_studi = await self._search.program_studi()
            except PartnerSearchError:
                program_studi = []  # students are typed in
        self._build(people, program_studi)

    def _build(self, people: list[tuple[str, str]], program_studi: list[tuple[str, str]]) -> None:
        target = self.target
        family = target.family
        start = self._starting_body()
        for spec in family.fields:
            if spec.name in HIDDEN:
                continue
            label = QLabel(self._title(spec.name, spec.required), self.form_host)
            label.setWordWrap(True)
            if spec.type is FieldType.ID_LIST and spec.name != "dokumen":
                chosen = start.get(spec.name)
                checklist = ReferensiChecklist(
                    spec.name,
                    self._choices.lists.get(spec.referensi or ""),
                    [str(i) for i in chosen] if isinstance(chosen, list) else [],
                    self._listed_names(spec.name),
                    self.form_host,
                )
                checklist.edited.connect(self._on_editor_edited)
                self.id_lists[spec.name] = checklist
                self.form.addRow(label, checklist)
                continue
            if spec.type is FieldType.MEMBERS:
                editor_m = MembersEditor(
                    spec,
                    people if spec.referensi == DOSEN else [],
                    self.form_host,
                    search=self._search,
                    spawn=self._context.tasks.spawn,
                    program_studi=program_studi,
                    negara=self._choices.lists.get("negara", ()),
                )
                editor_m.set_value(start.get(spec.name))
                editor_m.know_names(self._member_names())
                if (
                    target.record is None
                    and target.draf is None
                    and spec.name == family.owner_field
                ):
                    peran = next((m for m in spec.members if m.name == "peran"), None)
                    first = (
                        ("K" if "K" in peran.choices else "A") if peran and peran.choices else None
                    )
                    editor_m.add_member(id_=target.id_sdm, peran=first)
                editor_m.edited.connect(self._on_editor_edited)
                self.members[spec.name] = editor_m
                self.form.addRow(label, editor_m)
                continue
            if spec.type is FieldType.ID_LIST and spec.name == "dokumen":
                existing = self._existing_documents()
                self.dokumen = DokumenEditor(
                    self._context,
                    existing,
                    self._choices.lists.get("jenis_dokumen", ()),
                    self.form_host,
                )
                if target.draf is not None:
                    self.dokumen.set_new_documents(target.draf.dokumen)
                    kept = (target.draf.body or {}).get("dokumen")
                    if isinstance(kept, list):
                        self.dokumen.set_kept_ids([str(i) for i in kept])
                self.dokumen.edited.connect(self._on_editor_edited)
                self.form.addRow(label, self.dokumen)
                continue
            choices = self._choices.lists.get(spec.referensi) if spec.referensi else None
            editor = WriteFieldEditor(spec, family.dataset, choices, self.form_host)
            editor.set_value(start.get(spec.name))
            editor.edited.connect(self._on_editor_edited)
            self.editors[spec.name] = editor
            self.form.addRow(label, editor)
        self._check()

    def _title(self, name: str, required: bool) -> str:
        return form_field_title(name, self.target.family.dataset) + (" *" if required else "")

    def _starting_body(self) -> dict[str, Any]:
        target = self.target
        if target.draf is not None and target.draf.body is not None:
            return dict(target.draf.body)
        if target.record is not None:
            return body_from_record(target.family, target.record.values)
        return {}

    def _member_names(self) -> dict[str, str]:
        """The names of the record's members, by id, as SISTER answered them."""
        record = self._record
        return member_names(record.values) if record is not None else {}

    def _listed_names(self, name: str) -> dict[str, str]:
        """The names SISTER gave the record's entries of an id list (its mitra), by id."""
        record = self._record
        entries = record.values.get(name) if record is not None else None
        if not isinstance(entries, list):
            return {}
        return {
            str(e["id"]): str(e.get("nama") or e["id"])
            for e in entries
            if isinstance(e, dict) and e.get("id")
        }

    def _existing_documents(self) -> list[dict[str, Any]]:
        """The documents SISTER holds for the record: its own objects (with their names),
        else a draf's ids as it was made."""
        record = self._record
        docs = record.values.get("dokumen") if record is not None else None
        if isinstance(docs, list) and docs:
            return [d for d in docs if isinstance(d, dict)]
        draf = self.target.draf
        base = (draf.base_record or {}).get("dokumen") if draf is not None else None
        return [{"id": i} for i in base] if isinstance(base, list) else []

    # -- checking ------------------------------------------------------------------------------

    def problems(self, *, force: bool = False) -> list[FieldProblem]:
        """Every field's problem now, each shown under its field."""
        ids = self._choices.ids()
        found: list[FieldProblem] = []
        for editor in self.editors.values():
            problem = editor.problem(ids)
            editor.show_problem(problem, force=force)
            if problem is not None:
                found.append(problem)
        return found

    def _check(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not any(p.code.value != "required" for p in problems))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: editor.value() for name, editor in self.editors.items()}
        for name, members in self.members.items():
            values[name] = members.value()
        for name, checklist in self.id_lists.items():
            values[name] = checklist.value()
        if self.dokumen is not None and self.dokumen.existing_ids():
            values["dokumen"] = self.dokumen.kept_ids()
        return values

    # -- saving --------------------------------------------------------------------------------

    async def save(self) -> Usulan | None:
        """Store the draf; ``None`` (and the problems shown) when SISTER would refuse it."""
        if self.problems(force=True):
            self.message.setText(self.tr("Correct the fields marked in red first."))
            return None
        target = self.target
        service = self._context.usulan
        ids = self._choices.ids()
        documents = self.dokumen.new_documents() if self.dokumen is not None else []
        try:
            if target.draf is not None and target.draf.id is not None:
                saved = await service.simpan_draf(target.draf.id, self.values(), referensi=ids)
            elif target.record is not None or WriteOp.PUT_OBJECT in target.family.operations:
                saved = await service.ubah(
                    target.pegawai_id,
                    target.family.dataset,
                    target.record.key if target.record is not None else "",
                    self.values(),
                    dokumen=documents,
                    referensi=ids,
                )
            else:
                saved = await service.baru(
                    target.pegawai_id,
                    target.family.dataset,
                    self.values(),
                    dokumen=documents,
                    referensi=ids,
                )
        except UsulanFieldsError as exc:
            self._show_service_problems(exc.problems)
            return None
        except UsulanError as exc:
            self.message.setText(problem_text(exc.code, "", exc.detail))
            return None
        self.saved = saved
        self.accept()
        return saved

    def _show_service_problems(self, problems: list[FieldProblem]) -> None:
        lines = []
        for problem in problems:
            name = problem.field.split("[", 1)[0].split(".", 1)[0]
            editor = self.editors.get(name)
            if editor is not None:
                editor.show_problem(problem, force=True)
            title = form_field_title(name, self.target.family.dataset)
            lines.append(problem_text(problem.code.value, title, problem.detail))
        self.message.setText("\n".join(lines))

    # -- slots -----------------------------------------------------------------------------------

    def _on_editor_edited(self) -> None:
        self.message.clear()
        self._check()

    def _on_save_button_clicked(self) -> None:
        self._context.tasks.spawn(self.save())
