"""LKPS tables 3.a.1 (Dosen Tetap Perguruan Tinggi), 3.a.2 (Dosen Pembimbing Utama Tugas
Akhir), 3.a.3 (EWMP Dosen Tetap) and 3.a.4 (Dosen Tidak Tetap), with the figures the form
derives from them (NDT, NDTPS, % doctorate, % Lektor Kepala/Guru Besar, % certified).

The dosen of a program studi are those whose assignment running on the day of the report
(``penugasan``) has the program studi as unit kerja; tetap or tidak tetap by its ikatan kerja.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sister_desktop.domain.laporan_records import PegawaiRecords, RawRecord, SourceRef
from sister_desktop.domain.laporan_vocabulary import (
    Jabatan,
    Pendidikan,
    StatusDosen,
    is_tugas_akhir,
    pendidikan,
)
from sister_desktop.domain.lkps_table import (
    CHECK,
    Cell,
    Column,
    Entries,
    Figure,
    Table,
    TableBuilder,
    TsYears,
    columns,
    is_yes,
    number,
    semester_year,
)

T_3A1, T_3A2, T_3A3, T_3A4 = "3.a.1", "3.a.2", "3.a.3", "3.a.4"

COLUMNS_3A1 = columns(
    ("no", "No."),
    ("nama", "Nama Dosen"),
    ("nidn", "NIDN/NIDK"),
    ("magister", "Pendidikan Pasca Sarjana: Magister/Magister Terapan/Spesialis"),
    ("doktor", "Pendidikan Pasca Sarjana: Doktor/Doktor Terapan/Spesialis"),
    ("bidang", "Bidang Keahlian"),
    ("sesuai_ps", "Kesesuaian dengan Kompetensi Inti PS"),
    ("jabatan", "Jabatan Akademik"),
    ("serdos", "Sertifikat Pendidik Profesional"),
    ("kompetensi", "Sertifikat Kompetensi/Profesi/Industri"),
    ("mk_ps", "Mata Kuliah yang Diampu pada PS yang Diakreditasi"),
    ("sesuai_mk", "Kesesuaian Bidang Keahlian dengan Mata Kuliah yang Diampu"),
    ("mk_lain", "Mata Kuliah yang Diampu pada PS Lain"),
)
COLUMNS_3A4 = columns(
    ("no", "No."),
    ("nama", "Nama Dosen"),
    ("nidn", "NIDN/NIDK"),
    ("pasca", "Pendidikan Pasca Sarjana"),
    ("bidang", "Bidang Keahlian"),
    ("jabatan", "Jabatan Akademik"),
    ("serdos", "Sertifikat Pendidik Profesional"),
    ("kompetensi", "Sertifikat Profesi/Kompetensi/Industri"),
    ("mk_ps", "Mata Kuliah yang Diampu pada PS yang Diakreditasi"),
    ("sesuai_mk", "Kesesuaian Bidang Keahlian dengan Mata Kuliah yang Diampu"),
)


def _cell(value: object, *records: RawRecord | SourceRef | None) -> Cell:
    sources = tuple(r.source if isinstance(r, RawRecord) else r for r in records if r is not None)
    return Cell(value if value not in ("", None) else None, sources)  # type: ignore[arg-type]


def members(
    people: Sequence[PegawaiRecords], prodi: str, today: date, status: StatusDosen
) -> list[PegawaiRecords]:
    """The dosen of ``prodi`` with ``status`` on ``today``, in name order."""
    wanted = prodi.casefold()
    found = [
        p
        for p in people
        if p.status(today) is status and (p.homebase(today) or "").casefold() == wanted
    ]
    return sorted(found, key=lambda p: (p.nama.casefold(), p.pegawai_id))


def _degree(person: PegawaiRecords, levels: set[Pendidikan]) -> Cell:
    found = [
        r for r in person.education() if pendidikan(r.values.get("jenjang_pendidikan")) in levels
    ]
    if not found:
        return Cell()
    record = found[0]
    v = record.values
    study = v.get("nama_program_studi") or v.get("bidang_studi") or ""
    where = v.get("nama_perguruan_tinggi") or ""
    text = f"{v.get('jenjang_pendidikan')} {study}".strip() + (f" ({where})" if where else "")
    return _cell(text, record)


def _kompetensi(person: PegawaiRecords) -> Cell:
    records = person.of("sertifikasi_profesi")
    names = []
    for r in records:
        v = r.values
        name = " ".join(str(x) for x in (v.get("jenis_sertifikasi"), v.get("bidang_studi")) if x)
        names.append(name or r.source.title)
    return _cell("; ".join(names), *records)


def _courses(person: PegawaiRecords, ts: TsYears) -> Cell:
    """The courses of pengajaran in the semesters of TS-2..TS (each named once)."""
    wanted = set(ts.all_semesters())
    records = [r for r in person.of("pengajaran") if r.scope in wanted]
    names: list[str] = []
    for r in records:
        name = str(r.values.get("mata_kuliah") or "").strip()
        if name and name not in names:
            names.append(name)
    return _cell("; ".join(names), *records)


def _identity(person: PegawaiRecords) -> dict[str, Cell]:
    title, title_record = person.jabatan()
    certificate = person.serdos()
    kepegawaian = person.one("data_pribadi/kepegawaian")
    bidang, bidang_sources = person.bidang_keahlian()
    return {
        "nama": _cell(person.nama),
        "nidn": _cell(person.nidn(), kepegawaian),
        "bidang": _cell(bidang, *bidang_sources),
        "jabatan": _cell(title.value if title_record else None, title_record),
        "serdos": _cell(
            certificate.values.get("nomor_registrasi") if certificate else None, certificate
        ),
        "kompetensi": _kompetensi(person),
    }


def build_3a1(
    people: Sequence[PegawaiRecords], prodi: str, ts: TsYears, today: date, entries: Entries
) -> Table:
    dosen = members(people, prodi, today, StatusDosen.TETAP)
    table = TableBuilder(T_3A1, COLUMNS_3A1, entries)
    sources_all: list[SourceRef] = []
    doktor: list[SourceRef] = []
    senior: list[SourceRef] = []
    certified: list[SourceRef] = []
    dtps_keys: list[str] = []
    judged = 0
    for n, person in enumerate(dosen, start=1):
        key = str(person.pegawai_id)
        cells = _identity(person)
        magister = _degree(person, {Pendidikan.MAGISTER, Pendidikan.SPESIALIS_1})
        phd = _degree(person, {Pendidikan.DOKTOR, Pendidikan.SPESIALIS_2})
        sesuai = table.operator(key, "sesuai_ps")
        cells.update(
            no=Cell(n),
            magister=magister,
            doktor=phd,
            sesuai_ps=sesuai,
            mk_ps=table.operator(key, "mk_ps", _courses(person, ts)),
            sesuai_mk=table.operator(key, "sesuai_mk"),
            mk_lain=table.operator(key, "mk_lain"),
        )
        table.add(key, cells)
        job = person.penugasan(today)
        if job:
            sources_all.append(job.source)
        if phd.value:
            doktor.extend(phd.sources)
        title, title_record = person.jabatan()
        if title in (Jabatan.LEKTOR_KEPALA, Jabatan.GURU_BESAR) and title_record:
            senior.append(title_record.source)
        if cells["serdos"].value:
            certified.extend(cells["serdos"].sources)
        if sesuai.value not in (None, ""):
            judged += 1
            if is_yes(sesuai.value):
                dtps_keys.append(key)
    ndt = len(dosen)
    ndtps = len(dtps_keys) if dosen and judged == ndt else None
    figures = (
        Figure("NDT", ndt, tuple(sources_all)),
        Figure("NDTPS", ndtps, needs="" if ndtps is not None else "sesuai_ps"),
        _percent("% Doktor (dari NDT)", len(doktor), ndt, doktor),
        _percent("% Lektor Kepala/Guru Besar (dari NDT)", len(senior), ndt, senior),
        _percent("% bersertifikat pendidik (dari NDT)", len(certified), ndt, certified),
    )
    return Table(
        T_3A1,
        "Dosen Tetap Perguruan Tinggi",
        COLUMNS_3A1,
        tuple(table.rows),
        figures,
        "Mata kuliah dari pengajaran TS-2 s.d. TS; program studi mata kuliah dan kesesuaian "
        "diisi operator.",
    )


def _percent(label: str, part: int, whole: int, sources: list[SourceRef]) -> Figure:
    value = round(100.0 * part / whole, 2) if whole else None
    return Figure(label, value, tuple(sources))


def build_3a4(
    people: Sequence[PegawaiRecords], prodi: str, ts: TsYears, today: date, entries: Entries
) -> Table:
    dosen = members(people, prodi, today, StatusDosen.TIDAK_TETAP)
    table = TableBuilder(T_3A4, COLUMNS_3A4, entries)
    for n, person in enumerate(dosen, start=1):
        key = str(person.pegawai_id)
        cells = _identity(person)
        highest = _degree(
            person,
            {
                Pendidikan.DOKTOR,
                Pendidikan.SPESIALIS_2,
                Pendidikan.MAGISTER,
                Pendidikan.SPESIALIS_1,
            },
        )
        cells.update(
            no=Cell(n),
            pasca=highest,
            mk_ps=table.operator(key, "mk_ps", _courses(person, ts)),
            sesuai_mk=table.operator(key, "sesuai_mk"),
        )
        table.add(key, cells)
    return Table(
        T_3A4,
        "Dosen Tidak Tetap",
        COLUMNS_3A4,
        tuple(table.rows),
        (Figure("NDTT", len(dosen)),),
        "Dosen tidak tetap: ikatan kerja Dosen Tidak Tetap atau Dosen dengan Perjanjian Kerja.",
    )


def columns_3a2(ts: TsYears) -> tuple[Column, ...]:
    pairs = [("no", "No."), ("nama", "Nama Dosen")]
    for part, label in (("ps", "PS yang Diakreditasi"), ("lain", "PS Lain di PT")):
        pairs += [
            (f"{part}_{y}", f"Jumlah Mahasiswa Dibimbing pada {label}: {t}")
            for y, t in zip(ts.years, ts.labels, strict=True)
        ]
        pairs.append((f"{part}_avg", f"Jumlah Mahasiswa Dibimbing pada {label}: Rata-rata"))
    pairs.append(("avg_all", "Rata-rata Jumlah Bimbingan di semua Program/Semester"))
    return columns(*pairs)


def _is_utama(record: RawRecord, id_sdm: str | None) -> bool:
    """This pegawai is the record's supervisor of order 1 (pembimbing utama)."""
    for dosen in record.values.get("dosen") or ():
        if not isinstance(dosen, dict):
            continue
        mine = id_sdm is not None and str(dosen.get("id_sdm") or "").lower() == id_sdm.lower()
        if mine:
            return str(dosen.get("urutan")) == "1"
    return False


