from datetime import date

import pytest

from sister_desktop.domain.comparison import (
    COMPARISON_FIELDS,
    FieldState,
    compare_pegawai,
    difference_counts,
    same_value,
    sister_values,
    stored_value,
    with_sister_value,
)
from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.pegawai import Pegawai

PAYLOADS = {
    "data_pribadi/profil": {
        "nama": "AHMAD SUTANTO",
        "jenis_kelamin": "L",
        "tanggal_lahir": "1980-03-15",
    },
    "data_pribadi/kependudukan": {"nik": "3201011503800001"},
    "data_pribadi/kepegawaian": {"nip": " 198003152005011001", "nidn": "0015038001", "nuptk": None},
    "referensi/sdm": {"id_sdm": "x", "nama_sdm": "AHMAD SUTANTO", "nidn": "0015038001"},
}
DERIVED = DerivedValues(
    jabatan_fungsional="Lektor", pangkat_golongan="III/c", homebase_unit="Teknik Sipil"
)


def pegawai(**changes):
    values = dict(
        id=1,
        nama="Prof. Dr. Ir. Ahmad Sutanto, M.Sc.",
        nip="198003152005011001",
        nidn="0015038001",
        nik="3201011503800001",
        tanggal_lahir=date(1980, 3, 15),
        jenis_kelamin="L",
        unit_kerja="TEKNIK  SIPIL",
        id_sdm="x",
    )
    values.update(changes)
    return Pegawai(**values)


def test_titles_case_spaces_are_not_differences():
    result = compare_pegawai(pegawai(), sister_values(PAYLOADS, DERIVED))
    assert [f.field for f in result.fields] == list(COMPARISON_FIELDS)
    assert result.differences == ()
    assert result.field("nama").state is FieldState.SAME
    assert result.field("nip").state is FieldState.SAME  # SISTER's leading space
    assert result.field("unit_kerja").state is FieldState.SAME
    # This campus keeps no rank or grade for this employee: shown, never counted.
    assert result.field("jabatan_fungsional").state is FieldState.NOT_KEPT
    assert result.field("jabatan_fungsional").sister == "Lektor"
    assert not result.field("jabatan_fungsional").applicable


def test_a_rank_the_campus_keeps_is_compared_and_can_be_applied():
    values = sister_values(PAYLOADS, DERIVED)
    same = compare_pegawai(pegawai(pangkat_golongan="Penata, III/c"), values)
    assert same.field("pangkat_golongan").state is FieldState.SAME
    behind = compare_pegawai(pegawai(jabatan_fungsional="Asisten Ahli"), values)
    jabatan = behind.field("jabatan_fungsional")
    assert (jabatan.local, jabatan.sister, jabatan.state) == (
        "Asisten Ahli",
        "Lektor",
        FieldState.DIFFERENT,
    )
    assert jabatan.applicable
    assert with_sister_value(pegawai(), "jabatan_fungsional", "Lektor").jabatan_fungsional == (
        "Lektor"
    )
    # SISTER has no rank (not yet fetched, or none recorded): the campus's is not contradicted
    # by a missing answer, only by a different one.
    unknown = compare_pegawai(pegawai(pangkat_golongan="III/c"), sister_values(PAYLOADS, None))
    assert unknown.field("pangkat_golongan").state is FieldState.NO_SISTER_DATA


def test_real_differences_are_reported_with_both_values():
    mine = pegawai(nama="Ahmad Sutamto, M.Sc.", nidn=None, tanggal_lahir=date(1980, 3, 1))
    result = compare_pegawai(mine, sister_values(PAYLOADS, DERIVED))
    assert {f.field for f in result.differences} == {"nama", "nidn", "tanggal_lahir"}
    nidn = result.field("nidn")
    assert (nidn.local, nidn.sister, nidn.applicable) == (None, "0015038001", True)
    counts = difference_counts([result])
    assert counts["nidn"] == 1 and counts["nik"] == 0 and set(counts) == set(COMPARISON_FIELDS)


def test_a_nidk_kept_in_sisters_nidn_is_the_same_number():
    mine = pegawai(nidn=None, nidk="0015038001")
    result = compare_pegawai(mine, sister_values(PAYLOADS, DERIVED))
    assert result.field("nidn").state is FieldState.SAME
    assert result.field("nidn").local == "0015038001"


def test_campus_value_sister_empty_is_a_difference():
    payloads = {**PAYLOADS, "data_pribadi/kepegawaian": {"nip": " ", "nidn": "0015038001"}}
    result = compare_pegawai(pegawai(), sister_values(payloads, DERIVED))
    assert result.field("nip").state is FieldState.DIFFERENT
    assert result.field("nip").sister is None


