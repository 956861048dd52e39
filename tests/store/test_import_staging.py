"""The staging file of an import: existing employees found by identifier and by name, and the
first row of every identifier of the file."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain.pegawai import JenisPegawai, Pegawai
from sister_desktop.store.import_staging import ImportStaging

SITI = Pegawai(
    id=4,
    nama="Siti Rahmawati",
    nip="198703152010122001",
    nidn="0015038701",
    nuptk="1234567890123456",
    tanggal_lahir=date(1987, 3, 15),
    jenis_kelamin="P",
    jenis_pegawai=JenisPegawai.DOSEN,
    unit_kerja="Fakultas Teknik",
    pangkat_golongan="Penata, III/c",
    id_sdm="sdm-4",
)
BUDI = Pegawai(id=2, nama="Budi Santoso", nidn="0015038701", jenis_pegawai=JenisPegawai.TENDIK)
ANI = Pegawai(id=9, nama="Ani", tanggal_lahir=date(1987, 3, 15), aktif=False)


@pytest.fixture
def staging():
    staging = ImportStaging(lambda nama: " ".join(nama.casefold().split()))
    staging.add_existing([SITI, BUDI])
    staging.add_existing([ANI])
    staging.finish_loading()
    yield staging
    staging.close()


def test_employees_come_back_whole_by_identifier_and_by_name(staging):
    assert staging.existing_count == 3
    assert staging.with_identifier("nip", SITI.nip) == [SITI]
    assert staging.with_identifier("nidn", "0015038701") == [BUDI, SITI]  # by name
    assert staging.with_identifier("nik", "3201015503870001") == []
    assert staging.holding_any({"nip": SITI.nip, "nidn": "0015038701"}) == [BUDI, SITI]
    assert staging.holding_any({}) == []
    assert staging.with_name("  ani ", date(1987, 3, 15)) == [ANI]
    assert staging.with_name("Ani", date(1987, 3, 16)) == []
    with pytest.raises(ValueError):
        staging.with_identifier("nama", "Ani")


def test_first_seen_remembers_the_first_row_until_forgotten(staging):
    assert staging.first_seen("nidn", "0015038701", 2) is None
    assert staging.first_seen("nidn", "0015038701", 5) == 2
    assert staging.first_seen("nuptk", "0015038701", 6) is None  # another kind
    staging.forget_seen()
    assert staging.first_seen("nidn", "0015038701", 7) is None
