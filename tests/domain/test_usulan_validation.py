"""The checks an usulan passes before it may be sent: what SISTER would refuse is named."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan_validation import (
    CoerceError,
    ProblemCode,
    coerce,
    validate_body,
)

ID_SDM = "0b3f7f9e-1d2c-4c5b-9a8e-123456789abc"
PT = "1850c92f-689c-45e4-9382-01219d35c534"


def _penelitian(**changes):
    body = {
        "id_kategori_kegiatan": 120601,
        "judul": "Padi tahan kering",
        "id_afiliasi": PT,
        "tahun_usulan": 2023,
        "tahun_kegiatan": 2024,
        "tahun_pelaksanaan": 2024,
        "lama_kegiatan": 1,
        "tahun_pelaksanaan_ke": 1,
        "dana_dikti": 0,
        "dana_perguruan_tinggi": 15000000,
        "dana_institusi_lain": 0,
        "anggota_dosen": [{"id_sdm": ID_SDM, "aktif": True, "peran": "K"}],
        "dokumen": [],
    }
    body.update(changes)
    return body


def _codes(problems):
    return {(problem.field, problem.code) for problem in problems}


def test_a_whole_valid_body_has_no_problem():
    family = write_family("penelitian")
    assert family is not None
    assert validate_body(family, _penelitian()) == []


def test_each_rule_is_named_with_its_field():
    family = write_family("penelitian")
    assert family is not None
    body = _penelitian(judul="x" * 501, tahun_usulan="2023", warna="merah")
    del body["id_afiliasi"]
    body["anggota_dosen"] = [{"id_sdm": "bukan-uuid", "peran": "Z"}]
    problems = validate_body(family, body)
    assert _codes(problems) == {
        ("judul", ProblemCode.TOO_LONG),
        ("tahun_usulan", ProblemCode.NOT_INTEGER),
        ("warna", ProblemCode.UNKNOWN_FIELD),
        ("id_afiliasi", ProblemCode.REQUIRED),
        ("anggota_dosen[0].id_sdm", ProblemCode.BAD_UUID),
        ("anggota_dosen[0].peran", ProblemCode.NOT_ALLOWED),
    }
    too_long = next(problem for problem in problems if problem.code is ProblemCode.TOO_LONG)
    assert too_long.detail == "500"


def test_a_reference_missing_from_its_list_is_refused_when_the_list_is_known():
    family = write_family("jabatan_fungsional")
    assert family is not None
    body = {
        "id_sdm": ID_SDM,
        "id_jabatan_fungsional": 99,
        "sk": "SK/1/2024",
        "tanggal_mulai": "2024-02-30",
        "dokumen": [],
    }
    problems = validate_body(family, body, referensi={"jabatan_fungsional": frozenset({"41"})})
    assert _codes(problems) == {
        ("id_jabatan_fungsional", ProblemCode.UNKNOWN_REFERENCE),
        ("tanggal_mulai", ProblemCode.BAD_DATE),
    }
    body["tanggal_mulai"] = "2024-02-29"
    body["id_jabatan_fungsional"] = 41
    assert validate_body(family, body, referensi={"jabatan_fungsional": frozenset({"41"})}) == []


def test_cells_become_typed_values():
    family = write_family("penelitian")
    assert family is not None
    field = family.field_named
    assert coerce(field("tahun_usulan"), "2023") == 2023  # type: ignore[arg-type]
    assert coerce(field("tahun_usulan"), 2023.0) == 2023  # type: ignore[arg-type]
    assert coerce(field("dana_dikti"), "1500000,5") == 1500000.5  # type: ignore[arg-type]
    assert coerce(field("tanggal_sk_penugasan"), date(2024, 1, 2)) == "2024-01-02"  # type: ignore[arg-type]
    assert coerce(field("tanggal_sk_penugasan"), "2024-01-02 00:00:00") == "2024-01-02"  # type: ignore[arg-type]
    assert coerce(field("mitra_litabmas"), "a; b") == ["a", "b"]  # type: ignore[arg-type]
    assert coerce(field("judul"), "  ") is None  # type: ignore[arg-type]
    with pytest.raises(CoerceError) as caught:
        coerce(field("tahun_usulan"), "dua ribu")  # type: ignore[arg-type]
    assert caught.value.code is ProblemCode.NOT_INTEGER
    pembicara = write_family("pembicara")
    assert pembicara is not None
    assert coerce(pembicara.field_named("id_kategori_pembicara"), "2") == 2  # type: ignore[arg-type]
    assert coerce(pembicara.field_named("id_tingkat_pertemuan"), "n") == "N"  # type: ignore[arg-type]
