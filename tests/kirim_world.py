"""Test helpers for the Kirim ke SISTER: pegawai linked to the sandbox's people with their
SISTER data stored as a sync stores it, services talking to the real sandbox over loopback
with the chosen role's credential, and valid write bodies of the sandbox's world."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sister_desktop.config import WsOverrides
from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import Usulan, UsulanDokumen, UsulanJenis, UsulanStatus
from sister_desktop.sandbox.dataset import SdmPerson
from sister_desktop.sandbox.server import SandboxServer
from sister_desktop.services.composition import Services
from sister_desktop.services.settings_service import DemoCredentials
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.secrets import SecretStore
from tests.dict_keyring import DictKeyring
from tests.sandbox.write_samples import Samples
from tests.sister_records_world import store_people
from tests.sync_world import FAST_OPTIONS

GROUPS = (
    SisterGroup.DATA_PRIBADI,
    SisterGroup.KEPEGAWAIAN,
    SisterGroup.PENDIDIKAN,
    SisterGroup.TRIDHARMA,
)


def modest_dosen(sandbox: SandboxServer, count: int = 1) -> list[SdmPerson]:
    """Lecturers with a few penelitian and a jabatan fungsional (not the one with hundreds
    of publications, whose pages would slow every test down)."""
    world = sandbox.world
    found = []
    for place, person in enumerate(world.sdm):
        records = world.activities.of(place).records
        few = 1 <= len(records.get("penelitian", [])) <= 6
        if person.jabatan_fungsional and few and len(records.get("publikasi", [])) <= 30:
            found.append(person)
    assert len(found) >= count
    return found[:count]


@dataclass
class KirimWorld:
    services: Services
    people: list[SdmPerson]
    pegawai_ids: list[int]
    samples: Samples

    async def usulan(
        self,
        dataset: str,
        jenis: UsulanJenis,
        body: dict[str, Any] | None,
        *,
        index: int = 0,
        record_id: str | None = None,
        base: dict[str, Any] | None = None,
        base_hash: str | None = None,
        changed: tuple[str, ...] = (),
        dokumen: tuple[UsulanDokumen, ...] = (),
        approve: bool = True,
    ) -> Usulan:
        """An usulan as a form makes it, approved unless told otherwise."""
        item = Usulan(
            id=None,
            pegawai_id=self.pegawai_ids[index],
            pegawai_nama=self.people[index].nama,
            id_sdm=self.people[index].id_sdm,
            dataset=dataset,
            jenis=jenis,
            status=UsulanStatus.DRAF,
            body=body,
            changed_fields=changed,
            record_id=record_id,
            base_record=base,
            base_hash=base_hash,
            dokumen=dokumen,
        )
        (stored,) = await self.services.usulan.add([item])
        assert stored.id is not None
        if approve:
            await self.services.usulan.setujui([stored.id])
        return await self.services.usulan.get(stored.id)  # type: ignore[return-value]

    def penelitian_body(self, judul: str, index: int = 0) -> dict[str, Any]:
        samples = Samples(self.samples.world, self.people[index].id_sdm)
        body = samples.body("Litabmas", "penelitian")
        body.update(judul=judul, dokumen=[], anggota_mahasiswa=[], anggota_lain=[])
        body["anggota_dosen"] = [{"id_sdm": self.people[index].id_sdm, "aktif": True, "peran": "K"}]
        return body


async def kirim_world(
    db: Database,
    sandbox: SandboxServer,
    *,
    role: str = "pro",
    count: int = 1,
    options: Any = FAST_OPTIONS,
    max_rps: float = 20.0,
    max_inflight: int = 4,
) -> KirimWorld:
    """Link and "sync" ``count`` lecturers of the sandbox, and compose the services over the
    sandbox with the ``role`` credential (demo credentials: writes switched on)."""
    people = modest_dosen(sandbox, count)
    ids = await store_people(db, sandbox.world, people, GROUPS)
    c = sandbox.credentials_for(role)
    services = Services.over(
        db,
        demo=DemoCredentials(c.url, c.id_pengguna, c.username, c.password),
        secrets=SecretStore(DictKeyring()),
        client_options=options,
        overrides=WsOverrides(max_rps=max_rps, max_inflight=max_inflight),
    )
    pegawai = await PegawaiRepository(db).get_many(ids)
    assert all(p.id_sdm for p in pegawai)
    return KirimWorld(services, people, ids, Samples(sandbox.world, people[0].id_sdm))
