"""Monitoring after a sync: the Perbandingan (campus beside SISTER), "Terapkan data SISTER" with
history and undo, the orphan lists both ways, "Tambah dari SISTER", and what changed in a run.

The window and ``sister-desktop compare`` both come through here. SISTER wins for the fields it
owns: nothing here writes to SISTER; the operator may copy SISTER's value into the campus record.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.changes import FIRST_SYNC, RECORD_ADDED
from sister_desktop.domain.comparison import (
    APPLICABLE_FIELDS,
    PegawaiComparison,
    applied_value,
    compare_pegawai,
    difference_counts,
    sister_values,
)
from sister_desktop.domain.comparison_history import (
    ComparisonHistoryEntry,
    FieldCopy,
    UndoResult,
    as_text,
)
from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.identifiers import normalize_identifier
from sister_desktop.domain.matching import sdm_on_campus
from sister_desktop.domain.monitoring import Orphans, PegawaiChange
from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.domain.records import SdmRow
from sister_desktop.domain.sync_log import DERIVED_ENDPOINT, SyncLogRow, SyncRun
from sister_desktop.files import report_xlsx
from sister_desktop.files.report_xlsx import ReportSheet
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.linking import current_operator
from sister_desktop.store.comparison_repository import ComparisonRepository, SyncedPegawai
from sister_desktop.store.database import Database
from sister_desktop.store.sister_data_repository import SisterDataRepository
from sister_desktop.store.sync_repository import SyncRepository

log = logging.getLogger(__name__)

#: ``refresh`` -> SISTER's SDM list (the linking service's cache, or a direct fetch).
SdmListSource = Callable[[bool], Awaitable[Sequence[SdmRow]]]

#: Kinds of change an operator looks for after a sync, in display order. The first five are
#: derived values (new rank, grade, degree, assignment, status); ``data`` is any other field.
CHANGE_KINDS = (
    "jabatan_fungsional",
    "pangkat_golongan",
    "pendidikan_tertinggi",
    "homebase_unit",
    "status_aktif",
    "data",
)
_HISTORY_KIND = {"pendidikan_formal": "pendidikan_tertinggi", "penugasan": "homebase_unit"}


@dataclass(frozen=True, slots=True)
class ComparisonReport:
    """The Perbandingan of every synced linked employee, and the counts per field."""

    items: tuple[PegawaiComparison, ...]
    counts: dict[str, int]
    #: Linked employees with no stored SISTER data yet (never synced since linking).
    not_synced: int = 0

    @property
    def different(self) -> tuple[PegawaiComparison, ...]:
        return tuple(item for item in self.items if item.differences)


@dataclass(frozen=True, slots=True)
class PlannedCopy:
    """One value "Terapkan data SISTER" would write: the campus's value now, and after."""

    pegawai_id: int
    nama: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class ApplyOutcome:
    batch_id: str
    changed: int


@dataclass(frozen=True, slots=True)
class OrphansRead:
    """The orphan lists as far as they could be read: with SISTER unavailable, only the campus
    employees without a link (``unavailable`` says why SISTER's side is missing)."""

    orphans: Orphans
    unavailable: SisterUnavailableError | None = None


class NotInSdmListError(LookupError):
    """ "Tambah dari SISTER" for an id_sdm that SISTER's list does not (or no longer) hold."""

    code = ErrorCode.NOT_IN_SDM_LIST

    def __init__(self, id_sdm: str) -> None:
        super().__init__(id_sdm)
        self.id_sdm = id_sdm


