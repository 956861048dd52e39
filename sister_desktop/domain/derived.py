"""The current values an operator cares about, read from one person's SISTER histories.

SISTER keeps histories (every rank, every grade, every degree, every assignment); HR screens
and the Perbandingan want the one value that holds today. These pure functions pick it, the
same way everywhere, so the window, the command line and the comparison never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sister_desktop.domain.records import (
    JabatanFungsional,
    Kepangkatan,
    PendidikanFormal,
    Penugasan,
    SdmRow,
)

#: Degree levels from highest to lowest, as SISTER writes them (``jenjang_pendidikan``).
JENJANG_ORDER: tuple[str, ...] = (
    "S3",
    "SP-2",
    "S2",
    "SP-1",
    "PROFESI",
    "S1",
    "D4",
    "D3",
    "D2",
    "D1",
    "SMA",
    "SLTA",
    "SMK",
    "SMP",
    "SD",
)
_RANK = {name: position for position, name in enumerate(JENJANG_ORDER)}
#: ``Lektor (200.00)``: SISTER appends the credit points to the rank's name.
_CREDIT_SUFFIX = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*\)\s*$")


@dataclass(frozen=True, slots=True)
class DerivedValues:
    """What holds today for one person, ``None`` where SISTER has nothing to say."""

    jabatan_fungsional: str | None = None
    pangkat_golongan: str | None = None
    pendidikan_tertinggi: str | None = None
    homebase_unit: str | None = None
    status_aktif: str | None = None
    aktif: bool | None = None

    def as_dict(self) -> dict[str, str | bool | None]:
        return {name: getattr(self, name) for name in DERIVED_FIELDS}


#: The derived fields, in display order (also the names in ``fields_changed``).
DERIVED_FIELDS: tuple[str, ...] = (
    "jabatan_fungsional",
    "pangkat_golongan",
    "pendidikan_tertinggi",
    "homebase_unit",
    "status_aktif",
    "aktif",
)


def _latest(rows: Iterable[object], key: str) -> object | None:
    """The row with the newest ``tanggal_mulai``; rows without a date count as oldest."""
    best = None
    best_key: tuple[int, date] | None = None
    for row in rows:
        started = getattr(row, key)
        rank = (1, started) if started is not None else (0, date.min)
        # A later row in SISTER's order wins a tie (entries are appended as they happen).
        if best_key is None or rank >= best_key:
            best, best_key = row, rank
    return best


def jabatan_name(raw: str | None) -> str | None:
    """``Lektor Kepala (400.00)`` -> ``Lektor Kepala``: the rank without its credit points."""
    if raw is None:
        return None
    name = _CREDIT_SUFFIX.sub("", raw).strip()
    return name or None


def current_jabatan(rows: Sequence[JabatanFungsional]) -> str | None:
    row = _latest(rows, "tanggal_mulai")
    return jabatan_name(row.jabatan_fungsional) if isinstance(row, JabatanFungsional) else None


def current_pangkat(rows: Sequence[Kepangkatan]) -> str | None:
    row = _latest(rows, "tanggal_mulai")
    return row.pangkat_golongan if isinstance(row, Kepangkatan) else None


def jenjang_rank(jenjang: str | None) -> int:
    """Smaller is higher; unknown levels rank below every known one."""
    if not jenjang:
        return len(JENJANG_ORDER) + 1
    key = jenjang.strip().upper().replace(" ", "")
    return _RANK.get(key, len(JENJANG_ORDER))


def highest_education(rows: Sequence[PendidikanFormal]) -> str | None:
    """The highest ``jenjang_pendidikan``; among equals the latest graduation."""
    best: PendidikanFormal | None = None
    for row in rows:
        if not row.jenjang_pendidikan:
            continue
        if best is None:
            best = row
            continue
        mine, theirs = jenjang_rank(row.jenjang_pendidikan), jenjang_rank(best.jenjang_pendidikan)
        if mine < theirs or (mine == theirs and (row.tahun_lulus or 0) > (best.tahun_lulus or 0)):
            best = row
    return best.jenjang_pendidikan.strip() if best and best.jenjang_pendidikan else None


def current_penugasan(rows: Sequence[Penugasan], today: date) -> Penugasan | None:
    """The newest assignment that has not ended by ``today``."""
    running = [r for r in rows if r.tanggal_keluar is None or r.tanggal_keluar > today]
    row = _latest(running, "tanggal_mulai")
    return row if isinstance(row, Penugasan) else None


def homebase_unit(rows: Sequence[Penugasan], today: date) -> str | None:
    row = current_penugasan(rows, today)
    return row.unit_kerja if row else None


def active_status(
    sdm: SdmRow | None, penugasan: Sequence[Penugasan] | None, today: date
) -> tuple[str | None, bool | None]:
    """SISTER's own status name and whether it means active.

    ``nama_status_aktif`` from the SDM list decides; without it a running assignment counts as
    active, and with no data at all the answer is unknown (``None``).
    """
    name = sdm.nama_status_aktif if sdm is not None else None
    if name:
        return name, name.strip().casefold() == "aktif"
    if penugasan is None:
        return None, None
    return None, current_penugasan(penugasan, today) is not None


def derive(
    *,
    sdm: SdmRow | None,
    penugasan: Sequence[Penugasan] | None,
    jabatan_fungsional: Sequence[JabatanFungsional] | None,
    kepangkatan: Sequence[Kepangkatan] | None,
    pendidikan_formal: Sequence[PendidikanFormal] | None,
    today: date,
    previous: DerivedValues | None = None,
) -> DerivedValues:
    """Today's values. A history that could not be fetched (``None``) keeps ``previous``'s
    value rather than blanking it: a failing endpoint says nothing about the person."""
    keep = previous or DerivedValues()
    status, aktif = active_status(sdm, penugasan, today)
    if sdm is None and penugasan is None:
        status, aktif = keep.status_aktif, keep.aktif
    return DerivedValues(
        jabatan_fungsional=current_jabatan(jabatan_fungsional)
        if jabatan_fungsional is not None
        else keep.jabatan_fungsional,
        pangkat_golongan=current_pangkat(kepangkatan)
        if kepangkatan is not None
        else keep.pangkat_golongan,
        pendidikan_tertinggi=highest_education(pendidikan_formal)
        if pendidikan_formal is not None
        else keep.pendidikan_tertinggi,
        homebase_unit=homebase_unit(penugasan, today)
        if penugasan is not None
        else keep.homebase_unit,
        status_aktif=status,
        aktif=aktif,
    )


def changed_derived(old: DerivedValues | None, new: DerivedValues) -> list[str]:
    """Names of the derived values that differ (every non-empty one on a first sync)."""
    if old is None:
        return [name for name in DERIVED_FIELDS if getattr(new, name) is not None]
    return [name for name in DERIVED_FIELDS if getattr(old, name) != getattr(new, name)]
