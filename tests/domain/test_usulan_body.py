"""An ubah sends the whole record back: members, documents and untouched fields survive."""

from __future__ import annotations

from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan import FieldChange
from sister_desktop.domain.usulan_body import (
    body_from_record,
    duplicate_key,
    field_changes,
    merge,
    normalised_title,
    record_hash,
    removed_documents,
)

DOSEN = "0b3f7f9e-1d2c-4c5b-9a8e-123456789abc"
MHS = "1b3f7f9e-1d2c-4c5b-9a8e-123456789abc"

DETAIL = {
    "id": "aa3f7f9e-1d2c-4c5b-9a8e-123456789abc",
    "judul": "Padi Tahan Kering",
    "tahun_pelaksanaan": 2024,
    "lokasi": "Bogor",
    "afiliasi": "Universitas Contoh",
    "id_afiliasi": "1850c92f-689c-45e4-9382-01219d35c534",
    "mitra_litabmas": [{"id": "m1", "nama": "PT Tani"}],
    "anggota": [
        {"jenis": "Dosen", "id_sdm": DOSEN, "aktif": True, "peran": "Ketua", "nama": "Siti"},
        {
            "jenis": "Mahasiswa",
            "id_peserta_didik": MHS,
            "nomor_induk_peserta_didik": "G6401",
            "nama": "Budi",
            "aktif": True,
            "peran": "Anggota",
        },
    ],
    "dokumen": [{"id": "d1", "nama": "Laporan"}, {"id": "d2", "nama": "SK"}],
}


def test_a_detail_becomes_the_whole_body_with_members_and_documents():
    family = write_family("penelitian")
    assert family is not None
    body = body_from_record(family, DETAIL)
    assert list(body) == list(family.body_field_names)
    assert body["anggota_dosen"] == [{"id_sdm": DOSEN, "aktif": True, "peran": "K"}]
    assert body["anggota_mahasiswa"] == [
        {"id_peserta_didik": MHS, "nama": "Budi", "no_induk": "G6401", "aktif": True, "peran": "A"}
    ]
    assert body["anggota_lain"] == []
    assert body["dokumen"] == ["d1", "d2"] and body["mitra_litabmas"] == ["m1"]
    assert body["lokasi"] == "Bogor" and body["in_kind"] is None
    assert "afiliasi" not in body  # a read-only name is no body field


def test_merge_keeps_every_existing_document_and_adds_the_new():
    fresh = {"judul": "Lama", "dokumen": ["d1", "d2"], "lokasi": "Bogor"}
    merged = merge(fresh, {"judul": "Baru", "dokumen": ["d3", "d1"]})
    assert merged == {"judul": "Baru", "dokumen": ["d1", "d2", "d3"], "lokasi": "Bogor"}
    assert fresh["dokumen"] == ["d1", "d2"]


def test_merge_leaves_out_only_the_documents_removed_on_purpose():
    fresh = {"dokumen": ["d1", "d2", "d4"]}
    base = {"dokumen": ["d1", "d2"]}
    body = {"dokumen": ["d2"]}
    removed = removed_documents(base, body, ["dokumen"])
    assert removed == ["d1"]
    # d4 came to SISTER after the usulan was made: it stays, as the new upload joins.
    assert merge(fresh, {"dokumen": ["d3"]}, removed) == {"dokumen": ["d2", "d4", "d3"]}
    assert removed_documents(base, body, ["judul"]) == []


def test_changes_name_old_and_new_and_ignore_equal_numbers():
    changes = field_changes(
        {"judul": "Lama", "dana_dikti": 0.0, "lokasi": ""},
        {"judul": "Baru", "dana_dikti": 0, "lokasi": None},
    )
    assert changes == [FieldChange("judul", "Lama", "Baru")]


def test_duplicate_keys_and_versions():
    penelitian = write_family("penelitian")
    jabatan = write_family("jabatan_fungsional")
    assert penelitian is not None and jabatan is not None
    assert normalised_title("  Padí  Tahan-Kering. ") == "padi tahan kering"
    assert duplicate_key(penelitian, DETAIL) == ("padi tahan kering", "2024")
    assert duplicate_key(
        penelitian, {"judul": "padi tahan KERING", "tahun_pelaksanaan": "2024"}
    ) == (
        "padi tahan kering",
        "2024",
    )
    assert duplicate_key(jabatan, {"sk": " SK/41 ", "tanggal_mulai": "2020-03-01"}) == (
        "sk/41",
        "2020-03-01",
    )
    assert duplicate_key(jabatan, {}) is None
    assert record_hash({"a": 1, "b": 2}) == record_hash({"b": 2, "a": 1})
    assert record_hash({"a": 1}) != record_hash({"a": 2})
