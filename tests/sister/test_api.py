"""Every endpoint of NOTES.md's table parsed into our records, over HTTP against the sandbox."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sister_desktop.domain import records as r
from sister_desktop.domain.sister_answers import MAPPED_DATASETS
from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.sister.api import ENDPOINTS, SDM_ENDPOINT, SisterApi
from sister_desktop.sister.client import SisterClient
from tests.sister.helpers import FAST, creds, read_typed


def test_every_endpoint_gives_typed_records(loop, sandbox):
    """The lists read outside a sync by their methods; the twelve typed datasets read raw as a
    sync reads them and mapped by ``domain.sister_answers``."""

    async def scenario():
        async with SisterClient(creds(sandbox), FAST) as client:
            api = SisterApi(client)
            people = await api.referensi_sdm()
            person = people[0].id_sdm
            pt = await api.profil_pt()
            found = {
                name.removeprefix("data_pribadi/"): await read_typed(client, name, person)
                for name in MAPPED_DATASETS
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


def test_the_typed_datasets_are_the_contracts_paths_and_datasets_of_the_catalogue():
    """``MAPPED_DATASETS`` names datasets of the catalogue, each a path of the spec (detail paths
    end in ``/{id_sdm}``)."""
    spec = (
        Path(__file__).resolve().parents[2].parent / "shared" / "sister-ws" / "openapi-1.0.0.yaml"
    )
    if spec.exists():
        paths = set(re.findall(r"^  (/[^\s:]+):", spec.read_text(encoding="utf-8"), re.M))
        for name in (SDM_ENDPOINT, *MAPPED_DATASETS):
            assert f"/{name}" in paths or f"/{name}/{{id_sdm}}" in paths, name
    assert (SDM_ENDPOINT, *MAPPED_DATASETS) == ENDPOINTS
    assert len(set(MAPPED_DATASETS)) == len(MAPPED_DATASETS) == 12
    assert all(name in BY_NAME for name in MAPPED_DATASETS)
