"""The typed records are read from the raw answers by one table: each field by the reader of its
type in the family description, rows without their key left out, the object datasets' defining
fields; and the description agrees with the write catalogue where both name a field."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from sister_desktop.domain.records import JabatanFungsional, Kepegawaian, Profil, SdmRow
from sister_desktop.domain.sister_answers import (
    MAPPED,
    MAPPED_DATASETS,
    defining_fields,
    mapped_payload,
    profil_pt_row,
    sdm_row,
    typed_records,
    unit_kerja_row,
)
from sister_desktop.domain.sister_fields import (
    BY_FIELD,
    DATASET_TITLES,
    FIELDS,
    REFERENSI_OF_FIELD,
    FieldType,
    field_title_source,
    sister_field,
)
from sister_desktop.domain.sister_groups import BY_NAME, REFERENSI_CACHED
from sister_desktop.domain.sister_writes import WRITE_FAMILIES, WriteField


def test_each_field_is_read_by_the_reader_of_its_type():
    profil = typed_records(
        "data_pribadi/profil",
        [{"nama": " Siti ", "jenis_kelamin": "p", "tanggal_lahir": "1980-02-03 00:00:00"}],
    )
    assert profil == Profil("Siti", "P", None, date(1980, 2, 3))
    kepegawaian = typed_records(
        "data_pribadi/kepegawaian", [{"nip": "1980 0203 2005", "id_sumber_gaji": "2", "nidn": 15}]
    )
    assert isinstance(kepegawaian, Kepegawaian)
    assert (kepegawaian.nip, kepegawaian.id_sumber_gaji, kepegawaian.nidn) == (
        "198002032005",
        2,
        "15",
    )


def test_a_list_row_without_its_id_is_left_out_and_ids_are_lower_case():
    rows = [
        {"id": "ABC-1", "jabatan_fungsional": "Lektor", "tanggal_mulai": "2020-01-01"},
        {"jabatan_fungsional": "Asisten Ahli"},
        {"id": "", "jabatan_fungsional": "Lektor Kepala"},
    ]
    assert typed_records("jabatan_fungsional", rows) == [
        JabatanFungsional("abc-1", "Lektor", None, date(2020, 1, 1))
    ]


def test_an_object_dataset_with_nothing_stored_reads_as_an_empty_record():
    assert typed_records("data_pribadi/profil", []) == Profil(None)
    assert mapped_payload("data_pribadi/profil", []) == {
        "nama": None,
        "jenis_kelamin": None,
        "tempat_lahir": None,
        "tanggal_lahir": None,
    }


def test_the_payload_is_json_ready():
    payload = mapped_payload("jabatan_fungsional", [{"id": "x", "tanggal_mulai": "2021-05-06"}])
    assert payload == [
        {"id": "x", "jabatan_fungsional": None, "sk": None, "tanggal_mulai": "2021-05-06"}
    ]


def test_the_lists_read_outside_a_sync():
    assert sdm_row({"nama_sdm": "X"}) is None
    assert sdm_row({"id_sdm": "A", "nip": " 1 2 "}) == SdmRow("a", "", nip="12")
    assert profil_pt_row({"kode_perguruan_tinggi": " 001 "}).kode_perguruan_tinggi == "001"
    assert unit_kerja_row({"nama": "Prodi"}) is None
    assert unit_kerja_row({"id": "U", "id_jenis_unit": "3"}).id_jenis_unit == 3  # type: ignore[union-attr]


def test_defining_fields_of_the_objects():
    assert defining_fields("data_pribadi/profil") == ("nama",)
    assert "nik" in defining_fields("data_pribadi/kependudukan")
    assert defining_fields("penugasan") == ()
    assert defining_fields("publikasi") == ()


def test_the_mapped_datasets_are_datasets_of_the_catalogue():
    assert len(MAPPED_DATASETS) == 12
    for name, mapping in MAPPED.items():
        assert name in BY_NAME
        assert mapping.is_object == (BY_NAME[name].kind.value == "object")


@pytest.mark.parametrize("name", MAPPED_DATASETS)
def test_every_field_a_mapper_reads_is_described(name):
    """A field read without a description would be read as text, whatever it is."""
    for field_name in MAPPED[name].mapping.fields:
        assert field_name in BY_FIELD, field_name


def test_the_description_types_agree_with_the_records():
    """A date field holds a date, a number an int, the rest text: the record's annotations
    are what its fields' types read."""
    expected = {
        FieldType.DATE: "date | None",
        FieldType.INTEGER: "int | None",
    }
    for name in MAPPED_DATASETS:
        record = MAPPED[name].mapping.make
        assert isinstance(record, type)
        for item in dataclasses.fields(record):
            wanted = expected.get(sister_field(item.name).type, "str | None")
            if item.name == "id":
                wanted = "str"
            assert item.type == wanted, (name, item.name)


def test_every_field_is_described_once_and_every_referensi_is_a_cached_list():
    assert len({item.name for item in FIELDS}) == len(FIELDS)
    assert set(REFERENSI_OF_FIELD.values()) <= set(REFERENSI_CACHED)


def test_titles_are_english_sources_the_family_first():
    assert field_title_source("tanggal_mulai") == "Start (TMT)"
    assert field_title_source("tanggal_mulai", "diklat") == "Start date"
    assert field_title_source("nama", "nilai_tes") == "Test name"
    assert field_title_source("a_field_nobody_described") is None
    assert all(dataset in BY_NAME for dataset, _name in DATASET_TITLES)


def _write_fields(fields: tuple[WriteField, ...]) -> list[WriteField]:
    found: list[WriteField] = []
    for item in fields:
        found.append(item)
        found += _write_fields(item.members)
    return found


def test_the_write_catalogue_resolves_an_id_in_the_list_the_description_names():
    """Where a body field and an answer field share a name and both name a ``referensi``
    list, it is the same list: the form offers what the page shows."""
    for family in WRITE_FAMILIES:
        for item in _write_fields(family.fields):
            read = BY_FIELD.get(item.name)
            if read is None or read.referensi is None or item.referensi is None:
                continue
            assert item.referensi == read.referensi, (family.dataset, item.name)
