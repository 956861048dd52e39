"""What the monitoring after a sync finds: the orphan lists both ways and the pegawai whose
SISTER data changed in a run. Records only; ``services/comparison.py`` fills them, texts/ words
them."""

from __future__ import annotations

from dataclasses import dataclass

from sister_desktop.domain.changes import read_record_mark
from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow


@dataclass(frozen=True, slots=True)
class Orphans:
    """SDM no campus employee is linked to, and employees with no link.

    The unlinked SDM are split by the linking plan's identifiers: those no campus employee
    shares an identifier with (new people, to add with "Tambah dari SISTER") and those who are
    on the campus list but not linked yet (to link with Hubungkan, never to add twice).
    """

    sister_without_local: tuple[SdmRow, ...]
    local_without_link: tuple[Pegawai, ...]
    sister_on_campus_unlinked: tuple[SdmRow, ...] = ()


@dataclass(frozen=True, slots=True)
class PegawaiChange:
    """One employee whose SISTER data changed in a run, compared with what was stored before."""

    pegawai_id: int | None
    nama: str | None
    id_sdm: str | None
    #: From ``CHANGE_KINDS``.
    kinds: tuple[str, ...]
    #: ``endpoint -> fields`` that changed (``+record``/``-record`` for histories).
    details: tuple[tuple[str, tuple[str, ...]], ...]
    #: Today's derived values (the new rank, grade ... to show beside the kind).
    current: DerivedValues | None = None

    @property
    def records(self) -> tuple[tuple[str, str, str], ...]:
        """``(dataset, marker, title)`` of every record named as added, changed or removed
        (``RECORD_ADDED``/``RECORD_CHANGED``/``RECORD_REMOVED``): a new publication, a new
        certification, a deleted assignment ..."""
        found = []
        for dataset, fields in self.details:
            for name in fields:
                mark = read_record_mark(name)
                if mark is not None and mark[1] is not None:
                    found.append((dataset, mark[0], mark[1]))
        return tuple(found)
