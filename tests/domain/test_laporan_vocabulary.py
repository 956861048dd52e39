"""The vocabulary table: its lookups, and the copy an operator reads in docs/LAPORAN.md."""

from __future__ import annotations

from pathlib import Path

from sister_desktop.domain.laporan_vocabulary import (
    VOCABULARY,
    BagianLuaran,
    Jabatan,
    JenisPublikasi,
    Pendidikan,
    StatusDosen,
    SumberDana,
    Tingkat,
    Vocabulary,
    form_row,
    is_mahasiswa,
    is_tugas_akhir,
    jabatan,
    pendidikan,
    status_dosen,
    sumber_dana,
    tingkat,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "LAPORAN.md"


def test_every_mapping_is_printed_in_the_docs():
    text = DOC.read_text(encoding="utf-8")
    for m in VOCABULARY:
        line = f"| `{m.vocabulary.value}` | {m.sister} | {m.form} | {m.note} |"
        assert line in text, line


def test_the_docs_list_no_mapping_the_code_lacks():
    text = DOC.read_text(encoding="utf-8")
    printed = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(printed) == len(VOCABULARY)


def test_each_sister_value_has_one_row():
    keys = [(m.vocabulary, m.sister.casefold()) for m in VOCABULARY]
    assert len(keys) == len(set(keys))


def test_lookups_ignore_case_and_spaces():
    assert form_row(Vocabulary.PUBLIKASI, "  jurnal NASIONAL terakreditasi ") == (
        JenisPublikasi.JURNAL_NASIONAL_TERAKREDITASI
    )
    assert form_row(Vocabulary.PUBLIKASI, "Jurnal entah apa") is None


def test_jabatan_drops_the_credit_points_and_knows_guru_besar():
    assert jabatan("Lektor Kepala (400.00)") is Jabatan.LEKTOR_KEPALA
    assert jabatan("Profesor (850,00)") is Jabatan.GURU_BESAR
    assert jabatan("Guru Besar") is Jabatan.GURU_BESAR
    assert jabatan("Widyaiswara") is None


def test_status_pendidikan_and_tingkat():
    assert status_dosen("Dosen PNS DPK") is StatusDosen.TETAP
    assert status_dosen("Dosen dengan Perjanjian Kerja") is StatusDosen.TIDAK_TETAP
    assert status_dosen("Tenaga Kependidikan Tetap") is StatusDosen.BUKAN_DOSEN
    assert status_dosen("Honorer") is None
    assert pendidikan("S3") is Pendidikan.DOKTOR
    assert pendidikan("SMA") is Pendidikan.LAINNYA
    assert tingkat(Vocabulary.TINGKAT_PENGHARGAAN, "Kabupaten/Kota") is Tingkat.WILAYAH
    assert tingkat(Vocabulary.TINGKAT_PERTEMUAN, "Internasional") is Tingkat.INTERNASIONAL
    assert tingkat(Vocabulary.TINGKAT_PERTEMUAN, "Antar planet") is None


def test_books_go_to_the_luaran_and_patents_to_hki():
    assert form_row(Vocabulary.PUBLIKASI, "Book chapter") == BagianLuaran.BUKU
    assert form_row(Vocabulary.LUARAN, "Paten sederhana") == BagianLuaran.HKI_PATEN
    assert form_row(Vocabulary.LUARAN, "Hak cipta") == BagianLuaran.HKI_LAIN


def test_a_project_counts_under_its_largest_fund():
    assert sumber_dana({"dana_dikti": 5.0, "dana_perguruan_tinggi": 9.0}) == (
        SumberDana.PERGURUAN_TINGGI,
        "dana_perguruan_tinggi",
    )
    assert sumber_dana({"dana_dikti": 9.0, "dana_perguruan_tinggi": 5.0})[0] is (
        SumberDana.DALAM_NEGERI
    )
    assert sumber_dana({"dana_dikti": 0, "dana_perguruan_tinggi": None}) == (
        SumberDana.MANDIRI,
        None,
    )
    assert sumber_dana({"dana_dikti": "bukan angka"})[0] is SumberDana.MANDIRI


def test_supervision_and_members():
    assert is_tugas_akhir("Skripsi") and is_tugas_akhir("tesis")
    assert not is_tugas_akhir("Kerja Praktik")
    assert is_mahasiswa("Mahasiswa") and not is_mahasiswa("Dosen")
