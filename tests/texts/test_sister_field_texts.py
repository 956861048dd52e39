"""Column titles and values of the SISTER datasets as the operator reads them: the title table,
a dataset's own word, a readable fallback; dates in Indonesian, years as years, amounts
grouped, reference ids by name, yes/no, lists of people by name."""

from __future__ import annotations

from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.sister_field_texts import (
    DASH,
    field_title,
    rank_text,
    readable,
    value_text,
)


def test_titles_their_dataset_words_and_the_readable_fallback(qapp):
    with use_language(qapp, "id"):
        assert field_title("tanggal_mulai", "kepangkatan") == "TMT"
        assert field_title("tanggal_mulai", "diklat") == "Tanggal mulai"
        assert field_title("sk") == "Nomor SK"
        assert field_title("tahun") == "Tahun"
        assert field_title("jumlah_jam") == "Jumlah jam"
    with use_language(qapp, "en"):
        assert field_title("tanggal_mulai", "kepangkatan") == "Start (TMT)"
        assert field_title("tanggal_mulai", "diklat") == "Start date"
        assert field_title("sk") == "SK number"
        assert field_title("status_kawin") == "Marital status"
    assert readable("tanggal_sk_penugasan") == "Tanggal SK penugasan"
    assert readable("npwp") == "NPWP"


def test_values_in_the_operators_words(qapp):
    names = {"semester": {"20241": "2024/2025 Ganjil"}}
    with use_language(qapp, "id"):
        assert value_text("tanggal_mulai", "1998-10-01") == "1 Oktober 1998"
        assert value_text("tanggal_upload", "1998-10-01 10:53:00").startswith("1 Oktober 1998 ")
        assert value_text("tahun", 2019) == "2019"
        assert value_text("nominal", 6750000.0) == "6.750.000"
        assert value_text("ipk", 3.5) == "3,50"
        assert value_text("id_semester", "20241", names) == "2024/2025 Ganjil"
        assert value_text("id_semester", "19991", names) == "19991"
        assert value_text("luar_negeri", False) == "Tidak"
        assert value_text("jenis_kelamin", "P") == "Perempuan"
        assert value_text("penulis", [{"nama": "Siti"}, {"nama": "Budi"}]) == "Siti; Budi"
        assert value_text("bidang_keilmuan", ["Teknik Sipil"]) == "Teknik Sipil"
        assert value_text("sk", None) == DASH and value_text("sk", "") == DASH
    with use_language(qapp, "en"):
        assert value_text("jenis_kelamin", "L") == "Male"


def test_a_rank_reads_its_credit_points_as_every_other_number(qapp):
    """SISTER writes ``Lektor Kepala (400.00)``; the screen, the log and the PDF read it with
    the locale's numbers."""
    with use_language(qapp, "id"):
        assert rank_text("Lektor Kepala (400.00)") == "Lektor Kepala (400)"
        assert value_text("jabatan_fungsional", "Lektor (212.50)") == "Lektor (212,50)"
        assert value_text("angka_kredit", 212.5) == "212,50"
        assert rank_text("Asisten Ahli") == "Asisten Ahli"
        assert rank_text("Lektor (300.00) (diperbarui)") == "Lektor (300) (diperbarui)"
        assert rank_text("Asisten Ahli (2019)") == "Asisten Ahli (2019)"
    with use_language(qapp, "en"):
        assert rank_text("Guru Besar (1050.00)") == "Guru Besar (1,050)"
