"""LKPS tables of the DTPS's work: 3.b.1 Rekognisi, 3.b.2 Penelitian and 3.b.3 PkM by source
of funds, 3.b.4 Publikasi by kind, 3.b.7 Luaran lainnya, 6.a and 7 (research and service that
involve students).

The DTPS are the dosen tetap of the program studi (``lkps_dosen.members``). A record shared by
several of them (one project in every member's list) is counted once, by its SISTER id.
Vocabularies are read through ``laporan_vocabulary``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sister_desktop.domain.laporan_records import (
    PegawaiRecords,
    RawRecord,
    parse_date,
    year_of,
)
from sister_desktop.domain.laporan_vocabulary import (
    BagianLuaran,
    JenisPublikasi,
    SumberDana,
    Tingkat,
    Vocabulary,
    form_row,
    is_mahasiswa,
    sumber_dana,
    tingkat,
)
from sister_desktop.domain.lkps_table import (
    CHECK,
    Cell,
    Column,
    Entries,
    Table,
    TableBuilder,
    TsYears,
    columns,
    distinct,
    number,
)

T_3B1, T_3B2, T_3B3, T_3B4, T_3B7, T_6A, T_7 = (
    "3.b.1",
    "3.b.2",
    "3.b.3",
    "3.b.4",
    "3.b.7",
    "6.a",
    "7",
)


@dataclass(frozen=True, slots=True)
class Owned:
    """A record and the DTPS whose list it came from."""

    person: PegawaiRecords
    record: RawRecord


def _owned(dtps: Sequence[PegawaiRecords], dataset: str) -> list[Owned]:
    """Every record of ``dataset`` of the DTPS, a record shared by several once (the first
    owner in name order)."""
    seen: set[str] = set()
    found = []
    for person in dtps:
        for record in person.of(dataset):
            if record.key in seen:
                continue
            seen.add(record.key)
            found.append(Owned(person, record))
    return found


def _year_columns(ts: TsYears, first: tuple[str, str]) -> tuple[Column, ...]:
    return columns(
        ("no", "No."),
        first,
        *(
            (f"y{y}", f"Jumlah Judul: {label}")
            for y, label in zip(ts.years, ts.labels, strict=True)
        ),
        ("jumlah", "Jumlah"),
    )


def _counted(
    table_id: str,
    title: str,
    ts: TsYears,
    first: tuple[str, str],
    rows: Sequence[str],
    counted: dict[tuple[str, int], list[RawRecord]],
    entries: Entries,
    operator_rows: Iterable[str] = (),
    note: str = "",
) -> Table:
    """A table of counts: one row per form row, a column per year, and the total."""
    cols = _year_columns(ts, first)
    table = TableBuilder(table_id, cols, entries)
    manual = set(operator_rows)
    totals = {y: 0.0 for y in ts.years}
    for n, name in enumerate(rows, start=1):
        cells: dict[str, Cell] = {"no": Cell(n), first[0]: Cell(name)}
        row_total = 0.0
        for year in ts.years:
            if name in manual:
                cell = table.operator(name, f"y{year}")
            else:
                records = counted.get((name, year), [])
                cell = Cell(len(records), tuple(r.source for r in records))
            cells[f"y{year}"] = cell
            row_total += number(cell.value)
            totals[year] += number(cell.value)
        cells["jumlah"] = Cell(_whole(row_total))
        table.add(name, cells)
    sums: dict[str, Cell] = {"no": Cell(), first[0]: Cell("Jumlah")}
    for year in ts.years:
        sums[f"y{year}"] = Cell(_whole(totals[year]))
    sums["jumlah"] = Cell(_whole(sum(totals.values())))
    table.add("jumlah", sums)
    return Table(table_id, title, cols, tuple(table.rows), note=note)


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else round(value, 2)


def build_dana(
    table_id: str, dataset: str, dtps: Sequence[PegawaiRecords], ts: TsYears, entries: Entries
) -> Table:
    """3.b.2 (penelitian) or 3.b.3 (pengabdian): projects by source of funds and year."""
    counted: dict[tuple[str, int], list[RawRecord]] = {}
    for owned in _owned(dtps, dataset):
        v = owned.record.values
        year = year_of(v.get("tahun_pelaksanaan")) or year_of(v.get("tahun_kegiatan"))
        if year not in ts.years:
            continue
        source, _field = sumber_dana(dict(v))
        counted.setdefault((source.value, year), []).append(owned.record)
    title = "Penelitian DTPS" if dataset == "penelitian" else "PkM DTPS"
    label = "Jumlah Judul Penelitian" if dataset == "penelitian" else "Jumlah Judul PkM"
    table = _counted(
        table_id,
        title,
        ts,
        ("sumber", "Sumber Pembiayaan"),
        [s.value for s in SumberDana],
        counted,
        entries,
        operator_rows=[SumberDana.LUAR_NEGERI.value],
        note="Satu judul dihitung sekali, pada sumber dana terbesarnya; lembaga luar negeri "
        "diisi operator (SISTER tidak menyebut negara pemberi dana).",
    )
    renamed = tuple(Column(c.id, c.title.replace("Jumlah Judul", label)) for c in table.columns)
    return Table(table.id, table.title, renamed, table.rows, note=table.note)


def build_3b4(dtps: Sequence[PegawaiRecords], ts: TsYears, entries: Entries) -> Table:
    counted: dict[tuple[str, int], list[RawRecord]] = {}
    for owned in _owned(dtps, "publikasi"):
        v = owned.record.values
        year = year_of(v.get("tanggal"))
        kind = form_row(Vocabulary.PUBLIKASI, v.get("jenis_publikasi"))
        if year not in ts.years or kind is None:
            continue
        counted.setdefault((kind, year), []).append(owned.record)
    return _counted(
        T_3B4,
        "Publikasi Ilmiah DTPS",
        ts,
        ("jenis", "Jenis Publikasi"),
        [k.value for k in JenisPublikasi],
        counted,
        entries,
        note="Menurut jenis publikasi SISTER (lihat tabel kosakata); buku dan book chapter "
        "dihitung di 3.b.7.",
    )


COLUMNS_3B1 = columns(
    ("no", "No."),
    ("nama", "Nama Dosen"),
    ("bidang", "Bidang Keahlian"),
    ("rekognisi", "Rekognisi dan Bukti Pendukung"),
    ("wilayah", "Tingkat: Wilayah"),
    ("nasional", "Tingkat: Nasional"),
    ("internasional", "Tingkat: Internasional"),
    ("tahun", "Tahun"),
)
_LEVEL_COLUMN = {
    Tingkat.WILAYAH: "wilayah",
    Tingkat.NASIONAL: "nasional",
    Tingkat.INTERNASIONAL: "internasional",
}


def _recognitions(
    person: PegawaiRecords, ts: TsYears
) -> list[tuple[RawRecord, str, Tingkat | None, int]]:
    """(record, what it is, its level or ``None`` when SISTER does not say, year)."""
    found = []
    for r in person.of("penghargaan"):
        v = r.values
        year = year_of(v.get("tahun"))
        if year in ts.years:
            text = f"Penghargaan: {v.get('nama') or v.get('jenis_penghargaan')}"
            if v.get("instansi_pemberi"):
                text += f" ({v['instansi_pemberi']})"
            level = tingkat(Vocabulary.TINGKAT_PENGHARGAAN, v.get("tingkat_penghargaan"))
            found.append((r, text, level, year))
    for r in person.of("pembicara"):
        v = r.values
        year = year_of(v.get("tanggal_pelaksanaan"))
        if year in ts.years:
            text = f"Pembicara: {v.get('judul_makalah')} ({v.get('nama_pertemuan')})"
            level = tingkat(Vocabulary.TINGKAT_PERTEMUAN, v.get("id_tingkat_pertemuan"))
            found.append((r, text, level, year))
    for r in person.of("pengelola_jurnal"):
        v = r.values
        start = parse_date(v.get("tanggal_mulai"))
        end = parse_date(v.get("tanggal_selesai"))
        if start is None or start.year > ts.ts or (end is not None and end.year < ts.years[0]):
            continue
        text = f"Pengelola jurnal: {v.get('peran')} {v.get('media_publikasi')}"
        level = tingkat(Vocabulary.TINGKAT_JURNAL, v.get("kategori_kegiatan"))
        found.append((r, text, level, max(start.year, ts.years[0])))
    for r in person.of("visiting_scientist"):
        v = r.values
        year = year_of(v.get("tanggal"))
        if year in ts.years:
            text = f"Visiting scientist: {v.get('perguruan_tinggi')} ({v.get('lama_kegiatan')})"
            found.append((r, text, None, year))
    return found


def build_3b1(dtps: Sequence[PegawaiRecords], ts: TsYears, entries: Entries) -> Table:
    table = TableBuilder(T_3B1, COLUMNS_3B1, entries)
    n = 0
    for person in dtps:
        bidang, bidang_sources = person.bidang_keahlian()
        for record, text, level, year in sorted(
            _recognitions(person, ts), key=lambda item: (item[3], item[1])
        ):
            n += 1
            key = f"{record.dataset}:{record.key}"
            cells: dict[str, Cell] = {
                "no": Cell(n),
                "nama": Cell(person.nama),
                "bidang": Cell(bidang or None, tuple(bidang_sources)),
                "rekognisi": Cell(text, (record.source,)),
                "tahun": Cell(year, (record.source,)),
            }
            for tier, column in _LEVEL_COLUMN.items():
                if level is None:
                    cells[column] = table.operator(key, column)
                else:
                    cells[column] = Cell(CHECK if level is tier else None, (record.source,))
            table.add(key, cells)
    return Table(
        T_3B1,
        "Rekognisi DTPS",
        COLUMNS_3B1,
        tuple(table.rows),
        note="Penghargaan, pembicara, pengelola jurnal dan visiting scientist TS-2 s.d. TS; "
        "tingkat yang tidak disebut SISTER (visiting scientist) diisi operator.",
    )


COLUMNS_3B7 = columns(
    ("no", "No."),
    ("luaran", "Luaran Penelitian dan PkM"),
    ("tahun", "Tahun (YYYY)"),
    ("keterangan", "Keterangan"),
)


def _luaran(
    dtps: Sequence[PegawaiRecords], ts: TsYears
) -> dict[str, list[tuple[RawRecord, int, str]]]:
    parts: dict[str, list[tuple[RawRecord, int, str]]] = {b.value: [] for b in BagianLuaran}
    for owned in _owned(dtps, "kekayaan_intelektual"):
        v = owned.record.values
        year = year_of(v.get("tanggal"))
        part = form_row(Vocabulary.LUARAN, v.get("jenis_publikasi"))
        if year in ts.years and part:
            note = " ".join(str(x) for x in (v.get("jenis_publikasi"), v.get("nomor_paten")) if x)
            parts[part].append((owned.record, year, note))
    for owned in _owned(dtps, "publikasi"):
        v = owned.record.values
        year = year_of(v.get("tanggal"))
        part = form_row(Vocabulary.PUBLIKASI, v.get("jenis_publikasi"))
        if year in ts.years and part == BagianLuaran.BUKU.value:
            note = " ".join(str(x) for x in (v.get("jenis_publikasi"), v.get("isbn")) if x)
            parts[part].append((owned.record, year, note))
    for owned in _owned(dtps, "bahan_ajar"):
        v = owned.record.values
        year = year_of(v.get("tanggal_terbit"))
        if year in ts.years and v.get("isbn"):
            parts[BagianLuaran.BUKU.value].append((owned.record, year, f"ISBN {v['isbn']}"))
    return parts


def build_3b7(dtps: Sequence[PegawaiRecords], ts: TsYears, entries: Entries) -> Table:
    table = TableBuilder(T_3B7, COLUMNS_3B7, entries)
    for part, found in _luaran(dtps, ts).items():
        table.add(f"bagian:{part}", {"luaran": Cell(part)}, heading=True)
        for n, (record, year, note) in enumerate(
            sorted(found, key=lambda f: (f[1], f[0].source.title)), start=1
        ):
            table.add(
                f"{record.dataset}:{record.key}",
                {
                    "no": Cell(n),
                    "luaran": Cell(record.source.title, (record.source,)),
                    "tahun": Cell(year, (record.source,)),
                    "keterangan": Cell(note or None, (record.source,)),
                },
            )
        if part == BagianLuaran.TEKNOLOGI.value:
            key = f"operator:{part}"
            table.add(
                key,
                {
                    "no": Cell(len(found) + 1),
                    "luaran": table.operator(key, "luaran"),
                    "tahun": table.operator(key, "tahun"),
                    "keterangan": table.operator(key, "keterangan"),
                },
            )
    return Table(
        T_3B7,
        "Luaran Penelitian/PkM Lainnya oleh DTPS",
        COLUMNS_3B7,
        tuple(table.rows),
        note="HKI dari kekayaan intelektual, buku dari publikasi (buku, monograf, book chapter) "
        "dan bahan ajar ber-ISBN, TS-2 s.d. TS; teknologi tepat guna, produk, karya seni dan "
        "rekayasa sosial diisi operator.",
    )


COLUMNS_MAHASISWA = columns(
    ("no", "No."),
    ("nama", "Nama Dosen"),
    ("tema", "Tema Penelitian sesuai Roadmap"),
    ("mahasiswa", "Nama Mahasiswa"),
    ("judul", "Judul Kegiatan"),
    ("tahun", "Tahun"),
)


def _ketua(owned: Owned) -> str:
    for member in owned.record.values.get("anggota") or ():
        if isinstance(member, dict) and str(member.get("peran")).casefold() == "ketua":
            return str(member.get("nama") or owned.person.nama)
    return owned.person.nama


def build_mahasiswa(
    table_id: str, dataset: str, dtps: Sequence[PegawaiRecords], ts: TsYears, entries: Entries
) -> Table:
    """6.a (penelitian) or 7 (pengabdian): the projects of TS-2..TS with students among their
    members."""
    cols = COLUMNS_MAHASISWA
    if dataset == "pengabdian":
        cols = tuple(Column(c.id, "Tema PkM sesuai Roadmap") if c.id == "tema" else c for c in cols)
    table = TableBuilder(table_id, cols, entries)
    found = []
    for owned in _owned(dtps, dataset):
        v = owned.record.values
        year = year_of(v.get("tahun_pelaksanaan")) or year_of(v.get("tahun_kegiatan"))
        students = [
            str(m.get("nama"))
            for m in v.get("anggota") or ()
            if isinstance(m, dict) and is_mahasiswa(m.get("jenis"))
        ]
        if year in ts.years and students:
            found.append((year, owned, students))
    found.sort(key=lambda f: (f[0], f[1].record.source.title))
    for n, (year, owned, students) in enumerate(found, start=1):
        source = owned.record.source
        key = f"{source.dataset}:{source.key}"
        table.add(
            key,
            {
                "no": Cell(n),
                "nama": Cell(_ketua(owned), (source,)),
                "tema": table.operator(key, "tema"),
                "mahasiswa": Cell(", ".join(students), (source,)),
                "judul": Cell(source.title, (source,)),
                "tahun": Cell(year, (source,)),
            },
        )
    kind = "Penelitian" if dataset == "penelitian" else "PkM"
    return Table(
        table_id,
        f"{kind} DTPS yang Melibatkan Mahasiswa",
        cols,
        tuple(table.rows),
        note="Anggota berjenis Mahasiswa, TS-2 s.d. TS; tema sesuai roadmap diisi operator.",
    )


def distinct_sources(table: Table) -> int:
    return len(distinct(s for row in table.rows for cell in row.cells for s in cell.sources))
