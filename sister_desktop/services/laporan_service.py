"""The Laporan's reads: the Gambaran dosen of the PT or one unit, the LKPS tables of one
program studi and TS, and the operator's entries kept for them.

Everything is read from what the last sync stored (``sister_record`` through
``SisterRecordRepository``) and the campus's pegawai list; nothing is asked of SISTER. The
counting is pure (``domain.gambaran_dosen``, ``domain.lkps``) and runs off the loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.gambaran_dosen import Gambaran, build_gambaran, dosen_of, units_of
from sister_desktop.domain.laporan_records import (
    GAMBARAN_DATASETS,
    LKPS_DATASETS,
    LKPS_DETAILED,
    PegawaiRecords,
    StoredText,
    group_stored,
)
from sister_desktop.domain.laporan_vocabulary import StatusDosen
from sister_desktop.domain.lkps import Lkps, build_lkps
from sister_desktop.store.database import Database
from sister_desktop.store.laporan_repository import LaporanRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository

#: How many reads are kept (the PT's, the assignments, a few program studi).
_CACHED = 6
#: What the scope of a program studi is found with: the assignment and its ikatan kerja.
_ASSIGNMENT = ("penugasan",)


@dataclass(frozen=True, slots=True)
class GambaranReport:
    gambaran: Gambaran
    #: When the newest record counted was pulled (the data's date), ``None`` before any sync.
    data_date: datetime | None
    #: Every homebase unit of a dosen (the scope choices).
    units: tuple[str, ...]
    #: pegawai id -> name, for the list behind a bar.
    names: dict[int, str]


@dataclass(frozen=True, slots=True)
class LkpsReport:
    lkps: Lkps
    data_date: datetime | None


class LaporanService:
    def __init__(self, db: Database, operator: str | None = None) -> None:
        self.records = SisterRecordRepository(db)
        self.entries = LaporanRepository(db)
        self._pegawai = PegawaiRepository(db)
        self._operator = operator
        #: ``(datasets, pegawai, detailed) -> (stamp, people)``: the last reads, kept while
        #: the stored data is the same.
        self._cache: dict[object, tuple[tuple[object, ...], dict[int, PegawaiRecords]]] = {}

    async def _people(
        self,
        datasets: Iterable[str],
        ids: Iterable[int] | None = None,
        *,
        detailed: Iterable[str] = (),
    ) -> dict[int, PegawaiRecords]:
        """The linked pegawai (or ``ids``) with their records of ``datasets``; the details only
        of ``detailed``. Kept while the stored data stays the same (``_stamp``), so a scope
        switched or a table opened again is counted without reading it all again."""
        names_all = list(datasets)
        with_detail = [d for d in names_all if d in set(detailed)]
        rows_only = [d for d in names_all if d not in set(detailed)]
        chosen = None if ids is None else frozenset(ids)
        key = (tuple(names_all), chosen, tuple(with_detail))
        stamp = await self._stamp()
        kept = self._cache.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        names = await self.entries.linked_names(chosen)
        wanted = None if ids is None else list(names)
        records: list[StoredText] = []
        if rows_only:
            records += await self.records.values_of_all(rows_only, wanted, details=False)
        if with_detail:
            records += await self.records.values_of_all(with_detail, wanted, details=True)
        people = await run_cpu(group_stored, records, names)
        if len(self._cache) >= _CACHED:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = (stamp, people)
        return people

    async def _stamp(self) -> tuple[object, ...]:
        """What changes when the stored data does: the newest pull and the pegawai count."""
        return (await self.records.last_synced(), await self._pegawai.count())

    async def gambaran(self, unit: str | None, today: date | None = None) -> GambaranReport:
        """The charts of the dosen of ``unit`` (the PT for ``None``)."""
        day = today or date.today()
        # The listed rows hold every field the charts count (no detail is read).
        people = await self._people(GAMBARAN_DATASETS)
        gambaran = await run_cpu(build_gambaran, people.values(), day, unit)
        units = await run_cpu(units_of, people.values(), day)
        return GambaranReport(
            gambaran,
            await self.records.last_synced(GAMBARAN_DATASETS),
            tuple(units),
            {pid: p.nama for pid, p in people.items()},
        )

    async def prodi_list(self, today: date | None = None) -> list[str]:
        """Every homebase unit of a dosen (the program studi to choose from)."""
        people = await self._people(_ASSIGNMENT)
        return await run_cpu(units_of, people.values(), today or date.today())

    async def dosen_per_unit(self, today: date | None = None) -> dict[str, int]:
        """How many dosen have each unit as homebase (the program studi's sizes)."""
        people = await self._people(_ASSIGNMENT)
        day = today or date.today()
        counts: dict[str, int] = {}
        for person in await run_cpu(dosen_of, people.values(), day):
            unit = person.homebase(day)
            if unit:
                counts[unit] = counts.get(unit, 0) + 1
        return counts

    async def lkps(self, prodi: str, ts: int, today: date | None = None) -> LkpsReport:
        """The LKPS tables of ``prodi`` for TS ``ts`` with the operator's entries."""
        day = today or date.today()
        assigned = await self._people(_ASSIGNMENT)
        wanted = prodi.casefold()
        ids = [
            p.pegawai_id
            for p in assigned.values()
            if p.status(day) in (StatusDosen.TETAP, StatusDosen.TIDAK_TETAP)
            and (p.homebase(day) or "").casefold() == wanted
        ]
        people = await self._people(LKPS_DATASETS, ids, detailed=LKPS_DETAILED) if ids else {}
        entries = await self.entries.entries(prodi, ts)
        lkps = await run_cpu(build_lkps, list(people.values()), prodi, ts, day, entries)
        return LkpsReport(lkps, await self.records.last_synced(LKPS_DATASETS))

    async def save_entry(self, prodi: str, ts: int, key: tuple[str, str, str], value: str) -> None:
        """Keep the operator's entry of one cell (empty: forget it)."""
        await self.entries.save_entry(prodi, ts, key, value, datetime.now(UTC), self._operator)
