from datetime import date

import pytest

from sister_desktop.domain.pegawai import BLANK, JenisPegawai, Pegawai, pegawai_with


def test_pegawai_with_reads_each_field_as_its_type():
    base = Pegawai(id=7, nama="Siti", nip="198001012005012001", aktif=True)
    made = pegawai_with(
        base,
        {"nama": "Siti Aminah", "tanggal_lahir": date(1980, 1, 1), "jenis_pegawai": "tendik"},
    )
    assert made == Pegawai(
        id=7,
        nama="Siti Aminah",
        nip="198001012005012001",
        tanggal_lahir=date(1980, 1, 1),
        jenis_pegawai=JenisPegawai.TENDIK,
    )
    assert pegawai_with(BLANK, {"nama": "Budi"}).is_new


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"nip": 198001012005012001}, TypeError),  # a number where text is kept
        ({"tanggal_lahir": "1980-01-01"}, TypeError),
        ({"aktif": "ya"}, TypeError),
        ({"jenis_pegawai": "dosen tetap"}, ValueError),
        ({"gelar": "Dr."}, KeyError),
    ],
)
def test_pegawai_with_refuses_what_is_not_its_field_or_type(values, error):
    with pytest.raises(error):
        pegawai_with(BLANK, {"nama": "Budi", **values})