def build_3a2(
    people: Sequence[PegawaiRecords], prodi: str, ts: TsYears, today: date, entries: Entries
) -> Table:
    dosen = members(people, prodi, today, StatusDosen.TETAP)
    cols = columns_3a2(ts)
    table = TableBuilder(T_3A2, cols, entries)
    n = 0
    wanted = prodi.casefold()
    for person in dosen:
        counted: dict[str, list[RawRecord]] = {}
        for record in person.of("bimbingan_mahasiswa"):
            v = record.values
            year = semester_year(v.get("semester"))
            if year not in ts.years or not is_tugas_akhir(v.get("jenis_bimbingan")):
                continue
            if not _is_utama(record, person.id_sdm):
                continue
            part = "ps" if str(v.get("program_studi") or "").casefold() == wanted else "lain"
            counted.setdefault(f"{part}_{year}", []).append(record)
        if not counted:
            continue
        n += 1
        cells: dict[str, Cell] = {"no": Cell(n), "nama": Cell(person.nama)}
        total = 0
        for part in ("ps", "lain"):
            part_total = 0
            for year in ts.years:
                records = counted.get(f"{part}_{year}", [])
                students = sum(len(r.values.get("mahasiswa") or ()) for r in records)
                part_total += students
                cells[f"{part}_{year}"] = _cell(students, *records) if records else Cell(0)
            cells[f"{part}_avg"] = Cell(round(part_total / 3, 2))
            total += part_total
        cells["avg_all"] = Cell(round(total / 3, 2))
        table.add(str(person.pegawai_id), cells)
    return Table(
        T_3A2,
        "Dosen Pembimbing Utama Tugas Akhir",
        cols,
        tuple(table.rows),
        note="Bimbingan skripsi, tesis dan disertasi dengan dosen sebagai pembimbing urutan 1; "
        "jumlah mahasiswa per tahun akademik TS-2 s.d. TS.",
    )


