"""Every endpoint of NOTES.md's table parsed into our records, over HTTP against the sandbox."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sister_desktop.domain import records as r
from sister_desktop.sister.api import (
    ENDPOINTS,
    FETCHED_ENDPOINTS,
    PERSON_ENDPOINTS,
    SDM_ENDPOINT,
    SisterApi,
)
from sister_desktop.sister.client import SisterClient
from tests.sister.helpers import FAST, creds


def test_every_endpoint_gives_typed_records(loop, sandbox):
    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            people = await api.referensi_sdm()
            person = people[0].id_sdm
            pt = await api.profil_pt()
            found = {
                "profil": await api.data_pribadi_profil(person),
                "kependudukan": await api.data_pribadi_kependudukan(person),
                "kepegawaian": await api.data_pribadi_kepegawaian(person),
                "alamat": await api.data_pribadi_alamat(person),
                "keluarga": await api.data_pribadi_keluarga(person),
                "lain": await api.data_pribadi_lain(person),
                "bidang_ilmu": await api.data_pribadi_bidang_ilmu(person),
                "penugasan": await api.penugasan(person),
                "jabatan_fungsional": await api.jabatan_fungsional(person),
                "kepangkatan": await api.kepangkatan(person),
                "pendidikan_formal": await api.pendidikan_formal(person),
                "sertifikasi_dosen": await api.sertifikasi_dosen(person),
            }
            units = await api.unit_kerja(pt.id) if pt.id else []
            by_nama = await api.referensi_sdm(nama=people[0].nama_sdm[:5])
            return people, pt, found, units, by_nama

    people, pt, found, units, by_nama = loop.run_until_complete(scenario())
    assert all(isinstance(p, r.SdmRow) for p in people)
    assert isinstance(pt, r.ProfilPt) and pt.nama_perguruan_tinggi
    assert isinstance(found["profil"], r.Profil) and found["profil"].nama
    assert found["profil"].jenis_kelamin in {"L", "P", None}
    assert isinstance(found["profil"].tanggal_lahir, date | None)
    assert isinstance(found["kependudukan"], r.Kependudukan)
    assert isinstance(found["kepegawaian"], r.Kepegawaian)
    assert isinstance(found["alamat"], r.Alamat)
    assert isinstance(found["keluarga"], r.Keluarga)
    assert isinstance(found["lain"], r.DataLain)
    assert all(isinstance(x, r.BidangIlmu) for x in found["bidang_ilmu"])
    assert found["penugasan"] and all(isinstance(x, r.Penugasan) for x in found["penugasan"])
    assert all(isinstance(x, r.JabatanFungsional) for x in found["jabatan_fungsional"])
    assert all(isinstance(x, r.Kepangkatan) for x in found["kepangkatan"])
    assert all(isinstance(x, r.PendidikanFormal) for x in found["pendidikan_formal"])
    assert all(isinstance(x, r.SertifikasiDosen) for x in found["sertifikasi_dosen"])
    assert all(isinstance(u, r.UnitKerja) for u in units)
    assert people[0].id_sdm in {p.id_sdm for p in by_nama}
    nips = [p.nip for p in people if p.nip is not None]
    assert all(n == n.strip() and " " not in n for n in nips)  # padded NIPs come back clean


def test_the_fetched_endpoints_are_the_contracts_paths_and_fetch_what_they_name(loop, sandbox):
    """``PERSON_ENDPOINTS`` is the one list a sync fetches: each name is a path of the spec
    (detail paths end in ``/{id_sdm}``), and ``fetch_person`` gives what the named method
    gives."""
    spec = (
        Path(__file__).resolve().parents[2].parent / "shared" / "sister-ws" / "openapi-1.0.0.yaml"
    )
    if spec.exists():
        paths = set(re.findall(r"^  (/[^\s:]+):", spec.read_text(encoding="utf-8"), re.M))
        for name in (SDM_ENDPOINT, *FETCHED_ENDPOINTS):
            assert f"/{name}" in paths or f"/{name}/{{id_sdm}}" in paths, name
    assert (SDM_ENDPOINT, *FETCHED_ENDPOINTS) == ENDPOINTS
    assert len(set(FETCHED_ENDPOINTS)) == len(FETCHED_ENDPOINTS) == 12

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            person = (await api.referensi_sdm())[0].id_sdm
            return [
                (await api.fetch_person(name, person), await method(api, person))
                for name, method in PERSON_ENDPOINTS.items()
            ]

    for fetched, direct in loop.run_until_complete(scenario()):
        assert fetched == direct
