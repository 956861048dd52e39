"""Reading a pegawai's synced SISTER data: the Data SISTER window, the Daftar Riwayat Hidup and
the search in the synced data.

Three reads per pegawai (records with the removed ones, dataset states, the cached
``referensi`` lists), arranged by ``domain.sister_history``; nothing is asked of SISTER, so the
pages and the DRH work offline from what the last sync stored.
"""

from __future__ import annotations

from sister_desktop.domain.ajuan import is_waiting
from sister_desktop.domain.sister_groups import DATASETS, REFERENSI_CACHED
from sister_desktop.domain.sister_history import PegawaiSisterData, PegawaiWithData, arrange
from sister_desktop.domain.sister_search import query_words
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository

#: The cached ``referensi`` lists read with every pegawai (``profil_pt`` names the PT).
_REFERENSI = (*REFERENSI_CACHED, "profil_pt")


class DataSisterService:
    """Synced SISTER data per pegawai, and the pegawai found by a value in it."""

    def __init__(self, db: Database) -> None:
        self.records = SisterRecordRepository(db)
        self._pegawai = PegawaiRepository(db)

    async def data_of(self, pegawai_id: int) -> PegawaiSisterData:
        records = await self.records.records(pegawai_id, include_removed=True)
        states = await self.records.states(pegawai_id)
        referensi = await self.records.referensi(_REFERENSI)
        return arrange(pegawai_id, records, states, referensi)

    async def load(self, pegawai_id: int) -> PegawaiWithData | None:
        """The pegawai and his data; ``None`` when he no longer exists."""
        pegawai = await self._pegawai.get(pegawai_id)
        if pegawai is None:
            return None
        data = await self.data_of(pegawai_id)
        return PegawaiWithData(pegawai, data, await self._pt_name(data))

    async def _pt_name(self, data: PegawaiSisterData) -> str | None:
        profil = (await self.records.referensi(["profil_pt"])).get("profil_pt")
        if isinstance(profil, dict) and profil.get("nama_perguruan_tinggi"):
            return str(profil["nama_perguruan_tinggi"])
        for record in data.current("penugasan"):
            name = record.values.get("perguruan_tinggi")
            if name:
                return str(name)
        return None

    async def with_waiting_ajuan(self) -> set[int]:
        """The pegawai with an ajuan SISTER's verifiers have not decided yet (the Pegawai
        list's filter "ada ajuan menunggu")."""
        names = [dataset.name for dataset in DATASETS if dataset.ajuan_of is not None]
        return {
            record.pegawai_id
            for record in await self.records.current_of(names)
            if is_waiting(record.values.get("status"))
        }

    async def search(self, text: str) -> set[int]:
        """The pegawai with one synced record holding every word of ``text``."""
        return await self.records.find_pegawai(query_words(text))
