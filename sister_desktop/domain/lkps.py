"""Every LKPS table of one program studi and TS, in the form's order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sister_desktop.domain.laporan_records import PegawaiRecords
from sister_desktop.domain.laporan_vocabulary import StatusDosen
from sister_desktop.domain.lkps_dosen import (
    build_3a1,
    build_3a2,
    build_3a3,
    build_3a4,
    members,
)
from sister_desktop.domain.lkps_kinerja import (
    T_3B2,
    T_3B3,
    T_6A,
    T_7,
    build_3b1,
    build_3b4,
    build_3b7,
    build_dana,
    build_mahasiswa,
)
from sister_desktop.domain.lkps_table import Entries, Table, TsYears

#: The tables, in the form's order.
TABLE_IDS: tuple[str, ...] = (
    "3.a.1",
    "3.a.2",
    "3.a.3",
    "3.a.4",
    "3.b.1",
    "3.b.2",
    "3.b.3",
    "3.b.4",
    "3.b.7",
    "6.a",
    "7",
)


@dataclass(frozen=True, slots=True)
class Lkps:
    prodi: str
    ts: int
    today: date
    tables: tuple[Table, ...]

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)


def build_lkps(
    people: Sequence[PegawaiRecords], prodi: str, ts: int, today: date, entries: Entries
) -> Lkps:
    """The tables of ``prodi`` for TS ``ts`` from the pegawai's records and the operator's
    entries."""
    years = TsYears(ts)
    dtps = members(people, prodi, today, StatusDosen.TETAP)
    tables = (
        build_3a1(people, prodi, years, today, entries),
        build_3a2(people, prodi, years, today, entries),
        build_3a3(people, prodi, years, today, entries),
        build_3a4(people, prodi, years, today, entries),
        build_3b1(dtps, years, entries),
        build_dana(T_3B2, "penelitian", dtps, years, entries),
        build_dana(T_3B3, "pengabdian", dtps, years, entries),
        build_3b4(dtps, years, entries),
        build_3b7(dtps, years, entries),
        build_mahasiswa(T_6A, "penelitian", dtps, years, entries),
        build_mahasiswa(T_7, "pengabdian", dtps, years, entries),
    )
    return Lkps(prodi, ts, today, tables)