class ComparisonService:
    """One per open database."""

    def __init__(
        self,
        db: Database,
        sdm_list: SdmListSource | None = None,
        *,
        operator: str | None = None,
    ) -> None:
        self.repository = ComparisonRepository(db)
        self.runs = SyncRepository(db)
        self.sister_data = SisterDataRepository(db)
        self._sdm_list = sdm_list
        self.operator = operator if operator is not None else current_operator()

    # -- Perbandingan ------------------------------------------------------------------------

    async def compare(self, pegawai_ids: Sequence[int] | None = None) -> ComparisonReport:
        """The Perbandingan from the data of the last sync (no request to SISTER)."""
        synced = await self.repository.linked(pegawai_ids)
        return await run_cpu(_report, synced)

    async def compare_one(self, pegawai_id: int) -> PegawaiComparison | None:
        """One employee's fields, ``None`` when not linked or never synced."""
        report = await self.compare([pegawai_id])
        return report.items[0] if report.items else None

    # -- Terapkan data SISTER ----------------------------------------------------------------

    async def plan_apply(self, selection: Iterable[tuple[int, str]]) -> list[PlannedCopy]:
        """What ``apply`` of ``selection`` would write, for the operator to see first."""
        return [planned for _, planned in await self._copies(selection)]

    async def _copies(
        self, selection: Iterable[tuple[int, str]]
    ) -> list[tuple[FieldCopy, PlannedCopy]]:
        wanted = list(dict.fromkeys(selection))
        for _, name in wanted:
            if name not in APPLICABLE_FIELDS:
                raise ValueError(name)
        report = await self.compare(list(dict.fromkeys(p for p, _ in wanted)))
        by_id = {item.pegawai_id: item for item in report.items}
        copies = []
        for pegawai_id, name in wanted:
            item = by_id.get(pegawai_id)
            if item is None:
                continue
            compared = item.field(name)
            if compared.applicable:
                value = applied_value(name, compared.local, compared.sister)
                copies.append(
                    (
                        FieldCopy(pegawai_id, name, value, item.id_sdm),
                        PlannedCopy(pegawai_id, item.nama, name, compared.local, as_text(value)),
                    )
                )
        return copies

    async def apply(self, selection: Iterable[tuple[int, str]]) -> ApplyOutcome:
        """Copy SISTER's value into the campus record for each ``(pegawai_id, field)``.

        The value copied is the one stored at the last sync (read again here, so a stale
        window never writes an old value). Fields that do not differ are left alone, and so
        are fields SISTER has no value for; a name keeps the campus's titles and letter case.
        """
        copies = [copy for copy, _ in await self._copies(selection)]
        if not copies:
            return ApplyOutcome("", 0)
        batch_id, changed = await self.repository.apply(copies, who=self.operator)
        log.info("Terapkan data SISTER: %d field(s) in batch %s", changed, batch_id)
        return ApplyOutcome(batch_id, changed)

    async def apply_pegawai(self, pegawai_ids: Iterable[int]) -> ApplyOutcome:
        """Every differing field SISTER's value can fill, for the given employees."""
        return await self.apply(await self.pegawai_fields(pegawai_ids))

    async def pegawai_fields(self, pegawai_ids: Iterable[int]) -> list[tuple[int, str]]:
        """The ``(pegawai_id, field)`` keys "Terapkan for this pegawai" would copy."""
        report = await self.compare(list(pegawai_ids))
        return [
            (item.pegawai_id, f.field) for item in report.items for f in item.fields if f.applicable
        ]

    async def undo(self, batch_id: str) -> UndoResult:
        result = await self.repository.undo(batch_id, who=self.operator)
        log.info(
            "Undo of %s: %d restored, %d kept (changed since)",
            batch_id,
            result.restored,
            len(result.conflicts),
        )
        return result

    async def history(self, pegawai_id: int | None = None) -> list[ComparisonHistoryEntry]:
        return await self.repository.history(pegawai_id)

    # -- orphans -----------------------------------------------------------------------------

    async def orphans(self, *, refresh: bool = False) -> Orphans:
        """Both orphan lists; the SDM list comes from SISTER (cached per session).

        Raises what the SDM source raises when SISTER cannot be asked
        (``SisterUnavailableError`` from the linking service).
        """
        rows = await self._fetch_sdm(refresh)
        linked = await self.repository.linked_id_sdm()
        unlinked_rows = sorted(
            (row for row in rows if row.id_sdm not in linked),
            key=lambda r: (r.nama_sdm.casefold(), r.id_sdm),
        )
        on_campus = sdm_on_campus(unlinked_rows, await self.repository.all_pegawai())
        return Orphans(
            tuple(r for r in unlinked_rows if r.id_sdm not in on_campus),
            tuple(await self.repository.unlinked()),
            tuple(r for r in unlinked_rows if r.id_sdm in on_campus),
        )

    async def orphans_or_unlinked(self, *, refresh: bool = False) -> OrphansRead:
        """``orphans``, or with SISTER unavailable the campus employees without a link alone
        (and why): the window's Belum terhubung and ``compare`` show what can be shown."""
        try:
            return OrphansRead(await self.orphans(refresh=refresh))
        except SisterUnavailableError as exc:
            return OrphansRead(Orphans((), tuple(await self.repository.unlinked())), exc)

    async def recent_runs(self, limit: int = 100) -> list[SyncRun]:
        """The newest runs first, for the Perubahan's choice of run."""
        return await self.runs.runs(limit=limit)

    async def _fetch_sdm(self, refresh: bool) -> Sequence[SdmRow]:
        if self._sdm_list is None:
            raise RuntimeError("no SDM list source")
        return await self._sdm_list(refresh)

    async def add_from_sister(self, id_sdm: str) -> Pegawai:
        """ "Tambah dari SISTER": a campus employee from SISTER's row, linked to it at once.

        Raises ``NotInSdmListError`` or ``SdmAlreadyLinkedError`` (nothing written).
        """
        row = next((r for r in await self._fetch_sdm(False) if r.id_sdm == id_sdm), None)
        if row is None:
            raise NotInSdmListError(id_sdm)
        item = pegawai_from_sdm(row)
        new_id = await self.repository.add_linked(
            item, id_sdm, who=self.operator, reason="tambah_dari_sister"
        )
        log.info("Tambah dari SISTER: pegawai %s linked to %s", new_id, id_sdm)
        return dataclasses.replace(item, id=new_id, id_sdm=id_sdm)

    # -- what changed ------------------------------------------------------------------------

    async def changes(self, run_id: str) -> list[PegawaiChange]:
        """Employees whose SISTER data changed in the run since the previous pull.

        A first pull of an employee is not a change (everything is new).
        """
        rows = await self.runs.changes_in_run(run_id)
        grouped: dict[int | None, list[SyncLogRow]] = {}
        for row in rows:
            grouped.setdefault(row.pegawai_id, []).append(row)
        ids = [i for i in grouped if i is not None]
        current = await self.sister_data.summaries(ids) if ids else {}
        found = []
        for pegawai_id, lines in grouped.items():
            summary = current.get(pegawai_id) if pegawai_id is not None else None
            change = _change(lines, summary.derived if summary is not None else None)
            if change is not None:
                found.append(change)
        found.sort(key=lambda c: ((c.nama or "").casefold(), c.pegawai_id or 0))
        return found

    # -- export ------------------------------------------------------------------------------

    async def export_xlsx(self, path: Path, sheets: Sequence[ReportSheet]) -> Path:
        """Write the lists to one workbook (a sheet each) off the loop."""
        return await run_cpu(
            report_xlsx.write_workbook,
            Path(path),
            [report_xlsx.Sheet(s.title, s.headers, s.rows, s.highlight) for s in sheets],
        )


