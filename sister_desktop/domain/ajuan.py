"""A pegawai's ajuan (the change requests SISTER's verifiers decide on, from the synced
``*/ajuan`` lists): what each asks, its status and age, and the usulan that made it.

A Basic credential's write becomes an ajuan; the Kirim records the usulan as ``diajukan`` and
the read-back brings the ajuan in. An ajuan names what it changes in ``detail_perubahan``
(``<kolom>_baru``), which is how it is found again from the usulan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.usulan import Usulan, UsulanStatus

#: The status of an ajuan still waiting for SISTER's verifiers.
WAITING = "diajukan"
#: Where the ajuan of a family are listed.
AJUAN_SUFFIX = "/ajuan"


def is_waiting(status: Any) -> bool:
    return str(status or "").strip().lower() == WAITING


def family_of(dataset: str) -> str | None:
    """``jabatan_fungsional`` for ``jabatan_fungsional/ajuan``; None for no ajuan list."""
    return dataset[: -len(AJUAN_SUFFIX)] if dataset.endswith(AJUAN_SUFFIX) else None


@dataclass(frozen=True, slots=True)
class Ajuan:
    """One ajuan of a pegawai as the window lists it."""

    dataset: str
    record: SisterRecord
    jenis: str
    status: str
    submitted: date | None
    age_days: int | None
    keterangan: str
    #: The usulan that made it (its id), when one of ours did.
    usulan_id: int | None

    @property
    def waiting(self) -> bool:
        return is_waiting(self.status)


def _day(value: Any) -> date | None:
    """The day of a SISTER stamp on this computer's calendar: SISTER stamps in WIB
    (``…T00:30:00+07:00``), which is still the day before on a computer in UTC, so a stamp with
    its zone is read in the computer's own (the one ``date.today()`` counts in)."""
    text = str(value or "")
    try:
        if "T" not in text:
            return date.fromisoformat(text)
        stamp = datetime.fromisoformat(text)
        return (stamp.astimezone() if stamp.tzinfo is not None else stamp).date()
    except ValueError:
        return None


def _made_by(values: Mapping[str, Any], family: str, usulan: Iterable[Usulan]) -> int | None:
    detail = values.get("detail_perubahan")
    if not isinstance(detail, Mapping):
        return None
    for item in usulan:
        if item.dataset != family or item.status is not UsulanStatus.DIAJUKAN:
            continue
        body = item.body or {}
        fields = [f for f in item.changed_fields if f != "dokumen"]
        if fields and all(detail.get(f"{f}_baru") == body.get(f) for f in fields):
            return item.id
    return None


def ajuan_of(records: Iterable[SisterRecord], usulan: Iterable[Usulan], today: date) -> list[Ajuan]:
    """The ajuan among ``records`` (current ones), newest first, each with the usulan that
    made it."""
    mine = list(usulan)
    found: list[Ajuan] = []
    for record in records:
        family = family_of(record.dataset)
        if family is None or record.removed:
            continue
        values = record.values
        submitted = _day(values.get("tanggal_ajuan"))
        found.append(
            Ajuan(
                dataset=family,
                record=record,
                jenis=str(values.get("jenis_ajuan") or ""),
                status=str(values.get("status") or ""),
                submitted=submitted,
                # A day-only stamp of SISTER's zone may be a day ahead of this computer's.
                age_days=max(0, (today - submitted).days) if submitted else None,
                keterangan=str(values.get("keterangan") or ""),
                usulan_id=_made_by(values, family, mine),
            )
        )
    found.sort(key=lambda a: a.submitted or date.min, reverse=True)
    return found
