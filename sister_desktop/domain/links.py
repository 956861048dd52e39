"""Links between campus employees and SISTER persons, and their audit trail, as plain data.

Shared by the store (which writes them), the linking service and the window (which shows the
history and offers undo), so that no layer has to translate the others' records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class LinkMethod(StrEnum):
    """How a link came about. ``undo`` appears only in the history (undoing a collective link)."""

    EXACT = "exact"  # proposed by collective matching and confirmed by the operator
    MANUAL = "manual"  # the operator chose the SDM
    UNDO = "undo"


class LinkAction(StrEnum):
    LINK = "link"
    RELINK = "relink"
    UNLINK = "unlink"


@dataclass(frozen=True, slots=True)
class LinkRequest:
    """One link to write: employee, SISTER person, how, which identifier, why (a code)."""

    pegawai_id: int
    id_sdm: str
    method: LinkMethod
    matched_on: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class LinkHistoryEntry:
    """One line of the audit trail: who changed which employee's link, when, from what to what.

    ``batch_id`` groups the lines of one collective link (and of one undo) so the whole can be
    undone in one step.
    """

    id: int
    pegawai_id: int | None
    pegawai_nama: str | None
    action: LinkAction
    old_id_sdm: str | None
    new_id_sdm: str | None
    method: str | None
    matched_on: str | None
    reason: str | None
    batch_id: str | None
    changed_at: datetime
    changed_by: str | None


class SdmAlreadyLinkedError(Exception):
    """The SISTER person is already linked to another employee; names that employee.

    Raised by the store for a manual link and for any line of a collective one (then nothing of
    the batch is written).
    """

    code = "sdm_already_linked"

    def __init__(self, id_sdm: str, pegawai_id: int, pegawai_nama: str) -> None:
        super().__init__(f"{id_sdm} is linked to pegawai {pegawai_id} ({pegawai_nama})")
        self.id_sdm = id_sdm
        self.pegawai_id = pegawai_id
        self.pegawai_nama = pegawai_nama


class PegawaiGoneError(LookupError):
    """The employee was deleted meanwhile (another window, another workstation)."""

    code = "pegawai_gone"

    def __init__(self, pegawai_id: int) -> None:
        super().__init__(pegawai_id)
        self.pegawai_id = pegawai_id
