"""Finding the partners a record's member lists name, in SISTER, while the operator fills a
form: external collaborators (``/kolaborator_eksternal``, by name) and students
(``/referensi/mahasiswa_pddikti``, by the campus, a program studi and a name or NIM keyword).
Reads only: nothing is written before the usulan is approved and sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sister_desktop.services.connection import SettingsIncompleteError, SisterConnection
from sister_desktop.sister.dataset_reader import DatasetReader
from sister_desktop.sister.errors import SisterError

#: ``id_jenis_unit`` of a program studi in ``/referensi/unit_kerja``.
PROGRAM_STUDI_UNIT = 3


class PartnerSearchError(Exception):
    """SISTER could not be asked (not set up, unreachable, refused)."""


@dataclass(frozen=True, slots=True)
class Student:
    """A student as PDDIKTI lists them: ``id`` is the body's ``id_peserta_didik``."""

    id: str
    nama: str
    nim: str


class PartnerSearch:
    """Searches SISTER's lists of partners for a form."""

    def __init__(self, connection: SisterConnection) -> None:
        self._connection = connection
        self._pt_id: str | None = None

    async def _get(self, path: str, params: dict[str, str]) -> Any:
        try:
            api = await self._connection.api()
            return await api.client.get_json(path, params=params)
        except (SisterError, SettingsIncompleteError) as exc:
            raise PartnerSearchError(str(exc)) from exc

    async def kolaborator(self, nama: str) -> list[tuple[str, str]]:
        """SISTER's external collaborators whose name holds ``nama``: ``(id_orang, nama)``."""
        data = await self._get("/kolaborator_eksternal", {"nama": nama.strip()})
        return [
            (str(row["id"]), str(row.get("nama") or row["id"]))
            for row in _rows(data)
            if row.get("id") not in (None, "")
        ]

    async def program_studi(self) -> list[tuple[str, str]]:
        """The campus's program studi ``(id, nama)``: where PDDIKTI's students are listed."""
        pt_id = await self._campus()
        try:
            api = await self._connection.api()
            rows = await DatasetReader(api.client).referensi(
                "unit_kerja", {"id_perguruan_tinggi": pt_id}
            )
        except (SisterError, SettingsIncompleteError) as exc:
            raise PartnerSearchError(str(exc)) from exc
        return [
            (str(row["id"]), str(row.get("nama") or row["id"]))
            for row in rows
            if row.get("id") not in (None, "")
            and row.get("id_jenis_unit", PROGRAM_STUDI_UNIT) == PROGRAM_STUDI_UNIT
        ]

    async def mahasiswa(self, id_program_studi: str, keyword: str) -> list[Student]:
        """PDDIKTI's students of a program studi whose name (or NIM) holds ``keyword``."""
        params = {
            "id_perguruan_tinggi": await self._campus(),
            "id_program_studi": id_program_studi,
            "keyword": keyword.strip(),
        }
        data = await self._get("/referensi/mahasiswa_pddikti", params)
        return [
            Student(
                str(row["id_mahasiswa"]),
                str(row.get("nama_mahasiswa") or ""),
                str(row.get("nim") or ""),
            )
            for row in _rows(data)
            if row.get("id_mahasiswa") not in (None, "")
        ]

    async def _campus(self) -> str:
        if self._pt_id is None:
            try:
                api = await self._connection.api()
                profil = await api.profil_pt()
            except (SisterError, SettingsIncompleteError) as exc:
                raise PartnerSearchError(str(exc)) from exc
            if not profil.id:
                raise PartnerSearchError("profil_pt")
            self._pt_id = profil.id
        return self._pt_id


def _rows(data: Any) -> list[Mapping[str, Any]]:
    return [row for row in data if isinstance(row, Mapping)] if isinstance(data, list) else []
