"""The searchable line of a record: the dataset's words and its values, folded like a query;
keys and UUIDs never in it."""

from __future__ import annotations

from sister_desktop.domain.sister_search import fold, matches, query_words, search_text, searched


def test_fold_drops_case_accents_and_extra_space():
    assert fold("  Sértifikasi   DOSEN_profesi/ajuan ") == "sertifikasi dosen profesi ajuan"


def test_query_words_longest_first_each_once():
    assert query_words("Sertifikasi dosen 2019 dosen") == ["sertifikasi", "dosen", "2019"]


def test_search_text_holds_the_dataset_and_values_not_ids():
    text = search_text(
        "sertifikasi_dosen",
        {
            "id": "b7f5f475-c1ee-4ac3-a302-2a0271780286",
            "id_sdm": "36d818d8-ab7c-4300-a3f6-d7119e376617",
            "id_bidang_studi": 123,
            "jenis_sertifikasi": "Sertifikasi Profesi",
            "bidang_studi": "Teknik Mesin",
            "tahun_sertifikasi": 2019,
            "skor": 724.0,
            "dokumen": [{"id": "39b9e2bb-e43b-48a5-965f-d1d856617477", "nama": "Sertifikat"}],
            "luar_negeri": False,
        },
    )
    assert text.startswith("sertifikasi dosen |")
    assert "teknik mesin" in text and "2019" in text and "724" in text and "sertifikat" in text
    assert "b7f5f475" not in text and "36d818d8" not in text and "123" not in text
    assert matches(text, query_words("sertifikasi dosen 2019"))
    assert not matches(text, query_words("sertifikasi dosen 2018"))


def test_the_documents_list_has_no_lines_of_its_own():
    assert not searched("dokumen") and searched("sertifikasi_dosen")
