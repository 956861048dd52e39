"""A pegawai's records arranged for reading: newest first, the list's columns without keys,
reference ids that stand alone shown by name, removed records apart, pending ajuan marked,
and when each group was synced ("never" when no dataset of it was)."""

from __future__ import annotations

from datetime import UTC, datetime

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import (
    arrange,
    detail_fields,
    history_columns,
    newest_first,
    referensi_name,
    referensi_names,
)
from sister_desktop.domain.sister_records import DatasetState, SisterRecord

T0 = datetime(2026, 11, 1, tzinfo=UTC)
T1 = datetime(2026, 11, 20, tzinfo=UTC)


def _record(dataset, key, row, detail=None, position=0, removed=None):
    return SisterRecord(1, dataset, key, "", position, row, detail, T0, T0, T0, None, removed)


def _state(dataset, at=T0, ok=True):
    return DatasetState(1, dataset, "", at, ok, 1, 1, 0)


def test_newest_first_by_start_then_undated_in_sisters_order():
    rows = [
        _record("kepangkatan", "a", {"id": "a", "tanggal_mulai": "1996-10-01"}, position=0),
        _record("kepangkatan", "b", {"id": "b", "tanggal_mulai": "2024-10-01"}, position=1),
        _record("kepangkatan", "c", {"id": "c"}, position=2),
        _record("kepangkatan", "d", {"id": "d", "tanggal_mulai": "2008-10-01"}, position=3),
    ]
    assert [r.key for r in newest_first(rows)] == ["b", "d", "a", "c"]


def test_columns_are_the_list_fields_without_keys_and_with_documents():
    rows = [
        _record(
            "diklat",
            "a",
            {"id": "a", "id_sdm": "x", "jenis_diklat": "Workshop", "tahun": 2024},
            {"dokumen": [{"nama": "Sertifikat"}], "id_kategori_kegiatan": 1303},
        ),
        _record("diklat", "b", {"id": "b", "jenis_diklat": "Pekerti", "tahun": 2004, "extra": 1}),
    ]
    assert history_columns(rows) == ["jenis_diklat", "tahun", "extra", "dokumen"]


def test_a_reference_id_alone_is_a_column_beside_its_name_it_is_not():
    alone = [_record("pengajaran", "a", {"id": "a", "id_semester": "20241", "sks": 3})]
    assert history_columns(alone) == ["id_semester", "sks"]
    beside = [_record("x", "a", {"id": "a", "id_semester": "20241", "semester": "2024/2025"})]
    assert history_columns(beside) == ["semester"]


def test_detail_fields_leave_out_keys_and_ids_beside_their_names():
    record = _record(
        "jabatan_fungsional",
        "a",
        {"id": "a", "jabatan_fungsional": "Lektor", "tanggal_mulai": "2002-10-01"},
        {"id_sdm": "s", "id_jabatan_fungsional": 42, "angka_kredit": 200.0, "dokumen": []},
    )
    assert detail_fields(record) == [
        "jabatan_fungsional",
        "tanggal_mulai",
        "angka_kredit",
    ]


def test_referensi_names_by_list_and_field():
    names = referensi_names(
        {"semester": [{"id": 20241, "nama": "2024/2025 Ganjil"}], "profil_pt": {"nama": "PT"}}
    )
    assert names == {"semester": {"20241": "2024/2025 Ganjil"}}
    assert referensi_name(names, "id_semester", "20241") == "2024/2025 Ganjil"
    assert referensi_name(names, "id_smt", 20241) == "2024/2025 Ganjil"
    assert referensi_name(names, "id_semester", "19991") is None
    assert referensi_name(names, "sks", 3) is None


def test_arrange_splits_removed_marks_ajuan_and_dates_groups():
    records = [
        _record("jabatan_fungsional", "m1", {"id": "M1", "tanggal_mulai": "2002-10-01"}),
        _record("jabatan_fungsional", "m2", {"id": "M2", "tanggal_mulai": "2009-10-01"}),
        _record(
            "jabatan_fungsional", "gone", {"id": "gone", "tanggal_mulai": "1998-01-01"}, removed=T1
        ),
        _record(
            "jabatan_fungsional/ajuan",
            "aj",
            {"id": "aj", "id_data_master": "M1", "status": "Diajukan"},
        ),
    ]
    states = [
        _state("jabatan_fungsional", T0),
        _state("jabatan_fungsional/ajuan", T1),
        _state("penugasan", T1, ok=False),
    ]
    data = arrange(1, records, states, {})
    history = data.histories["jabatan_fungsional"]
    assert [r.key for r in history.records] == ["m2", "m1"]
    assert [r.key for r in history.removed] == ["gone"]
    assert [r.key for r in history.shown(include_removed=True)] == ["m2", "m1", "gone"]
    assert history.with_ajuan == frozenset({"m1"})
    assert data.histories["jabatan_fungsional/ajuan"].is_ajuan
    assert data.histories["penugasan"].failed
    assert data.latest("jabatan_fungsional").key == "m2"
    assert data.group_synced_at(SisterGroup.KEPEGAWAIAN) == T1
    assert data.group_synced_at(SisterGroup.TRIDHARMA) is None
    assert not data.histories["publikasi"].synced


def test_the_photo_reads_back_and_a_damaged_copy_is_none():
    """The pas foto's stored base64 decodes to its bytes; a copy that is not base64, or no
    photo synced at all, gives ``None`` (the window and the DRH then show none)."""
    from sister_desktop.domain.sister_records import PHOTO_DATA, PHOTO_MEDIA_TYPE

    def photo(data):  # type: ignore[no-untyped-def]
        row = {PHOTO_MEDIA_TYPE: "image/png", PHOTO_DATA: data}
        return arrange(1, [_record("data_pribadi/foto", "foto", row)], [], {}).photo()

    assert photo("iVBORw0KGgo=") == b"\x89PNG\r\n\x1a\n"
    assert photo("not base64 at all!") is None
    assert photo("") is None
    assert arrange(1, [], [], {}).photo() is None