COLUMNS_3A3 = columns(
    ("no", "No."),
    ("nama", "Nama Dosen (DT)"),
    ("dtps", "DTPS"),
    ("pend_ps", "Pendidikan: PS yang Diakreditasi"),
    ("pend_lain_dalam", "Pendidikan: PS Lain di dalam PT"),
    ("pend_lain_luar", "Pendidikan: PS Lain di luar PT"),
    ("penelitian", "Penelitian"),
    ("pkm", "PkM"),
    ("penunjang", "Tugas Tambahan dan/atau Penunjang"),
    ("jumlah", "Jumlah (sks)"),
    ("rata", "Rata-rata per Semester (sks)"),
)
_BKD = {
    "pend_ps": ("sks_kinerja_ajar", "sks_kinerja_didik"),
    "penelitian": ("sks_kinerja_lit",),
    "pkm": ("sks_kinerja_pengmas",),
    "penunjang": ("sks_kinerja_penunjang",),
}


def build_3a3(
    people: Sequence[PegawaiRecords], prodi: str, ts: TsYears, today: date, entries: Entries
) -> Table:
    dosen = members(people, prodi, today, StatusDosen.TETAP)
    table = TableBuilder(T_3A3, COLUMNS_3A3, entries)
    semesters = set(ts.semesters(ts.ts))
    for n, person in enumerate(dosen, start=1):
        key = str(person.pegawai_id)
        reports = [
            r
            for r in person.of("bkd/laporan_akhir_bkd")
            if str(r.values.get("id_smt")) in semesters
        ]
        sesuai = entries.get((T_3A1, key, "sesuai_ps"))
        cells: dict[str, Cell] = {
            "no": Cell(n),
            "nama": Cell(person.nama),
            "dtps": Cell(CHECK if is_yes(sesuai) else None, operator=True, entered=bool(sesuai)),
        }
        for column, fields in _BKD.items():
            if not reports:
                cells[column] = table.operator(key, column)
                continue
            amount = sum(number(r.values.get(f)) for r in reports for f in fields)
            found = _cell(round(amount, 2), *reports)
            # BKD does not split teaching by programme: the operator may.
            cells[column] = table.operator(key, column, found) if column == "pend_ps" else found
        cells["pend_lain_dalam"] = table.operator(key, "pend_lain_dalam")
        cells["pend_lain_luar"] = table.operator(key, "pend_lain_luar")
        summed = [c for c in COLUMNS_3A3[3:9]]
        total = round(sum(number(cells[c.id].value) for c in summed), 2)
        count = len({str(r.values.get("id_smt")) for r in reports}) or 2
        cells["jumlah"] = Cell(total)
        cells["rata"] = Cell(round(total / count, 2))
        table.add(key, cells)
    return Table(
        T_3A3,
        "Ekuivalen Waktu Mengajar Penuh (EWMP) Dosen Tetap",
        COLUMNS_3A3,
        tuple(table.rows),
        note="Dari laporan akhir BKD semester TS. BKD tidak memisahkan pendidikan menurut program "
        "studi: seluruhnya tampil pada PS yang diakreditasi sampai operator mengisi bagiannya; "
        "tanpa laporan BKD, semua kolom diisi operator. DTPS mengikuti kesesuaian di 3.a.1.",
    )
