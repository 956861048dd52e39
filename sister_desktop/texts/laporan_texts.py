"""The Laporan's words: chart titles, the labels of the Gambaran's categories, the lines that
say where a table's data came from, and the sheets of the XLSX exports.

The LKPS tables keep the form's own headers (Indonesian, as the form prints them, in both
languages); everything else is translated here, for the window, the PDF and the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.gambaran_dosen import (
    JUMLAH,
    SERDOS_BELUM,
    SERDOS_SUDAH,
    TANPA_GOLONGAN,
    TIDAK_DIKETAHUI,
    Chart,
    ChartKey,
    Gambaran,
    horizon_label,
)
from sister_desktop.domain.laporan_records import SourceRef
from sister_desktop.domain.lkps import Lkps
from sister_desktop.domain.lkps_table import Cell, Table
from sister_desktop.files.laporan_xlsx import ChartSpec, LaporanSheet, SheetCell
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime, format_number
from sister_desktop.texts.sister_data_texts import dataset_label

_CTX = "LaporanTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def title_text() -> str:
    return _t("Gambaran dosen")


def chart_title(key: ChartKey) -> str:
    return {
        ChartKey.JABATAN: _t("Jabatan fungsional"),
        ChartKey.PENDIDIKAN: _t("Highest education"),
        ChartKey.SERDOS: _t("Serdos (lecturer certification)"),
        ChartKey.PANGKAT: _t("Pangkat/golongan"),
        ChartKey.USIA: _t("Age"),
        ChartKey.PENSIUN: _t("Reaching retirement age, by jabatan fungsional"),
    }[key]


def category_label(text: str) -> str:
    """A category or series as shown: the form's words stay, our own ones are translated."""
    own = {
        JUMLAH: _t("Count"),
        SERDOS_SUDAH: _t("Certified"),
        SERDOS_BELUM: _t("Not certified"),
        TANPA_GOLONGAN: _t("No golongan"),
        TIDAK_DIKETAHUI: _t("Unknown"),
        "Lainnya": _t("Other"),
    }
    for years in (1, 3, 5):
        own[horizon_label(years)] = fill(_t("within %1 years"), str(years))
    return own.get(text, text)


def count_header() -> str:
    return _t("Count")


def scope_text(unit: str | None) -> str:
    return fill(_t("Dosen of %1"), unit) if unit else _t("Dosen of the whole PT")


def data_line(data_date: datetime | None) -> str:
    """Where the figures come from and how fresh they are (on every sheet and page)."""
    if data_date is None:
        return _t("Source: SISTER, nothing synced yet")
    return fill(
        _t("Source: SISTER, as synced by SISTER Desktop (data of %1)"), format_datetime(data_date)
    )


def lkps_heading(lkps: Lkps) -> str:
    return fill(_t("Study programme %1, TS %2"), lkps.prodi, str(lkps.ts))


def table_title(table: Table) -> str:
    return f"Tabel {table.id} {table.title}"


def table_note(table: Table) -> str:
    """A table's note under it, in the operator's language. The domain writes it in Indonesian
    (the form's language); the English source here has that note as its translation."""
    notes = {
        "Mata kuliah dari pengajaran TS-2 s.d. TS; program studi mata kuliah dan kesesuaian "
        "diisi operator.": _t(
            "Courses from the teaching of TS-2 to TS; the courses' study programme and the "
            "match are entered by the operator."
        ),
        "Bimbingan skripsi, tesis dan disertasi dengan dosen sebagai pembimbing urutan 1; "
        "jumlah mahasiswa per tahun akademik TS-2 s.d. TS.": _t(
            "Supervision of theses and dissertations with the dosen as first supervisor; "
            "students per academic year TS-2 to TS."
        ),
        "Dari laporan akhir BKD semester TS. BKD tidak memisahkan pendidikan menurut program "
        "studi: seluruhnya tampil pada PS yang diakreditasi sampai operator mengisi bagiannya; "
        "tanpa laporan BKD, semua kolom diisi operator. DTPS mengikuti kesesuaian di 3.a.1.": _t(
            "From the final BKD report of semester TS. BKD does not split teaching by study "
            "programme: all of it shows under the accredited PS until the operator enters the "
            "parts; without a BKD report, the operator enters every column. DTPS follows the "
            "match in 3.a.1."
        ),
        "Satu judul dihitung sekali, pada sumber dana terbesarnya; lembaga luar negeri "
        "diisi operator (SISTER tidak menyebut negara pemberi dana).": _t(
            "A title counts once, under its largest source of funds; foreign institutions are "
            "entered by the operator (SISTER does not name the funder's country)."
        ),
        "Menurut jenis publikasi SISTER (lihat tabel kosakata); buku dan book chapter "
        "dihitung di 3.b.7.": _t(
            "By SISTER's kind of publication (see the vocabulary table); books and book "
            "chapters count in 3.b.7."
        ),
        "Penghargaan, pembicara, pengelola jurnal dan visiting scientist TS-2 s.d. TS; "
        "tingkat yang tidak disebut SISTER (visiting scientist) diisi operator.": _t(
            "Awards, speakers, journal editors and visiting scientists TS-2 to TS; the level "
            "SISTER does not give (visiting scientist) is entered by the operator."
        ),
        "HKI dari kekayaan intelektual, buku dari publikasi (buku, monograf, book chapter) "
        "dan bahan ajar ber-ISBN, TS-2 s.d. TS; teknologi tepat guna, produk, karya seni dan "
        "rekayasa sosial diisi operator.": _t(
            "HKI from intellectual property, books from publications (book, monograph, book "
            "chapter) and teaching materials with an ISBN, TS-2 to TS; appropriate technology, "
            "products, works of art and social engineering are entered by the operator."
        ),
        "Anggota berjenis Mahasiswa, TS-2 s.d. TS; tema sesuai roadmap diisi operator.": _t(
            "Members of kind Mahasiswa, TS-2 to TS; the theme matching the roadmap is entered "
            "by the operator."
        ),
    }
    return notes.get(table.note, table.note)