def pegawai_from_sdm(row: SdmRow) -> Pegawai:
    """A new campus record from SISTER's SDM row (the next sync brings the rest)."""
    jenis = (row.jenis_sdm or "").strip().casefold()
    return Pegawai(
        id=NEW_ID,
        nama=" ".join(row.nama_sdm.split()),
        nip=normalize_identifier(row.nip),
        nidn=normalize_identifier(row.nidn),
        nuptk=normalize_identifier(row.nuptk),
        jenis_pegawai=JenisPegawai.TENDIK if jenis.startswith("tendik") else JenisPegawai.DOSEN,
        aktif=(row.nama_status_aktif or "Aktif").strip().casefold() == "aktif",
    )


def _report(synced: Sequence[SyncedPegawai]) -> ComparisonReport:
    items = []
    not_synced = 0
    for entry in synced:
        if not entry.payloads and entry.derived is None:
            not_synced += 1
            continue
        items.append(compare_pegawai(entry.pegawai, sister_values(entry.payloads, entry.derived)))
    return ComparisonReport(tuple(items), difference_counts(items), not_synced)


def _change(lines: Sequence[SyncLogRow], current: DerivedValues | None) -> PegawaiChange | None:
    data_lines = [r for r in lines if r.endpoint != DERIVED_ENDPOINT]
    if data_lines and all(FIRST_SYNC in r.fields_changed for r in data_lines):
        return None  # the employee's first pull
    if not data_lines:
        return None  # derived values moved without any new data: nothing happened in SISTER
    kinds: set[str] = set()
    details = []
    for row in lines:
        fields = tuple(f for f in row.fields_changed if f != FIRST_SYNC)
        if not fields:
            continue
        if row.endpoint == DERIVED_ENDPOINT:
            kinds.update("status_aktif" if f == "aktif" else f for f in fields)
            continue
        details.append((row.endpoint, fields))
        kind = _HISTORY_KIND.get(row.endpoint)
        if kind is not None and RECORD_ADDED in fields:
            kinds.add(kind)
        elif row.endpoint not in ("jabatan_fungsional", "kepangkatan"):
            kinds.add("data")
    if not details:
        return None
    if not kinds:
        kinds.add("data")  # e.g. a back-dated entry that does not change today's rank
    first = lines[0]
    return PegawaiChange(
        pegawai_id=first.pegawai_id,
        nama=first.nama,
        id_sdm=first.id_sdm,
        kinds=tuple(k for k in CHANGE_KINDS if k in kinds),
        details=tuple(details),
        current=current,
    )
