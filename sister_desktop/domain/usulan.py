"""An usulan: a change the campus proposes to SISTER, from its draft to what SISTER made of it.

An usulan is made (``draf``), approved on campus as its own act (``disetujui``, with who and
when), then sent by the Kirim. It is marked ``sending`` in the database *before* its first
request leaves, so a cut-off run can never send it twice: what was ``sending`` when the
program stopped is ``perlu_dicek`` and is only settled by looking in SISTER (``kirim
--periksa``), never sent again by itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class UsulanJenis(StrEnum):
    """What the usulan does to SISTER: a new record, a changed one, a deleted one."""

    BARU = "baru"
    UBAH = "ubah"
    HAPUS = "hapus"


class UsulanStatus(StrEnum):
    """Where an usulan is, and what SISTER made of it."""

    DRAF = "draf"
    DISETUJUI = "disetujui"
    #: Its request is (or was) on the way; nobody knows the answer yet.
    SENDING = "sending"
    #: 204: SISTER made an ajuan that its verifiers decide on (a Basic credential).
    DIAJUKAN = "diajukan"
    #: 200: applied, with SISTER's id.
    DITERAPKAN = "diterapkan"
    #: 400/403/404/405: refused, SISTER's reason kept.
    DITOLAK = "ditolak"
    #: 409, or found in SISTER's fresh list before sending: SISTER's existing id kept.
    DUPLIKAT = "duplikat"
    #: The record changed in SISTER since the usulan was made: not sent.
    BERUBAH_DI_SISTER = "berubah_di_sister"
    #: The request may have reached SISTER and no answer came: look before sending again.
    PERLU_DICEK = "perlu_dicek"
    #: Certainly nothing reached SISTER: may be sent again.
    GAGAL = "gagal"
    #: Withdrawn by the operator before it was sent.
    BATAL = "batal"


#: Statuses the Kirim picks up.
SENDABLE = frozenset({UsulanStatus.DISETUJUI, UsulanStatus.GAGAL})
#: Statuses that end an usulan's life (SISTER has decided, or the operator withdrew it).
FINAL = frozenset(
    {
        UsulanStatus.DIAJUKAN,
        UsulanStatus.DITERAPKAN,
        UsulanStatus.DITOLAK,
        UsulanStatus.DUPLIKAT,
        UsulanStatus.BERUBAH_DI_SISTER,
        UsulanStatus.BATAL,
    }
)
#: What a run counts as done well (exit 0 of ``kirim``).
SUCCEEDED = frozenset({UsulanStatus.DIAJUKAN, UsulanStatus.DITERAPKAN})
#: What may be approved, and what may be withdrawn.
APPROVABLE = frozenset({UsulanStatus.DRAF})
CANCELLABLE = frozenset({UsulanStatus.DRAF, UsulanStatus.DISETUJUI, UsulanStatus.GAGAL})


@dataclass(frozen=True, slots=True)
class UsulanDokumen:
    """A document to upload with the usulan: a local file or a link, with its jenis, nama
    and keterangan; ``sister_id`` once SISTER has it (so a later try does not upload it
    again)."""

    nama: str
    id_jenis_dokumen: int
    path: str | None = None
    tautan: str | None = None
    keterangan: str | None = None
    sister_id: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Usulan:
    """One proposed change and its fate."""

    id: int | None
    pegawai_id: int | None
    id_sdm: str
    dataset: str
    jenis: UsulanJenis
    status: UsulanStatus
    #: The whole body to send (a baru's; an ubah's as merged when it was made), None for hapus.
    body: dict[str, Any] | None = None
    #: For an ubah: the fields it changes (the rest is taken fresh from SISTER when sent).
    changed_fields: tuple[str, ...] = ()
    #: The SISTER record an ubah/hapus is about (its id; ``""`` for a data pribadi object).
    record_id: str | None = None
    #: The record as it was when the usulan was made, and the hash of it: SISTER's record
    #: must still be this one when the usulan is sent.
    base_record: dict[str, Any] | None = None
    base_hash: str | None = None
    dokumen: tuple[UsulanDokumen, ...] = ()
    #: Where it came from: ``import``, ``perbandingan``, ``hapus``, ``form``.
    source: str = "form"
    pegawai_nama: str | None = None
    created_at: datetime | None = None
    created_by: str | None = None
    approved_at: datetime | None = None
    approved_by: str | None = None
    sent_at: datetime | None = None
    sent_by: str | None = None
    settled_at: datetime | None = None
    #: What SISTER gave: the new record's id, or the existing one of a duplicate.
    sister_id: str | None = None
    http_status: int | None = None
    #: SISTER's own message (a refusal's reason), or the error code of a failure.
    message: str | None = None
    error_code: str | None = None
    kirim_run_id: str | None = None


@dataclass(frozen=True, slots=True)
class UsulanHistoryEntry:
    """One step of an usulan's life."""

    usulan_id: int
    at: datetime
    by: str | None
    from_status: UsulanStatus | None
    to_status: UsulanStatus
    message: str | None = None
    http_status: int | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of the preview: SISTER's value now → the usulan's."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class UsulanSummary:
    """Counts per status, for the Kirim's headline and the window's filters."""

    counts: dict[UsulanStatus, int] = field(default_factory=dict)

    def __getitem__(self, status: UsulanStatus) -> int:
        return self.counts.get(status, 0)
