"""Our own typed records of what SISTER answers, one dataclass per answer shape we use.

Identifiers stay strings (leading zeros matter); optional fields are ``None`` when SISTER sends
null, blank or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SdmRow:
    """A row of ``GET /referensi/sdm``: a person (SDM) of the credential's PT."""

    id_sdm: str
    nama_sdm: str
    nidn: str | None = None
    nip: str | None = None
    nuptk: str | None = None
    nama_status_aktif: str | None = None
    nama_status_pegawai: str | None = None
    jenis_sdm: str | None = None
