""" "Terapkan data SISTER" as plain data: what to copy, and the audit line each copy leaves.

Shared by the store (which writes the copy and its history in one transaction), the comparison
service and the window (history with undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class HistoryAction(StrEnum):
    APPLY = "apply"  # SISTER's value copied into the campus record
    UNDO = "undo"  # the value before an apply put back


@dataclass(frozen=True, slots=True)
class FieldCopy:
    """Copy ``value`` (already in the form the campus record stores) into one field."""

    pegawai_id: int
    field: str
    value: str | date | None
    id_sdm: str | None = None


@dataclass(frozen=True, slots=True)
class ComparisonHistoryEntry:
    """One field of one employee changed by an apply or an undo: from what, to what, who."""

    id: int
    pegawai_id: int | None
    pegawai_nama: str | None
    id_sdm: str | None
    field: str
    old_value: str | None
    new_value: str | None
    action: HistoryAction
    batch_id: str
    #: The undo batch that reverted this apply line, if any.
    undone_by: str | None
    changed_at: datetime
    changed_by: str | None

    @property
    def undoable(self) -> bool:
        return self.action is HistoryAction.APPLY and self.undone_by is None


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo put back, and the lines it left because the field changed again since."""

    batch_id: str | None
    restored: int
    conflicts: tuple[ComparisonHistoryEntry, ...] = ()


def as_text(value: str | date | None) -> str | None:
    """The history's text form of a stored value (dates ISO)."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)
