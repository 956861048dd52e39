"""Usulan: where they come from (a riwayat file, a deletion, the Perbandingan), approval as its
own act, withdrawal, and the list the window and ``usulan list`` show.

Everything here is local: nothing is sent to SISTER (that is ``services/kirim_service.py``).
Each usulan is checked against the write catalogue when it is made, so what is approved is what
SISTER would accept, and an ubah keeps the version of the SISTER record it was made from.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sister_desktop.domain.comparison import local_value, same_value
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.sister_writes import (
    DEFAULT_JENIS_DOKUMEN,
    FieldType,
    WriteFamily,
    WriteOp,
    write_family,
)
from sister_desktop.domain.usulan import (
    APPROVABLE,
    CANCELLABLE,
    FieldChange,
    Usulan,
    UsulanDokumen,
    UsulanHistoryEntry,
    UsulanJenis,
    UsulanStatus,
)
from sister_desktop.domain.usulan_body import (
    body_from_record,
    duplicate_key,
    field_changes,
    record_hash,
)
from sister_desktop.domain.usulan_special import (
    BIDANG_ILMU_BODY_FIELDS,
    BIDANG_ILMU_FIELD,
    FOTO_DATASET,
    FOTO_FIELD,
    image_type,
    takes_record_bidang_ilmu,
)
from sister_desktop.domain.usulan_validation import (
    CoerceError,
    FieldProblem,
    ProblemCode,
    coerce,
    filled_fields,
    validate_body,
    validate_change,
    validate_fields,
)
from sister_desktop.domain.write_permission import WriteBlock, refused_records
from sister_desktop.files.usulan_file import (
    PEGAWAI_COLUMNS,
    PERAN_COLUMN,
    RECORD_COLUMN,
    body_columns,
    read_riwayat_file,
)
from sister_desktop.services.referensi_service import ReferensiService
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.schema import utcnow
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from sister_desktop.store.usulan_repository import UsulanRepository

log = logging.getLogger(__name__)

#: The families a record's ``id_litabmas``-like field points into.
LITABMAS_DATASETS = ("penelitian", "pengabdian")

#: Data pribadi fields the campus keeps too (``pegawai``), with SISTER's dataset and field:
#: what ``usulan dari-perbandingan`` may propose.
FROM_COMPARISON_FIELDS: dict[str, tuple[str, str]] = {
    "email": ("data_pribadi/alamat", "email"),
    "telepon_hp": ("data_pribadi/alamat", "telepon_hp"),
    "alamat": ("data_pribadi/alamat", "alamat"),
}


@dataclass(frozen=True, slots=True)
class ProposableField:
    """A data pribadi field SISTER takes from the campus whose campus value differs from
    SISTER's: a row of the Perbandingan's *Usulkan ke SISTER*. ``waiting`` when an usulan
    of its dataset is already drafted, approved or on its way (none is drafted twice)."""

    field: str
    dataset: str
    campus: str
    sister: str | None
    waiting: bool


@dataclass(frozen=True, slots=True)
class _Move:
    """An operator's move of usulan: from which statuses, to which, and the columns that keep
    who made it and when (approval is its own recorded act)."""

    allowed_from: frozenset[UsulanStatus]
    to: UsulanStatus
    stamp: tuple[str, str] | None = None


_SETUJUI = _Move(APPROVABLE, UsulanStatus.DISETUJUI, ("approved_by", "approved_at"))
_BATAL = _Move(CANCELLABLE, UsulanStatus.BATAL)


class RowProblemCode:
    """Row problems that are not a field's value (the field problems are ``ProblemCode``)."""

    NO_PEGAWAI = "no_pegawai"
    PEGAWAI_AMBIGUOUS = "pegawai_ambiguous"
    NOT_LINKED = "not_linked"
    NO_RECORD = "no_record"
    NOT_SYNCED = "not_synced"
    NO_CHANGE = "no_change"
    NOT_WRITABLE = "not_writable"
    FILE_MISSING = "file_missing"
    NOT_AN_IMAGE = "not_an_image"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of a file row, with its row number as Excel shows it."""

    row: int
    field: str
    code: str
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class AlreadyInSister:
    """A baru row that SISTER already has (by title and year, or the key fields)."""

    row: int
    pegawai_id: int
    sister_id: str
    asal_data: str | None = None


@dataclass
class UsulanImportReport:
    """What an import drafted, or would have (``dry_run``), and why not."""

    dataset: str
    drafted: list[Usulan] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    already: list[AlreadyInSister] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    rows: int = 0


class UsulanError(Exception):
    """An usulan cannot be made: ``code`` says why (a ``RowProblemCode``)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class UsulanFieldsError(Exception):
    """A form's values would be refused by SISTER: every problem, for the fields' messages."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


def _owner_member(family: WriteFamily, id_sdm: str, peran: Any) -> dict[str, Any] | None:
    member_field = family.field_named(family.owner_field or "")
    if member_field is None or member_field.type is not FieldType.MEMBERS:
        return None
    entry: dict[str, Any] = {}
    for inner in member_field.members:
        if inner.name == "id_sdm":
            entry["id_sdm"] = id_sdm
        elif inner.name == "peran":
            default = "K" if "K" in inner.choices else "A"
            entry["peran"] = str(peran).strip().upper() if peran else default
        elif inner.name == "aktif":
            entry["aktif"] = True
        elif inner.name == "no_urut":
            entry["no_urut"] = 1
        else:
            entry[inner.name] = None
    return entry


class UsulanService:
    """Makes, approves, withdraws and lists usulan of one database."""

    def __init__(
        self, db: Database, *, who: str | None = None, referensi: ReferensiService | None = None
    ) -> None:
        self._repo = UsulanRepository(db)
        self._records = SisterRecordRepository(db)
        self._pegawai = PegawaiRepository(db)
        self._referensi = referensi
        self.who = who

    async def _known_ids(
        self, family: WriteFamily, fields: Iterable[str] | None = None
    ) -> dict[str, frozenset[str]] | None:
        """The referensi ids an usulan's fields may carry (cached lists, a missing one fetched
        once); ``None`` without a referensi source (nothing to check against)."""
        if self._referensi is None:
            return None
        return await self._referensi.known_ids(family, fields)

    @property
    def repository(self) -> UsulanRepository:
        return self._repo

    # -- reading -----------------------------------------------------------------------------

    async def find(
        self, statuses: Iterable[UsulanStatus] | None = None, *, run_id: str | None = None
    ) -> list[Usulan]:
        return await self._repo.find(statuses=statuses, run_id=run_id)

    async def get(self, usulan_id: int) -> Usulan | None:
        return await self._repo.get(usulan_id)

    async def history(self, usulan_id: int) -> list[UsulanHistoryEntry]:
        return await self._repo.history(usulan_id)

    async def counts(self) -> dict[UsulanStatus, int]:
        return await self._repo.counts()

    async def refused_records(self, pegawai_id: int) -> dict[str, WriteBlock]:
        """The pegawai's SISTER records SISTER refused to change or delete because a PAK or a
        BKD uses them (its 403 to an usulan of each), by record id."""
        return refused_records(await self._repo.find(pegawai_ids=[pegawai_id]))

    async def litabmas_titles(self, pegawai_id: int) -> dict[str, str]:
        """The titles of the pegawai's synced penelitian and pengabdian by SISTER id: what an
        ``id_litabmas_sebelumnya`` (or a publication's ``id_litabmas``) names."""
        records = await self._records.records(pegawai_id, list(LITABMAS_DATASETS))
        return {r.key: str(r.values.get("judul")) for r in records if r.values.get("judul")}

    async def record_of(self, item: Usulan) -> SisterRecord | None:
        """The synced record an ubah or hapus is about (its documents' names, a draf's form)."""
        if item.record_id is None:
            return None
        if item.record_id == "":
            if item.pegawai_id is None:
                return None
            records = await self._records.records(item.pegawai_id, [item.dataset])
            return records[0] if records else None
        found = await self._records.find_record(item.dataset, item.record_id)
        return found[0] if found is not None else None

    @staticmethod
    def changes(item: Usulan) -> list[FieldChange]:
        """The usulan's fields, SISTER's value when it was made → the proposed one."""
        if item.jenis is UsulanJenis.HAPUS:
            return field_changes(item.base_record, {})
        if item.jenis is UsulanJenis.BARU:
            return field_changes({}, item.body)
        return field_changes(item.base_record, item.body, item.changed_fields or None)

    # -- approving and withdrawing -------------------------------------------------------------

    async def setujui(self, ids: Iterable[int] | None = None) -> list[int]:
        """Approve the given drafts (every draft with ``None``); the ids approved."""
        return await self._move(_SETUJUI, ids)

    async def batal(self, ids: Iterable[int]) -> list[int]:
        """Withdraw usulan not sent yet; the ids withdrawn (a sent one stays as it is)."""
        return await self._move(_BATAL, ids)

    async def _move(self, move: _Move, ids: Iterable[int] | None) -> list[int]:
        """One of the operator's moves over ``ids`` (every usulan it may move with ``None``):
        only those in the move's statuses move, each with its history line."""
        if ids is None:
            ids = [item.id for item in await self._repo.find(statuses=move.allowed_from) if item.id]
        values = None
        if move.stamp is not None:
            by_column, at_column = move.stamp
            values = {by_column: self.who, at_column: utcnow()}
        return await self._repo.move(
            ids, allowed_from=move.allowed_from, to=move.to, by=self.who, values=values
        )

    # -- making ---------------------------------------------------------------------------------

    async def add(self, items: Sequence[Usulan]) -> list[Usulan]:
        """Store usulan made elsewhere (a form); the stored ones."""
        ids = await self._repo.add_many(items, by=self.who)
        return await self._repo.find(ids=ids)

    async def baru(
        self,
        pegawai_id: int,
        dataset: str,
        values: Mapping[str, Any],
        *,
        dokumen: Sequence[UsulanDokumen] = (),
        referensi: Mapping[str, frozenset[str]] | None = None,
    ) -> Usulan:
        """A draf baru from a form: ``values`` are the fields the operator filled (the rest
        are sent empty, as SISTER asks every field); the owner is the pegawai. Raises
        ``UsulanFieldsError`` with every problem, so nothing SISTER would refuse is saved."""
        family = write_family(dataset)
        if family is None or WriteOp.CREATE not in family.operations:
            raise UsulanError(RowProblemCode.NOT_WRITABLE, dataset)
        person = await self._pegawai.get(pegawai_id)
        if person is None or not person.id_sdm:
            raise UsulanError(RowProblemCode.NOT_LINKED, str(pegawai_id))
        body: dict[str, Any] = {name: None for name in family.body_field_names}
        for spec in family.fields:
            if spec.type in (FieldType.MEMBERS, FieldType.ID_LIST):
                body[spec.name] = []
        body.update({name: value for name, value in values.items() if value is not None})
        if family.field_named("id_sdm") is not None:
            body["id_sdm"] = person.id_sdm
        owner_field = family.owner_field
        if owner_field and family.field_named(owner_field) is not None:
            members = list(body.get(owner_field) or [])
            if not any(m.get("id_sdm") == person.id_sdm for m in members):
                owner = _owner_member(family, person.id_sdm, None)
                if owner is not None:
                    body[owner_field] = [owner, *members]
        if referensi is None:
            referensi = await self._known_ids(family, filled_fields(body))
        problems = validate_body(family, body, referensi=referensi)
        if problems:
            raise UsulanFieldsError(problems)
        return await self._draft(
            person.id,
            person.nama,
            person.id_sdm,
            dataset,
            UsulanJenis.BARU,
            body=body,
            dokumen=tuple(dokumen),
            source="form",
        )

    async def _draft(
        self,
        pegawai_id: int,
        pegawai_nama: str | None,
        id_sdm: str,
        dataset: str,
        jenis: UsulanJenis,
        **fields: Any,
    ) -> Usulan:
        """One new draf of a pegawai, stored with its history."""
        item = Usulan(
            id=None,
            pegawai_id=pegawai_id,
            pegawai_nama=pegawai_nama,
            id_sdm=id_sdm,
            dataset=dataset,
            jenis=jenis,
            status=UsulanStatus.DRAF,
            **fields,
        )
        (stored,) = await self.add([item])
        return stored

    async def ubah(
        self,
        pegawai_id: int,
        dataset: str,
        record_id: str,
        values: Mapping[str, Any],
        *,
        dokumen: Sequence[UsulanDokumen] = (),
        referensi: Mapping[str, frozenset[str]] | None = None,
    ) -> Usulan:
        """A draf ubah from a form over the synced record ``record_id`` (``""`` for a data
        pribadi object): the fields that differ from SISTER's are the change, the record's
        version is kept so the Kirim can tell when SISTER moved since."""
        family = write_family(dataset)
        if family is None or not family.operations & {WriteOp.UPDATE, WriteOp.PUT_OBJECT}:
            raise UsulanError(RowProblemCode.NOT_WRITABLE, dataset)
        person = await self._pegawai.get(pegawai_id)
        if person is None or not person.id_sdm:
            raise UsulanError(RowProblemCode.NOT_LINKED, str(pegawai_id))
        records = await self._records.records(pegawai_id, [dataset])
        if WriteOp.PUT_OBJECT in family.operations:
            record = records[0] if records else None
        else:
            record = next((r for r in records if r.key == record_id), None)
        if record is None:
            raise UsulanError(RowProblemCode.NO_RECORD, record_id or dataset)
        base = body_from_record(family, record.values)
        changed = {
            name: value
            for name, value in values.items()
            if name in base and base.get(name) != value and not (value is None and not base[name])
        }
        if not changed and not dokumen:
            raise UsulanError(RowProblemCode.NO_CHANGE, record_id or dataset)
        body = {**base, **changed}
        if referensi is None:
            referensi = await self._known_ids(family, changed)
        problems = validate_change(family, body, changed, referensi=referensi)
        if problems:
            raise UsulanFieldsError(problems)
        return await self._draft(
            person.id,
            person.nama,
            person.id_sdm,
            dataset,
            UsulanJenis.UBAH,
            body=body,
            changed_fields=tuple(changed)
            + (("dokumen",) if dokumen and "dokumen" not in changed else ()),
            record_id=record.key if WriteOp.PUT_OBJECT not in family.operations else "",
            base_record=base,
            base_hash=record_hash(base),
            dokumen=tuple(dokumen),
            source="form",
        )

    async def simpan_draf(
        self,
        usulan_id: int,
        values: Mapping[str, Any],
        *,
        referensi: Mapping[str, frozenset[str]] | None = None,
    ) -> Usulan:
        """A draf opened again in its form and saved: its body takes the new values (still
        checked whole); an usulan past draf is not changed."""
        item = await self._repo.get(usulan_id)
        if item is None or item.status is not UsulanStatus.DRAF or item.body is None:
            raise UsulanError(RowProblemCode.NO_RECORD, str(usulan_id))
        family = write_family(item.dataset)
        assert family is not None
        body = {**item.body, **{k: v for k, v in values.items() if k in item.body}}
        if family.field_named("id_sdm") is not None:
            body["id_sdm"] = item.id_sdm
        if referensi is None:
            referensi = await self._known_ids(family, filled_fields(values))
        problems = validate_body(family, body, referensi=referensi)
        if problems:
            raise UsulanFieldsError(problems)
        changed: list[str] | None = None
        if item.jenis is UsulanJenis.UBAH and item.base_record is not None:
            base = item.base_record
            changed = [
                name
                for name in body
                if name in base
                and base.get(name) != body[name]
                and not (body[name] is None and not base[name])
            ]
            if item.dokumen and "dokumen" not in changed:
                changed.append("dokumen")
        await self._repo.update_body(usulan_id, body, changed)
        return await self._repo.get(usulan_id)  # type: ignore[return-value]

    async def foto(self, pegawai_id: int, path: Path) -> Usulan:
        """A draf of the pegawai's new photo: the JPG or PNG file at ``path``, sent as it is
        when the usulan goes (SISTER replaces the photo; no ajuan for either role)."""
        person = await self._pegawai.get(pegawai_id)
        if person is None or not person.id_sdm:
            raise UsulanError(RowProblemCode.NOT_LINKED, str(pegawai_id))
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            raise UsulanError(RowProblemCode.FILE_MISSING, str(path)) from exc
        if image_type(head) is None:
            raise UsulanError(RowProblemCode.NOT_AN_IMAGE, path.name)
        return await self._draft(
            person.id,
            person.nama,
            person.id_sdm,
            FOTO_DATASET,
            UsulanJenis.UBAH,
            body={FOTO_FIELD: str(path.resolve())},
            changed_fields=(FOTO_FIELD,),
            record_id="",
            source="form",
        )

    async def bidang_ilmu(
        self,
        dataset: str,
        record_id: str,
        kelompok: Sequence[str],
        *,
        current: Sequence[str] | None = None,
    ) -> Usulan:
        """A draf of a synced record's kelompok bidang (``kelompok``: the ids in order), sent
        by the record's own ``bidang_ilmu`` PUT; the record's pegawai is its owner.
        ``current``, when the maker read SISTER's list, is kept as the version: SISTER's
        list moved since stops it as ``berubah_di_sister``. Raises ``UsulanFieldsError`` for
        an id not in ``referensi/kelompok_bidang``."""
        family = write_family(dataset)
        if family is None or not takes_record_bidang_ilmu(family):
            raise UsulanError(RowProblemCode.NOT_WRITABLE, dataset)
        found = await self._records.find_record(dataset, record_id.lower())
        if found is None:
            raise UsulanError(RowProblemCode.NO_RECORD, record_id)
        record, id_sdm, nama = found
        body: dict[str, Any] = {BIDANG_ILMU_FIELD: [str(k).lower() for k in kelompok]}
        known = None
        if self._referensi is not None:
            lists = {f.referensi for f in BIDANG_ILMU_BODY_FIELDS if f.referensi}
            known = await self._referensi.known_ids_of(sorted(lists))
        problems = validate_fields(BIDANG_ILMU_BODY_FIELDS, body, referensi=known)
        if problems:
            raise UsulanFieldsError(problems)
        base = None if current is None else {BIDANG_ILMU_FIELD: [str(k).lower() for k in current]}
        return await self._draft(
            record.pegawai_id,
            nama,
            id_sdm,
            dataset,
            UsulanJenis.UBAH,
            body=body,
            changed_fields=(BIDANG_ILMU_FIELD,),
            record_id=record.key,
            base_record=base,
            base_hash=None if base is None else record_hash(base),
            source="form",
        )

    async def hapus(
        self,
        dataset: str,
        record_id: str,
        *,
        dokumen: Sequence[UsulanDokumen] = (),
    ) -> Usulan:
        """Propose deleting the synced SISTER record ``record_id`` of ``dataset``."""
        family = write_family(dataset)
        if family is None or WriteOp.DELETE not in family.operations:
            raise UsulanError(RowProblemCode.NOT_WRITABLE, dataset)
        found = await self._records.find_record(dataset, record_id)
        if found is None:
            raise UsulanError(RowProblemCode.NO_RECORD, record_id)
        record, id_sdm, nama = found
        values = record.values
        base = body_from_record(family, values)
        return await self._draft(
            record.pegawai_id,
            nama,
            id_sdm,
            dataset,
            UsulanJenis.HAPUS,
            record_id=record.key,
            base_record=base,
            base_hash=record_hash(base),
            dokumen=tuple(dokumen),
            source="hapus",
        )

    async def from_comparison(
        self,
        fields: Iterable[str] | None = None,
        pegawai_ids: Iterable[int] | None = None,
    ) -> list[Usulan]:
        """Ubah usulan for every writable data pribadi field where the campus's value differs
        from SISTER's (the reverse of Terapkan), one per pegawai and SISTER dataset."""
        chosen = list(fields) if fields is not None else list(FROM_COMPARISON_FIELDS)
        unknown = [name for name in chosen if name not in FROM_COMPARISON_FIELDS]
        if unknown:
            raise UsulanError(RowProblemCode.NOT_WRITABLE, ", ".join(unknown))
        if pegawai_ids is None:
            people = await self._pegawai.list_all()
        else:
            people = await self._pegawai.get_many(pegawai_ids)
        pending = {
            (item.pegawai_id, item.dataset)
            for item in await self._repo.find(
                statuses=(UsulanStatus.DRAF, UsulanStatus.DISETUJUI, UsulanStatus.SENDING)
            )
        }
        made: list[Usulan] = []
        for person in people:
            if person.id_sdm is None or person.id is None:
                continue
            by_dataset: dict[str, list[str]] = {}
            for name in chosen:
                dataset, _ = FROM_COMPARISON_FIELDS[name]
                by_dataset.setdefault(dataset, []).append(name)
            for dataset, names in by_dataset.items():
                if (person.id, dataset) in pending:
                    continue
                item = await self._comparison_usulan(person, dataset, names)
                if item is not None:
                    made.append(item)
        if not made:
            return []
        return await self.add(made)

    async def proposable(self, pegawai_id: int) -> list[ProposableField]:
        """The writable data pribadi fields where this pegawai's campus value differs from
        what SISTER has (the synced record): what the Perbandingan offers to propose, field
        by field."""
        person = await self._pegawai.get(pegawai_id)
        if person is None or person.id is None or person.id_sdm is None:
            return []
        waiting = {
            item.dataset
            for item in await self._repo.find(
                statuses=(UsulanStatus.DRAF, UsulanStatus.DISETUJUI, UsulanStatus.SENDING),
                pegawai_ids=[person.id],
            )
        }
        found: list[ProposableField] = []
        for name, (dataset, sister_field) in FROM_COMPARISON_FIELDS.items():
            family = write_family(dataset)
            campus = str(getattr(person, name, None) or "").strip()
            records = await self._records.records(person.id, [dataset])
            if family is None or not campus or not records:
                continue
            sister = body_from_record(family, records[0].values).get(sister_field)
            sister_text = str(sister or "").strip() or None
            if campus.lower() != (sister_text or "").lower():
                found.append(
                    ProposableField(name, dataset, campus, sister_text, dataset in waiting)
                )
        return found

    async def _comparison_usulan(
        self, person: Pegawai, dataset: str, names: Sequence[str]
    ) -> Usulan | None:
        family = write_family(dataset)
        assert family is not None
        records = await self._records.records(person.id, [dataset])  # type: ignore[arg-type]
        if not records:
            return None
        base = body_from_record(family, records[0].values)
        changes: dict[str, Any] = {}
        for name in names:
            _, sister_field = FROM_COMPARISON_FIELDS[name]
            campus = local_value(person, name)
            if campus is None:
                continue  # the campus keeps nothing here: nothing to propose
            theirs = base.get(sister_field)
            # The Perbandingan's own rule, so what it shows as different is what is proposed.
            if not same_value(name, campus, None if theirs is None else str(theirs)):
                changes[sister_field] = campus
        if not changes:
            return None
        body = {**base, **changes}
        if validate_body(family, body):
            return None
        return Usulan(
            id=None,
            pegawai_id=person.id,
            pegawai_nama=person.nama,
            id_sdm=person.id_sdm or "",
            dataset=dataset,
            jenis=UsulanJenis.UBAH,
            status=UsulanStatus.DRAF,
            body=body,
            changed_fields=tuple(changes),
            record_id="",
            base_record=base,
            base_hash=record_hash(base),
            source="perbandingan",
        )

    async def import_file(
        self, path: Path, dataset: str, *, dry_run: bool = False
    ) -> UsulanImportReport:
        """Draft an usulan per row of a riwayat file, all or nothing: a file with a problem
        drafts none and names every problem with its row; a baru SISTER already has is
        reported as "sudah ada di SISTER" and not drafted. Raises ``ImportFileError`` for a
        file that cannot be read, ``UsulanError`` for a family SISTER takes no record for."""
        family = write_family(dataset)
        if (
            family is None
            or not ({WriteOp.CREATE, WriteOp.PUT_OBJECT} & family.operations)
            or family.fields == ()
        ):
            raise UsulanError(RowProblemCode.NOT_WRITABLE, dataset)
        table = read_riwayat_file(path, family)
        report = UsulanImportReport(
            dataset, ignored_columns=table.ignored_columns, dry_run=dry_run, rows=len(table.rows)
        )
        people = _PeopleIndex(await self._pegawai.list_all())
        known = await self._known_ids(family)
        records_of: dict[int, list[SisterRecord]] = {}
        drafts: list[Usulan] = []
        seen_keys: dict[tuple[int, tuple[str, ...]], int] = {}
        for row in table.rows:
            person, problem = people.find(row.cells)
            if problem is not None:
                report.problems.append(RowProblem(row.row, problem[0], problem[1], problem[2]))
                continue
            assert person is not None and person.id is not None
            if person.id_sdm is None:
                report.problems.append(RowProblem(row.row, "nama", RowProblemCode.NOT_LINKED))
                continue
            if person.id not in records_of:
                records_of[person.id] = await self._records.records(person.id, [dataset])
            made = self._row_usulan(
                family, row.row, row.cells, person, records_of[person.id], path, known
            )
            if isinstance(made, AlreadyInSister):
                report.already.append(made)
                continue
            if isinstance(made, list):
                report.problems += made
                continue
            if made.jenis is UsulanJenis.BARU and made.body is not None:
                key = duplicate_key(family, made.body)
                if key is not None:
                    earlier = seen_keys.get((person.id, key))
                    if earlier is not None:
                        report.problems.append(
                            RowProblem(
                                row.row, family.title_field or "", "duplicate_row", str(earlier)
                            )
                        )
                        continue
                    seen_keys[(person.id, key)] = row.row
            drafts.append(made)
        if report.problems:
            return report
        if dry_run:
            report.drafted = drafts
            return report
        report.drafted = await self.add(drafts) if drafts else []
        return report

    def _row_usulan(
        self,
        family: WriteFamily,
        row: int,
        cells: Mapping[str, Any],
        person: Pegawai,
        records: Sequence[SisterRecord],
        source_path: Path,
        known: Mapping[str, frozenset[str]] | None = None,
    ) -> Usulan | AlreadyInSister | list[RowProblem]:
        problems: list[RowProblem] = []
        values: dict[str, Any] = {}
        for name in body_columns(family):
            spec = family.field_named(name)
            assert spec is not None
            try:
                value = coerce(spec, cells.get(name))
            except CoerceError as exc:
                problems.append(RowProblem(row, name, exc.code.value, exc.detail))
                continue
            if value is not None:
                values[name] = value
        documents, doc_problems = _documents(row, cells, source_path)
        problems += doc_problems
        if problems:
            return problems
        record_id = str(cells.get(RECORD_COLUMN) or "").strip().lower()
        is_object = WriteOp.PUT_OBJECT in family.operations
        if is_object or record_id:
            return self._ubah(family, row, values, person, records, record_id, documents, known)
        body: dict[str, Any] = {name: None for name in family.body_field_names}
        body.update(values)
        if family.field_named("id_sdm") is not None:
            body["id_sdm"] = person.id_sdm
        for spec in family.fields:
            empty_list = spec.type is FieldType.ID_LIST and body.get(spec.name) is None
            if spec.type is FieldType.MEMBERS or empty_list:
                body[spec.name] = []
        owner = _owner_member(family, person.id_sdm or "", cells.get(PERAN_COLUMN))
        if owner is not None and family.owner_field:
            body[family.owner_field] = [owner]
        field_problems = validate_body(family, body, referensi=known)
        if field_problems:
            return [_row_problem(row, problem) for problem in field_problems]
        key = duplicate_key(family, body)
        if key is not None:
            for record in records:
                if duplicate_key(family, record.values) == key:
                    asal = record.values.get("asal_data")
                    return AlreadyInSister(row, person.id or 0, record.key, asal)
        return Usulan(
            id=None,
            pegawai_id=person.id,
            pegawai_nama=person.nama,
            id_sdm=person.id_sdm or "",
            dataset=family.dataset,
            jenis=UsulanJenis.BARU,
            status=UsulanStatus.DRAF,
            body=body,
            dokumen=tuple(documents),
            source="import",
        )

    @staticmethod
    def _ubah(
        family: WriteFamily,
        row: int,
        values: dict[str, Any],
        person: Pegawai,
        records: Sequence[SisterRecord],
        record_id: str,
        documents: list[UsulanDokumen],
        known: Mapping[str, frozenset[str]] | None = None,
    ) -> Usulan | list[RowProblem]:
        if WriteOp.PUT_OBJECT in family.operations:
            record = records[0] if records else None
            if record is None:
                return [RowProblem(row, "nama", RowProblemCode.NOT_SYNCED, family.dataset)]
        else:
            record = next((r for r in records if r.key == record_id), None)
            if record is None:
                return [RowProblem(row, RECORD_COLUMN, RowProblemCode.NO_RECORD, record_id)]
        base = body_from_record(family, record.values)
        changed = {name: value for name, value in values.items() if base.get(name) != value}
        if not changed and not documents:
            return [RowProblem(row, RECORD_COLUMN, RowProblemCode.NO_CHANGE, record_id or None)]
        body = {**base, **changed}
        field_problems = validate_change(family, body, changed, referensi=known)
        if field_problems:
            return [_row_problem(row, problem) for problem in field_problems]
        return Usulan(
            id=None,
            pegawai_id=person.id,
            pegawai_nama=person.nama,
            id_sdm=person.id_sdm or "",
            dataset=family.dataset,
            jenis=UsulanJenis.UBAH,
            status=UsulanStatus.DRAF,
            body=body,
            changed_fields=tuple(changed) + (("dokumen",) if documents else ()),
            record_id=record.key,
            base_record=base,
            base_hash=record_hash(base),
            dokumen=tuple(documents),
            source="import",
        )


def _row_problem(row: int, problem: FieldProblem) -> RowProblem:
    return RowProblem(row, problem.field, problem.code.value, problem.detail)


def _documents(
    row: int, cells: Mapping[str, Any], source_path: Path
) -> tuple[list[UsulanDokumen], list[RowProblem]]:
    file_cell = str(cells.get("dokumen_file") or "").strip()
    link = str(cells.get("dokumen_tautan") or "").strip()
    if not file_cell and not link:
        return [], []
    problems: list[RowProblem] = []
    path: str | None = None
    if file_cell:
        candidate = Path(file_cell)
        if not candidate.is_absolute():
            candidate = source_path.parent / candidate
        if not candidate.is_file():
            problems.append(RowProblem(row, "dokumen_file", RowProblemCode.FILE_MISSING, file_cell))
        path = str(candidate)
    jenis_cell = cells.get("dokumen_jenis")
    jenis = DEFAULT_JENIS_DOKUMEN
    if jenis_cell not in (None, ""):
        try:
            jenis = int(float(str(jenis_cell)))
        except ValueError:
            problems.append(RowProblem(row, "dokumen_jenis", ProblemCode.NOT_INTEGER.value))
    nama = str(cells.get("dokumen_nama") or "").strip() or (
        Path(file_cell).name if file_cell else link
    )
    keterangan = str(cells.get("dokumen_keterangan") or "").strip() or None
    return [
        UsulanDokumen(
            nama=nama[:200],
            id_jenis_dokumen=jenis,
            path=path,
            tautan=link or None,
            keterangan=keterangan,
        )
    ], problems


class _PeopleIndex:
    """The campus's pegawai by local id and identifier, for the rows of a file."""

    def __init__(self, people: Sequence[Pegawai]) -> None:
        self._by_id = {person.id: person for person in people}
        self._by: dict[str, dict[str, list[Pegawai]]] = {}
        for name in PEGAWAI_COLUMNS[1:]:
            index: dict[str, list[Pegawai]] = {}
            for person in people:
                value = getattr(person, name, None)
                if value:
                    index.setdefault(str(value).strip(), []).append(person)
            self._by[name] = index

    def find(
        self, cells: Mapping[str, Any]
    ) -> tuple[Pegawai | None, tuple[str, str, str | None] | None]:
        raw_id = cells.get("id_pegawai")
        if raw_id not in (None, ""):
            try:
                person = self._by_id.get(int(float(str(raw_id))))
            except ValueError:
                person = None
            if person is None:
                return None, ("id_pegawai", RowProblemCode.NO_PEGAWAI, str(raw_id))
            return person, None
        for name in PEGAWAI_COLUMNS[1:]:
            raw = cells.get(name)
            if raw in (None, ""):
                continue
            text = str(int(raw)) if isinstance(raw, float) else str(raw).strip()
            found = self._by[name].get(text, [])
            if len(found) == 1:
                return found[0], None
            if len(found) > 1:
                return None, (name, RowProblemCode.PEGAWAI_AMBIGUOUS, text)
            return None, (name, RowProblemCode.NO_PEGAWAI, text)
        return None, ("id_pegawai", RowProblemCode.NO_PEGAWAI, None)
