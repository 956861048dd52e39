"""The Gambaran dosen: who the lecturers of the PT (or of one homebase unit) are, counted by
current jabatan fungsional, highest education, serdos, pangkat/golongan, age band and the
retirement horizon.

Pure builders over ``PegawaiRecords``: a chart is categories x series, each bar holding the
pegawai it counts (a click on a bar lists them) and the records that put them there. Who is
a dosen, and where his homebase is, comes from his assignment that runs on the day of the
report (``penugasan``); a pegawai without one is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sister_desktop.domain.laporan_records import PegawaiRecords, SourceRef, golongan_order
from sister_desktop.domain.laporan_vocabulary import (
    Jabatan,
    Pendidikan,
    StatusDosen,
    pendidikan,
)


class ChartKey(StrEnum):
    JABATAN = "jabatan"
    PENDIDIKAN = "pendidikan"
    SERDOS = "serdos"
    PANGKAT = "pangkat"
    USIA = "usia"
    PENSIUN = "pensiun"


#: The single series of the one-series charts.
JUMLAH = "Jumlah"
SERDOS_SUDAH, SERDOS_BELUM = "Sudah", "Belum"
TANPA_GOLONGAN = "Tanpa golongan"
TIDAK_DIKETAHUI = "Tidak diketahui"
#: Age bands: (label, lowest age, highest age inclusive).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("< 30", 0, 29),
    ("30–39", 30, 39),
    ("40–49", 40, 49),
    ("50–59", 50, 59),
    ("60–69", 60, 69),
    ("≥ 70", 70, 200),
)
#: The retirement horizons in years (series of the retirement chart).
HORIZONS: tuple[int, ...] = (1, 3, 5)
#: The retirement age of a dosen; a Guru Besar serves to 70 (UU 14/2005, Pasal 67).
RETIREMENT_AGE = 65
RETIREMENT_AGE_GURU_BESAR = 70


def horizon_label(years: int) -> str:
    return f"≤ {years} tahun"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: the pegawai it counts and the records that put each of them there."""

    pegawai: tuple[int, ...]
    sources: tuple[SourceRef, ...] = ()

    @property
    def count(self) -> int:
        return len(self.pegawai)


@dataclass(frozen=True, slots=True)
class Chart:
    key: ChartKey
    categories: tuple[str, ...]
    series: tuple[str, ...]
    bars: dict[tuple[str, str], Bar] = field(default_factory=dict)

    def bar(self, series: str, category: str) -> Bar:
        return self.bars.get((series, category), Bar(()))

    def count(self, series: str, category: str) -> int:
        return self.bar(series, category).count

    def total(self, series: str = JUMLAH) -> int:
        return sum(self.count(series, c) for c in self.categories)


@dataclass(frozen=True, slots=True)
class Gambaran:
    """Every chart of one scope (the PT: ``unit`` ``None``) on one day."""

    unit: str | None
    today: date
    dosen: tuple[int, ...]
    charts: tuple[Chart, ...]

    def chart(self, key: ChartKey) -> Chart:
        return next(c for c in self.charts if c.key is key)


class _Counter:
    def __init__(self) -> None:
        self.members: dict[tuple[str, str], list[int]] = {}
        self.sources: dict[tuple[str, str], list[SourceRef]] = {}

    def add(
        self, category: str, pegawai_id: int, sources: Iterable[SourceRef], series: str = JUMLAH
    ) -> None:
        self.members.setdefault((series, category), []).append(pegawai_id)
        self.sources.setdefault((series, category), []).extend(sources)

    def chart(
        self, key: ChartKey, categories: Sequence[str], series: Sequence[str] = (JUMLAH,)
    ) -> Chart:
        bars = {
            at: Bar(tuple(ids), tuple(self.sources.get(at, ()))) for at, ids in self.members.items()
        }
        return Chart(key, tuple(categories), tuple(series), bars)


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_band(age: int) -> str:
    return next(label for label, low, high in AGE_BANDS if low <= age <= high)


def retirement_date(born: date, rank: Jabatan) -> date:
    years = RETIREMENT_AGE_GURU_BESAR if rank is Jabatan.GURU_BESAR else RETIREMENT_AGE
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February
        return born.replace(year=born.year + years, day=28)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def dosen_of(
    people: Iterable[PegawaiRecords], today: date, unit: str | None = None
) -> list[PegawaiRecords]:
    """The dosen (tetap or tidak tetap) whose running assignment is in ``unit`` (any unit
    for ``None``), in name order."""
    wanted = unit.casefold() if unit else None
    found = []
    for person in people:
        status = person.status(today)
        if status is None or status is StatusDosen.BUKAN_DOSEN:
            continue
        if wanted is not None and (person.homebase(today) or "").casefold() != wanted:
            continue
        found.append(person)
    return sorted(found, key=lambda p: (p.nama.casefold(), p.pegawai_id))


def build_gambaran(
    people: Iterable[PegawaiRecords], today: date, unit: str | None = None
) -> Gambaran:
    """Every chart of the dosen of ``unit`` (the whole PT for ``None``) on ``today``."""
    dosen = dosen_of(people, today, unit)
    rank, edu, serdos, pangkat, usia, pensiun = (_Counter() for _ in range(6))
    for person in dosen:
        pid = person.pegawai_id
        job = person.penugasan(today)
        assignment = [job.source] if job else []
        title, title_record = person.jabatan()
        rank.add(title, pid, [*assignment, *([title_record.source] if title_record else [])])
        highest = person.highest_education()
        edu.add(
            pendidikan(highest.values.get("jenjang_pendidikan")) if highest else Pendidikan.LAINNYA,
            pid,
            [highest.source] if highest else [],
        )
        certificate = person.serdos()
        serdos.add(
            SERDOS_SUDAH if certificate else SERDOS_BELUM,
            pid,
            [certificate.source] if certificate else [],
        )
        code, grade = person.golongan()
        pangkat.add(code or TANPA_GOLONGAN, pid, [grade.source] if grade else [])
        born, profil = person.birth_date()
        usia.add(
            age_band(age_on(born, today)) if born else TIDAK_DIKETAHUI,
            pid,
            [profil.source] if profil else [],
        )
        if born is not None:
            retires = retirement_date(born, title)
            for years in HORIZONS:
                if today < retires <= _add_years(today, years):
                    sources = [s for s in (profil, title_record) if s is not None]
                    pensiun.add(title, pid, [s.source for s in sources], horizon_label(years))
    ranks = tuple(Jabatan)
    grades = [*golongan_order(), TANPA_GOLONGAN]
    charts = (
        rank.chart(ChartKey.JABATAN, ranks),
        edu.chart(ChartKey.PENDIDIKAN, tuple(Pendidikan)),
        serdos.chart(ChartKey.SERDOS, (SERDOS_SUDAH, SERDOS_BELUM)),
        pangkat.chart(
            ChartKey.PANGKAT, [g for g in grades if (JUMLAH, g) in pangkat.members] or grades[-1:]
        ),
        usia.chart(ChartKey.USIA, [*(label for label, _l, _h in AGE_BANDS), TIDAK_DIKETAHUI]),
        pensiun.chart(ChartKey.PENSIUN, ranks, [horizon_label(y) for y in HORIZONS]),
    )
    return Gambaran(unit, today, tuple(p.pegawai_id for p in dosen), charts)


def units_of(people: Iterable[PegawaiRecords], today: date) -> list[str]:
    """The homebase units of the dosen, in name order (the scope choices)."""
    return sorted(
        {unit for p in dosen_of(people, today) if (unit := p.homebase(today))},
        key=str.casefold,
    )