def test_missing_answers_are_not_differences():
    # Only the SDM row was stored (the detail endpoints failed); no current assignment.
    payloads = {"referensi/sdm": PAYLOADS["referensi/sdm"]}
    result = compare_pegawai(pegawai(nik="1"), sister_values(payloads, DerivedValues()))
    assert result.field("nik").state is FieldState.NO_SISTER_DATA
    assert result.field("tanggal_lahir").state is FieldState.NO_SISTER_DATA
    assert result.field("unit_kerja").state is FieldState.NO_SISTER_DATA
    assert result.field("nidn").state is FieldState.SAME  # from the SDM row


@pytest.mark.parametrize(
    ("field", "local", "sister", "same"),
    [
        ("nama", "Dr. Siti Aminah, S.Pd., M.Pd.", "SITI AMINAH", True),
        ("nama", "Siti Aminah", "SITI AMINA", False),
        ("nik", "3201 0115 0380 0001", "3201011503800001", True),
        ("jenis_kelamin", "l", "L", True),
        ("tanggal_lahir", "1980-03-15", "1980-03-15T00:00:00", True),
        ("unit_kerja", None, None, True),
        ("nuptk", None, "1234567890123456", False),
        ("pangkat_golongan", "Penata Tingkat I, III/d", "III/d (Penata Tingkat I)", True),
        ("pangkat_golongan", "Penata / III-c", "III/d (Penata Tingkat I)", False),
        ("pangkat_golongan", "IIIc", "III/c (Penata)", True),
        ("pangkat_golongan", "IV/a", "IV/a (Pembina)", True),
        ("pangkat_golongan", "Pembina", "IV/a (Pembina)", True),  # no grade written: words
        ("pangkat_golongan", "Penata Muda", "III/c (Penata)", False),
        ("jabatan_fungsional", "lektor  kepala", "Lektor Kepala", True),
        ("jabatan_fungsional", "Guru Besar", "Profesor", True),
        ("jabatan_fungsional", "Lektor", "Lektor Kepala", False),
    ],
)
def test_same_value(field, local, sister, same):
    assert same_value(field, local, sister) is same


def test_stored_value_is_what_the_campus_record_holds():
    assert stored_value("tanggal_lahir", "1980-03-15") == date(1980, 3, 15)
    assert stored_value("nip", " 1980 0315") == "19800315"
    assert stored_value("nama", "  AHMAD   SUTANTO ") == "AHMAD SUTANTO"
    assert with_sister_value(pegawai(nidn=None), "nidn", "0015038001").nidn == "0015038001"
    assert stored_value("pangkat_golongan", "III/c  (Penata)") == "III/c (Penata)"
    with pytest.raises(ValueError):
        stored_value("status_aktif", "Aktif")


def test_a_sister_value_longer_than_the_campus_keeps_is_shown_but_not_applicable():
    from sister_desktop.domain.comparison import FieldComparison, FieldState

    long = FieldComparison("jabatan_fungsional", "Lektor", "Lektor " * 20, FieldState.DIFFERENT)
    assert long.different and not long.applicable
    huge = FieldComparison("nama", "Budi", "Nama " * 400_000, FieldState.DIFFERENT)
    assert not huge.applicable
    fitting = FieldComparison("jabatan_fungsional", "Lektor", "Lektor Kepala", FieldState.DIFFERENT)
    assert fitting.applicable
    assert not FieldComparison("nip", None, "1" * 19, FieldState.DIFFERENT).applicable


def test_the_alamat_fields_are_compared_as_sister_keeps_them():
    payloads = {
        **PAYLOADS,
        "data_pribadi/alamat": {
            "email": "Ahmad.Sutanto@Kampus.ac.id",
            "telepon_hp": "+62 813-1561-2211",
            "alamat": "Jl. Perjuangan No. 123",
        },
    }
    sister = sister_values(payloads, DERIVED)
    same = compare_pegawai(
        pegawai(
            email="ahmad.sutanto@kampus.ac.id",
            telepon_hp="081315612211",
            alamat="jl.  perjuangan no. 123",
        ),
        sister,
    )
    alamat_fields = {"email", "telepon_hp", "alamat"}
    assert {f.field: f.state for f in same.fields if f.field in alamat_fields} == {
        "email": FieldState.SAME,
        "telepon_hp": FieldState.SAME,
        "alamat": FieldState.SAME,
    }
    moved = compare_pegawai(pegawai(telepon_hp="0812 9999 0000", alamat="Jl. Baru 1"), sister)
    assert {f.field for f in moved.differences} == {"telepon_hp", "alamat"}
    assert moved.field("alamat").applicable, "SISTER's address can be copied in (Terapkan)"
    # The campus keeps no e-mail for him: SISTER's is shown, never counted as a difference.
    assert moved.field("email").state is FieldState.NOT_KEPT
    # Never synced: nothing to compare, not a disagreement.
    unsynced = compare_pegawai(pegawai(telepon_hp="0812"), sister_values(PAYLOADS, DERIVED))
    assert unsynced.field("telepon_hp").state is FieldState.NO_SISTER_DATA