def figure_label(label: str) -> str:
    """A figure's label under a table; NDT, NDTPS and NDTT are the form's own names."""
    labels = {
        "% Doktor (dari NDT)": _t("% with a doctorate (of NDT)"),
        "% Lektor Kepala/Guru Besar (dari NDT)": _t("% Lektor Kepala/Guru Besar (of NDT)"),
        "% bersertifikat pendidik (dari NDT)": _t("% certified lecturers (of NDT)"),
    }
    return labels.get(label, label)


def operator_mark() -> str:
    return _t("Entered by the operator (SISTER cannot say)")


def waiting_text() -> str:
    return _t("waiting for the operator's entries")


def figure_text(label: str, value: float | int | None) -> str:
    label = figure_label(label)
    if value is None:
        return f"{label}: {waiting_text()}"
    decimals = 0 if float(value).is_integer() else 2
    return f"{label}: {format_number(float(value), decimals)}"


def source_text(source: SourceRef) -> str:
    return f"{dataset_label(source.dataset)}: {source.title}"


def cell_text(cell: Cell) -> str:
    if cell.value is None:
        return ""
    if isinstance(cell.value, float):
        return format_number(cell.value, 0 if cell.value.is_integer() else 2)
    return str(cell.value)


def pegawai_count_text(count: int) -> str:
    return fill(_t("%1 pegawai"), str(count))


# -- the XLSX ----------------------------------------------------------------------------------


def lkps_sheets(lkps: Lkps, data_date: datetime | None) -> list[LaporanSheet]:
    """One sheet per table in the form's layout, the data date and the source on each."""
    sheets = []
    for table in lkps.tables:
        rows = [
            [
                SheetCell(cell.value, operator=cell.operator, heading=row.heading)
                for cell in row.cells
            ]
            for row in table.rows
        ]
        footer = [figure_text(f.label, f.value) for f in table.figures]
        if table.note:
            footer.append(table_note(table))
        if any(cell.operator for row in table.rows for cell in row.cells):
            footer.append(fill(_t("Tinted cells: %1"), operator_mark()))
        sheets.append(
            LaporanSheet(
                title=table.id,
                heading=[table_title(table), lkps_heading(lkps), data_line(data_date)],
                headers=[c.title for c in table.columns],
                rows=rows,
                footer=footer,
            )
        )
    return sheets


def chart_rows(chart: Chart) -> tuple[list[str], list[list[SheetCell]]]:
    """The counts behind a chart: a row per category, a column per series."""
    headers = [_t("Category"), *(category_label(s) for s in chart.series)]
    rows = [
        [
            SheetCell(category_label(category)),
            *(SheetCell(chart.count(s, category)) for s in chart.series),
        ]
        for category in chart.categories
    ]
    return headers, rows


def gambaran_sheets(gambaran: Gambaran, data_date: datetime | None) -> list[LaporanSheet]:
    """One sheet per chart: its counts and an Excel chart of them."""
    sheets = []
    for chart in gambaran.charts:
        headers, rows = chart_rows(chart)
        sheets.append(
            LaporanSheet(
                title=chart_title(chart.key)[:31].replace("/", "-"),
                heading=[
                    chart_title(chart.key),
                    scope_text(gambaran.unit),
                    data_line(data_date),
                ],
                headers=headers,
                rows=rows,
                footer=[pegawai_count_text(len(gambaran.dosen))],
                chart=ChartSpec(title=chart_title(chart.key), y_title=count_header()),
            )
        )
    return sheets


def lkps_file_stem(prodi: str, ts: int) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in prodi).strip("_")
    return f"LKPS_{safe}_TS{ts}"


# -- the command line --------------------------------------------------------------------------


def written_text(path: str) -> str:
    return fill(_t("Written: %1"), path)


def unknown_prodi_text(prodi: str, known: Sequence[str]) -> str:
    listed = ", ".join(known) if known else _t("none (sync first)")
    return fill(
        _t("No dosen has study programme %1 as homebase. Known study programmes: %2"), prodi, listed
    )


def output_kind_text(allowed: str) -> str:
    return fill(_t("The output must be a %1 file."), allowed)
