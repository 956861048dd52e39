"""Tambah…, Ubah…, Hapus…, Bidang ilmu… and Ganti foto… of one pegawai's Data SISTER: which are
offered (and why not), and what each does: the form of the family (a draf usulan), a confirmed
deletion usulan, a record's kelompok bidang ticked in SISTER's list, or a new pas foto chosen
from a file.

The Data SISTER window owns one; its pages ask it for the reason a button is disabled, so
the buttons stay visible with the reason in the tooltip wherever SISTER takes no such write.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import PegawaiSisterData
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.sister_writes import WriteOp, write_family
from sister_desktop.domain.usulan import Usulan
from sister_desktop.domain.usulan_special import FOTO_DATASET, takes_record_bidang_ilmu
from sister_desktop.domain.write_permission import WriteBlock, bkd_titles, write_block
from sister_desktop.services.data_sister_service import PegawaiWithData
from sister_desktop.services.usulan_service import UsulanError
from sister_desktop.texts.fill import fill
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.usulan_texts import problem_text, summary_line
from sister_desktop.texts.write_block_texts import block_reason
from sister_desktop.ui.common.async_helpers import dialog_result
from sister_desktop.ui.common.file_dialogs import choose_file, make_file_dialog
from sister_desktop.ui.common.message_boxes import ask
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.bidang_ilmu_dialog import BidangIlmuDialog
from sister_desktop.ui.usulan.usulan_form_dialog import FormTarget, UsulanFormDialog


class WriteActions(QObject):
    """What the Data SISTER window of one pegawai may propose to SISTER."""

    #: An usulan was made (a draf): the Usulan page and the window's message take it in.
    usulan_made = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget, say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._say = say
        self.loaded: PegawaiWithData | None = None
        self.writes_enabled = False
        self._bkd: frozenset[str] = frozenset()
        self._refused: dict[str, WriteBlock] = {}
        #: The form or question open now (tests reach it here).
        self.form: UsulanFormDialog | None = None
        self.question: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.bidang_dialog: BidangIlmuDialog | None = None

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._context.tasks.spawn(coro)

    def prepare(
        self,
        loaded: PegawaiWithData | None,
        *,
        writes_enabled: bool,
        refused: dict[str, WriteBlock] | None = None,
    ) -> None:
        """The pegawai shown, the switch, and the records SISTER refused to change (used in a
        PAK or a BKD, as its answer to an usulan said)."""
        self.loaded = loaded
        self.writes_enabled = writes_enabled
        self._bkd = _bkd_of(loaded.data) if loaded is not None else frozenset()
        self._refused = dict(refused or {})

    def reason(self, dataset: str, op: WriteOp, record: SisterRecord | None = None) -> str | None:
        """Why ``op`` is not offered (the disabled button's tooltip), None when it is."""
        linked = self.loaded is not None and bool(self.loaded.pegawai.id_sdm)
        block = write_block(
            dataset,
            op,
            writes_enabled=self.writes_enabled,
            linked=linked,
            record=record.values if record is not None else None,
            used_in_bkd=self._bkd,
            record_key=record.key if record is not None else None,
            refused=self._refused,
        )
        return block_reason(block) if block is not None else None

    def offers(self, dataset: str) -> bool:
        """Whether the family shows Ubah… and Hapus… (a PDDIKTI family shows them disabled,
        with the reason); families without a record write show none."""
        family = write_family(dataset)
        if family is None:
            return False
        return family.pddikti or bool(family.operations - {WriteOp.BIDANG_ILMU, WriteOp.FOTO})

    # -- the acts --------------------------------------------------------------------------------

    async def tambah(self, dataset: str) -> Usulan | None:
        return await self._form(dataset, None)

    async def ubah(self, dataset: str, record: SisterRecord | None) -> Usulan | None:
        return await self._form(dataset, record)

    async def _form(self, dataset: str, record: SisterRecord | None) -> Usulan | None:
        family = write_family(dataset)
        loaded = self.loaded
        if family is None or loaded is None or loaded.pegawai.id_sdm is None:
            return None
        p = loaded.pegawai
        dialog = UsulanFormDialog(
            self._context, FormTarget(p.id, p.nama, p.id_sdm or "", family, record), self._parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = dialog
        try:
            await dialog.load()
            await dialog_result(dialog)
            made = dialog.saved
        finally:
            self.form = None
        if made is not None:
            self._made(made)
        return made

    async def hapus(self, dataset: str, record: SisterRecord) -> Usulan | None:
        """Ask, then propose deleting ``record`` (a draf, sent only once approved)."""
        chosen = await ask(
            self._parent,
            name="hapus_question",
            title=self.tr("Delete from SISTER"),
            text=fill(
                self.tr("Propose deleting this record of %1 from SISTER?\n\n%2"),
                dataset_label(dataset),
                _title(record.values),
            ),
            informative=self.tr(
                "This makes a draft usulan; SISTER is asked only when it is approved and sent."
            ),
            yes=self.tr("Propose deletion"),
            no=QMessageBox.StandardButton.Cancel,
            shown=self._keep_question,
        )
        if not chosen:
            return None
        try:
            made = await self._context.usulan.hapus(dataset, record.key)
        except UsulanError as exc:
            self._say(problem_text(exc.code, "", exc.detail))
            return None
        self._made(made)
        return made

    def offers_bidang_ilmu(self, dataset: str) -> bool:
        """Whether the family's records carry a kelompok bidang of their own (Bidang ilmu…)."""
        family = write_family(dataset)
        return family is not None and takes_record_bidang_ilmu(family)

    async def bidang_ilmu(self, dataset: str, record: SisterRecord) -> Usulan | None:
        """The record's kelompok bidang, read from SISTER and ticked anew: a draf usulan."""
        dialog = BidangIlmuDialog(
            self._context, dataset, record, _title(record.values), self._parent
        )
        self.bidang_dialog = dialog
        try:
            closed = dialog_result(dialog)  # open while SISTER is read: Cancel works at once
            await dialog.load()
            await closed
            made = dialog.saved
        finally:
            self.bidang_dialog = None
            dialog.deleteLater()
        if made is not None:
            self._made(made)
        return made

    def foto_reason(self) -> str | None:
        """Why Ganti foto… is not offered (its tooltip), None when it is."""
        return self.reason(FOTO_DATASET, WriteOp.FOTO)

    async def ganti_foto(self) -> Usulan | None:
        """Propose a new pas foto: a JPG or PNG file chosen here, sent as it is once the
        usulan is approved (SISTER replaces the photo it holds)."""
        loaded = self.loaded
        if loaded is None or self.foto_reason() is not None:
            return None
        dialog = make_file_dialog(
            self._parent,
            self.tr("Choose the new photo"),
            save=False,
            name_filters=[self.tr("Photos (*.jpg *.jpeg *.png)")],
        )
        dialog.setObjectName("foto_file_dialog")
        path = await choose_file(dialog, shown=self._keep_file_dialog)
        if path is None:
            return None
        try:
            made = await self._context.usulan.foto(loaded.pegawai.id, path)
        except UsulanError as exc:
            self._say(problem_text(exc.code, "", exc.detail))
            return None
        self._made(made)
        self._say(
            fill(
                self.tr(
                    "Draft saved: %1. The photo is read from %2 when it is sent: keep the "
                    "file there until then."
                ),
                summary_line(made),
                str(path),
            )
        )
        return made

    def _keep_file_dialog(self, dialog: QFileDialog | None) -> None:
        self.file_dialog = dialog

    def _keep_question(self, box: QMessageBox | None) -> None:
        self.question = box

    def _made(self, item: Usulan) -> None:
        self._say(fill(self.tr("Draft saved: %1"), summary_line(item)))
        self.usulan_made.emit(item)


def _bkd_of(data: PegawaiSisterData) -> frozenset[str]:
    rows: list[Any] = []
    for history in data.group(SisterGroup.BKD):
        rows += [record.values for record in history.records]
    return bkd_titles(rows)


def _title(values: dict[str, Any]) -> str:
    for name in ("judul", "judul_makalah", "nama", "nama_organisasi", "sk", "sk_penugasan"):
        if values.get(name):
            return str(values[name])
    return ""
